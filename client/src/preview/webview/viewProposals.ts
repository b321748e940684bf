/**
 * What the page asks its chart to be drawn for (the zoom, `null` for the whole drawn span
 * across the view, the names column's width and the view's width), posted at most once a
 * frame and only when it changed: wheel, drag and resize events come far faster than charts.
 */
export interface WantedView {
  pxPerDay: number | null;
  namesWidth: number;
  viewWidth: number;
}

function sameView(a: WantedView, b: WantedView): boolean {
  return a.pxPerDay === b.pxPerDay && a.namesWidth === b.namesWidth && a.viewWidth === b.viewWidth;
}

export class ViewProposals {
  private last: WantedView | undefined;
  private queued = false;

  constructor(
    private readonly wanted: () => WantedView,
    private readonly post: (view: WantedView) => void,
  ) {}

  /** Posts what is wanted now: the page's first message, before it asks for a chart. */
  postNow(): void {
    this.last = this.wanted();
    this.post(this.last);
  }

  /** Posts what is wanted in the next frame, unless it is what was posted last. */
  propose(): void {
    if (this.queued) return;
    this.queued = true;
    requestAnimationFrame(() => {
      this.queued = false;
      const view = this.wanted();
      if (this.last && sameView(view, this.last)) return;
      this.last = view;
      this.post(view);
    });
  }
}
