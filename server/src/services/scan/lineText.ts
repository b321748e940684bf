import { isBlank } from './scalarReader';

/** Moving through YAML text by characters within a line; across lines, see core/text/lineEnds.ts. */

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
  while (p < src.length && !isBlank(src[p]) && !',[]{}'.includes(src.charAt(p))) p++;
  return p;
}
