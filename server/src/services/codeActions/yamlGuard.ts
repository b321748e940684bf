import { isAlias, isMap, isSeq, visit } from 'yaml';
import type { Document } from 'yaml';
import type { TextEdit } from 'vscode-languageserver-types';
import type { Span } from '../../core/model/types';
import { parseYaml } from '../../core/yaml/parseYaml';
import type { ParsedYaml } from '../../core/yaml/parseYaml';
import type { DocumentContext } from '../documentContext';
import { LineIndex } from '../../core/text/lineIndex';
import { applyEdits } from './applyEdits';
import { insideMultilineScalar, keyText, parsedYamlOf, rootMap, valueScalarAt } from './yamlDocument';

/**
 * How much text one request may parse whole to settle actions that their block alone
 * cannot: a few whole parses of a real roadmap, but not one per action of a large file,
 * which would keep the light bulb waiting for seconds. An action that would need more is
 * not offered (never offered unchecked).
 */
export const WHOLE_PARSE_BUDGET = 128 * 1024;

/**
 * Checks, for one code-action request, that each action's edits keep the YAML valid: the
 * edited document still parses, with no more duplicate keys than before. Parsing a whole
 * large roadmap for every offered action would make the light bulb slow, so the block the
 * edits fall in (one top-level key, or one initiative) is parsed on its own; the whole
 * text is parsed only when the block cannot settle it, within WHOLE_PARSE_BUDGET. Where the
 * analysis reads initiatives one by one, an initiative is found by its lines, and one that
 * parses once edited settles it: another initiative that does not parse is not the edit's
 * doing (a fix for one mistake is offered while the file has others).
 */
export class YamlGuard {
  private parsedWhole = 0;

  constructor(private readonly ctx: DocumentContext) {}

  /** Characters parsed whole so far (for tests). */
  get wholeParsed(): number {
    return this.parsedWhole;
  }

  keepsYamlValid(edits: readonly TextEdit[]): boolean {
    const ctx = this.ctx;
    const lines = ctx.analysis.lines;
    if (edits.length === 1 && (replacesPlainValue(ctx, edits[0]!) || insertsCommentLine(ctx, edits[0]!))) return true;
    const offsets = edits.flatMap((e) => [lines.offsetAt(e.range.start), lines.offsetAt(e.range.end)]);
    const lo = Math.min(...offsets);
    const hi = Math.max(...offsets);
    const window = offsets.length > 0 ? (splitItemAround(ctx, lo, hi) ?? blockAround(ctx, lo, hi)) : undefined;
    if (window) {
      const text = ctx.text.slice(window.start, window.end);
      const local = new LineIndex(text);
      const localEdits = edits.map((e) => ({
        newText: e.newText,
        range: local.rangeOf(lines.offsetAt(e.range.start) - window.start, lines.offsetAt(e.range.end) - window.start),
      }));
      const after = parseYaml(applyEdits(text, local, localEdits));
      if (settledByBlock(blockBefore(ctx, window, text), after, parsedYamlOf(ctx))) return true;
    }
    if (this.parsedWhole > 0 && this.parsedWhole + ctx.text.length > WHOLE_PARSE_BUDGET) return false;
    this.parsedWhole += ctx.text.length;
    const before = parsedYamlOf(ctx);
    const after = parseYaml(applyEdits(ctx.text, lines, edits), before.syntax.length === 0 ? Infinity : undefined);
    return after.syntax.length === 0 && after.duplicateKeys.length <= before.duplicateKeys.length;
  }
}

/**
 * A word written over a whole plain value (`competency: nope` → `competency: customer-as-asset`)
 * leaves a plain value in its place: nothing else in the file reads differently. Most
 * actions of a request for a whole file are such changes, so they skip the parse.
 */
const WORD = /^[A-Za-z0-9][\w.-]*$/;

function replacesPlainValue(ctx: DocumentContext, edit: TextEdit): boolean {
  const parsed = parsedYamlOf(ctx);
  if (parsed.syntax.length > 0 || !WORD.test(edit.newText)) return false;
  const lines = ctx.analysis.lines;
  const start = lines.offsetAt(edit.range.start);
  const end = lines.offsetAt(edit.range.end);
  return end > start && valueScalarAt(parsed.doc, start, end)?.type === 'PLAIN';
}

/**
 * A comment line inserted at the start of a line (`# cxroadmap-disable-next-line …`) is
 * skipped by the parser wherever it stands, except inside a value written over several
 * lines. "Disable … for this line" is offered for every problem, so it skips the parse too.
 */
const COMMENT_LINE = /^[ \t]*#[^\r\n]*(?:\r\n|\n)$/;

