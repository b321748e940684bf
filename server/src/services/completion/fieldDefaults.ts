import { addMonths, dayNumber, formatDay, parseDateOrPeriod, quarterIndexOf, quarterStart } from '../../core/dates';
import type { DateRole } from '../../core/dates';
import { COMPETENCY_IDS } from '../../core/model/types';
import type { CompetencyId } from '../../core/model/types';
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
 * at `where` (a path of the scan) by the request: values the format accepts there, so that
 * a snippet taken as it comes adds no error. A new initiative gets an id no other has, the first competency nothing
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
      const plan = req.model.initiatives.length > 0 ? planFromModel(req) : planFromText(req);
      const { start, end } = newInitiativeDates(req, plan);
      const competency = plan.uncovered[0];
      return {
        id: freshId(plan.ids),
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

/** What a new initiative's defaults depend on: the ids taken, the dates around it, the gaps. */
interface Plan {
  ids: { has(id: string): boolean };
  before: { start?: number | undefined; end?: number | undefined };
  horizon: { start?: number | undefined; end?: number | undefined };
  uncovered: readonly CompetencyId[];
}

function planFromModel(req: CompletionRequest): Plan {
  // Every initiative that starts before the line being written comes before the new one.
  const lineStart = req.start - req.column;
  const before = initiativeBefore(req.model, lineStart);
  const horizon = req.model.horizon;
  // The word being typed inside an initiative keeps that one from parsing, so the model
  // lacks it: its dates are read from its text.
  const unparsed =
    req.itemStart !== undefined && (!before || before.span.start < req.itemStart)
      ? writtenDates(req, lineStart, req.itemStart)
      : undefined;
  return {
    ids: req.index().byId,
    before: unparsed ?? { start: before?.start?.day, end: before?.end?.day },
    horizon: { start: horizon?.start?.day, end: horizon?.end?.day },
    uncovered: uncoveredCompetencies(req, []),
  };
}

/**
 * The same from the scanned text, while the file does not parse (as while the word before
 * the snippet is typed on a line of its own) and the model is empty.
 */
function planFromText(req: CompletionRequest): Plan {
  const ids = new Set<string>();
  const covered = new Set<string>();
  const horizon: Plan['horizon'] = {};
  for (const t of req.scan.tokens) {
    const path = t.frame?.path;
    if (t.role !== 'value' || t.atCursor || !path) continue;
    if (path.length === 1 && path[0] === 'horizon' && (t.key === 'start' || t.key === 'end')) {
      horizon[t.key] = dayOf(t.text, t.key);
    }
    if (path.length === 2 && path[0] === 'initiatives' && t.key === 'id') ids.add(t.text);
    if (path.length === 2 && path[0] === 'initiatives' && t.key === 'competency') covered.add(t.text);
  }
  const before = writtenDates(req, req.start - req.column, 0) ?? {};
  return { ids, before, horizon, uncovered: COMPETENCY_IDS.filter((id) => !covered.has(id)) };
}

/**
 * The dates written in the text of the last initiative whose dates lie between `from` and
 * `to` (offsets), as scanned around the cursor; undefined when none has any.
 */
function writtenDates(req: CompletionRequest, to: number, from: number): Plan['before'] | undefined {
  let found: Plan['before'] | undefined;
  let index = -1;
  for (const t of req.scan.tokens) {
    const path = t.frame?.path;
    if (t.role !== 'value' || t.atCursor || !path || t.start < from || t.start >= to) continue;
    if (path.length !== 2 || path[0] !== 'initiatives' || typeof path[1] !== 'number') continue;
    if ((t.key !== 'start' && t.key !== 'end') || path[1] < index) continue;
    if (path[1] > index || !found) found = {};
    index = path[1];
    found[t.key] = dayOf(t.text, t.key);
  }
  return found;
}

function dayOf(text: string, role: DateRole): number | undefined {
  const parsed = parseDateOrPeriod(text, role);
  return parsed.ok ? parsed.day : undefined;
}

/** `new-initiative`, or `new-initiative-2`, … the first no initiative has. */
function freshId(used: Plan['ids']): string {
  if (!used.has(PLACEHOLDERS.freshId)) return PLACEHOLDERS.freshId;
  for (let n = 2; ; n++) if (!used.has(`${PLACEHOLDERS.freshId}-${n}`)) return `${PLACEHOLDERS.freshId}-${n}`;
}

/**
 * A quarter inside the horizon: from the day after the initiative before ends, else from
 * its start, else from the horizon's first day (the first that lies in the horizon), else
 * from the first day of this quarter.
 */
function newInitiativeDates(req: CompletionRequest, plan: Plan): { start: number; end: number } {
  const from = plan.horizon.start;
  const end = plan.horizon.end;
  const to = end !== undefined && (from === undefined || end >= from) ? end : undefined;
  const inside = (day: number | undefined): day is number =>
    day !== undefined && (from === undefined || day >= from) && (to === undefined || day <= to);
  const after = plan.before.end !== undefined ? plan.before.end + 1 : undefined;
  const start = [after, plan.before.start, from].find(inside) ?? from ?? thisQuarter(req);
  const quarter = addMonths(start, 3) - 1;
  return { start, end: to !== undefined && quarter > to && start <= to ? to : quarter };
}

function thisQuarter(req: CompletionRequest): number {
  return quarterStart(quarterIndexOf(dayNumber(req.today.year, req.today.month, req.today.day)));
}
