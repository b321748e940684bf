/**
 * Line ends as VS Code counts them for LSP positions: `\n`, `\r\n` and a lone `\r` each end a
 * line. The `yaml` package does not count a lone `\r`, so every scan over lines uses these
 * instead of writing its own.
 *
 * Some of these scans run over the whole file on every edit: in text without a `\r` (most
 * files) they use `indexOf`, which scans natively, instead of a loop over character codes.
 * The helpers are small so that V8 inlines them into those loops.
 */

const LF = 10;
const CR = 13;

export function isLineBreak(code: number): boolean {
  return code === LF || code === CR;
}

/** The offset of the line break at or after `from`, or the text's end. */
export function lineEndAt(text: string, from: number): number {
  let i = from;
  while (i < text.length && !isLineBreak(text.charCodeAt(i))) i++;
  return i;
}

/**
 * `lineEndAt` for a scan over many lines of one text: it checks once whether the text has a
 * `\r` and, when it has none, finds each line end by `indexOf`.
 */
export function lineEndFinder(text: string): (from: number) => number {
  if (!text.includes('\r')) {
    return (from) => {
      const at = text.indexOf('\n', from);
      return at < 0 ? text.length : at;
    };
  }
  return (from) => lineEndAt(text, from);
}

/** The start of the line after the break at `end` (`\r\n` is one break), or the text's end. */
export function nextLineStart(text: string, end: number): number {
  if (end >= text.length) return text.length;
  return text.charCodeAt(end) === CR && text.charCodeAt(end + 1) === LF ? end + 2 : end + 1;
}

/** The start of the line that holds `offset`. */
export function lineStartOf(text: string, offset: number): number {
  let i = offset;
  while (i > 0 && !isLineBreak(text.charCodeAt(i - 1))) i--;
  return i;
}

/** The offset where each line starts; the first is 0. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  if (!text.includes('\r')) {
    for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
    return starts;
  }
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === CR) {
      if (text.charCodeAt(i + 1) === LF) i++;
      starts.push(i + 1);
    } else if (c === LF) {
      starts.push(i + 1);
    }
  }
  return starts;
}

/** The offset just past the last character of the line that ends where `nextStart` begins the next. */
export function lineEndBefore(text: string, lineStart: number, nextStart: number): number {
  const end = nextStart - 1;
  return end > lineStart && text.charCodeAt(end) === LF && text.charCodeAt(end - 1) === CR ? end - 1 : end;
}
