import assert from 'node:assert/strict';
import type { Position, Range, TextEdit } from 'vscode-languageserver-types';
import { find, offsetIn, positionIn } from './roadmapBuilder';

/*
 * Positions, ranges and edits named by the text they stand at, for the tests of what the
 * language features change in a document (code actions, rename): a test shows where an
 * edit goes by quoting the text, not by counting lines and characters.
 */

/** The position where the `occurrence`-th `needle` starts. */
export function at(text: string, needle: string, occurrence = 0): Position {
  return positionIn(text, find(text, needle, occurrence));
}

/** The position just after the `occurrence`-th `needle` (e.g. the end of a line ending with it). */
export function after(text: string, needle: string, occurrence = 0): Position {
  return positionIn(text, find(text, needle, occurrence) + needle.length);
}

/** The range of `target` where it stands inside the `occurrence`-th `context` (all of it by default). */
export function rangeIn(text: string, context: string, target = context, occurrence = 0): Range {
  const inner = context.indexOf(target);
  assert.ok(inner >= 0, `${JSON.stringify(target)} not in ${JSON.stringify(context)}`);
  const start = find(text, context, occurrence) + inner;
  return { start: positionIn(text, start), end: positionIn(text, start + target.length) };
}

export function insert(p: Position, newText: string): TextEdit {
  return { range: { start: p, end: p }, newText };
}

/** Replaces `target` where it stands inside the `occurrence`-th `context`. */
export function replaceIn(text: string, context: string, target: string, newText: string, occurrence = 0): TextEdit {
  return { range: rangeIn(text, context, target, occurrence), newText };
}

/** Replaces exactly the `occurrence`-th `needle`. */
export function replace(text: string, needle: string, newText: string, occurrence = 0): TextEdit {
  return replaceIn(text, needle, needle, newText, occurrence);
}

/**
 * `text` after `edits`, whose ranges are all read in `text` as it was: as an editor applies
 * them. Edits at the same place end up in the order given.
 */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const spans = edits
    .map((e, order) => ({
      start: offsetIn(text, e.range.start),
      end: offsetIn(text, e.range.end),
      text: e.newText,
      order,
    }))
    .sort((a, b) => b.start - a.start || b.order - a.order);
  let out = text;
  for (const s of spans) out = out.slice(0, s.start) + s.text + out.slice(s.end);
  return out;
}
