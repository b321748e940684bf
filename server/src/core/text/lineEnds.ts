/**
 * Where each line of a text ends (before its `\n`, `\r\n` or lone `\r`), found fast: in
 * text without a `\r` (most files) by `indexOf`, which scans natively, instead of a loop
 * over character codes. These scans run over the whole file on every edit.
 */
export function lineEndFinder(text: string): (from: number) => number {
  if (!text.includes('\r')) {
    return (from) => {
      const at = text.indexOf('\n', from);
      return at < 0 ? text.length : at;
    };
  }
  return (from) => {
    let i = from;
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c === 10 || c === 13) break;
      i++;
    }
    return i;
  };
}
