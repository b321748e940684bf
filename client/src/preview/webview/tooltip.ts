/**
 * One tooltip for the pointer and the keyboard alike: the initiative's title, owner,
 * dates, status, outcome and problems, always set as text.
 */

const GAP = 12;

export class Tooltip {
  private owner: Element | undefined;

  constructor(private readonly element: HTMLElement) {}

  /** Shows `text` next to the point (`x`, `y`) in the window, kept inside the window. */
  show(owner: Element, text: string, x: number, y: number): void {
    // The pointer moves far more often than the text changes.
    if (owner !== this.owner || this.element.textContent !== text) this.element.textContent = text;
    this.owner = owner;
    this.element.hidden = false;
    const box = this.element.getBoundingClientRect();
    const view = this.element.ownerDocument.documentElement;
    const left = x + GAP + box.width > view.clientWidth ? Math.max(0, x - GAP - box.width) : x + GAP;
    const top = y + GAP + box.height > view.clientHeight ? Math.max(0, y - GAP - box.height) : y + GAP;
    this.element.style.setProperty('left', `${Math.round(left)}px`);
    this.element.style.setProperty('top', `${Math.round(top)}px`);
  }

  /** Next to an element, for keyboard focus. */
  showBy(owner: Element, anchor: Element, text: string): void {
    const box = anchor.getBoundingClientRect();
    this.show(owner, text, box.left, box.bottom);
  }

  hide(owner?: Element): void {
    if (owner !== undefined && owner !== this.owner) return;
    this.owner = undefined;
    this.element.hidden = true;
  }

  get visibleFor(): Element | undefined {
    return this.element.hidden ? undefined : this.owner;
  }
}
