/**
 * Lanes and initiatives as SVG. Each initiative is one group, the only element carrying
 * its `data-initiative-id` (docs/format.md#data--attributes); its milestones carry `data-milestone`.
 */
import { COMPETENCY_NAMES } from '../core/competencyNames';
import { formatDay as isoDay } from '../core/dates';
import { round } from './axis';
import { escapeXml, isolatedText } from './escapeXml';
import type { FindingLevel } from './findings';
import { estimateWidth, formatDay, formatRange, plural, STATUS_WORDS } from './labelText';
import { METRICS } from './layoutTypes';
import type { ChartLayout, InitiativeRow, Lane } from './layoutTypes';
import { clipMark, diamond, earlyWinMark, findingMark } from './marks';
import { attrs, element, tooltip } from './markup';
import { group } from './markupTree';
import type { MarkupMemo } from './markupMemo';
import type { MarkupGroup } from './markupTree';

/** The class of an initiative marked with its worst finding. */
export const FINDING_CLASS: Readonly<Record<FindingLevel, string>> = {
  error: 'has-errors',
  warning: 'has-warnings',
  note: 'has-notes',
};

export function problemWords(row: InitiativeRow): string | undefined {
  const { errors, warnings, notes } = row.problems;
  const parts: string[] = [];
  if (errors > 0) parts.push(plural(errors, 'error'));
  if (warnings > 0) parts.push(plural(warnings, 'warning'));
  if (notes > 0) parts.push(plural(notes, 'note'));
  return parts.length === 0 ? undefined : parts.join(', ');
}

/** The initiative's name whole, as the tooltip and the accessible name give it. */
function fullName(row: InitiativeRow): string {
  return row.title ?? row.id ?? `Initiative ${row.index + 1}`;
}

function datesWords(row: InitiativeRow): string {
  if (row.start === undefined || row.end === undefined) return 'Dates: missing or invalid';
  return `${formatRange(row.start, row.end)} (${isoDay(row.start)} to ${isoDay(row.end)})`;
}

export function tooltipText(row: InitiativeRow): string {
  const lines = [fullName(row)];
  const competency = row.competency ? COMPETENCY_NAMES[row.competency] : 'No known competency';
  lines.push(row.id === undefined ? competency : `${row.id} \u00b7 ${competency}`);
  lines.push(`Owner: ${row.owner ?? 'none'}${row.team === undefined ? '' : ` (${row.team})`}`);
  lines.push(datesWords(row));
  lines.push(`Status: ${row.status === undefined ? 'not set' : STATUS_WORDS[row.status]}`);
  if (row.earlyWin) lines.push('Early win');
  if (row.outcome !== undefined) lines.push(`Outcome: ${row.outcome}`);
  if (row.note !== undefined) lines.push(`Note: ${row.note}`);
  for (const link of row.links) lines.push(`Link: ${link.title} (${link.url})`);
  const problems = problemWords(row);
  if (problems !== undefined) lines.push(`Problems: ${problems}`);
  return lines.join('\n');
}

function ariaLabel(row: InitiativeRow): string {
  const parts = [fullName(row), row.owner === undefined ? 'no owner' : `owner ${row.owner}`];
  parts.push(
    row.start !== undefined && row.end !== undefined && row.notDrawn === undefined
      ? formatRange(row.start, row.end)
      : 'not drawn',
  );
  parts.push(row.status === undefined ? 'no status' : STATUS_WORDS[row.status]);
  if (row.earlyWin) parts.push('early win');
  if (row.milestones.length > 0) parts.push(plural(row.milestones.length, 'milestone'));
  const problems = problemWords(row);
  if (problems !== undefined) parts.push(problems);
  return parts.join(', ');
}

function detailMarkup(row: InitiativeRow, cy: number): string {
  const d = row.detail;
  if (!d) return '';
  const dates = formatRange(row.start!, row.end!);
  let content =
    row.owner === undefined
      ? escapeXml(dates)
      : `<tspan class="owner">${isolatedText(row.owner)}</tspan> \u00b7 ${escapeXml(dates)}`;
  for (const link of row.links) {
    content += `   <a${attrs({ href: link.url, target: '_blank', rel: 'noopener noreferrer' })}><tspan class="link">\u2197 ${isolatedText(link.label)}</tspan></a>`;
  }
  return `<text${attrs({ class: d.inside ? 'detail inside' : 'detail', x: d.x, y: cy, 'text-anchor': d.anchor === 'end' ? 'end' : undefined })}>${content}</text>`;
}

