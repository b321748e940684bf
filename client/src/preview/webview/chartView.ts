/// <reference lib="dom" />
/**
 * The chart on screen and what the webview knows about it: each initiative's group, its
 * dates as day numbers (moved ones included until the next chart arrives), and the span
 * and zoom that turn pixels into days.
 */
import { parseDayDate } from '../../../../server/src/core/dates';
import type { ChartMessage, DaySpanWire } from '../../../../server/src/protocol/chartProtocol';
import { chartElement, patchNode } from './chartDom';

export interface Days {
  start: number;
  end: number;
}

function day(iso: string | undefined): number | undefined {
  if (iso === undefined) return undefined;
  const parsed = parseDayDate(iso);
  return parsed.ok ? parsed.day : undefined;
}

function days(span: DaySpanWire | undefined): Days | undefined {
  const start = day(span?.start);
  const end = day(span?.end);
  return start !== undefined && end !== undefined ? { start, end } : undefined;
}

export class ChartView {
  message: ChartMessage | undefined;
  svg: SVGSVGElement | undefined;
  span: Days | undefined;
  horizon: Days | undefined;
  private groups = new Map<string, SVGGElement>();
  private dates = new Map<string, Days>();
  private problems = new Map<string, string[]>();
  /** Ids used by more than one initiative: the extension refuses to move them. */
  private shared = new Set<string>();

  constructor(private readonly container: HTMLElement) {}

  get pxPerDay(): number {
    return this.message?.pxPerDay ?? 1;
  }

  get timelineX(): number {
    return this.message?.timelineX ?? 0;
  }

  get spanDays(): number {
    return this.span ? this.span.end - this.span.start + 1 : 0;
  }

  /** Shows the message's chart; false (and the old chart kept) when its markup is not a chart. */
  render(message: ChartMessage): boolean {
    const svg = message.svg === null ? undefined : chartElement(message.svg, this.container.ownerDocument);
    if (message.svg !== null && !svg) return false;
    this.message = message;
    this.span = days(message.span);
    this.horizon = days(message.horizon);
    this.dates.clear();
    this.problems.clear();
    this.shared.clear();
    const seen = new Set<string>();
    for (const initiative of message.initiatives) {
      if (seen.has(initiative.id)) this.shared.add(initiative.id);
      seen.add(initiative.id);
      this.problems.set(initiative.id, initiative.problems);
      const start = day(initiative.start);
      const end = day(initiative.end);
      if (start !== undefined && end !== undefined) this.dates.set(initiative.id, { start, end });
    }
    if (svg && this.svg) {
      patchNode(this.svg, svg);
      // A chart whose top level changed shape was replaced whole.
      this.svg = this.container.querySelector<SVGSVGElement>(':scope > svg') ?? undefined;
    } else {
      this.container.replaceChildren(...(svg ? [this.container.ownerDocument.adoptNode(svg)] : []));
      this.svg = svg;
    }
    this.groups.clear();
    for (const group of this.svg ? Array.from(this.svg.querySelectorAll<SVGGElement>('g.initiative[data-initiative-id]')) : []) {
      const id = group.getAttribute('data-initiative-id')!;
      if (!this.groups.has(id)) this.groups.set(id, group);
    }
    this.container.removeAttribute('aria-busy');
    return true;
  }

  /** Focusable initiatives, in the chart's order. */
  items(): SVGGElement[] {
    return this.svg ? Array.from(this.svg.querySelectorAll<SVGGElement>('g.initiative[tabindex]')) : [];
  }

  group(id: string): SVGGElement | undefined {
    return this.groups.get(id);
  }

  groupOf(target: EventTarget | null): SVGGElement | undefined {
    if (!(target instanceof Element) || !this.svg?.contains(target)) return undefined;
    return (target.closest('g.initiative') as SVGGElement | null) ?? undefined;
  }

  idOf(group: Element): string | undefined {
    return group.getAttribute('data-initiative-id') ?? undefined;
  }

  datesOf(id: string): Days | undefined {
    return this.dates.get(id);
  }

  /** The initiative can be dragged: the text parses, it has dates, its id is its own, and there is a horizon to stay in. */
  editable(id: string): boolean {
    return this.message?.parses === true && this.horizon !== undefined && this.dates.has(id) && !this.shared.has(id) && this.groups.has(id);
  }

  /** Can be revealed in the editor: the chart is of the current text. */
  revealable(id: string): boolean {
    return this.message?.parses === true && this.problems.has(id);
  }

  /** Draws the initiative's bar at `dates` until the next chart, and remembers them as its dates. */
  showDates(id: string, dates: Days): void {
    this.dates.set(id, dates);
    const group = this.groups.get(id);
    const bar = group?.querySelector('rect.bar');
    if (!group || !bar || !this.span) return;
    const first = Math.max(dates.start, this.span.start);
    const last = Math.min(dates.end, this.span.end);
    bar.setAttribute('x', String(this.timelineX + (first - this.span.start) * this.pxPerDay));
    bar.setAttribute('width', String(Math.max(2, (last - first + 1) * this.pxPerDay)));
    // Labels and marks stay where the text puts them: hidden until the chart is redrawn.
    group.classList.add('is-moving');
  }

  tooltipText(group: Element): string {
    const desc = Array.from(group.children).find((c) => c.localName === 'desc');
    const lines = [desc?.textContent ?? ''];
    const id = this.idOf(group);
    for (const problem of id === undefined ? [] : (this.problems.get(id) ?? [])) lines.push(`\u2022 ${problem}`);
    return lines.join('\n');
  }
}
