/**
 * The chart on screen and what the webview knows about it: each initiative's group, its
 * dates as day numbers (moved ones included until the next chart arrives), and the span
 * and zoom that turn pixels into days.
 */
import { parseDayDate } from '../../../../server/src/core/dates';
import type { DaySpanWire, WireFinding, WireSeverity } from '../../../../protocol/chartWire';
import type { Omissions } from '../../../../protocol/initiativeOmissions';
import type { ChartMessage, WebviewInitiative } from '../../../../protocol/webviewMessages';
import { applyChanges, chartElement, patchNode } from './chartDom';

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

const SEVERITY_NAMES: Readonly<Record<WireSeverity, string>> = {
  error: 'Error',
  warning: 'Warning',
  info: 'Info',
  hint: 'Hint',
};

/** What `render` made of a chart message. */
export type RenderOutcome = 'shown' | 'invalid' | 'out-of-step';

export class ChartView {
  message: ChartMessage | undefined;
  svg: SVGSVGElement | undefined;
  span: Days | undefined;
  horizon: Days | undefined;
  /** Initiatives left out of the list, by why: their bars, if drawn, can be neither moved nor revealed. */
  omitted: Omissions | undefined;
  private groups = new Map<string, SVGGElement>();
  private dates = new Map<string, Days>();
  private problems = new Map<string, WireFinding[]>();
  /** Ids used by more than one initiative: the extension refuses to move them. */
  private shared = new Set<string>();
  /** Bars drawn at proposed dates, with where the chart had them: put back by the next chart. */
  private moved = new Map<
    string,
    {
      group: SVGGElement | undefined;
      bar: Element | null;
      x: string | null;
      width: string | null;
      dates: Days | undefined;
    }
  >();

  /** The names column, drawn apart from the initiatives' groups: each has a cell there. */
  private names: Element | undefined;

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

  /**
   * Shows the message's chart. 'invalid' (the old chart kept) when its markup is not a chart;
   * 'out-of-step' when it holds changes to a chart other than the one shown: only a whole
   * chart can help then.
   */
  render(message: ChartMessage): RenderOutcome {
    const page = this.container.ownerDocument;
    if (message.patch) {
      if (!this.svg || this.message?.revision !== message.patch.base) return 'out-of-step';
      this.putBack();
      if (!applyChanges(this.svg, message.patch.changes, page)) return 'out-of-step';
    } else {
      const svg = message.svg === null ? undefined : chartElement(message.svg, page);
      if (message.svg !== null && !svg) return 'invalid';
      this.putBack();
      if (svg && this.svg) {
        patchNode(this.svg, svg);
        // A chart whose top level changed shape was replaced whole.
        this.svg = this.container.querySelector<SVGSVGElement>(':scope > svg') ?? undefined;
      } else {
        this.container.replaceChildren(...(svg ? [page.adoptNode(svg)] : []));
        this.svg = svg;
      }
    }
    this.message = message;
    this.span = days(message.span);
    this.horizon = days(message.horizon);
    // Left out, they are those of the chart shown (the patch was checked to apply to it).
    if (message.initiatives) {
      this.learn(message.initiatives);
      this.omitted = message.omitted;
    }
    this.names = this.svg?.querySelector(':scope > g.names') ?? undefined;
    this.groups.clear();
    for (const group of this.svg
      ? Array.from(this.svg.querySelectorAll<SVGGElement>('g.initiative[data-initiative-id]'))
      : []) {
      const id = group.getAttribute('data-initiative-id')!;
      if (!this.groups.has(id)) this.groups.set(id, group);
    }
    this.container.removeAttribute('aria-busy');
    return 'shown';
  }

  private learn(initiatives: readonly WebviewInitiative[]): void {
    this.dates.clear();
    this.problems.clear();
    this.shared.clear();
    const seen = new Set<string>();
    for (const initiative of initiatives) {
      if (seen.has(initiative.id)) this.shared.add(initiative.id);
      seen.add(initiative.id);
      this.problems.set(initiative.id, initiative.problems);
      const start = day(initiative.start);
      const end = day(initiative.end);
      if (start !== undefined && end !== undefined) this.dates.set(initiative.id, { start, end });
    }
  }

  /** Bars moved by a drag or a key go back where the chart drew them, before a chart is applied. */
  private putBack(): void {
    for (const [id, was] of this.moved) {
      if (was.dates) this.dates.set(id, was.dates);
      else this.dates.delete(id);
      for (const [name, value] of [
        ['x', was.x],
        ['width', was.width],
      ] as const) {
        if (value === null) was.bar?.removeAttribute(name);
        else was.bar?.setAttribute(name, value);
      }
      was.group?.classList.remove('is-moving');
    }
    this.moved.clear();
  }

  /** Focusable initiatives, in the chart's order. */
  items(): SVGGElement[] {
    return this.svg ? Array.from(this.svg.querySelectorAll<SVGGElement>('g.initiative[tabindex]')) : [];
  }

  group(id: string): SVGGElement | undefined {
    return this.groups.get(id);
  }

  /** The initiative's group under `target`: in its row of the chart, or its cell in the names column. */
  groupOf(target: EventTarget | null): SVGGElement | undefined {
    if (!(target instanceof Element) || !this.svg?.contains(target)) return undefined;
    const group = target.closest<SVGGElement>('g.initiative');
    if (group) return group;
    const index = target.closest('g.name')?.getAttribute('data-initiative-index');
    if (index === null || index === undefined || !/^\d+$/.test(index)) return undefined;
    return (
      this.svg.querySelector<SVGGElement>(`:scope > g.lane > g.initiative[data-initiative-index="${index}"]`) ??
      undefined
    );
  }

  /** Puts the class `name` on the initiative's group and on its cell in the names column, or takes it off both. */
  mark(group: Element, name: string, on: boolean): void {
    group.classList.toggle(name, on);
    const index = group.getAttribute('data-initiative-index');
    if (index === null || !/^\d+$/.test(index)) return;
    this.names?.querySelector(`g.name[data-initiative-index="${index}"]`)?.classList.toggle(name, on);
  }

  idOf(group: Element): string | undefined {
    return group.getAttribute('data-initiative-id') ?? undefined;
  }

  datesOf(id: string): Days | undefined {
    return this.dates.get(id);
  }

  /** The initiative can be dragged: the text parses, it has dates, its id is its own, and there is a horizon to stay in. */
  editable(id: string): boolean {
    return (
      this.message?.parses === true &&
      this.horizon !== undefined &&
      this.dates.has(id) &&
      !this.shared.has(id) &&
      this.groups.has(id)
    );
  }

  /** Can be revealed in the editor: the chart is of the current text. */
  revealable(id: string): boolean {
    return this.message?.parses === true && this.problems.has(id);
  }

  /** Draws the initiative's bar at `dates` until the next chart, and remembers them as its dates. */
  showDates(id: string, dates: Days): void {
    const group = this.groups.get(id);
    const bar = group?.querySelector('rect.bar') ?? null;
    if (!this.moved.has(id))
      this.moved.set(id, {
        group,
        bar,
        x: bar?.getAttribute('x') ?? null,
        width: bar?.getAttribute('width') ?? null,
        dates: this.dates.get(id),
      });
    this.dates.set(id, dates);
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
    for (const problem of id === undefined ? [] : (this.problems.get(id) ?? []))
      lines.push(`\u2022 ${SEVERITY_NAMES[problem.severity]}: ${problem.message} (${problem.code})`);
    return lines.join('\n');
  }
}
