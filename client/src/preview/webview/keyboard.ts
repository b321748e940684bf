/**
 * The chart from the keyboard. On a focused initiative: Up/Down (Home/End) go to the
 * previous/next (first/last) initiative, Enter or Space reveals it in the editor,
 * Left/Right move it a day earlier/later (with Shift a week), Alt+Left/Right move only its
 * end, Escape hides the tooltip. Focus shows the same tooltip as the pointer.
 */
import type { ChartView, Days } from './chartView';
import type { PreviewActions } from './pointer';
import { datesLabel } from './pointer';
import type { Tooltip } from './tooltip';

/** The dates a key press gives, or undefined when they would leave the horizon or end before they start. */
export function keyDates(dates: Days, step: number, endOnly: boolean, horizon: Days): Days | undefined {
  const next = endOnly
    ? { start: dates.start, end: dates.end + step }
    : { start: dates.start + step, end: dates.end + step };
  return next.end < next.start || next.start < horizon.start || next.end > horizon.end ? undefined : next;
}

function anchorOf(group: Element): Element {
  return group.querySelector('rect.bar') ?? group;
}

export function focusInitiative(group: SVGGElement | undefined): void {
  if (!group) return;
  group.focus({ preventScroll: true });
  group.scrollIntoView({ block: 'nearest', inline: 'nearest' });
}

export function attachKeyboard(chart: HTMLElement, view: ChartView, tooltip: Tooltip, actions: PreviewActions): void {
  chart.addEventListener('keydown', (event) => {
    const group = view.groupOf(event.target);
    if (!group || event.ctrlKey || event.metaKey) return;
    const id = view.idOf(group);
    const items = view.items();
    const index = items.indexOf(group);
    switch (event.key) {
      case 'ArrowDown':
        focusInitiative(items[Math.min(index + 1, items.length - 1)]);
        break;
      case 'ArrowUp':
        focusInitiative(items[Math.max(index - 1, 0)]);
        break;
      case 'Home':
        focusInitiative(items[0]);
        break;
      case 'End':
        focusInitiative(items[items.length - 1]);
        break;
      case 'Enter':
      case ' ':
        if (id !== undefined && view.revealable(id)) actions.reveal(id);
        break;
      case 'ArrowLeft':
      case 'ArrowRight': {
        if (id === undefined || !view.editable(id) || !view.horizon) break;
        const step = (event.shiftKey ? 7 : 1) * (event.key === 'ArrowLeft' ? -1 : 1);
        const next = keyDates(view.datesOf(id)!, step, event.altKey, view.horizon);
        if (!next) break;
        view.showDates(id, next);
        tooltip.showBy(group, anchorOf(group), datesLabel(next));
        actions.move(id, next);
        break;
      }
      case 'Escape':
        tooltip.hide();
        break;
      default:
        return;
    }
    event.preventDefault();
  });

  chart.addEventListener('focusin', (event) => {
    const group = view.groupOf(event.target);
    if (!group) return;
    view.mark(group, 'is-focus', true);
    tooltip.showBy(group, anchorOf(group), view.tooltipText(group));
  });

  chart.addEventListener('focusout', (event) => {
    const group = view.groupOf(event.target);
    if (!group) return;
    view.mark(group, 'is-focus', false);
    tooltip.hide(group);
  });
}
