/**
 * The time axis: a band of years, a band of quarters, and a band of months once a month
 * is wide enough to read. A band is left out when its ticks would blur into each other.
 */
import { dayNumber, fromDayNumber, quarterEnd, quarterFromIndex, quarterIndexOf, quarterStart } from '../core/dates';
import { MONTH_NAMES } from './labelText';

export interface DaySpan {
  /** First day drawn. */
  start: number;
  /** Last day drawn (inclusive). */
  end: number;
}

export interface Tick {
  /** First day of the period inside the span. */
  day: number;
  x: number;
  width: number;
  /** Absent when the period is too narrow for it. */
  label?: string;
}

export type BandKind = 'year' | 'quarter' | 'month';

export interface AxisBand {
  kind: BandKind;
  y: number;
  height: number;
  ticks: Tick[];
}

export const BAND_HEIGHT: Readonly<Record<BandKind, number>> = { year: 24, quarter: 20, month: 18 };

/** Pixels per day from which month ticks are drawn (a month then has 28 px or more). */
export const MONTH_ZOOM = 1;
/** A quarter narrower than this has no ticks of its own. */
const MIN_QUARTER_PX = 10;
const YEAR_LABEL_PX = 34;
/** From this width a quarter is labelled with its year ("Q3 2027"), below it "Q3" from 20 px. */
const QUARTER_YEAR_PX = 48;

/** Positions are kept to 1/100 px: exact enough to draw and to compare in tests. */
export function round(value: number): number {
  return Math.round(value * 100) / 100;
}

export class TimeScale {
  constructor(
    readonly span: DaySpan,
    readonly x0: number,
    readonly pxPerDay: number,
  ) {}

  /** The left edge of `day`. */
  x(day: number): number {
    return round(this.x0 + (day - this.span.start) * this.pxPerDay);
  }

  /** The width of the inclusive range `start`..`end`. */
  width(start: number, end: number): number {
    return round((end - start + 1) * this.pxPerDay);
  }

  contains(day: number): boolean {
    return day >= this.span.start && day <= this.span.end;
  }
}

function tick(scale: TimeScale, start: number, end: number, label: string | undefined): Tick {
  const s = Math.max(start, scale.span.start);
  const e = Math.min(end, scale.span.end);
  const t: Tick = { day: s, x: scale.x(s), width: scale.width(s, e) };
  if (label !== undefined) t.label = label;
  return t;
}

function yearTicks(scale: TimeScale): Tick[] {
  const first = fromDayNumber(scale.span.start).year;
  const last = fromDayNumber(scale.span.end).year;
  // Narrow years are labelled every few years, on years divisible by the step.
  const step = Math.max(1, Math.ceil(YEAR_LABEL_PX / (365.25 * scale.pxPerDay)));
  const ticks: Tick[] = [];
  for (let year = first; year <= last; year++) {
    const start = dayNumber(year, 1, 1);
    const end = dayNumber(year, 12, 31);
    const visible = scale.width(Math.max(start, scale.span.start), Math.min(end, scale.span.end));
    const labelled = step === 1 ? visible >= YEAR_LABEL_PX : year % step === 0;
    ticks.push(tick(scale, start, end, labelled ? String(year) : undefined));
  }
  return ticks;
}

function quarterTicks(scale: TimeScale): Tick[] {
  const ticks: Tick[] = [];
  for (let q = quarterIndexOf(scale.span.start); q <= quarterIndexOf(scale.span.end); q++) {
    const start = quarterStart(q);
    const end = quarterEnd(q);
    const visible = scale.width(Math.max(start, scale.span.start), Math.min(end, scale.span.end));
    const { year, quarter } = quarterFromIndex(q);
    // Zoomed in, a year's label sits in the middle of a band much wider than the view: each quarter says its year.
    const label = visible >= QUARTER_YEAR_PX ? `Q${quarter} ${year}` : visible >= 20 ? `Q${quarter}` : undefined;
    ticks.push(tick(scale, start, end, label));
  }
  return ticks;
}

function monthTicks(scale: TimeScale): Tick[] {
  const ticks: Tick[] = [];
  const first = fromDayNumber(scale.span.start);
  for (let year = first.year, month = first.month; ; month++) {
    if (month > 12) {
      year += 1;
      month = 1;
    }
    const start = dayNumber(year, month, 1);
    if (start > scale.span.end) break;
    const end = dayNumber(year, month + 1, 1) - 1;
    const visible = scale.width(Math.max(start, scale.span.start), Math.min(end, scale.span.end));
    // `month` wrapped back to 1 after 12 above.
    const name = MONTH_NAMES[month - 1]!;
    ticks.push(tick(scale, start, end, visible >= 26 ? name : visible >= 10 ? name.charAt(0) : undefined));
  }
  return ticks;
}

/** The bands from top to bottom, starting at `y`. */
export function axisBands(scale: TimeScale, y: number): AxisBand[] {
  const bands: AxisBand[] = [];
  const add = (kind: BandKind, ticks: Tick[]) => {
    const last = bands.at(-1);
    const top = last === undefined ? y : last.y + last.height;
    bands.push({ kind, y: top, height: BAND_HEIGHT[kind], ticks });
  };
  add('year', yearTicks(scale));
  if (91 * scale.pxPerDay >= MIN_QUARTER_PX) add('quarter', quarterTicks(scale));
  if (scale.pxPerDay >= MONTH_ZOOM) add('month', monthTicks(scale));
  return bands;
}

/** Whole calendar quarters around `start`..`end`: the span drawn when the horizon is unusable. */
export function quarterSpan(start: number, end: number): DaySpan {
  return { start: quarterStart(quarterIndexOf(start)), end: quarterEnd(quarterIndexOf(end)) };
}
