import type { OffsetDiagnostic } from '../diagnostic';
import { analyzeInitiative, placeUnit } from '../initiativeUnit';
import type { CachedItem, InitiativeCache, InitiativeUnit } from '../initiativeUnit';
import { isSeq, NodeView, spanOf } from '../yaml/nodeView';
import { MAX_DOCUMENT_EXPANSION } from '../yaml/aliasLimit';
import { countValues, MAX_DOCUMENT_VALUES } from '../yaml/valueBudget';
import { parseYaml } from '../yaml/parseYaml';
import { fastParseItem } from '../yaml/fastItemParser';
import type { YAMLMap } from 'yaml';
import type { ParsedYaml } from '../yaml/parseYaml';
import type { Span } from '../model/types';
import { scalarsContaining } from './directiveValues';
import type { RoadmapSplit } from './roadmapSplit';

export interface SplitParse {
  header: ParsedYaml;
  /** Syntax problems of the header and of every initiative, absolute offsets. */
  syntax: OffsetDiagnostic[];
  units: InitiativeUnit[];
  /** The text of each initiative that does not parse on its own, absolute offsets. */
  unparsed: Span[];
  valuesWithDirectives: [number, number][];
}

const DIRECTIVE = 'cxroadmap-disable';

/**
 * Parses the header and each initiative of a split roadmap on its own, reusing cached
 * initiatives whose text has not changed. Returns undefined when some initiative cannot
 * be read on its own, so the caller parses the whole document instead.
 */
export function parseSplit(
  body: string,
  split: RoadmapSplit,
  cache: InitiativeCache | undefined,
): SplitParse | undefined {
  const headerText = body.slice(0, split.headerEnd);
  const count = split.items.length;
  const items = new Array<CachedItem | undefined>(count);
  // Pass 1: cached initiatives and those the fast parser takes; the others are only
  // counted. The budget of values that the full parser reads is the file's, so a file
  // over it goes to the whole-document parse (which reports where) before any full parse.
  let valueBudget = MAX_DOCUMENT_VALUES - countValues(headerText).count;
  const pending: number[] = [];
  // Asked in document order, as ItemReuse needs.
  const reuse = cache?.reuseFor(body);
  for (let index = 0; index < count && valueBudget >= 0; index++) {
    const { start, end } = split.items[index]!;
    const hit = reuse?.find(start, end);
    if (hit) {
      items[index] = hit;
      valueBudget -= hit.values ?? 0;
      continue;
    }
    const text = body.slice(start, end);
    // Suppression text inside a value needs the full parser's view of where values are.
    // Only a cached item outlives this analysis, so only then is its text copied.
    const fast = text.includes(DIRECTIVE) ? undefined : fastItem(cache ? ownCopy(text) : text, index);
    if (fast) {
      items[index] = fast;
      continue;
    }
    valueBudget -= countValues(text).count;
    pending.push(index);
  }
  if (valueBudget < 0) return undefined;

  const header = cachedHeader(headerText, cache);
  // A header that does not parse may be cut short by the split itself (an unclosed quote
  // runs on into the initiatives), so only the whole document can say where the errors are.
  if (header.unresolvedAlias || header.syntax.length > 0) return undefined;
  // Pass 2: the others, with the full parser. The alias budget is the file's too: pieces
  // that together pass it send the file to the whole-document parse, which reports the
  // alias that crosses it.
  let aliasBudget = MAX_DOCUMENT_EXPANSION - (header.aliasValues ?? 0);
  for (const item of items) aliasBudget -= item?.aliasValues ?? 0;
  for (const index of pending) {
    const text = itemText(body, split, index);
    const item = fullItem(cache ? ownCopy(text) : text, index, aliasBudget);
    // Over the budget left is not a property of the text alone: it is not kept.
    if (!item) return undefined;
    items[index] = item;
    aliasBudget -= item.aliasValues ?? 0;
  }
  if (aliasBudget < 0) return undefined;

  const syntax: OffsetDiagnostic[] = [];
  const valuesWithDirectives =
    header.doc && headerText.includes(DIRECTIVE) ? scalarsContaining(header.doc, headerText, DIRECTIVE) : [];
  const units: InitiativeUnit[] = [];
  const unparsed: Span[] = [];
  const used = new Set<InitiativeUnit>();
  for (let index = 0; index < count; index++) {
    const item = items[index]!;
    const { start, end } = split.items[index]!;
    reuse?.keep(start, end, item);
    if (item.needsWholeDocument) return undefined;
    if (item.syntax && item.syntax.length > 0) {
      for (const d of item.syntax) syntax.push({ ...d, start: d.start + start, end: d.end + start });
      unparsed.push({ start, end });
      continue;
    }
    for (const [from, to] of item.valuesWithDirectives ?? []) valuesWithDirectives.push([from + start, to + start]);
    // Cached units keep their spans relative to their own text's start (`start` 0).
    if (item.unit) units.push(placeUnit(item.unit, item.unitOffset! + start, index, used));
  }
  return { header, syntax, units, unparsed, valuesWithDirectives };
}

