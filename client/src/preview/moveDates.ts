/**
 * A move proposed by the preview, checked against the chart of the text it would change.
 * The webview only proposes; this decides, and says which values to rewrite. Pure, so
 * every refusal is tested without VS Code.
 */
import type { ChartResult } from '../../../protocol/chartRequests';
import type { WireRange } from '../../../protocol/chartWire';
import type { MoveMessage } from '../../../protocol/webviewMessages';
import { isIsoDay } from '../../../protocol/wireChecks';
import { formatDay, parseDayDate } from '../../../server/src/core/dates';

export interface DateEdit {
  range: WireRange;
  newText: string;
}

export type MoveRefusal =
  /** The text changed since the chart was drawn. */
  | 'stale'
  /** The text does not parse: the chart shown is an older one. */
  | 'not-parsing'
  | 'unknown-id'
  /** Two initiatives share the id: which one was dragged is not known. */
  | 'duplicate-id'
  /** The initiative has no valid start and end to rewrite. */
  | 'no-dates'
  | 'invalid-date'
  | 'end-before-start'
  | 'no-horizon'
  | 'outside-horizon';

export type MovePlan = { ok: true; edits: DateEdit[] } | { ok: false; refusal: MoveRefusal };

type Move = Pick<MoveMessage, 'id' | 'start' | 'end'>;

/** Days since 1970-01-01 of a day the server or `isIsoDay` checked. */
function dayOf(iso: string): number {
  const parsed = parseDayDate(iso);
  return parsed.ok ? parsed.day : Number.NaN;
}

function byPosition(a: DateEdit, b: DateEdit): number {
  return a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character;
}

/**
 * The edits, in the order of the text, that give initiative `move.id` the days
 * `move.start`..`move.end`: a value that already means that day is left as written (a
 * period stays a period), a changed one becomes a day date. Moved whole (start and end by
 * the same days), its dated milestones move by as many days, in the same edit; moving one
 * end leaves them where they are. No edits at all when nothing changes.
 */
export function planMove(chart: ChartResult, move: Move, documentVersion: number): MovePlan {
  const refuse = (refusal: MoveRefusal): MovePlan => ({ ok: false, refusal });
  if (chart.version !== documentVersion) return refuse('stale');
  if (!chart.parses) return refuse('not-parsing');
  const matches = chart.initiatives.filter((i) => i.id === move.id);
  if (matches.length === 0) return refuse('unknown-id');
  if (matches.length > 1) return refuse('duplicate-id');
  const initiative = matches[0];
  if (!initiative?.startRange || !initiative.endRange || initiative.start === undefined || initiative.end === undefined)
    return refuse('no-dates');
  if (!isIsoDay(move.start) || !isIsoDay(move.end)) return refuse('invalid-date');
  if (move.end < move.start) return refuse('end-before-start');
  if (!chart.horizon) return refuse('no-horizon');
  if (move.start < chart.horizon.start || move.end > chart.horizon.end) return refuse('outside-horizon');
  const edits: DateEdit[] = [];
  if (move.start !== initiative.start) edits.push({ range: initiative.startRange, newText: move.start });
  if (move.end !== initiative.end) edits.push({ range: initiative.endRange, newText: move.end });
  const shift = dayOf(move.start) - dayOf(initiative.start);
  if (shift !== 0 && dayOf(move.end) - dayOf(initiative.end) === shift) {
    for (const m of initiative.milestones ?? []) {
      const newText = formatDay(dayOf(m.date) + shift);
      if (isIsoDay(newText)) edits.push({ range: m.range, newText });
    }
  }
  return { ok: true, edits: edits.sort(byPosition) };
}
