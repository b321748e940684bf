import type { CompletionItem } from 'vscode-languageserver-types';
import { CompletionItemKind, InsertTextFormat, InsertTextMode } from 'vscode-languageserver-types';
import { COMPETENCY_NAMES } from '../../core/competencyNames';
import { isCompetencyId } from '../../core/model/types';
import { markdown } from './completionRequest';
import type { CompletionRequest } from './completionRequest';
import { fieldDefaults } from './fieldDefaults';
import { bodyKeys, keySnippet, mappingBody } from './keySnippets';
import { childSpot, markdownOf, schemaAt, shapeOf, valueWords } from '../schemaLookup';
import type { SchemaSpot } from '../schemaLookup';
import type { PathSegment, ScanFrame } from '../scan/scanModel';

/** The keys already written in these mappings, the one being typed excepted. */
export function presentKeys(maps: readonly ScanFrame[]): Set<string> {
  const out = new Set<string>();
  for (const map of maps) for (const key of map.keys) if (!key.atCursor) out.add(key.text);
  return out;
}

/**
 * The keys the schema allows in the mapping at `mapPath` and that it does not have yet.
 * With `hasColon` the key's colon and value are already there: only the name is replaced.
 */
export function keyItems(
  mapPath: readonly PathSegment[],
  present: ReadonlySet<string>,
  req: CompletionRequest,
  hasColon: boolean,
): CompletionItem[] {
  const parent = schemaAt(mapPath);
  if (!parent || shapeOf(parent) !== 'map') return [];
  const required = new Set(parent.resolved.required ?? []);
  const competencies = mapPath.length === 1 && mapPath[0] === 'competencies';
  const items: CompletionItem[] = [];
  for (const key of Object.keys(parent.resolved.properties ?? {})) {
    if (present.has(key)) continue;
    const spot = childSpot(parent, key)!;
    const detail =
      competencies && isCompetencyId(key)
        ? COMPETENCY_NAMES[key]
        : `${required.has(key) ? 'required' : 'optional'} · ${valueWords(spot)}`;
    items.push({
      label: key,
      kind: CompletionItemKind.Property,
      detail,
      documentation: markdown(markdownOf(spot)),
      insertTextFormat: InsertTextFormat.Snippet,
      insertTextMode: InsertTextMode.asIs,
      textEdit: {
        range: req.range,
        newText: hasColon
          ? key
          : keySnippet(key, spot, req.column, req.unit, req.flow, (def) => fieldDefaults(def, req, [...mapPath, key])),
      },
    });
  }
  return items;
}

const ITEM_NOUNS: Readonly<Record<string, string>> = {
  initiative: 'initiative',
  measure: 'measure',
  milestone: 'milestone',
  link: 'link',
};

/**
 * "New initiative" (or measure, milestone, link): a whole list item with its first keys.
 * `withDash` when the `- ` is still to be written, at the replaced text's column; with
 * `dashColumn`, the whole line is rewritten with its dash at that column (a word typed
 * deeper or shallower than the list's dashes, after the list's last item). The walkthrough
 * teaches typing the noun and picking the snippet, so the noun is what the item is
 * filtered by.
 */
export function newItemItem(
  list: SchemaSpot,
  listPath: readonly PathSegment[],
  req: CompletionRequest,
  withDash: boolean,
  dashColumn?: number,
): CompletionItem | undefined {
  const item = childSpot(list, 0);
  const noun = item?.defName && ITEM_NOUNS[item.defName];
  if (!item || !noun) return undefined;
  const defaults = fieldDefaults(item.defName, req, listPath);
  const common = {
    label: `New ${noun}`,
    kind: CompletionItemKind.Snippet,
    detail: bodyKeys(item).join(', '),
    documentation: markdown(markdownOf(item)),
    filterText: noun,
    insertTextFormat: InsertTextFormat.Snippet,
    insertTextMode: InsertTextMode.asIs,
  };
  if (dashColumn !== undefined) {
    const body = mappingBody(item, dashColumn + 2, false, defaults);
    const range = { start: { line: req.range.start.line, character: 0 }, end: req.range.end };
    return { ...common, textEdit: { range, newText: `${' '.repeat(dashColumn)}- ${body}` } };
  }
  const body = mappingBody(item, req.column + (withDash ? 2 : 0), req.flow, defaults);
  return {
    ...common,
    textEdit: { range: req.range, newText: `${req.tight ? ' ' : ''}${withDash ? '- ' : ''}${body}` },
  };
}
