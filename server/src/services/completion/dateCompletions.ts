import type { CompletionItem } from 'vscode-languageserver-types';
import { CompletionItemKind } from 'vscode-languageserver-types';
import {
  addMonths,
  dayNumber,
  formatDay,
  parseDateOrPeriod,
  quarterEnd,
  quarterIndexOf,
  quarterLabel,
  quarterStart,
} from '../../core/dates';
import type { DateRole } from '../../core/dates';
import type { Initiative } from '../../core/model/types';
import { longDay } from '../calendarWords';
import { initiativesAround } from '../modelIndex';
import { samePath } from '../scan/scanModel';
import type { PathSegment } from '../scan/scanModel';
import { valueText } from './completionRequest';
import type { CompletionRequest } from './completionRequest';

/** A day worth offering, and what it is in words. */
export interface DaySuggestion {
  day: number;
  what: string;
}

/**
 * Dates for the value at `path`. In an initiative they come from the roadmap, never from
 * the clock: for a start, the day after the initiatives it depends on and the one before
 * it end, that one's start and the horizon's first day; for an end, a quarter, a half and a
 * year after its start, the end of the one before it and the horizon's last day; for a
 * milestone, days within the initiative; for a measure's `by`, its end and after. Days
 * outside the horizon are left out. A start
 * or end also gets the quarter, half and year of the first day as periods. Where the
 * roadmap says nothing (the horizon itself, an empty roadmap), the days are around the
 * request's "today", which comes with the request, so the same request gives the same items.
 */
export function dateItems(
  req: CompletionRequest,
  path: readonly PathSegment[],
  role: DateRole,
  periods: boolean,
): CompletionItem[] {
  const planned = plannedDays(req, path);
  const days = planned.length > 0 ? planned : daysAroundToday(req);
  const suggestions: [string, string][] = days.map((d) => [formatDay(d.day), `${d.what}: ${longDay(d.day)}`]);
  if (periods) suggestions.push(...periodsOf(days[0]!.day, role, planned.length === 0));
  const seen = new Set<string>();
  const items: CompletionItem[] = [];
  for (const [label, detail] of suggestions) {
    // Two suggestions can fall on the same day: the first says what it is.
    if (seen.has(label)) continue;
    seen.add(label);
    items.push({
      label,
      kind: CompletionItemKind.Value,
      detail,
      textEdit: { range: req.range, newText: valueText(req, label) },
    });
  }
  return items;
}

/** The days the roadmap suggests for the value at `path`, the most likely first. */
export function plannedDays(req: CompletionRequest, path: readonly PathSegment[]): DaySuggestion[] {
  const model = req.model;
  const horizon = model.horizon;
  const last = path[path.length - 1];
  if (path[0] === 'horizon') {
    const start = horizon?.start?.day;
    // The format's default minimum (`minHorizonYears`) is five years.
    return last === 'end' && start !== undefined
      ? [{ day: addMonths(start, 60) - 1, what: 'Five years after the start' }]
      : [];
  }
  if (path[0] !== 'initiatives') return [];
  const { own, before } = initiativesAround(model, req.start, req.itemStart);
  const ownStart = ownDay(req, path, 'start');
  const ownEnd = ownDay(req, path, 'end');
  const out: DaySuggestion[] = [];
  const add = (day: number | undefined, what: string) => {
    if (day !== undefined) out.push({ day, what });
  };
  if (path.length === 3 && last === 'start') {
    const prerequisite = latestPrerequisite(req, own);
    if (prerequisite?.end)
      add(prerequisite.end.day + 1, `Day after ${nameOf(prerequisite)} ends, which this one depends on`);
    add(before?.end && before.end.day + 1, `Day after ${nameOf(before)} ends`);
    add(before?.start?.day, `Same start as ${nameOf(before)}`);
    add(horizon?.start?.day, 'First day of the horizon');
  } else if (path.length === 3 && last === 'end') {
    const start = ownStart;
    if (start !== undefined) {
      add(addMonths(start, 3) - 1, 'A quarter after its start');
      add(addMonths(start, 6) - 1, 'Half a year after its start');
      add(addMonths(start, 12) - 1, 'A year after its start');
    }
    add(before?.end?.day, `Same end as ${nameOf(before)}`);
    add(horizon?.end?.day, 'Last day of the horizon');
  } else if (path[2] === 'milestones' && last === 'date' && ownStart !== undefined && ownEnd !== undefined) {
    add(ownStart, 'First day of the initiative');
    // The quarter ends it runs through: the usual dates of a checkpoint.
    for (let q = quarterIndexOf(ownStart); quarterEnd(q) < ownEnd && out.length < 5; q++)
      add(quarterEnd(q), `End of ${quarterLabel(q)}`);
    add(ownEnd, 'Last day of the initiative');
  } else if (path[2] === 'measures' && last === 'by' && ownEnd !== undefined) {
    add(ownEnd, 'Last day of the initiative');
    add(addMonths(ownEnd + 1, 12) - 1, 'A year after the initiative ends');
    add(horizon?.end?.day, 'Last day of the horizon');
  }
  // A day outside the horizon would only draw `outside-horizon`.
  const from = horizon?.start?.day ?? MIN_DAY;
  const to = horizon?.end && horizon.end.day >= from ? horizon.end.day : MAX_DAY;
  return out.filter((d) => d.day >= Math.max(from, MIN_DAY) && d.day <= Math.min(to, MAX_DAY));
}

