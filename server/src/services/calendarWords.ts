import { fromDayNumber, MONTH_NAMES, quarterIndexOf, quarterLabel, weekdayName } from '../core/dates';

/** Dates as people say them, for completion details and hovers. */

/** `Monday 4 January 2027`. */
export function longDay(day: number): string {
  const d = fromDayNumber(day);
  return `${weekdayName(day)} ${d.day} ${MONTH_NAMES[d.month - 1]} ${d.year}`;
}

/** `Monday 4 January 2027 · 2027-Q1`. */
export function longDayWithQuarter(day: number): string {
  return `${longDay(day)} · ${quarterLabel(quarterIndexOf(day))}`;
}

const ORDINAL = ['first', 'second', 'third', 'fourth'];

/** What a period means in words (`the first quarter of 2027`), or undefined for a day date or other text. */
export function periodWords(text: string): string | undefined {
  const m = /^(\d{4})(?:-(?:H([12])|Q([1-4])|(\d{2})))?$/.exec(text);
  if (!m) return undefined;
  if (m[2]) return `the ${ORDINAL[Number(m[2]) - 1]} half of ${m[1]}`;
  if (m[3]) return `the ${ORDINAL[Number(m[3]) - 1]} quarter of ${m[1]}`;
  if (m[4]) {
    const month = Number(m[4]);
    return month >= 1 && month <= 12 ? `${MONTH_NAMES[month - 1]} ${m[1]}` : undefined;
  }
  return `the year ${m[1]}`;
}
