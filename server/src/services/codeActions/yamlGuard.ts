import { isMap, isSeq } from 'yaml';
import type { TextEdit } from 'vscode-languageserver-types';
import type { Span } from '../../core/model/types';
import { parseYaml } from '../../core/yaml/parseYaml';
import type { DocumentContext } from '../documentContext';
import { LineIndex } from '../../core/text/lineIndex';
import { applyEdits } from './applyEdits';
import { keyText, parsedYamlOf, rootMap } from './yamlDocument';

/**
 * True when the edited document still parses, with no more duplicate keys than before.
 * Parsing a whole large roadmap for every offered action would make the light bulb slow,
 * so the block the edits fall in (one top-level key, or one initiative) is parsed on its
 * own first; only when that fails is the whole text parsed, which settles it.
 */
export function keepsYamlValid(ctx: DocumentContext, edits: readonly TextEdit[]): boolean {
  const lines = ctx.analysis.lines;
  const before = parsedYamlOf(ctx);
  const offsets = edits.flatMap((e) => [lines.offsetAt(e.range.start), lines.offsetAt(e.range.end)]);
  const window = offsets.length > 0 ? blockAround(ctx, Math.min(...offsets), Math.max(...offsets)) : undefined;
  if (window) {
    const text = ctx.text.slice(window.start, window.end);
    const local = new LineIndex(text);
    const localEdits = edits.map((e) => ({
      newText: e.newText,
      range: local.rangeOf(lines.offsetAt(e.range.start) - window.start, lines.offsetAt(e.range.end) - window.start),
    }));
    const windowAfter = parseYaml(applyEdits(text, local, localEdits));
    if (windowAfter.syntax.length === 0 && windowAfter.duplicateKeys.length <= duplicatesIn(ctx, window, text))
      return true;
  }
  const after = parseYaml(applyEdits(ctx.text, lines, edits));
  return after.syntax.length === 0 && after.duplicateKeys.length <= before.duplicateKeys.length;
}

/**
 * Duplicate keys of a window before the edits. The actions offered for one request mostly
 * fall in the same window (the file's first key, for "disable for this file"), so it is
 * parsed once per analysis, not once per action.
 */
const windowDuplicates = new WeakMap<object, Map<string, number>>();

function duplicatesIn(ctx: DocumentContext, window: Span, text: string): number {
  let known = windowDuplicates.get(ctx.analysis);
  if (!known) {
    known = new Map();
    windowDuplicates.set(ctx.analysis, known);
  }
  const key = `${window.start}:${window.end}`;
  let count = known.get(key);
  if (count === undefined) {
    count = parseYaml(text).duplicateKeys.length;
    known.set(key, count);
  }
  return count;
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
