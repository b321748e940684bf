/**
 * The words the chart draws next to its shapes: day ranges a reader takes in at a glance,
 * and text shortened to the room it has. Widths are estimates (no fonts are measured, so
 * the CLI draws exactly what the preview draws); they err on the wide side.
 */
import { daysInMonth, fromDayNumber } from '../core/dates';
import type { Status } from '../core/model/types';

export const MONTH_NAMES = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
] as const;

const NARROW = new Set(Array.from(" .,:;'!|ijlIft()[]-"));
const WIDE = new Set(Array.from('mwMWOQGCD@%'));

/** Width of `text` in pixels at `fontSize`, calibrated on Arial/Helvetica-like sans-serif fonts. */
export function estimateWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code >= 0x1100) em += 1;
    else if (NARROW.has(ch)) em += 0.28;
    else if (WIDE.has(ch)) em += 0.83;
    else if (ch >= 'A' && ch <= 'Z') em += 0.66;
    else em += 0.52;
  }
  return em * fontSize;
}

/** `text` cut at a code point boundary with an ellipsis so that it fits `maxWidth`. */
export function fitText(text: string, maxWidth: number, fontSize: number): string {
  if (estimateWidth(text, fontSize) <= maxWidth) return text;
  const chars = Array.from(text);
  const room = maxWidth - estimateWidth('\u2026', fontSize);
  let width = 0;
  let kept = 0;
  for (; kept < chars.length; kept++) {
    const next = width + estimateWidth(chars[kept]!, fontSize);
    if (next > room) break;
    width = next;
  }
  return `${chars.slice(0, kept).join('').trimEnd()}\u2026`;
}

export function formatDay(day: number): string {
  const d = fromDayNumber(day);
  return `${d.day} ${MONTH_NAMES[d.month - 1]} ${d.year}`;
}

/**
 * "4 Jan – 31 Mar 2027"; whole months as "Apr – Dec 2027" (periods such as `2027-Q2`
 * read as they were written); both years when the range crosses a year.
 */
export function formatRange(start: number, end: number): string {
  const a = fromDayNumber(start);
  const b = fromDayNumber(end);
  if (start === end) return formatDay(start);
  if (a.day === 1 && b.day === daysInMonth(b.year, b.month)) {
    const last = `${MONTH_NAMES[b.month - 1]} ${b.year}`;
    if (a.year === b.year && a.month === b.month) return last;
    return `${a.year === b.year ? MONTH_NAMES[a.month - 1] : `${MONTH_NAMES[a.month - 1]} ${a.year}`} \u2013 ${last}`;
  }
  const from = a.year === b.year ? `${a.day} ${MONTH_NAMES[a.month - 1]}` : formatDay(start);
  return `${from} \u2013 ${formatDay(end)}`;
}

/** "1 initiative", "2 initiatives". */
export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** Each status as words in a sentence. */
export const STATUS_WORDS: Readonly<Record<Status, string>> = {
  planned: 'planned',
  active: 'active',
  'at-risk': 'at risk',
  blocked: 'blocked',
  done: 'done',
  cancelled: 'cancelled',
};
