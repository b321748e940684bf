import { lineEndFinder, nextLineStart } from '../text/lineEnds';

/** Deeper than this, the `yaml` parser itself can run out of stack; a roadmap needs fewer than ten. */
export const MAX_NESTING = 256;

const BLOCK_SCALAR_HEADER = /(?:^|[:\-?]\s+|^\s*)[|>][+-]?[0-9]?[+-]?\s*(?:#.*)?$/;

/**
 * Finds where lists or mappings nest deeper than the limit, before the parser sees the
 * text. Flow brackets count only where a value can start (not inside text such as
 * `see [1`), outside quotes, comments and block scalars; block nesting is counted by the
 * stack of indentation levels, where each `- ` or `? ` that opens a collection on the same
 * line (`- - - x`, `- ? a`) is a level of its own at the column of what follows it. Block
 * and flow levels add up. Returns the offset where the limit is passed.
 */
export function findExcessiveNesting(text: string): number | undefined {
  const indents: number[] = [];
  let flow = 0;
  let quote: string | undefined;
  let blockScalarIndent = -1;
  const lineEnd = lineEndFinder(text);
  let pos = 0;
  for (;;) {
    const end = lineEnd(pos);
    const line = text.slice(pos, end);
    let indent = 0;
    while (indent < line.length && line[indent] === ' ') indent++;
    const blank = indent === line.length || line[indent] === '#';
    const inBlockScalar = blockScalarIndent >= 0 && (blank || indent > blockScalarIndent);
    if (!inBlockScalar) {
      blockScalarIndent = -1;
      if (!blank && flow === 0 && !quote) {
        while (indents.length > 0 && indents[indents.length - 1]! >= indent) indents.pop();
        indents.push(indent);
        if (indents.length > MAX_NESTING) return pos + indent;
        for (let column = compactLevel(line, indent); column !== undefined; column = compactLevel(line, column)) {
          indents.push(column);
          if (indents.length > MAX_NESTING) return pos + column;
        }
      }
      const found = scanLine(line, pos);
      if (found !== undefined) return found;
      if (!quote && flow === 0 && BLOCK_SCALAR_HEADER.test(line)) blockScalarIndent = indent;
    }
    // The last line may be empty (text ending in a line break): it is scanned like any other.
    if (end >= text.length) return undefined;
    pos = nextLineStart(text, end);
  }

  function scanLine(line: string, base: number): number | undefined {
    let previous = '';
    for (let i = 0; i < line.length; i++) {
      const c = line.charAt(i);
      if (quote) {
        if (c === '\\' && quote === '"') i++;
        else if (c === quote) quote = undefined;
        continue;
      }
      if (c === ' ' || c === '\t') continue;
      if (c === '#' && (i === 0 || line[i - 1] === ' ' || line[i - 1] === '\t')) return undefined;
      const valueStart =
        previous === '' ||
        previous === ':' ||
        previous === '-' ||
        previous === '?' ||
        previous === '[' ||
        previous === '{' ||
        previous === ',';
      if ((c === '"' || c === "'") && valueStart) quote = c;
      else if ((c === '[' || c === '{') && (valueStart || flow > 0)) {
        // Inside a flow collection no line pushes a block level, so the stack is the block
        // depth the collection sits at.
        if (++flow + indents.length > MAX_NESTING) return base + i;
      } else if ((c === ']' || c === '}') && flow > 0) flow--;
      previous = c;
    }
    return undefined;
  }
}

/**
 * The column of what follows a `- ` or `? ` at `column` (a collection nested on the same
 * line), or undefined when there is none: no indicator there, or only a comment after it.
 */
function compactLevel(line: string, column: number): number | undefined {
  const c = line[column];
  if (c !== '-' && c !== '?') return undefined;
  let next = column + 1;
  if (next < line.length && line[next] !== ' ' && line[next] !== '\t') return undefined;
  while (next < line.length && (line[next] === ' ' || line[next] === '\t')) next++;
  return next < line.length && line[next] !== '#' ? next : undefined;
}