/** The dates the format can write: years 0001 to 9999. */
const MIN_DAY = dayNumber(1, 1, 1);
const MAX_DAY = dayNumber(9999, 12, 31);

/**
 * The first (`start`) or last (`end`) day of the initiative that `path` is in: from the
 * model, or, while that initiative does not parse (a key half typed), from its text as
 * scanned around the cursor.
 */
export function ownDay(req: CompletionRequest, path: readonly PathSegment[], key: DateRole): number | undefined {
  if (path[0] !== 'initiatives' || typeof path[1] !== 'number') return undefined;
  const own = initiativesAround(req.model, req.start, req.itemStart).own;
  if (own) return own[key]?.day;
  const initiative = path.slice(0, 2);
  const written = req.scan.tokens.find(
    (t) => t.role === 'value' && t.key === key && !t.atCursor && t.frame && samePath(t.frame.path, initiative),
  );
  const parsed = written && parseDateOrPeriod(written.text, key);
  return parsed?.ok ? parsed.day : undefined;
}

/** Of the initiatives `own` depends on, the one that ends last. */
function latestPrerequisite(req: CompletionRequest, own: Initiative | undefined): Initiative | undefined {
  if (!own || own.dependsOn.length === 0) return undefined;
  const byId = req.index().byId;
  let latest: Initiative | undefined;
  for (const dep of own.dependsOn) {
    const found = byId.get(dep.id);
    if (found?.end && found !== own && (!latest?.end || found.end.day > latest.end.day)) latest = found;
  }
  return latest;
}

function nameOf(initiative: Initiative | undefined): string {
  if (initiative?.id) return `\`${initiative.id.value}\``;
  return initiative?.title ? `“${initiative.title.value}”` : 'the initiative before';
}

/** Today and the edges of this and the next quarter. */
function daysAroundToday(req: CompletionRequest): DaySuggestion[] {
  const today = dayNumber(req.today.year, req.today.month, req.today.day);
  const q = quarterIndexOf(today);
  return [
    { day: today, what: 'Today' },
    { day: quarterStart(q), what: `First day of this quarter (${quarterLabel(q)})` },
    { day: quarterEnd(q), what: `Last day of this quarter (${quarterLabel(q)})` },
    { day: quarterStart(q + 1), what: `First day of next quarter (${quarterLabel(q + 1)})` },
    { day: quarterEnd(q + 1), what: `Last day of next quarter (${quarterLabel(q + 1)})` },
  ];
}

/** The quarter, half and year of `day` as periods, read as a start or an end. */
function periodsOf(day: number, role: DateRole, aroundToday: boolean): [string, string][] {
  const q = quarterIndexOf(day);
  const year = Math.floor(q / 4);
  const half = `${year}-H${q % 4 < 2 ? 1 : 2}`;
  const meaning = role === 'start' ? 'as a start, its first day' : 'as an end, its last day';
  const period = (label: string, name: string): [string, string] => {
    const parsed = parseDateOrPeriod(label, role);
    return [label, `${name}: ${meaning}, ${parsed.ok ? longDay(parsed.day) : label}`];
  };
  return [
    period(quarterLabel(q), aroundToday ? 'This quarter' : 'The quarter'),
    period(half, aroundToday ? 'This half-year' : 'The half-year'),
    period(String(year), aroundToday ? 'This year' : 'The year'),
  ];
}
