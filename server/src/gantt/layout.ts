/**
 * The chart as plain numbers: where every lane, bar, milestone, arrow and tick goes. Pure
 * (no DOM, no clock: `today` is given), so the preview and `cxroadmap gantt` draw the same
 * chart and tests can assert every position.
 */
import { COMPETENCY_NAMES } from '../core/competencyNames';
import { COMPETENCY_IDS } from '../core/model/types';
import type { Initiative, RoadmapModel } from '../core/model/types';
import { routeArrow } from './arrows';
import type { BarBox } from './arrows';
import { TimeScale, axisBands, quarterSpan, round } from './axis';
import type { DaySpan } from './axis';
import { NO_FINDINGS, dependencyKey } from './findings';
import type { ChartFindings } from './findings';
import { hasBar, rowFor } from './initiativeRow';
import { METRICS, UNKNOWN_LANE_NAME } from './layoutTypes';
import type { ArrowPath, ChartLayout, ChartOptions, InitiativeRow, Lane, LaneKey } from './layoutTypes';
import { layoutLegend } from './legend';
import { drawnKinds } from './legendKinds';

export * from './layoutTypes';

function chartSpan(model: RoadmapModel): { span?: DaySpan; source: ChartLayout['spanSource'] } {
  const start = model.horizon?.start?.day;
  const end = model.horizon?.end?.day;
  if (start !== undefined && end !== undefined && end >= start) return { span: { start, end }, source: 'horizon' };
  let min = Infinity;
  let max = -Infinity;
  for (const i of model.initiatives) {
    if (i.start === undefined || i.end === undefined || i.end.day < i.start.day) continue;
    min = Math.min(min, i.start.day);
    max = Math.max(max, i.end.day);
  }
  return min <= max ? { span: quarterSpan(min, max), source: 'initiatives' } : { source: 'none' };
}

function laneKey(initiative: Initiative): LaneKey {
  return initiative.competency?.value ?? 'unknown';
}

/** A `depends_on` entry drawn as an arrow: both initiatives have bars. */
type Link = Omit<ArrowPath, 'points'>;

function linksFor(model: RoadmapModel, barred: ReadonlySet<number>, findings: ChartFindings): Link[] {
  // A duplicated id means its first initiative, as the rules read it.
  const firstById = new Map<string, Initiative>();
  for (const i of model.initiatives) if (i.id && !firstById.has(i.id.value)) firstById.set(i.id.value, i);
  const links: Link[] = [];
  for (const dependant of model.initiatives) {
    const to = dependant.id?.value;
    if (to === undefined || !barred.has(dependant.index)) continue;
    dependant.dependsOn.forEach((dependency, i) => {
      const prerequisite = firstById.get(dependency.id);
      if (!prerequisite || !barred.has(prerequisite.index)) return;
      const message = findings.violatedDependencies.get(dependencyKey(dependant.index, i));
      const link: Link = {
        from: dependency.id,
        to,
        fromIndex: prerequisite.index,
        toIndex: dependant.index,
        dependsOnIndex: i,
        violated: message !== undefined,
      };
      if (message !== undefined) link.message = message;
      links.push(link);
    });
  }
  return links;
}

function arrowsFor(links: readonly Link[], rows: ReadonlyMap<number, InitiativeRow>): ArrowPath[] {
  const box = (row: InitiativeRow | undefined): BarBox => ({
    x: row!.bar!.x,
    width: row!.bar!.width,
    cy: row!.bar!.y + row!.bar!.height / 2,
    height: row!.bar!.height,
  });
  // Links join initiatives with bars only, so both rows exist and have one.
  return links.map((link) => ({
    ...link,
    points: routeArrow(box(rows.get(link.fromIndex)), box(rows.get(link.toIndex)), METRICS.row).map(([x, y]) => [
      round(x),
      round(y),
    ]),
  }));
}

function labelWidthOf(options: ChartOptions): number {
  const asked = options.labelWidth;
  if (asked === undefined || !Number.isFinite(asked)) return METRICS.labelWidth;
  return Math.round(Math.min(METRICS.maxLabelWidth, Math.max(METRICS.minLabelWidth, asked)));
}

function viewWidthOf(options: ChartOptions): number | undefined {
  const asked = options.viewWidth;
  return asked !== undefined && Number.isFinite(asked) && asked > 0 ? Math.round(asked) : undefined;
}