function milestoneMarkup(row: InitiativeRow): string {
  return row.milestones
    .map((m) => {
      const name = m.name ?? `Milestone ${m.index + 1}`;
      return element(
        'g',
        { class: 'milestone', 'data-milestone': row.id === undefined ? undefined : `${row.id}/${m.index}` },
        tooltip(`${name}\n${formatDay(m.day)} (${isoDay(m.day)})`) + diamond(m.x, m.y, 6),
      );
    })
    .join('');
}

/** The row's part in the names column: its marks and its title. */
function nameMarkup(row: InitiativeRow, cy: number): string {
  let out = '';
  if (row.finding) out += findingMark(row.finding, 12, cy);
  if (row.earlyWin) out += earlyWinMark(28, cy);
  if (row.label !== '')
    out += `<text${attrs({ class: 'label', x: METRICS.titleX, y: cy })}>${isolatedText(row.label)}</text>`;
  return out;
}

function rowClasses(base: string, row: InitiativeRow): string {
  const classes = [base, `status-${row.status ?? 'none'}`];
  if (row.earlyWin) classes.push('early-win');
  if (row.finding) classes.push(FINDING_CLASS[row.finding]);
  if (row.notDrawn !== undefined) classes.push('not-drawn');
  return classes.join(' ');
}

function rowBackground(row: InitiativeRow, alt: boolean, width: number): string {
  return element('rect', { class: alt ? 'row-bg alt' : 'row-bg', x: 0, y: row.y, width, height: row.height });
}

/** The initiative's group; `named`: with its part in the names column (else drawn by `nameCell`). */
function rowMarkup(
  layout: ChartLayout,
  row: InitiativeRow,
  alt: boolean,
  interactive: boolean,
  named: boolean,
): string {
  const cy = row.y + row.height / 2;
  let inner = tooltip(tooltipText(row));
  inner += rowBackground(row, alt, layout.width);
  if (named) inner += nameMarkup(row, cy);
  if (row.bar) {
    const b = row.bar;
    // A day can be narrower than a pixel when zoomed out: keep every bar visible.
    inner += element('rect', { class: 'bar', x: b.x, y: b.y, width: Math.max(b.width, 2), height: b.height, rx: 3 });
    if (b.clippedStart) inner += clipMark(b.x, b.y, b.height, 'start');
    if (b.clippedEnd) inner += clipMark(round(b.x + b.width), b.y, b.height, 'end');
    inner += milestoneMarkup(row);
    inner += detailMarkup(row, cy);
  } else {
    inner += `<text${attrs({ class: 'note', x: layout.timeline.x + 8, y: cy })}>${isolatedText(row.notDrawn ?? '')}</text>`;
  }
  const values = {
    class: rowClasses('initiative', row),
    'data-initiative-id': row.id,
    'data-initiative-index': row.index,
    tabindex: interactive ? 0 : undefined,
    role: interactive ? 'button' : undefined,
    'aria-label': ariaLabel(row),
  };
  return element('g', values, inner);
}

/** The row's cell in a names column drawn apart (the preview's, which stays in view while the chart pans). */
function nameCell(layout: ChartLayout, row: InitiativeRow, alt: boolean): string {
  const values = { class: rowClasses('name', row), 'data-initiative-index': row.index };
  return element('g', values, rowBackground(row, alt, layout.timeline.x) + nameMarkup(row, row.y + row.height / 2));
}

function laneBand(lane: Lane, width: number): string[] {
  return [
    element('rect', { class: 'lane-bg', x: 0, y: lane.y, width, height: METRICS.laneHeader }),
    element('line', { class: 'lane-rule', x1: 0, x2: width, y1: lane.y + 0.5, y2: lane.y + 0.5 }),
  ];
}