function insertsCommentLine(ctx: DocumentContext, edit: TextEdit): boolean {
  const { start, end } = edit.range;
  if (start.character !== 0 || start.line !== end.line || end.character !== 0) return false;
  const parsed = parsedYamlOf(ctx);
  if (parsed.syntax.length > 0 || !COMMENT_LINE.test(edit.newText)) return false;
  const offset = ctx.analysis.lines.offsetAt(start);
  return !insideMultilineScalar(parsed.doc, ctx.text, offset);
}

/** One action, on its own (tests); a request checks its actions through one YamlGuard. */
export function keepsYamlValid(ctx: DocumentContext, edits: readonly TextEdit[]): boolean {
  return new YamlGuard(ctx).keepsYamlValid(edits);
}

/** What the block says before the edits: its duplicate keys, anchors and aliases. */
interface BlockFacts {
  duplicateKeys: number;
  /** The anchors it defines and the aliases it uses, in order (`&a *b …`). */
  names: string;
  anchors: boolean;
}

/**
 * The block settles the question when, edited, it parses without error (an alias whose
 * anchor lies outside it aside), has no more duplicate keys than before, and defines and
 * uses the same anchors and aliases as before. Then the rest of the file reads exactly as
 * it did: its aliases find the same anchors, which expand to as many values as before.
 * A block that defines an anchor, in a file that has aliases, is not enough: an edit
 * inside the anchored value changes what each of its aliases expands to.
 */
function settledByBlock(before: BlockFacts, after: ParsedYaml, whole: ParsedYaml): boolean {
  const onlyOutsideAliases = after.syntax.length === 1 && after.unresolvedAlias === true;
  if (after.syntax.length > 0 && !onlyOutsideAliases) return false;
  if (after.duplicateKeys.length > before.duplicateKeys) return false;
  if (!after.doc || namesOf(after.doc) !== before.names) return false;
  return !before.anchors || (whole.aliasValues ?? 0) === 0;
}

/**
 * The facts of a block before the edits. The actions offered for one request mostly fall
 * in the same block (the file's first key, for "disable for this file"), so each block is
 * parsed once per analysis, not once per action.
 */
const blocks = new WeakMap<object, Map<string, BlockFacts>>();

function blockBefore(ctx: DocumentContext, window: Span, text: string): BlockFacts {
  let known = blocks.get(ctx.analysis);
  if (!known) {
    known = new Map();
    blocks.set(ctx.analysis, known);
  }
  const key = `${window.start}:${window.end}`;
  let facts = known.get(key);
  if (!facts) {
    const parsed = parseYaml(text);
    const names = parsed.doc ? namesOf(parsed.doc) : '';
    facts = { duplicateKeys: parsed.duplicateKeys.length, names, anchors: names.includes('&') };
    known.set(key, facts);
  }
  return facts;
}

function namesOf(doc: Document): string {
  let names = '';
  visit(doc, (_key, node) => {
    const anchor = (node as { anchor?: string } | null)?.anchor;
    if (anchor) names += `&${anchor} `;
    if (isAlias(node)) names += `*${node.source} `;
  });
  return names;
}

/** The text of the initiative that holds `[lo, hi]`, as the split analysis reads it. */
function splitItemAround(ctx: DocumentContext, lo: number, hi: number): Span | undefined {
  const items = ctx.analysis.split?.items;
  if (!items) return undefined;
  let low = 0;
  let high = items.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (items[mid]!.end < hi) low = mid + 1;
    else high = mid;
  }
  const item = items[low];
  return item && item.start <= lo && hi <= item.end ? item : undefined;
}

/** Whole lines of the top-level entry, or of the initiative, that holds `[lo, hi]`. */
function blockAround(ctx: DocumentContext, lo: number, hi: number): Span | undefined {
  const root = rootMap(parsedYamlOf(ctx).doc);
  if (!root || root.flow) return undefined;
  const lines = ctx.analysis.lines;
  const lineStartOf = (offset: number) => lines.lineStart(lines.lineOf(offset));
  const pairs = root.items;
  const starts = pairs.map((p) => lineStartOf((p.key as { range?: [number, number, number] }).range?.[0] ?? 0));
  for (let i = 0; i < pairs.length; i++) {
    const span = { start: starts[i]!, end: starts[i + 1] ?? ctx.text.length };
    if (lo < span.start || hi > span.end) continue;
    const pair = pairs[i]!;
    const list = pair.value;
    if (keyText(pair) === 'initiatives' && isSeq(list) && !list.flow) {
      const items = list.items.map((item) =>
        lineStartOf((item as { range?: [number, number, number] }).range?.[0] ?? span.start),
      );
      for (let j = 0; j < items.length; j++) {
        const item = { start: items[j]!, end: items[j + 1] ?? span.end };
        if (item.start <= lo && hi <= item.end && isMap(list.items[j])) return item;
      }
    }
    return span;
  }
  return undefined;
}