export function layoutChart(
  model: RoadmapModel,
  findings: ChartFindings = NO_FINDINGS,
  options: ChartOptions = {},
): ChartLayout {
  const { span, source } = chartSpan(model);
  const days = span ? span.end - span.start + 1 : 0;
  const x0 = labelWidthOf(options);
  const view = viewWidthOf(options);
  const fit = view === undefined ? METRICS.fitWidth : Math.max(METRICS.minFitWidth, view - x0 - METRICS.paddingRight);
  const zoom = options.pxPerDay;
  const asked = zoom !== undefined && Number.isFinite(zoom) && zoom > 0 ? zoom : days > 0 ? fit / days : 0;
  // A horizon of centuries zoomed in would be millions of pixels wide: nothing could draw it.
  const pxPerDay = days > 0 ? Math.min(asked, METRICS.maxTimelineWidth / days) : asked;
  const scale = span ? new TimeScale(span, x0, pxPerDay) : undefined;
  const timelineWidth = scale ? scale.width(span!.start, span!.end) : 0;

  // The legend lists what is drawn, and sits above the rows: what is drawn is known first.
  const barred = new Set(model.initiatives.filter((i) => hasBar(i, scale)).map((i) => i.index));
  const links = linksFor(model, barred, findings);
  const today = scale && options.today !== undefined && scale.contains(options.today) ? options.today : undefined;
  const kinds = drawnKinds(model, scale, barred, findings, links, today !== undefined);

  // Bars may push labels past the timeline's end; the legend fits the width without them (or the view's).
  const baseWidth = Math.max(view ?? METRICS.minWidth, round(x0 + timelineWidth + METRICS.paddingRight));
  const legend = layoutLegend(view ?? baseWidth, 0, kinds);
  // A chart that fits its view is never widened past it by a label (one that does not fit scrolls anyway).
  const limit = view !== undefined && baseWidth === view ? view - METRICS.paddingRight : undefined;
  const bands = scale ? axisBands(scale, legend.height) : [];
  const axisHeight = bands.reduce((h, b) => h + b.height, 0);
  const axis = { y: legend.height, height: axisHeight, bands };
  const bodyY = axis.y + axis.height;

  const keys: LaneKey[] = [...COMPETENCY_IDS];
  if (model.initiatives.some((i) => laneKey(i) === 'unknown')) keys.push('unknown');
  const members = new Map<LaneKey, Initiative[]>(keys.map((k) => [k, []]));
  for (const i of model.initiatives) members.get(laneKey(i))!.push(i);

  const prerequisites = new Set<string>();
  for (const i of model.initiatives) for (const d of i.dependsOn) prerequisites.add(d.id);
  const rowLinks = (i: Initiative) => ({
    outgoing: i.id !== undefined && prerequisites.has(i.id.value),
    incoming: i.dependsOn.length > 0,
  });
  const rows = new Map<number, InitiativeRow>();
  const lanes: Lane[] = [];
  let y = bodyY;
  for (const key of keys) {
    const laneRows = members
      .get(key)!
      .map((initiative, n) =>
        rowFor(initiative, y + METRICS.laneHeader + n * METRICS.row, scale, findings, rowLinks(initiative), x0, limit),
      );
    for (const row of laneRows) rows.set(row.index, row);
    const height =
      METRICS.laneHeader +
      (laneRows.length > 0 ? laneRows.length * METRICS.row + METRICS.lanePadding : METRICS.emptyLane);
    lanes.push({ key, name: key === 'unknown' ? UNKNOWN_LANE_NAME : COMPETENCY_NAMES[key], y, height, rows: laneRows });
    y += height;
  }
  const body = { y: bodyY, height: y - bodyY };

  let width = baseWidth;
  for (const row of rows.values()) {
    if (row.detail?.anchor === 'start')
      width = Math.max(width, round(row.detail.x + row.detail.width + METRICS.paddingRight));
  }

  const layout: ChartLayout = {
    width,
    height: body.y + body.height + METRICS.paddingBottom,
    spanSource: source,
    pxPerDay,
    timeline: { x: x0, width: timelineWidth },
    legend,
    axis,
    body,
    lanes,
    arrows: arrowsFor(links, rows),
    initiativeCount: model.initiatives.length,
    totals: findings.totals,
  };
  if (model.title) layout.title = model.title.value;
  if (span) layout.span = span;
  if (scale && today !== undefined) {
    layout.today = { day: today, x: scale.x(today), y: axis.y, height: axis.height + body.height };
  }
  return layout;
}
