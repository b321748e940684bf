import { addMonths, formatDay } from '../../core/dates';
import type { RoadmapModel } from '../../core/model/types';

/** How long a new initiative runs when nothing else says: one quarter. */
const DEFAULT_MONTHS = 3;

export interface DateDefaults {
  start?: string;
  end?: string;
}

/**
 * Dates for an initiative that lacks them, taken from the roadmap (never from the clock):
 * a quarter from the horizon's start, or a quarter before/after the date it already has.
 * Without a horizon start, the earliest initiative start stands in for it.
 */
export function dateDefaults(model: RoadmapModel, start: number | undefined, end: number | undefined): DateDefaults {
  const horizonStart = model.horizon?.start?.day ?? earliestStart(model);
  const horizonEnd = model.horizon?.end?.day;
  if (start === undefined && end === undefined) {
    if (horizonStart === undefined) return {};
    return { start: formatDay(horizonStart), end: formatDay(addMonths(horizonStart, DEFAULT_MONTHS) - 1) };
  }
  if (start === undefined && end !== undefined) {
    let day = addMonths(end + 1, -DEFAULT_MONTHS);
    if (horizonStart !== undefined && day < horizonStart && horizonStart <= end) day = horizonStart;
    return { start: formatDay(day) };
  }
  if (start !== undefined && end === undefined) {
    let day = addMonths(start, DEFAULT_MONTHS) - 1;
    if (horizonEnd !== undefined && day > horizonEnd && horizonEnd >= start) day = horizonEnd;
    return { end: formatDay(day) };
  }
  return {};
}

function earliestStart(model: RoadmapModel): number | undefined {
  let min: number | undefined;
  for (const i of model.initiatives) if (i.start && (min === undefined || i.start.day < min)) min = i.start.day;
  return min;
}
