import assert from 'node:assert/strict';
import type { Position, Range } from 'vscode-languageserver-types';
import { analyzeRoadmap } from '../../../server/src/core/analyze';
import type { DocumentContext } from '../../../server/src/services/documentContext';
import { positionIn } from '../../support/roadmapBuilder';

/**
 * The cursor is written into a fixture as `‸` (not `|`, which is YAML's block scalar
 * indicator), so a test shows exactly where completion or hover is asked for.
 */
export const CARET = '\u2038';

export interface AtCaret {
  ctx: DocumentContext;
  position: Position;
  /** The text as analysed: caret and BOM removed. */
  text: string;
}

/** The document with its caret removed, analysed, and the caret's LSP position. */
export function atCaret(marked: string): AtCaret {
  const offset = marked.indexOf(CARET);
  assert.ok(offset >= 0 && marked.indexOf(CARET, offset + 1) < 0, 'a fixture needs exactly one caret');
  const raw = marked.slice(0, offset) + marked.slice(offset + 1);
  const bom = raw.charCodeAt(0) === 0xfeff ? 1 : 0;
  const text = raw.slice(bom);
  return {
    ctx: { uri: 'file:///work/acme.cxroadmap.yaml', text, analysis: analyzeRoadmap(raw) },
    position: positionIn(text, offset - bom),
    text,
  };
}

/** The range of the first occurrence of `needle` (after `from`, when given) in the analysed text. */
export function rangeOf(text: string, needle: string, from?: string): Range {
  const base = from === undefined ? 0 : text.indexOf(from);
  assert.ok(base >= 0, `fixture lacks ${from}`);
  const start = text.indexOf(needle, base);
  assert.ok(start >= 0, `fixture lacks ${needle}`);
  return { start: positionIn(text, start), end: positionIn(text, start + needle.length) };
}

/** An empty range at a position. */
export function at(position: Position): Range {
  return { start: position, end: position };
}
