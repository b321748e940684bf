import { lineEndFinder, nextLineStart } from '../text/lineEnds';

/** Deeper than this, the `yaml` parser itself can run out of stack; a roadmap needs fewer than ten. */
export const MAX_NESTING = 256;

const BLOCK_SCALAR_HEADER = /(?:^|[:\-?]\s+|^\s*)[|>][+-]?[0-9]?[+-]?\s*(?:#.*)?$/;

/**
 * Finds where lists or mappings nest deeper than the limit, before the parser sees the
 * text. Flow brackets count only where a value can start (not inside text such as
 * `see [1`), outside quotes, comments and block scalars; block nesting is counted by the
 * stack of indentation levels. Returns the offset where the limit is passed.
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
        if (++flow > MAX_NESTING) return base + i;
      } else if ((c === ']' || c === '}') && flow > 0) flow--;
      previous = c;
    }
    return undefined;
  }
}
