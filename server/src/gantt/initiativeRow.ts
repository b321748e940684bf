/** One initiative's row: its bar, milestones and labels, or why it has no bar. */
import type { Initiative } from '../core/model/types';
import { STUB } from './arrows';
import { round } from './axis';
import type { TimeScale } from './axis';
import { worstFinding } from './findings';
import type { ChartFindings, ProblemCount } from './findings';
import { estimateWidth, fitText, formatRange } from './labelText';
import { LINK_PREFIX, METRICS } from './layoutTypes';
import type { BarGeometry, DetailLabel, InitiativeRow, MilestoneMark } from './layoutTypes';
import { httpsLinks } from './links';

const NO_PROBLEMS: ProblemCount = { errors: 0, warnings: 0, notes: 0 };
/** A title is shown from this many px of room: a few letters and an ellipsis. */
const MIN_LABEL_ROOM = 24;

/** Whether arrows leave the end of the row's bar, or come into its start. */
export interface RowLinks {
  outgoing: boolean;
  incoming: boolean;
}

/**
 * After the bar when it fits in the timeline, else inside the bar (clear of its milestones),
 * else before it (unless arrows come in there), else after the bar anyway: the chart grows
 * to hold it, up to `limit` when there is one (the edge of the view the chart is fitted to).
 * Past it the label is left out; the tooltip still says it all.
 */
function detailFor(
  row: InitiativeRow,
  bar: BarGeometry,
  scale: TimeScale,
  arrows: RowLinks,
  limit: number | undefined,
): DetailLabel | undefined {
  const dates = formatRange(row.start!, row.end!);
  const text = row.owner === undefined ? dates : `${row.owner} \u00b7 ${dates}`;
  const width = round(
    estimateWidth(text, METRICS.detailFont) +
      row.links.reduce((w, l) => w + estimateWidth(LINK_PREFIX + l.label, METRICS.detailFont), 0),
  );
  const { gap } = METRICS;
  // Clear of the arrow's first turn, which is STUB px after the bar.
  const after = arrows.outgoing ? STUB + gap : gap;
  const barEnd = round(bar.x + bar.width);
  const timelineEnd = scale.x(scale.span.end + 1);
  if (barEnd + after + width <= timelineEnd)
    return { text, x: round(barEnd + after), anchor: 'start', inside: false, width };
  const insideEnd = bar.x + gap + width;
  const clear = row.milestones.every((m) => m.x + 7 < bar.x + gap || m.x - 7 > insideEnd);
  // Links keep their own colour, which a filled bar would drown.
  if (width + 2 * gap <= bar.width && clear && row.links.length === 0)
    return { text, x: round(bar.x + gap), anchor: 'start', inside: true, width };
  if (!arrows.incoming && bar.x - gap - width >= scale.x0)
    return { text, x: round(bar.x - gap), anchor: 'end', inside: false, width };
  if (limit !== undefined && barEnd + after + width > limit) return undefined;
  return { text, x: round(barEnd + after), anchor: 'start', inside: false, width };
}

/** The initiative's dates can be drawn as a bar on `scale`: they are valid, in order, and meet its span. */
export function hasBar(initiative: Initiative, scale: TimeScale | undefined): scale is TimeScale {
  const start = initiative.start?.day;
  const end = initiative.end?.day;
  return (
    scale !== undefined &&
    start !== undefined &&
    end !== undefined &&
    end >= start &&
    end >= scale.span.start &&
    start <= scale.span.end
  );
}

/** The title as the names column shows it: shortened to its width, or none in a column of marks alone. */
function labelText(name: string, labelWidth: number): string {
  const room = labelWidth - METRICS.titleX - 12;
  return room < MIN_LABEL_ROOM ? '' : fitText(name, room, METRICS.titleFont);
}

export function rowFor(
  initiative: Initiative,
  y: number,
  scale: TimeScale | undefined,
  findings: ChartFindings,
  arrows: RowLinks,
  labelWidth: number,
  /** How far right a label may reach; none: as far as it needs. */
  detailLimit?: number,
): InitiativeRow {
  const { row: height, bar: barHeight } = METRICS;
  const label = initiative.title?.value ?? initiative.id?.value ?? `Initiative ${initiative.index + 1}`;
  const row: InitiativeRow = {
    index: initiative.index,
    label: labelText(label, labelWidth),
    earlyWin: initiative.earlyWin?.value === true,
    hasErrors: initiative.hasErrors,
    problems: findings.problems.get(initiative.index) ?? NO_PROBLEMS,
    y,
    height,
    milestones: [],
    links: httpsLinks(initiative.links),
  };
  const finding = worstFinding(row.problems, row.hasErrors);
  if (finding) row.finding = finding;
  if (initiative.id) row.id = initiative.id.value;
  if (initiative.title) row.title = initiative.title.value;
  if (initiative.owner) row.owner = initiative.owner.value;
  if (initiative.team) row.team = initiative.team.value;
  if (initiative.status) row.status = initiative.status.value;
  if (initiative.competency) row.competency = initiative.competency.value;
  if (initiative.outcome) row.outcome = initiative.outcome.value;
  if (initiative.note) row.note = initiative.note.value;
  const start = initiative.start?.day;
  const end = initiative.end?.day;
  if (start !== undefined) row.start = start;
  if (end !== undefined) row.end = end;

  if (start === undefined || end === undefined) {
    row.notDrawn = 'No valid start and end dates: not drawn';
    return row;
  }
  if (end < start) {
    row.notDrawn = 'Ends before it starts: not drawn';
    return row;
  }
  if (!hasBar(initiative, scale)) {
    row.notDrawn = `Outside the horizon (${formatRange(start, end)}): not drawn`;
    return row;
  }
  const s = Math.max(start, scale.span.start);
  const e = Math.min(end, scale.span.end);
  const bar: BarGeometry = {
    x: scale.x(s),
    y: y + (height - barHeight) / 2,
    width: scale.width(s, e),
    height: barHeight,
    clippedStart: start < scale.span.start,
    clippedEnd: end > scale.span.end,
  };
  row.bar = bar;
  const cy = bar.y + barHeight / 2;
  for (const m of initiative.milestones) {
    if (m.date === undefined || !scale.contains(m.date.day)) continue;
    const mark: MilestoneMark = {
      index: m.index,
      day: m.date.day,
      x: round(scale.x(m.date.day) + scale.pxPerDay / 2),
      y: cy,
    };
    if (m.name) mark.name = m.name.value;
    row.milestones.push(mark);
  }
  const detail = detailFor(row, bar, scale, arrows, detailLimit);
  if (detail) row.detail = detail;
  return row;
}
