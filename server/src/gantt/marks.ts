/**
 * The chart's small symbols, drawn as SVG shapes so that they look the same everywhere
 * (no emoji or icon font): the early-win star, the finding badges (a round one with "!"
 * for errors, a triangle with "!" for warnings, a round one with "i" for notes), the
 * milestone diamond.
 */
import { round } from './axis';
import type { FindingLevel } from './findings';
import { element } from './markup';

function starPoints(cx: number, cy: number, outer: number, inner: number): string {
  const points: string[] = [];
  for (let i = 0; i < 10; i++) {
    const r = i % 2 === 0 ? outer : inner;
    const angle = -Math.PI / 2 + (i * Math.PI) / 5;
    points.push(`${round(cx + r * Math.cos(angle))},${round(cy + r * Math.sin(angle))}`);
  }
  return points.join(' ');
}

export function earlyWinMark(cx: number, cy: number): string {
  return element('polygon', { class: 'early-win-mark', points: starPoints(cx, cy, 7, 3) });
}

export function errorMark(cx: number, cy: number): string {
  return (
    `<g class="error-mark-group">` +
    element('circle', { class: 'error-mark', cx, cy, r: 6.5 }) +
    element('rect', { class: 'error-mark-glyph', x: round(cx - 1), y: round(cy - 4), width: 2, height: 5, rx: 0.5 }) +
    element('circle', { class: 'error-mark-glyph', cx, cy: round(cy + 3.1), r: 1.1 }) +
    `</g>`
  );
}

/** A different shape from the error badge, so that the two differ without colour. */
export function warningMark(cx: number, cy: number): string {
  return (
    `<g class="warning-mark-group">` +
    element('path', {
      class: 'warning-mark',
      d: `M${cx},${round(cy - 7)}L${round(cx + 7.5)},${round(cy + 6)}L${round(cx - 7.5)},${round(cy + 6)}Z`,
    }) +
    element('rect', { class: 'warning-mark-glyph', x: round(cx - 1), y: round(cy - 3), width: 2, height: 5, rx: 0.5 }) +
    element('circle', { class: 'warning-mark-glyph', cx, cy: round(cy + 3.8), r: 1 }) +
    `</g>`
  );
}

export function noteMark(cx: number, cy: number): string {
  return (
    `<g class="note-mark-group">` +
    element('circle', { class: 'note-mark', cx, cy, r: 6.5 }) +
    element('circle', { class: 'note-mark-glyph', cx, cy: round(cy - 3.1), r: 1.1 }) +
    element('rect', { class: 'note-mark-glyph', x: round(cx - 1), y: round(cy - 1), width: 2, height: 5, rx: 0.5 }) +
    `</g>`
  );
}

export function diamond(cx: number, cy: number, size: number): string {
  return element('path', {
    class: 'milestone-mark',
    d: `M${cx},${round(cy - size)}L${round(cx + size)},${cy}L${cx},${round(cy + size)}L${round(cx - size)},${cy}Z`,
  });
}

/** A notch in a bar's end: the initiative goes on beyond the drawn span. */
export function clipMark(x: number, y: number, height: number, side: 'start' | 'end'): string {
  const dx = side === 'start' ? 5 : -5;
  return element('path', {
    class: 'clip-mark',
    d: `M${x},${y}L${round(x + dx)},${round(y + height / 2)}L${x},${round(y + height)}Z`,
  });
}

export function findingMark(level: FindingLevel, cx: number, cy: number): string {
  if (level === 'error') return errorMark(cx, cy);
  return level === 'warning' ? warningMark(cx, cy) : noteMark(cx, cy);
}
