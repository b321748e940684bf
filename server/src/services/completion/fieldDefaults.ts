import { addMonths, dayNumber, formatDay, quarterIndexOf, quarterStart } from '../../core/dates';
import type { Initiative } from '../../core/model/types';
import { initiativeBefore } from '../modelIndex';
import { PLACEHOLDERS } from '../placeholders';
import type { CompletionRequest } from './completionRequest';
import type { PathSegment } from '../scan/scanModel';
import { uncoveredCompetencies } from './coverage';
import { ownDay } from './dateCompletions';

/** The text each field of a new mapping starts with, by key; a key left out starts empty. */
export type FieldDefaults = Readonly<Record<string, string>>;

/**
 * What the fields of a new mapping of the schema definition `defName` start with, written
 * at `where` (a path of the scan) by the request: values the format accepts there, so that a snippet taken as it comes
 * adds no error. A new initiative gets an id no other has, the first competency nothing
 * builds yet, and dates in the plan after the initiative before it; a milestone, the end of
 * its initiative.
 */
export function fieldDefaults(
  defName: string | undefined,
  req: CompletionRequest,
  where: readonly PathSegment[],
): FieldDefaults {
  switch (defName) {
    case 'initiative': {
      // Every initiative that starts before the line being written comes before the new one.
      const before = initiativeBefore(req.model, req.start - req.column);
      const { start, end } = newInitiativeDates(req, before);
      const competency = uncoveredCompetencies(req, [])[0];
      return {
        id: freshId(req),
        title: PLACEHOLDERS.initiativeTitle,
        ...(competency ? { competency } : {}),
        owner: PLACEHOLDERS.owner,
        start: formatDay(start),
        end: formatDay(end),
      };
    }
    case 'measure':
      return { metric: PLACEHOLDERS.metric };
    case 'milestone': {
      const day =
        ownDay(req, where, 'end') ?? ownDay(req, where, 'start') ?? req.model.horizon?.start?.day ?? thisQuarter(req);
      return { name: PLACEHOLDERS.milestoneName, date: formatDay(day) };
    }
    case 'link':
      return { title: PLACEHOLDERS.linkTitle, url: PLACEHOLDERS.linkUrl };
    case 'horizon': {
      // The format's default minimum (`minHorizonYears`) is five years.
      const start = thisQuarter(req);
      return { start: formatDay(start), end: formatDay(addMonths(start, 60) - 1) };
    }
    case 'competencyIntent':
      return { goal: PLACEHOLDERS.goal };
    default:
      return {};
  }
}

/** `new-initiative`, or `new-initiative-2`, … the first no initiative has. */
function freshId(req: CompletionRequest): string {
  const used = req.index().byId;
  if (!used.has(PLACEHOLDERS.freshId)) return PLACEHOLDERS.freshId;
  for (let n = 2; ; n++) if (!used.has(`${PLACEHOLDERS.freshId}-${n}`)) return `${PLACEHOLDERS.freshId}-${n}`;
}

/**
 * A quarter inside the horizon: from the day after the initiative before ends, else from
 * its start, else from the horizon's first day (the first that lies in the horizon), else
 * from the first day of this quarter.
 */
function newInitiativeDates(req: CompletionRequest, before: Initiative | undefined): { start: number; end: number } {
  const horizon = req.model.horizon;
  const from = horizon?.start?.day;
  const to = horizon?.end && (from === undefined || horizon.end.day >= from) ? horizon.end.day : undefined;
  const inside = (day: number | undefined): day is number =>
    day !== undefined && (from === undefined || day >= from) && (to === undefined || day <= to);
  const start = [before?.end && before.end.day + 1, before?.start?.day, from].find(inside) ?? from ?? thisQuarter(req);
  const quarter = addMonths(start, 3) - 1;
  return { start, end: to !== undefined && quarter > to && start <= to ? to : quarter };
}

function thisQuarter(req: CompletionRequest): number {
  return quarterStart(quarterIndexOf(dayNumber(req.today.year, req.today.month, req.today.day)));
}
