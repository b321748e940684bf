/**
 * The chart as one SVG document: the markup the editor preview shows and `cxroadmap gantt`
 * writes, alone (`.svg`) or inside a page (`.html`). No script: interaction is the page's.
 */
import { axisMarkup, cornerMarkup, gridMarkup, headMarkup, todayMarkup } from './axisMarkup';
import { CHART_CSS } from './chartStyle';
import { escapeXml } from './escapeXml';
import { laneNodes } from './initiativeMarkup';
import type { MarkupMemo } from './markupMemo';
import { formatRange } from './labelText';
import type { ArrowPath, ChartLayout } from './layoutTypes';
import { legendMarkup } from './legend';
import { attrs, element, tooltip } from './markup';
import { group, joinMarkup } from './markupTree';
import type { MarkupGroup } from './markupTree';

export interface SvgOptions {
  /**
   * Initiatives as focusable buttons, for a page with script (the preview, the HTML
   * export). A static `.svg` file is an image: its initiatives are not in the tab order.
   */
  interactive?: boolean;
  /** The roadmap's title and span above the legend, for a file with no page around it. */
  heading?: boolean;
  /**
   * The chart's stylesheet inside the SVG (the default). A page that carries the stylesheet
   * itself (the preview, allowed by its nonce) leaves it out: its policy would refuse it.
   */
  style?: boolean;
  /** Initiatives drawn for the previous chart of the same document, reused where unchanged. */
  memo?: MarkupMemo;
  /**
   * The names column, the legend and the axis as layers of their own, drawn last, for a page
   * that keeps them in view while the chart pans (the preview): see `pinnedLayers`.
   */
  pinned?: boolean;
}

const HEADING_HEIGHT = 56;
export const SVG_NS = 'http://www.w3.org/2000/svg';

export function chartLabel(layout: ChartLayout): string {
  const name = layout.title === undefined ? 'Gantt chart' : `Gantt chart of ${layout.title}`;
  const count = `${layout.initiativeCount} initiative${layout.initiativeCount === 1 ? '' : 's'}`;
  const span = layout.span ? `, ${formatRange(layout.span.start, layout.span.end)}` : '';
  return `${name}: ${count}${span}`;
}

function arrowMarkup(arrow: ArrowPath): string {
  const d = arrow.points.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${x},${y}`).join('');
  const words = `${arrow.to} depends on ${arrow.from}`;
  // `->` is the contract's separator, not roadmap text: it stays literal (valid in an XML attribute).
  const link = `${escapeXml(arrow.from)}->${escapeXml(arrow.to)}`;
  const rest = attrs({
    class: arrow.violated ? 'dependency violated' : 'dependency',
    d,
    'marker-end': arrow.violated ? 'url(#cx-arrowhead-violated)' : 'url(#cx-arrowhead)',
    'data-prerequisite': arrow.from,
    'data-dependant': arrow.to,
  });
  return `<path data-dependency="${link}"${rest}>${tooltip(arrow.message === undefined ? words : `${words}\n${arrow.message}`)}</path>`;
}

function defs(): string {
  const head = (id: string, violated: boolean) =>
    element(
      'marker',
      {
        id,
        viewBox: '0 0 10 10',
        refX: 9,
        refY: 5,
        markerWidth: 8,
        markerHeight: 8,
        markerUnits: 'userSpaceOnUse',
        orient: 'auto',
      },
      element('path', { class: violated ? 'arrowhead violated' : 'arrowhead', d: 'M0,0L10,5L0,10Z' }),
    );
  return `<defs>${head('cx-arrowhead', false)}${head('cx-arrowhead-violated', true)}</defs>`;
}

function headingMarkup(layout: ChartLayout): string[] {
  const title = layout.title ?? 'Roadmap';
  const span = layout.span ? formatRange(layout.span.start, layout.span.end) : 'No horizon';
  return [
    `<text${attrs({ class: 'heading-title', x: 12, y: 20 })}>${escapeXml(`\u2068${title}\u2069`)}</text>`,
    `<text${attrs({ class: 'heading-span', x: 12, y: 42 })}>${escapeXml(span)}</text>`,
  ];
}

/** The chart's parts, each one element (or none, as ''), as both the single SVG and the layered page draw them. */
export interface ChartParts {
  /** With `pinned`: the names column, the axis (`g.head`) and its corner over the names column. */
  pinned?: { names: MarkupGroup; head: string; corner: string };
  label: string;
  defs: string;
  background: string;
  legend: string;
  grid: string;
  axis: string;
  lanes: MarkupGroup[];
  dependencies: MarkupGroup;
  today: string;
}

export function chartParts(layout: ChartLayout, interactive: boolean, memo?: MarkupMemo, pinned = false): ChartParts {
  const { lanes, names } = laneNodes(layout, interactive, memo, pinned);
  const parts: ChartParts = {
    label: chartLabel(layout),
    defs: defs(),
    background: element('rect', { class: 'chart-bg', x: 0, y: 0, width: layout.width, height: layout.height }),
    legend: legendMarkup(layout.legend),
    grid: gridMarkup(layout),
    axis: pinned ? '' : axisMarkup(layout),
    lanes,
    dependencies: group('g', { class: 'dependencies' }, layout.arrows.map(arrowMarkup)),
    today: todayMarkup(layout),
  };
  if (names) parts.pinned = { names, head: headMarkup(layout), corner: cornerMarkup(layout) };
  memo?.endChart();
  return parts;
}

/** The chart as a tree of elements (see `markupTree`): joined, it is `renderSvg`'s markup. */
export function svgTree(layout: ChartLayout, options: SvgOptions = {}): MarkupGroup {
  const interactive = options.interactive === true;
  const offset = options.heading === true ? HEADING_HEIGHT : 0;
  const width = layout.width;
  const height = layout.height + offset;
  const parts = chartParts(layout, interactive, options.memo, options.pinned === true);
  // Pinned layers go last, over what pans beneath them; the legend sits above the axis, clear of the rows.
  const body = parts.pinned
    ? [
        parts.background,
        parts.grid,
        ...parts.lanes,
        parts.dependencies,
        parts.today,
        parts.pinned.names,
        parts.legend,
        parts.pinned.head,
        parts.pinned.corner,
      ]
    : [parts.background, parts.legend, parts.grid, parts.axis, ...parts.lanes, parts.dependencies, parts.today];
  const root = {
    xmlns: SVG_NS,
    class: 'cx-gantt',
    width,
    height,
    viewBox: `0 0 ${width} ${height}`,
    // An image has no parts for assistive technology; interactive initiatives need a group.
    role: interactive ? 'group' : 'img',
    'aria-roledescription': interactive ? 'Gantt chart' : undefined,
    'aria-label': parts.label,
  };
  const head = [tooltip(parts.label), options.style === false ? '' : `<style>${CHART_CSS}</style>`, parts.defs];
  const content =
    offset === 0
      ? body
      : [
          element('rect', { class: 'chart-bg', x: 0, y: 0, width, height: offset }),
          ...headingMarkup(layout),
          group('g', { transform: `translate(0,${offset})` }, body),
        ];
  return group('svg', root, [...head, ...content]);
}

export function renderSvg(layout: ChartLayout, options: SvgOptions = {}): string {
  return joinMarkup(svgTree(layout, options));
}
