/**
 * Dependency arrows as orthogonal polylines, from the end of the prerequisite's bar to the
 * start of the dependant's bar, so that a reader can follow them across lanes.
 */

export type Point = [number, number];

export interface BarBox {
  x: number;
  width: number;
  /** Vertical centre of the bar. */
  cy: number;
  height: number;
}

/** The horizontal run out of a bar and into the next, long enough to show an arrowhead. */
export const STUB = 8;

/**
 * Three shapes: with room between the bars, out to the right, down (or up), and in; with
 * the dependant starting at or just after the prerequisite's end, down from the bar's
 * edge and in; otherwise (the dependant starts too early, or waits on itself) around
 * the row boundary, so the arrow visibly runs backwards.
 */
export function routeArrow(from: BarBox, to: BarBox, rowHeight: number): Point[] {
  const x1 = from.x + from.width;
  const y1 = from.cy;
  const x2 = to.x;
  const y2 = to.cy;
  if (x2 - x1 >= 2 * STUB) {
    return [
      [x1, y1],
      [x1 + STUB, y1],
      [x1 + STUB, y2],
      [x2, y2],
    ];
  }
  if (x2 >= x1 && y1 !== y2) {
    const xs = Math.max(from.x, x2 - STUB);
    const edge = y2 > y1 ? y1 + from.height / 2 : y1 - from.height / 2;
    return [
      [xs, edge],
      [xs, y2],
      [x2, y2],
    ];
  }
  const yMid = y2 > y1 ? y2 - rowHeight / 2 : y2 + rowHeight / 2;
  return [
    [x1, y1],
    [x1 + STUB, y1],
    [x1 + STUB, yMid],
    [x2 - STUB, yMid],
    [x2 - STUB, y2],
    [x2, y2],
  ];
}
