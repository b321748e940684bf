/**
 * The legend: what each colour and mark the chart draws means (and only those: a legend
 * entry for something absent sends a reader looking for it). Laid out in rows that fit
 * the chart's width, drawn with the same shapes as the chart itself.
 */
import { round } from './axis';
import { escapeXml } from './escapeXml';
import { estimateWidth } from './labelText';
import { diamond, earlyWinMark, findingMark } from './marks';
import { attrs, element } from './markup';

export type LegendKind =
  | 'status-planned'
  | 'status-active'
  | 'status-at-risk'
  | 'status-blocked'
  | 'status-done'
  | 'status-cancelled'
  | 'early-win'
  | 'milestone'
  | 'dependency'
  | 'violated'
  | 'has-errors'
  | 'has-warnings'
  | 'has-notes'
  | 'today';

export const LEGEND_ENTRIES: readonly { kind: LegendKind; text: string }[] = [
  { kind: 'status-planned', text: 'Planned' },
  { kind: 'status-active', text: 'Active' },
  { kind: 'status-at-risk', text: 'At risk' },
  { kind: 'status-blocked', text: 'Blocked' },
  { kind: 'status-done', text: 'Done' },
  { kind: 'status-cancelled', text: 'Cancelled' },
  { kind: 'early-win', text: 'Early win' },
  { kind: 'milestone', text: 'Milestone' },
  { kind: 'dependency', text: 'Depends on' },
  { kind: 'violated', text: 'Violated dependency' },
  { kind: 'has-errors', text: 'Has errors' },
  { kind: 'has-warnings', text: 'Has warnings' },
  { kind: 'has-notes', text: 'Has notes' },
  { kind: 'today', text: 'Today' },
];

export interface LegendItem {
  kind: LegendKind;
  text: string;
  /** Left edge of the symbol. */
  x: number;
  /** Vertical centre of the row. */
  y: number;
}

export interface LegendLayout {
  y: number;
  height: number;
  items: LegendItem[];
}

const FONT = 12;
const ROW = 22;
const PAD = 10;
const LEFT = 12;
const SPACING = 16;

/** Width of an entry's symbol: arrows are drawn longer than swatches. */
export function symbolWidth(kind: LegendKind): number {
  if (kind === 'dependency' || kind === 'violated') return 26;
  if (kind === 'has-errors' || kind === 'has-notes') return 14;
  if (kind === 'has-warnings') return 16;
  return kind === 'today' ? 4 : 18;
}

/** The entries of `kinds` (what the chart draws), in the legend's order; no legend at all (0 px) without any. */
export function layoutLegend(width: number, y: number, kinds: ReadonlySet<LegendKind>): LegendLayout {
  const items: LegendItem[] = [];
  let x = LEFT;
  let row = 0;
  for (const entry of LEGEND_ENTRIES) {
    if (!kinds.has(entry.kind)) continue;
    const w = symbolWidth(entry.kind) + 6 + estimateWidth(entry.text, FONT);
    if (x + w > width - LEFT && x > LEFT) {
      row += 1;
      x = LEFT;
    }
    items.push({ kind: entry.kind, text: entry.text, x: round(x), y: y + PAD + row * ROW + ROW / 2 });
    x += w + SPACING;
  }
  return { y, height: items.length === 0 ? 0 : 2 * PAD + (row + 1) * ROW, items };
}

function symbol(item: LegendItem): string {
  const { kind, x, y } = item;
  switch (kind) {
    case 'early-win':
      return earlyWinMark(x + 9, y);
    case 'milestone':
      return diamond(x + 9, y, 6);
    case 'dependency':
    case 'violated':
      return element('path', {
        class: kind === 'violated' ? 'dependency violated' : 'dependency',
        d: `M${x},${y}L${round(x + 22)},${y}`,
        'marker-end': kind === 'violated' ? 'url(#cx-arrowhead-violated)' : 'url(#cx-arrowhead)',
      });
    case 'has-errors':
      return findingMark('error', x + 7, y);
    case 'has-warnings':
      return findingMark('warning', x + 8, y);
    case 'has-notes':
      return findingMark('note', x + 7, y);
    case 'today':
      return element('line', { class: 'today-line', x1: x + 2, x2: x + 2, y1: y - 8, y2: y + 8 });
    default:
      return element('rect', { class: `swatch ${kind}`, x, y: y - 5, width: 18, height: 10, rx: 2 });
  }
}

export function legendMarkup(legend: LegendLayout): string {
  const items = legend.items.map((item) =>
    element(
      'g',
      { class: 'legend-item', 'data-legend': item.kind },
      symbol(item) +
        `<text${attrs({ class: 'legend-text', x: round(item.x + symbolWidth(item.kind) + 6), y: item.y })}>${escapeXml(item.text)}</text>`,
    ),
  );
  return element('g', { class: 'legend' }, items.join(''));
}
