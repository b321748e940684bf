/**
 * A tall chart for a page, as a stack of SVG layers instead of one SVG: the legend and axis,
 * then the lanes in blocks of rows, between a layer underneath (background, period grid) and
 * one on top (dependency arrows, today line), all drawn in the same coordinates.
 *
 * Why: a browser lays out and paints all of one SVG before showing any of it, and the text
 * of thousands of rows is most of that work. Each block is its own SVG with
 * `content-visibility: auto` (pageStyle.ts), so the browser lays out and paints the blocks
 * in view first and the others as they come near it; every initiative is in the page from
 * the start (find in page, the keyboard and assistive technology reach all of them).
 */
import type { ChartLayout, Lane } from './layoutTypes';
import { METRICS } from './layoutTypes';
import { attrs } from './markup';
import { joinMarkup } from './markupTree';
import type { MarkupGroup } from './markupTree';
import { chartParts, SVG_NS } from './svg';

/** Charts with more initiatives than this are layered; smaller ones stay one SVG that scales to the page. */
export const LAYERED_FROM = 60;
/** Rows per block: small enough that a screen holds a few, large enough to keep the blocks few. */
export const ROWS_PER_BLOCK = 40;

interface Block {
  top: number;
  bottom: number;
  markup: string;
}

function layer(
  className: string,
  width: number,
  top: number,
  height: number,
  content: string,
  hidden: boolean,
): string {
  const values = {
    xmlns: SVG_NS,
    class: className,
    width,
    height,
    viewBox: `0 ${top} ${width} ${height}`,
    'aria-hidden': hidden ? 'true' : undefined,
  };
  return `<svg${attrs(values)}>${content}</svg>`;
}

/** A lane's blocks: the first holds its header, the last reaches down to where the next lane (or the chart's foot) starts. */
function laneBlocks(lane: Lane, node: MarkupGroup, end: number): Block[] {
  const header = (node.children.slice(0, 4) as string[]).join('');
  const rows = node.children.slice(4) as string[];
  const blocks: Block[] = [];
  let top = lane.y;
  for (let first = 0; first === 0 || first < rows.length; first += ROWS_PER_BLOCK) {
    const last = Math.min(first + ROWS_PER_BLOCK, rows.length);
    const bottom = last === rows.length ? end : lane.y + METRICS.laneHeader + last * METRICS.row;
    blocks.push({
      top,
      bottom,
      markup: `${node.open}${first === 0 ? header : ''}${rows.slice(first, last).join('')}${node.close}`,
    });
    top = bottom;
  }
  return blocks;
}

export function renderLayeredChart(layout: ChartLayout): string {
  const { width, height } = layout;
  const parts = chartParts(layout, true);
  // chartParts draws one group per lane, in the same order.
  const blocks = layout.lanes.flatMap((lane, i) => laneBlocks(lane, parts.lanes[i]!, layout.lanes[i + 1]?.y ?? height));
  const root = {
    class: 'cx-gantt cx-layers',
    role: 'group',
    'aria-roledescription': 'Gantt chart',
    'aria-label': parts.label,
  };
  return (
    `<div${attrs(root)}>` +
    layer('cx-under', width, 0, height, parts.background + parts.grid, true) +
    layer('cx-head', width, 0, layout.body.y, parts.defs + parts.legend + parts.axis, false) +
    blocks.map((b) => layer('cx-rows', width, b.top, b.bottom - b.top, b.markup, false)).join('') +
    layer('cx-over', width, 0, height, joinMarkup(parts.dependencies) + parts.today, false) +
    '</div>'
  );
}
