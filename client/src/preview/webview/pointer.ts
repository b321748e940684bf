/**
 * The pointer on the chart: a click on an initiative reveals it in the editor, a drag on
 * its bar moves it (or, from either end, moves only its start or end), a drag anywhere
 * else pans, and hovering shows the initiative's tooltip. Dates change on screen while
 * dragging; on release the webview only proposes the move to the extension.
 */
import { formatDay } from '../../../../server/src/core/dates';
import type { ChartView, Days } from './chartView';
import type { Tooltip } from './tooltip';

export interface PreviewActions {
  reveal(id: string): void;
  move(id: string, dates: Days): void;
}

type DragMode = 'move' | 'start' | 'end';

interface Drag {
  id: string;
  group: SVGGElement;
  mode: DragMode;
  original: Days;
  proposed: Days;
}

interface Press {
  pointerId: number;
  x: number;
  y: number;
  target: Element;
  scrollLeft: number;
  scrollTop: number;
  /** Past the threshold: a drag or a pan, no longer a click. */
  active: boolean;
  drag?: Drag;
}

/** Pixels from a bar's end that grab that end rather than the whole bar. */
const EDGE = 6;
/** Pixels the pointer travels before a press becomes a drag. */
const THRESHOLD = 4;

function clamp(value: number, low: number, high: number): number {
  return Math.min(Math.max(value, low), high);
}

export function datesLabel(dates: Days): string {
  return `${formatDay(dates.start)} \u2192 ${formatDay(dates.end)}`;
}

function edgeMode(bar: Element, clientX: number): DragMode {
  const box = bar.getBoundingClientRect();
  const edge = Math.min(EDGE, box.width / 3);
  if (clientX - box.left <= edge) return 'start';
  if (box.right - clientX <= edge) return 'end';
  return 'move';
}

/** The dates a drag of `deltaDays` gives, kept inside the horizon and never ending before they start. */
export function dragDates(mode: DragMode, original: Days, deltaDays: number, horizon: Days): Days {
  if (mode === 'start')
    return { start: clamp(original.start + deltaDays, horizon.start, original.end), end: original.end };
  if (mode === 'end')
    return { start: original.start, end: clamp(original.end + deltaDays, original.start, horizon.end) };
  const low = horizon.start - original.start;
  const high = horizon.end - original.end;
  const delta = low <= high ? clamp(deltaDays, low, high) : deltaDays;
  return { start: original.start + delta, end: original.end + delta };
}

export function attachPointer(viewport: HTMLElement, view: ChartView, tooltip: Tooltip, actions: PreviewActions): void {
  let press: Press | undefined;
  /** The initiative under the pointer: its row is highlighted in the chart and in the names column alike. */
  let hovered: SVGGElement | undefined;

  const hoverOn = (group: SVGGElement | undefined): void => {
    if (group === hovered) return;
    if (hovered) view.mark(hovered, 'is-hover', false);
    hovered = group;
    if (group) view.mark(group, 'is-hover', true);
  };

  const cancel = (): void => {
    if (press?.drag) view.showDates(press.drag.id, press.drag.original);
    if (press) viewport.releasePointerCapture(press.pointerId);
    press = undefined;
    viewport.classList.remove('is-panning', 'is-dragging');
  };

  viewport.addEventListener('pointerdown', (event) => {
    if (event.button !== 0 || !view.svg || !(event.target instanceof Element)) return;
    const target = event.target;
    // Links open in the browser; the scroll bars scroll.
    if (target.closest('a') || !view.svg.contains(target)) return;
    const group = view.groupOf(target);
    const id = group && view.idOf(group);
    let drag: Drag | undefined;
    if (group && id !== undefined && target.matches('rect.bar') && view.editable(id)) {
      const original = view.datesOf(id)!;
      drag = { id, group, mode: edgeMode(target, event.clientX), original, proposed: original };
    }
    press = {
      pointerId: event.pointerId,
      x: event.clientX,
      y: event.clientY,
      target,
      scrollLeft: viewport.scrollLeft,
      scrollTop: viewport.scrollTop,
      active: false,
      drag,
    };
    viewport.setPointerCapture(event.pointerId);
  });

  viewport.addEventListener('pointermove', (event) => {
    if (!press || event.pointerId !== press.pointerId) {
      hover(event);
      return;
    }
    const dx = event.clientX - press.x;
    const dy = event.clientY - press.y;
    if (!press.active && Math.hypot(dx, dy) < THRESHOLD) return;
    press.active = true;
    const drag = press.drag;
    if (drag && view.horizon) {
      viewport.classList.add('is-dragging');
      drag.proposed = dragDates(drag.mode, drag.original, Math.round(dx / view.pxPerDay), view.horizon);
      view.showDates(drag.id, drag.proposed);
      tooltip.show(drag.group, datesLabel(drag.proposed), event.clientX, event.clientY);
      return;
    }
    viewport.classList.add('is-panning');
    viewport.scrollLeft = press.scrollLeft - dx;
    viewport.scrollTop = press.scrollTop - dy;
  });

  viewport.addEventListener('pointerup', (event) => {
    if (!press || event.pointerId !== press.pointerId) return;
    const done = press;
    press = undefined;
    viewport.releasePointerCapture(done.pointerId);
    viewport.classList.remove('is-panning', 'is-dragging');
    const drag = done.drag;
    if (done.active) {
      if (drag && (drag.proposed.start !== drag.original.start || drag.proposed.end !== drag.original.end))
        actions.move(drag.id, drag.proposed);
      return;
    }
    const group = view.groupOf(done.target);
    const id = group && view.idOf(group);
    if (id !== undefined && view.revealable(id)) actions.reveal(id);
  });

  viewport.addEventListener('pointercancel', cancel);
  viewport.ownerDocument.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && press?.active) {
      event.preventDefault();
      cancel();
      tooltip.hide();
    }
  });

  function hover(event: PointerEvent): void {
    const group = view.groupOf(event.target);
    hoverOn(group);
    const bar = event.target instanceof Element && event.target.matches('rect.bar') ? event.target : undefined;
    const id = group && view.idOf(group);
    viewport.classList.toggle(
      'over-edge',
      bar !== undefined && id !== undefined && view.editable(id) && edgeMode(bar, event.clientX) !== 'move',
    );
    if (!group) {
      tooltip.hide();
      return;
    }
    tooltip.show(group, view.tooltipText(group), event.clientX, event.clientY);
  }

  viewport.addEventListener('pointerleave', () => {
    hoverOn(undefined);
    if (!press) tooltip.hide();
  });
}
