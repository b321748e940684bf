import { parseDateOrPeriod, parseDayDate, quarterIndexOf, quarterLabel } from '../../core/dates';
import type { DateRole } from '../../core/dates';
import { longDay, longDayWithQuarter, periodWords } from '../calendarWords';

/** A day date: its weekday and quarter. A period as a start or end: the day it stands for. */
export function dateHover(text: string, role: DateRole | undefined): string | undefined {
  const day = parseDayDate(text);
  if (day.ok) return `**${longDay(day.day)}** · ${quarterLabel(quarterIndexOf(day.day))}`;
  if (role === undefined) return undefined;
  const words = periodWords(text);
  const parsed = parseDateOrPeriod(text, role);
  if (words === undefined || !parsed.ok) return undefined;
  const meaning =
    role === 'start' ? 'As a start it stands for its first day' : 'As an end it stands for its last day, inclusive';
  return `**${text}**: ${words}\n\n${meaning}: ${longDayWithQuarter(parsed.day)}.`;
}
