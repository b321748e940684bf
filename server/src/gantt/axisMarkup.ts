/** The time axis, the grid lines that carry it down through the lanes, and the today line. */
import { round } from './axis';
import type { AxisBand } from './axis';
import { escapeXml } from './escapeXml';
import { estimateWidth, fitText, formatDay } from './labelText';
import type { ChartLayout } from './layoutTypes';
import { attrs, element } from './markup';

function bandMarkup(band: AxisBand): string {
  return band.ticks
    .filter((t) => t.label !== undefined)
    .map((t) => {
      // A label wider than its period (years labelled every few years) starts at the period.
      const centred = estimateWidth(t.label!, 12) <= t.width;
      const x = centred ? round(t.x + t.width / 2) : round(t.x + 3);
      return `<text${attrs({ class: `tick-${band.kind}`, x, y: band.y + band.height / 2, 'text-anchor': centred ? 'middle' : undefined })}>${escapeXml(t.label!)}</text>`;
    })
    .join('');
}

const CAPTION = 'Initiatives by competency';

/** The names column's heading in the axis band, shortened to the column; none in a column too narrow. */
export function captionMarkup(layout: ChartLayout): string {
  const room = layout.timeline.x - 24;
  if (room < 40) return '';
  const text = fitText(CAPTION, room, 12);
  return `<text${attrs({ class: 'axis-caption', x: 12, y: round(layout.axis.y + layout.axis.height / 2) })}>${escapeXml(text)}</text>`;
}

export function axisMarkup(layout: ChartLayout, caption = true): string {
  const { axis, timeline } = layout;
  if (axis.bands.length === 0) return '';
  let out = element('rect', { class: 'axis-bg', x: timeline.x, y: axis.y, width: timeline.width, height: axis.height });
  if (caption) out += captionMarkup(layout);
  for (const band of axis.bands) {
    out += bandMarkup(band);
    const bottom = band.y + band.height - 0.5;
    out += element('line', {
      class: 'axis-divider',
      x1: timeline.x,
      x2: round(timeline.x + timeline.width),
      y1: bottom,
      y2: bottom,
    });
  }
  return element('g', { class: 'axis' }, out);
}

/**
 * Period boundaries from their band down to `bottom` (the chart's foot): a year boundary is
 * drawn once, strong, not again as a quarter or month boundary.
 */
function gridLines(layout: ChartLayout, bottom: number): string {
  const drawn = new Set<number>();
  let out = '';
  for (const band of layout.axis.bands) {
    for (const t of band.ticks) {
      if (drawn.has(t.x)) continue;
      drawn.add(t.x);
      const x = round(Math.floor(t.x) + 0.5);
      out += element('line', { class: `grid-${band.kind}`, x1: x, x2: x, y1: band.y, y2: bottom });
    }
  }
  if (layout.axis.bands.length > 0) {
    const end = round(Math.floor(layout.timeline.x + layout.timeline.width) + 0.5);
    out += element('line', { class: 'grid-year', x1: end, x2: end, y1: layout.axis.y, y2: bottom });
  }
  return out;
}

export function gridMarkup(layout: ChartLayout): string {
  return element('g', { class: 'grid' }, gridLines(layout, layout.body.y + layout.body.height));
}

/**
 * The axis as a layer of its own, which a page keeps at the top of its view (the preview):
 * opaque across the chart's width, with the period boundaries within the axis drawn again,
 * since the grid beneath is hidden by it. Empty without an axis.
 */
export function headMarkup(layout: ChartLayout): string {
  const { axis, width } = layout;
  if (axis.bands.length === 0) return element('g', { class: 'head' }, '');
  return element(
    'g',
    { class: 'head' },
    element('rect', { class: 'chart-bg', x: 0, y: axis.y, width, height: axis.height }) +
      axisMarkup(layout, false) +
      element('g', { class: 'grid' }, gridLines(layout, axis.y + axis.height)),
  );
}

/** Where the axis meets the names column: the column's heading, kept in view both ways. Empty without an axis. */
export function cornerMarkup(layout: ChartLayout): string {
  const { axis, timeline } = layout;
  if (axis.bands.length === 0) return element('g', { class: 'corner' }, '');
  const bottom = round(axis.y + axis.height - 0.5);
  const edge = round(timeline.x - 0.5);
  return element(
    'g',
    { class: 'corner' },
    element('rect', { class: 'chart-bg', x: 0, y: axis.y, width: timeline.x, height: axis.height }) +
      captionMarkup(layout) +
      element('line', { class: 'axis-divider', x1: 0, x2: timeline.x, y1: bottom, y2: bottom }) +
      element('line', { class: 'names-edge', x1: edge, x2: edge, y1: axis.y, y2: axis.y + axis.height }),
  );
}

export function todayMarkup(layout: ChartLayout): string {
  const today = layout.today;
  if (!today) return '';
  const label = `Today \u00b7 ${formatDay(today.day)}`;
  const width = round(estimateWidth(label, 10.5) * 1.05 + 10);
  // The tag sits in the first lane's header band, clear of the axis labels.
  const tagY = layout.body.y + 7;
  const right = today.x + width + 2 <= layout.timeline.x + layout.timeline.width;
  const tagX = right ? round(today.x + 2) : round(today.x - 2 - width);
  return element(
    'g',
    { class: 'today', 'data-today': today.day },
    element('line', { class: 'today-line', x1: today.x, x2: today.x, y1: today.y, y2: today.y + today.height }) +
      element('rect', { class: 'today-label-bg', x: tagX, y: tagY, width, height: 16, rx: 3 }) +
      `<text${attrs({ class: 'today-label', x: round(tagX + 5), y: tagY + 8 })}>${escapeXml(label)}</text>`,
  );
}

/**
 * The axis alone, for a page to keep in view above a tall chart: same width and scale as
 * the chart, so the two line up when both are scaled to their container.
 */
export function axisStripSvg(layout: ChartLayout): string {
  const { axis, width } = layout;
  return element(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      class: 'cx-gantt axis-strip',
      width,
      height: axis.height,
      viewBox: `0 ${axis.y} ${width} ${axis.height}`,
      'aria-hidden': 'true',
    },
    element('rect', { class: 'chart-bg', x: 0, y: axis.y, width, height: axis.height }) + axisMarkup(layout),
  );
}