function itemText(body: string, split: RoadmapSplit, index: number): string {
  const { start, end } = split.items[index]!;
  return body.slice(start, end);
}

/** One initiative's text (from its `- ` line), when the fast parser reads it. */
function fastItem(text: string, index: number): CachedItem | undefined {
  const fast = fastParseItem(text);
  if (!fast) return undefined;
  const view = new NodeView(undefined);
  const raw = fast.items[0] as YAMLMap;
  const unit = analyzeInitiative(view, raw, index, { start: raw.range![0], end: raw.range![1] });
  return { unit, unitOffset: unit.base };
}

/** One initiative's text (from its `- ` line) as a document of its own, with the full parser. */
function fullItem(text: string, index: number, aliasBudget: number): CachedItem | undefined {
  const parsed = parseYaml(text);
  const values = parsed.values ?? 0;
  if (parsed.unresolvedAlias) return { needsWholeDocument: true, values };
  const aliasValues = parsed.aliasValues ?? 0;
  if (aliasValues > aliasBudget) return undefined;
  if (parsed.syntax.length > 0) return { syntax: parsed.syntax, values };
  const doc = parsed.doc;
  const seq = doc?.contents;
  if (!doc || !isSeq(seq) || seq.items.length !== 1) return { needsWholeDocument: true, values };
  const view = new NodeView(doc);
  const raw = seq.items[0] as { range?: [number, number, number] } | null;
  const node = view.resolve(raw);
  const span = raw?.range ? { start: raw.range[0], end: raw.range[1] } : node ? spanOf(node) : { start: 0, end: 0 };
  const unit = analyzeInitiative(view, node, index, span);
  if (parsed.duplicateKeys.length > 0) unit.diagnostics = [...parsed.duplicateKeys, ...unit.diagnostics];
  const item: CachedItem = { unit, unitOffset: unit.base, values };
  if (aliasValues > 0) item.aliasValues = aliasValues;
  if (text.includes(DIRECTIVE)) item.valuesWithDirectives = scalarsContaining(doc, text, DIRECTIVE);
  return item;
}

/** The header rarely changes while initiatives are edited, so its parse is cached too. */
function cachedHeader(text: string, cache: InitiativeCache | undefined): ParsedYaml {
  const hit = cache?.getHeader(text);
  if (hit) return hit;
  const header = parseYaml(cache ? ownCopy(text) : text);
  cache?.setHeader(text, header);
  return header;
}

/**
 * A copy of `text` that does not share memory with the document it was cut from. Values
 * read from a cached initiative keep its text alive; a slice would keep the whole
 * document of that moment alive with it, one document per edit.
 */
function ownCopy(text: string): string {
  return text.split('\n').join('\n');
}
