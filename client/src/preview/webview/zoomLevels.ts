/**
 * Zoom as pixels per day, and where to scroll so that a zoom keeps the same day under the
 * pointer (or the middle of the view). Pure arithmetic: no DOM.
 */
import { MAX_PX_PER_DAY, MIN_PX_PER_DAY } from '../../../../protocol/chartWire';

export type ZoomLevel = 'whole' | 'year' | 'quarter';

export const ZOOM_LEVELS: readonly ZoomLevel[] = ['whole', 'year', 'quarter'];

/** Room the renderer leaves after the timeline. */
const RIGHT_PADDING = 24;
/** The timeline is never given less room than this, however narrow the view. */
const MIN_ROOM = 240;
const DAYS: Readonly<Record<Exclude<ZoomLevel, 'whole'>, number>> = { year: 365, quarter: 91 };

export function clampPxPerDay(value: number): number {
  return Math.min(MAX_PX_PER_DAY, Math.max(MIN_PX_PER_DAY, value));
}

/** Pixels per day that show the whole drawn span, one year or one quarter in a view `viewWidth` wide. */
export function levelPxPerDay(level: ZoomLevel, viewWidth: number, timelineX: number, spanDays: number): number {
  const room = Math.max(MIN_ROOM, viewWidth - timelineX - RIGHT_PADDING);
  const days = level === 'whole' ? Math.max(1, spanDays) : DAYS[level];
  return clampPxPerDay(room / days);
}

/** The level whose zoom `pxPerDay` is (within 1 %), if any. */
export function currentLevel(
  pxPerDay: number,
  viewWidth: number,
  timelineX: number,
  spanDays: number,
): ZoomLevel | undefined {
  return ZOOM_LEVELS.find(
    (level) => Math.abs(levelPxPerDay(level, viewWidth, timelineX, spanDays) / pxPerDay - 1) < 0.01,
  );
}

/** A day held at a place in the view while the zoom changes. */
export interface ZoomAnchor {
  /** Fractional days since the drawn span's first day. */
  days: number;
  /** Distance from the view's left edge, in px. */
  offset: number;
}

/** The anchor at `offset` px into the view, or undefined when that point is left of the timeline (the label column). */
export function anchorAt(
  offset: number,
  scrollLeft: number,
  timelineX: number,
  pxPerDay: number,
): ZoomAnchor | undefined {
  const x = scrollLeft + offset - timelineX;
  return x < 0 ? undefined : { days: x / pxPerDay, offset };
}

/** The scroll position that puts `anchor` back at its offset in the view at the new zoom. */
export function scrollForAnchor(anchor: ZoomAnchor, timelineX: number, pxPerDay: number): number {
  return Math.max(0, timelineX + anchor.days * pxPerDay - anchor.offset);
}
