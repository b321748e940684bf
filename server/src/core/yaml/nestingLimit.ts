/** Deeper than this, the `yaml` parser itself can run out of stack; a roadmap needs fewer than ten. */
export const MAX_NESTING = 256;

/**
 * Finds where lists or mappings nest deeper than the limit, before the parser sees the
 * text. Flow brackets are counted outside quotes and comments; block nesting is counted
 * by the stack of indentation levels. Returns the offset where the limit is passed.
 */
export function findExcessiveNesting(text: string): number | undefined {
  let flow = 0;
  let quote: string | undefined;
  let lineStart = true;
  let indent = 0;
  const indents: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === '\\' && quote === '"') i++;
      else if (c === quote) quote = undefined;
      continue;
    }
    if (c === '\n' || c === '\r') {
      lineStart = true;
      indent = 0;
      continue;
    }
    if (lineStart) {
      if (c === ' ') {
        indent++;
        continue;
      }
      lineStart = false;
      if (c !== '#' && flow === 0) {
        while (indents.length > 0 && indents[indents.length - 1] >= indent) indents.pop();
        indents.push(indent);
        if (indents.length > MAX_NESTING) return i;
      }
    }
    if (c === '#' && (i === 0 || text[i - 1] === ' ' || text[i - 1] === '\t' || text[i - 1] === '\n' || text[i - 1] === '\r')) {
      while (i + 1 < text.length && text[i + 1] !== '\n' && text[i + 1] !== '\r') i++;
    } else if (c === '"' || c === "'") {
      const prev = text[i - 1];
      // Only a quote that opens a value starts a quoted scalar (`it's` does not).
      if (prev === undefined || prev === ' ' || prev === '[' || prev === '{' || prev === ',' || prev === ':' || prev === '-' || prev === '\t') quote = c;
    } else if (c === '[' || c === '{') {
      if (++flow > MAX_NESTING) return i;
    } else if ((c === ']' || c === '}') && flow > 0) {
      flow--;
    }
  }
  return undefined;
}
