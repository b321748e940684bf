/**
 * The chart's layers that stay in view while it pans (see `pinned` in the renderer's
 * svg.ts): the names column and the legend stay at the view's left edge, the axis sticks to
 * its top once scrolled past, and the corner where they meet does both. The page scrolls
 * natively; on each scroll only these four groups move, by a transform.
 */
export interface PinnedGeometry {
  /** Where the axis starts in the chart: above it, the legend scrolls away as usual. */
  axisY: number;
  axisHeight: number;
}

export class PinnedLayers {
  private names: Element | undefined;
  private legend: Element | undefined;
  private head: Element | undefined;
  private corner: Element | undefined;
  geometry: PinnedGeometry = { axisY: 0, axisHeight: 0 };

  /** Finds the layers of the chart shown (after every chart: a patch may have replaced them). */
  attach(svg: SVGSVGElement | undefined): void {
    const layer = (name: string): Element | undefined => svg?.querySelector(`:scope > g.${name}`) ?? undefined;
    this.names = layer('names');
    this.legend = layer('legend');
    this.head = layer('head');
    this.corner = layer('corner');
    const band = this.head?.querySelector(':scope > rect');
    this.geometry = {
      axisY: Number(band?.getAttribute('y') ?? 0),
      axisHeight: Number(band?.getAttribute('height') ?? 0),
    };
  }

  place(scrollLeft: number, scrollTop: number): void {
    const x = Math.max(0, scrollLeft);
    const y = Math.max(0, scrollTop - this.geometry.axisY);
    move(this.names, `translate(${x},0)`);
    move(this.legend, `translate(${x},0)`);
    move(this.head, `translate(0,${y})`);
    move(this.corner, `translate(${x},${y})`);
  }
}

/** Only a transform that changes is written: after a typing update the layers are where they were. */
function move(layer: Element | undefined, transform: string): void {
  if (layer && layer.getAttribute('transform') !== transform) layer.setAttribute('transform', transform);
}
