/**
 * Calendar arithmetic on day numbers (days since 1970-01-01, UTC). Rules compare day
 * numbers only; nothing here reads the clock.
 */

const MS_PER_DAY = 86_400_000;

export type DateRole = 'start' | 'end';

export function dayNumber(year: number, month: number, day: number): number {
  // setUTCFullYear, unlike Date.UTC, does not shift years 0-99 into the 1900s.
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  return Math.round(d.getTime() / MS_PER_DAY);
}

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

export function fromDayNumber(day: number): CalendarDate {
  const d = new Date(day * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

export function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  if (days === undefined) throw new RangeError(`No month ${month}`);
  return days;
}

export function formatDay(day: number): string {
  const { year, month, day: d } = fromDayNumber(day);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** The same calendar day N years later; 29 February becomes 28 February in a common year. */
export function addYears(day: number, years: number): number {
  const { year, month, day: d } = fromDayNumber(day);
  const y = year + years;
  return dayNumber(y, month, Math.min(d, daysInMonth(y, month)));
}

/** The same day of the month `months` later (or earlier), kept within the month's length. */
export function addMonths(day: number, months: number): number {
  const { year, month, day: d } = fromDayNumber(day);
  const total = year * 12 + (month - 1) + months;
  const y = Math.floor(total / 12);
  const m = (total % 12) + 1;
  return dayNumber(y, m, Math.min(d, daysInMonth(y, m)));
}

export interface Quarter {
  year: number;
  quarter: 1 | 2 | 3 | 4;
}

/** A quarter as one integer (year * 4 + quarter - 1), so quarters can be counted and swept. */
export function quarterIndexOf(day: number): number {
  const { year, month } = fromDayNumber(day);
  return year * 4 + Math.floor((month - 1) / 3);
}

export function quarterFromIndex(index: number): Quarter {
  return { year: Math.floor(index / 4), quarter: ((index % 4) + 1) as 1 | 2 | 3 | 4 };
}

export function quarterLabel(index: number): string {
  const q = quarterFromIndex(index);
  return `${q.year}-Q${q.quarter}`;
}

export function quarterStart(index: number): number {
  const q = quarterFromIndex(index);
  return dayNumber(q.year, (q.quarter - 1) * 3 + 1, 1);
}

export function quarterEnd(index: number): number {
  return quarterStart(index + 1) - 1;
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** The months' English names, January first: `MONTH_NAMES[month - 1]`. */
export const MONTH_NAMES: readonly string[] = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

export function weekdayName(day: number): string {
  // getUTCDay() is 0-6 for every day a Date can hold, and roadmap days stay far inside that.
  return WEEKDAYS[new Date(day * MS_PER_DAY).getUTCDay()]!;
}

export type DateParse = { ok: true; day: number } | { ok: false; reason: 'format' | 'impossible' };

const DAY_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const PERIOD_RE = /^(\d{4})(?:-(?:H([12])|Q([1-4])|(\d{2})))?$/;

/** `YYYY-MM-DD` only (milestone dates, measure `by`). */
export function parseDayDate(text: string): DateParse {
  const m = DAY_RE.exec(text);
  if (!m) return { ok: false, reason: 'format' };
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return { ok: false, reason: 'impossible' };
  }
  return { ok: true, day: dayNumber(year, month, day) };
}

/**
 * A day date or a period (`YYYY`, `YYYY-Hn`, `YYYY-Qn`, `YYYY-MM`). As a start a period
 * means its first day, as an end its last day. YAML reads an unquoted year as a number.
 */
export function parseDateOrPeriod(value: string | number, role: DateRole): DateParse {
  const text = typeof value === 'number' ? (Number.isInteger(value) ? String(value) : '') : value;
  if (DAY_RE.test(text)) return parseDayDate(text);
  const m = PERIOD_RE.exec(text);
  if (!m) return { ok: false, reason: 'format' };
  const year = Number(m[1]);
  if (year < 1) return { ok: false, reason: 'impossible' };
  let firstMonth = 1;
  let months = 12;
  if (m[2]) {
    firstMonth = m[2] === '1' ? 1 : 7;
    months = 6;
  } else if (m[3]) {
    firstMonth = (Number(m[3]) - 1) * 3 + 1;
    months = 3;
  } else if (m[4]) {
    firstMonth = Number(m[4]);
    if (firstMonth < 1 || firstMonth > 12) return { ok: false, reason: 'impossible' };
    months = 1;
  }
  if (role === 'start') return { ok: true, day: dayNumber(year, firstMonth, 1) };
  const lastMonth = firstMonth + months - 1;
  return { ok: true, day: dayNumber(year, lastMonth, daysInMonth(year, lastMonth)) };
}
