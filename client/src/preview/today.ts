import { dayNumber, formatDay } from '../../../server/src/core/dates';

/** Today in the user's calendar, as the chart's today line and the export mark it. */
export function isoToday(now: Date = new Date()): string {
  return formatDay(dayNumber(now.getFullYear(), now.getMonth() + 1, now.getDate()));
}