function laneCount(lane: Lane): string {
  return lane.rows.length === 0 ? 'No initiatives yet' : plural(lane.rows.length, 'initiative');
}

function countX(lane: Lane): number {
  return round(12 + estimateWidth(lane.name, 13.5) * 1.08 + 12);
}

function laneTitle(lane: Lane): string[] {
  const cy = lane.y + METRICS.laneHeader / 2;
  return [
    `<text${attrs({ class: 'lane-name', x: 12, y: cy })}>${escapeXml(lane.name)}</text>`,
    `<text${attrs({ class: 'lane-count', x: countX(lane), y: cy })}>${escapeXml(laneCount(lane))}</text>`,
  ];
}

/** The lanes, and in the preview the names column drawn apart from them. */
export interface LaneNodes {
  lanes: MarkupGroup[];
  /** With `pinned` only. */
  names?: MarkupGroup;
}

/**
 * Each lane as a group: its header's four elements, then one element per initiative. With a
 * memo, an initiative drawn from the same row as before (every field, the chart's width and
 * timeline included) gets the markup it had.
 *
 * `pinned` (the preview): the names column is drawn apart, as one group over everything
 * else that the page keeps in view while the chart pans (`g.names`: a background, then per
 * lane its header's name and count and one `g.name` cell per initiative); a lane then holds
 * its header's band and the initiatives' groups without their marks and titles.
 */
export function laneNodes(layout: ChartLayout, interactive: boolean, memo?: MarkupMemo, pinned = false): LaneNodes {
  const context = `${layout.width}|${layout.timeline.x}|${interactive}|${pinned}|`;
  const lanes: MarkupGroup[] = [];
  const names: MarkupGroup[] = [];
  for (const lane of layout.lanes) {
    const bodies: string[] = [];
    const cells: string[] = [];
    lane.rows.forEach((row, n) => {
      const alt = n % 2 === 1;
      if (!pinned) {
        const draw = (): string => rowMarkup(layout, row, alt, interactive, true);
        // A row is plain data (numbers, strings, booleans, arrays and objects of them): its JSON says all of it.
        bodies.push(memo ? memo.get(context + (alt ? 'alt|' : '|') + JSON.stringify(row), draw) : draw());
        return;
      }
      const draw = (): readonly [string, string] => [
        rowMarkup(layout, row, alt, interactive, false),
        nameCell(layout, row, alt),
      ];
      const [body, cell] = memo ? memo.pair(context + (alt ? 'alt|' : '|') + JSON.stringify(row), draw) : draw();
      bodies.push(body);
      cells.push(cell);
    });
    if (!pinned) {
      lanes.push(
        group('g', { class: 'lane', 'data-lane': lane.key }, [
          ...laneBand(lane, layout.width),
          ...laneTitle(lane),
          ...bodies,
        ]),
      );
      continue;
    }
    // The lane's name is in the names column, hidden from assistive technology: the lane says it itself.
    const label = `${lane.name}: ${laneCount(lane)}`;
    lanes.push(
      group('g', { class: 'lane', 'data-lane': lane.key, role: 'group', 'aria-label': label }, [
        ...laneBand(lane, layout.width),
        ...bodies,
      ]),
    );
    // The lane's name and count stay whole in a narrow column, over a band as long as they are.
    const title = round(countX(lane) + estimateWidth(laneCount(lane), 12) + 12);
    names.push(
      group('g', { class: 'lane-names', 'data-lane': lane.key }, [
        ...laneBand(lane, Math.max(layout.timeline.x, title)),
        ...laneTitle(lane),
        ...cells,
      ]),
    );
  }
  if (!pinned) return { lanes };
  const { body, timeline } = layout;
  const edge = round(timeline.x - 0.5);
  return {
    lanes,
    names: group('g', { class: 'names', 'aria-hidden': 'true' }, [
      element('rect', { class: 'names-bg', x: 0, y: body.y, width: timeline.x, height: body.height }),
      // Under the lanes' bands, which a long lane name stretches past the column.
      element('line', { class: 'names-edge', x1: edge, x2: edge, y1: body.y, y2: body.y + body.height }),
      ...names,
    ]),
  };
}
