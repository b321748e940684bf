/**
 * The names column's width, which the reader sets: by dragging the column's edge, by the
 * arrow keys on that edge (a separator in the tab order), or by collapsing the column to its
 * marks ("Hide names", or Enter or a double click on the edge) and opening it again. Until the
 * reader sets one, the column takes a share of the view's width.
 */
import { MAX_NAMES_WIDTH, MIN_NAMES_WIDTH } from '../../../../protocol/chartWire';

/** A names column shown is at least this wide: a few words of each title. */
export const MIN_SHOWN_WIDTH = 120;
/** The timeline keeps at least this much of the view, however wide the column is dragged. */
const TIMELINE_ROOM = 160;
const STEP = 16;
const BIG_STEP = 64;

/** The column's width in a view `viewWidth` wide until the reader sets one: 30 %, from 160 to 440 px. */
export function defaultNamesWidth(viewWidth: number): number {
  return Math.round(Math.min(440, Math.max(160, viewWidth * 0.3)));
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(Math.max(value, low), high);
}

export interface NamesChoice {
  /** The width the reader set, if any. */
  width: number | undefined;
  hidden: boolean;
}

export class NamesColumn {
  private choice: NamesChoice;
  /** The width drawn, where the edge is put between charts. */
  private drawn: number | undefined;

  constructor(
    private readonly edge: HTMLElement,
    private readonly toggle: HTMLButtonElement,
    private readonly viewWidth: () => number,
    /** Called when the reader changed the column: the chart is to be drawn again. */
    private readonly changed: () => void,
    saved: NamesChoice,
  ) {
    this.choice = { ...saved };
    this.attach();
    this.showToggle();
  }

  get saved(): NamesChoice {
    return { ...this.choice };
  }

  private widest(): number {
    return Math.max(MIN_SHOWN_WIDTH, Math.min(MAX_NAMES_WIDTH, this.viewWidth() - TIMELINE_ROOM));
  }

  /** The width to draw the column at. */
  width(): number {
    if (this.choice.hidden) return MIN_NAMES_WIDTH;
    return clamp(this.choice.width ?? defaultNamesWidth(this.viewWidth()), MIN_SHOWN_WIDTH, this.widest());
  }

  /** A chart was drawn with the column `width` px wide: the edge goes there. */
  shown(width: number): void {
    this.drawn = width;
    this.edge.hidden = false;
    this.place(width);
  }

  private place(width: number): void {
    this.edge.style.setProperty('left', `${width}px`);
    this.edge.setAttribute('aria-valuenow', String(width));
    this.edge.setAttribute('aria-valuemin', String(MIN_NAMES_WIDTH));
    this.edge.setAttribute('aria-valuemax', String(this.widest()));
  }

  private set(choice: NamesChoice): void {
    this.choice = choice;
    this.showToggle();
    this.place(this.width());
    this.changed();
  }

  private showToggle(): void {
    const hidden = this.choice.hidden;
    this.toggle.textContent = (hidden ? this.toggle.dataset.show : this.toggle.dataset.hide) ?? '';
    this.toggle.setAttribute('aria-expanded', String(!hidden));
  }

  private flip(): void {
    this.set({ ...this.choice, hidden: !this.choice.hidden });
  }

  private resizeTo(width: number): void {
    this.set({ width: clamp(Math.round(width), MIN_SHOWN_WIDTH, this.widest()), hidden: false });
  }

  private attach(): void {
    this.toggle.addEventListener('click', () => this.flip());
    this.edge.addEventListener('dblclick', () => this.flip());
    this.edge.addEventListener('keydown', (event) => {
      const step = event.shiftKey ? BIG_STEP : STEP;
      const from = this.width();
      switch (event.key) {
        case 'ArrowLeft':
          // A collapsed column is as narrow as it gets.
          if (!this.choice.hidden) this.resizeTo(from - step);
          break;
        case 'ArrowRight':
          this.resizeTo(this.choice.hidden ? MIN_SHOWN_WIDTH : from + step);
          break;
        case 'Home':
          this.resizeTo(MIN_SHOWN_WIDTH);
          break;
        case 'End':
          this.resizeTo(this.widest());
          break;
        case 'Enter':
          this.flip();
          break;
        default:
          return;
      }
      event.preventDefault();
    });

    // A drag moves the edge alone; the chart is drawn again at the width it is let go at.
    let drag: { pointerId: number; x: number; from: number; to: number } | undefined;
    this.edge.addEventListener('pointerdown', (event) => {
      if (event.button !== 0) return;
      event.preventDefault();
      this.edge.setPointerCapture(event.pointerId);
      const from = this.drawn ?? this.width();
      drag = { pointerId: event.pointerId, x: event.clientX, from, to: from };
    });
    this.edge.addEventListener('pointermove', (event) => {
      if (!drag || event.pointerId !== drag.pointerId) return;
      drag.to = clamp(Math.round(drag.from + event.clientX - drag.x), MIN_SHOWN_WIDTH, this.widest());
      this.edge.classList.add('is-dragging');
      this.place(drag.to);
    });
    const end = (event: PointerEvent, apply: boolean): void => {
      if (!drag || event.pointerId !== drag.pointerId) return;
      const done = drag;
      drag = undefined;
      this.edge.releasePointerCapture(event.pointerId);
      this.edge.classList.remove('is-dragging');
      if (apply && done.to !== done.from) this.resizeTo(done.to);
      else this.place(this.drawn ?? this.width());
    };
    this.edge.addEventListener('pointerup', (event) => end(event, true));
    this.edge.addEventListener('pointercancel', (event) => end(event, false));
  }
}
