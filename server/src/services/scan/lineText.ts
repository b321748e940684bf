import { isBlank, isBreak } from './scalarReader';

/**
 * Moving through YAML text by characters and lines. Lines end at `\n`, `\r\n` or a lone
 * `\r`, as LSP positions count them.
 */

/** `---`, `...` or a `%` directive at the start of a line. */
export function isDocumentMarker(src: string, p: number): boolean {
  if (src[p] === '%') return true;
  return (src.startsWith('---', p) || src.startsWith('...', p)) && isBlank(src[p + 3]);
}

export function skipSpaces(src: string, p: number): number {
  while (src[p] === ' ' || src[p] === '\t') p++;
  return p;
}

/** Past an anchor or tag (`&name`, `!tag`). */
export function skipWord(src: string, p: number): number {
  while (p < src.length && !isBlank(src[p]) && !',[]{}'.includes(src[p])) p++;
  return p;
}

/** The offset of the line break at or after `p`, or the text's end. */
export function lineEndFrom(src: string, p: number): number {
  while (p < src.length && !isBreak(src[p])) p++;
  return p;
}

/** The start of the line after the break at `eol`. */
export function nextLineStart(src: string, eol: number): number {
  if (eol >= src.length) return src.length;
  return src[eol] === '\r' && src[eol + 1] === '\n' ? eol + 2 : eol + 1;
}

export function lineStartOf(src: string, p: number): number {
  while (p > 0 && !isBreak(src[p - 1])) p--;
  return p;
}
