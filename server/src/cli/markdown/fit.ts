/**
 * Keeping a markdown report under a size: GitHub refuses a comment over 65,536 characters
 * and a step summary over 1 MiB, and a report cut anywhere could end inside a table.
 */

/** A part of the report that can be shortened: rows between a head and a tail. */
export interface Foldable {
  /** Shown with the first row: a heading, a table's header. */
  head: string;
  /** Each a whole line or lines, ending with `\n`. */
  rows: readonly string[];
  /** Shown after the last row kept. */
  tail: string;
  /** What a row is, for the note on those left out: e.g. `['unchanged finding', 'unchanged findings']`. */
  what: readonly [one: string, many: string];
}

/** A part that is always shown whole (a heading, a line), or a foldable one. */
export type Part = string | Foldable;

function bytes(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

function leftOutNote(part: Foldable, kept: number): string {
  const count = part.rows.length - kept;
  const what = count === 1 ? part.what[0] : part.what[1];
  return `*\u2026 ${count} ${kept > 0 ? 'more ' : ''}${what} not shown.*\n\n`;
}

/** Said once, at the end, when anything was left out. */
function shortenedNote(limit: number, command: string): string {
  return `*The report is shortened to stay under ${limit} bytes: run \`cxroadmap ${command}\` locally for all of it.*\n`;
}

interface Measured {
  part: Foldable;
  /** Bytes of the head and tail. */
  frame: number;
  /** `prefix[k]`: bytes of the first k rows. */
  prefix: number[];
}

/** How many rows of `m` fit in `cap` bytes: the last k whose prefix is at most `cap`. */
function rowsWithin(m: Measured, cap: number): number {
  let low = 0;
  let high = m.part.rows.length;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (m.prefix[middle]! <= cap) low = middle;
    else high = middle - 1;
  }
  return low;
}

/**
 * The parts joined, in at most `limit` bytes of UTF-8 (never fewer than GitHub counts
 * characters). When they are longer, the longest foldable parts are cut first: each keeps
 * the rows that fit in one common number of bytes, as many as the limit allows, followed
 * by a note of how many rows it left out, and the report ends saying that it was
 * shortened and to run `cxroadmap <command>`. Should even that be too long (thousands of
 * files), the text is cut at a line, with a note.
 */
export function fitParts(parts: readonly Part[], limit: number, command: string): string {
  const whole = oneNewlineAtEnd(
    parts.map((p) => (typeof p === 'string' ? p : p.head + p.rows.join('') + p.tail)).join(''),
  );
  if (bytes(whole) <= limit) return whole;

  let fixed = bytes(shortenedNote(limit, command)) + 1;
  const measured: Measured[] = [];
  for (const part of parts) {
    if (typeof part === 'string') {
      fixed += bytes(part);
      continue;
    }
    const prefix = [0];
    for (const row of part.rows) prefix.push(prefix[prefix.length - 1]! + bytes(row));
    measured.push({ part, frame: bytes(part.head) + bytes(part.tail), prefix });
  }
  const sizeAt = (cap: number): number => {
    let size = fixed;
    for (const m of measured) {
      const kept = rowsWithin(m, cap);
      if (kept > 0) size += m.frame + m.prefix[kept]!;
      if (kept < m.part.rows.length) size += bytes(leftOutNote(m.part, kept));
    }
    return size;
  };
  // The largest common cap that fits; the size grows with the cap but for the notes, so a
  // bisection finds it, and the result is measured again below.
  let low = 0;
  let high = 0;
  for (const m of measured) high = Math.max(high, m.prefix[m.prefix.length - 1]!);
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (sizeAt(middle) <= limit) low = middle;
    else high = middle - 1;
  }
  const caps = new Map(measured.map((m) => [m.part, rowsWithin(m, low)]));
  const text = oneNewlineAtEnd(
    parts
      .map((part) => {
        if (typeof part === 'string') return part;
        const kept = caps.get(part) ?? 0;
        const shown = kept === 0 ? '' : part.head + part.rows.slice(0, kept).join('') + part.tail;
        return kept < part.rows.length ? shown + leftOutNote(part, kept) : shown;
      })
      .join(''),
  );
  const shortened = `${text}\n${shortenedNote(limit, command)}`;
  return bytes(shortened) <= limit ? shortened : cutAtLine(text, limit, command);
}

/** Each part ends with a blank line, to end a table or a list; the report itself ends with one line break. */
function oneNewlineAtEnd(text: string): string {
  let end = text.length;
  while (end > 1 && text[end - 1] === '\n' && text[end - 2] === '\n') end -= 1;
  return text.slice(0, end);
}

function cutAtLine(text: string, limit: number, command: string): string {
  const note = `*The report is cut here to stay under ${limit} bytes: run \`cxroadmap ${command}\` locally for all of it.*\n`;
  // One byte more for the blank line that ends a table before the note.
  const room = Math.max(0, limit - bytes(note) - 1);
  // Bytes are at least UTF-16 units, so `room` units hold every byte that fits, and more.
  let kept = Buffer.from(text.slice(0, room), 'utf8').subarray(0, room).toString('utf8');
  kept = kept.slice(0, kept.lastIndexOf('\n') + 1);
  while (bytes(kept) > room) kept = kept.slice(0, kept.lastIndexOf('\n', kept.length - 2) + 1);
  return `${kept}${kept === '' || kept.endsWith('\n\n') ? '' : '\n'}${note}`;
}
