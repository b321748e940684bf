import type { TextEdit } from 'vscode-languageserver-types';
import type { LineIndex } from '../../core/text/lineIndex';

/** The text after the edits (non-overlapping; inserts at one place keep their order). */
export function applyEdits(text: string, lines: LineIndex, edits: readonly TextEdit[]): string {
  const spans = edits
    .map((e, order) => ({
      start: lines.offsetAt(e.range.start),
      end: lines.offsetAt(e.range.end),
      newText: e.newText,
      order,
    }))
    .sort((a, b) => a.start - b.start || a.order - b.order);
  let out = '';
  let at = 0;
  for (const s of spans) {
    out += text.slice(at, s.start) + s.newText;
    at = Math.max(at, s.end);
  }
  return out + text.slice(at);
}
