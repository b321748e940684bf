import type { CompletionItem } from 'vscode-languageserver-types';
import { CompletionItemKind } from 'vscode-languageserver-types';
import { COMPETENCY_NAMES } from '../../core/competencyNames';
import { COMPETENCY_IDS, isSpellingVariant } from '../../core/model/types';
import type { CompetencyId } from '../../core/model/types';
import { uncoveredCompetencies } from './coverage';
import { markdown, valueText, yamlText } from './completionRequest';
import type { CompletionRequest } from './completionRequest';
import { dateItems } from './dateCompletions';
import { distinctOwners } from '../roadmapData';
import { schemaAt } from '../schemaLookup';
import type { SchemaSpot } from '../schemaLookup';
import { samePath } from '../scan/scanModel';
import type { PathSegment } from '../scan/scanModel';

export interface ValueOptions {
  /** `- ` when the list item's dash is still to be written. */
  prefix?: string;
}

/** The values worth offering for the node at `path` (a key's value, or a list item). */
export function valueItems(
  path: readonly PathSegment[],
  req: CompletionRequest,
  options: ValueOptions = {},
): CompletionItem[] {
  const spot = schemaAt(path);
  if (!spot) return [];
  const last = path[path.length - 1];
  if (typeof last === 'number') {
    return path[path.length - 2] === 'depends_on' ? dependencyItems(path.slice(0, -1), req, options.prefix, false) : [];
  }
  if (last === 'depends_on') return dependencyItems(path, req, undefined, true);
  if (spot.defName === 'competencyId') return competencyItems(req, path);
  if (spot.resolved.enum) return enumItems(spot, req);
  if (spot.resolved.type === 'boolean') return booleanItems(req);
  if (spot.defName === 'datePeriod') return dateItems(req, path, last === 'end' ? 'end' : 'start', true);
  if (spot.defName === 'dayDate') return dateItems(req, path, 'start', false);
  if (last === 'stage') return stageItems(req);
  if (last === 'owner' || last === 'sponsor') return ownerItems(req);
  if (spot.resolved.const !== undefined) {
    const value = String(spot.resolved.const);
    return [
      {
        label: value,
        kind: CompletionItemKind.Value,
        detail: 'format version',
        textEdit: { range: req.range, newText: valueText(req, value) },
      },
    ];
  }
  return [];
}

/**
 * The five ids, those no other initiative builds yet first (marked so), each group in the
 * book's order: the five work together, so a gap is usually what a new initiative is for.
 */
function competencyItems(req: CompletionRequest, path: readonly PathSegment[]): CompletionItem[] {
  const descriptions = schemaAt(['initiatives', 0, 'competency'])?.resolved.markdownEnumDescriptions ?? [];
  const uncovered = uncoveredCompetencies(req, path);
  const item = (id: CompetencyId): CompletionItem => {
    const out: CompletionItem = { label: id, kind: CompletionItemKind.EnumMember, detail: COMPETENCY_NAMES[id] };
    if (uncovered.includes(id)) out.labelDetails = { description: UNCOVERED_NOTE };
    out.documentation = markdown(descriptions[COMPETENCY_IDS.indexOf(id)] ?? '');
    out.textEdit = { range: req.range, newText: valueText(req, id) };
    return out;
  };
  return [...uncovered, ...COMPETENCY_IDS.filter((id) => !uncovered.includes(id))].map(item);
}

/** Shown beside a competency no initiative builds yet. */
export const UNCOVERED_NOTE = 'no initiative yet';

function firstSentence(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  const end = text.search(/\.(\s|$)/);
  return end < 0 ? text : text.slice(0, end);
}

function enumItems(spot: SchemaSpot, req: CompletionRequest): CompletionItem[] {
  const r = spot.resolved;
  const items: CompletionItem[] = [];
  (r.enum ?? []).forEach((value, i) => {
    // `behavior` is read as `behaviour`, but only the format's own word is offered.
    if (isSpellingVariant(value)) return;
    const item: CompletionItem = { label: value, kind: CompletionItemKind.EnumMember };
    const detail = firstSentence(r.enumDescriptions?.[i]);
    if (detail !== undefined) item.detail = detail;
    const doc = r.markdownEnumDescriptions?.[i];
    if (doc !== undefined) item.documentation = markdown(doc);
    item.textEdit = { range: req.range, newText: valueText(req, value) };
    items.push(item);
  });
  return items;
}

function booleanItems(req: CompletionRequest): CompletionItem[] {
  return (
    [
      ['true', 'An early win: a visible result soon after the horizon starts'],
      ['false', 'Not an early win'],
    ] as const
  ).map(([label, detail]) => ({
    label,
    kind: CompletionItemKind.Value,
    detail,
    textEdit: { range: req.range, newText: valueText(req, label) },
  }));
}

function stageItems(req: CompletionRequest): CompletionItem[] {
  const stages = [...new Set(req.data().stages)];
  return stages.map((stage, i) => ({
    label: stage,
    kind: CompletionItemKind.EnumMember,
    detail: `Journey stage ${i + 1} of ${stages.length}`,
    textEdit: { range: req.range, newText: valueText(req, yamlText(stage, req.flow)) },
  }));
}

function ownerItems(req: CompletionRequest): CompletionItem[] {
  return distinctOwners(req.data().owners, req.start).map((owner) => {
    const count = owner.initiatives === 1 ? '1 initiative' : `${owner.initiatives} initiatives`;
    const detail = owner.roadmap
      ? owner.initiatives > 0
        ? `Owner of the roadmap and ${count}`
        : 'Owner of the roadmap'
      : `Owner of ${count}`;
    return {
      label: owner.name,
      kind: CompletionItemKind.Value,
      detail,
      textEdit: { range: req.range, newText: valueText(req, yamlText(owner.name, req.flow)) },
    };
  });
}

/** How many initiative ids one completion list offers at most. */
export const MAX_DEPENDENCY_ITEMS = 200;

/**
 * The ids `depends_on` can name: every other initiative not already listed. `listPath` is
 * the `depends_on` list's path; `brackets` when completing the value of `depends_on:` itself.
 */
function dependencyItems(
  listPath: readonly PathSegment[],
  req: CompletionRequest,
  prefix: string | undefined,
  brackets: boolean,
): CompletionItem[] {
  const initiativePath = listPath.slice(0, -1);
  const taken = new Set<string>();
  for (const t of req.scan.tokens) {
    if (t.atCursor || !t.frame) continue;
    if (t.role === 'item' && samePath(t.frame.path, listPath)) taken.add(t.text);
    if (t.role === 'value' && t.key === 'id' && samePath(t.frame.path, initiativePath)) taken.add(t.text);
  }
  let candidates = req.data().initiatives.filter((i) => !taken.has(i.id));
  // A roadmap of thousands of initiatives would send thousands of items per keystroke: past
  // the limit, only those matching what is typed go, and the client asks again as it changes.
  if (candidates.length > MAX_DEPENDENCY_ITEMS) {
    const typed = req.typed.toLowerCase();
    candidates = candidates
      .filter((i) => i.id.includes(typed) || (i.title?.toLowerCase().includes(typed) ?? false))
      .slice(0, MAX_DEPENDENCY_ITEMS);
    req.incomplete = true;
  }
  return candidates.map((i) => {
    const item: CompletionItem = { label: i.id, kind: CompletionItemKind.Reference };
    if (i.title !== undefined) item.detail = i.title;
    item.textEdit = { range: req.range, newText: valueText(req, i.id, { prefix, brackets }) };
    return item;
  });
}
