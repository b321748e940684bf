/**
 * Markup drawn for the previous chart of a document, by everything it was drawn from. After
 * an edit most initiatives are drawn exactly as before: their markup is taken from here
 * instead of being built again, which keeps the preview's redraw of a large roadmap short
 * and gives unchanged rows the very same string (compared at once when looking for changes).
 */
export class MarkupMemo {
  private current = new Map<string, string>();
  private previous = new Map<string, string>();
  private currentPairs = new Map<string, readonly [string, string]>();
  private previousPairs = new Map<string, readonly [string, string]>();

  /** The markup drawn before from `key`, or `draw()`'s. `key` must say everything the markup depends on. */
  get(key: string, draw: () => string): string {
    let markup = this.current.get(key) ?? this.previous.get(key);
    if (markup === undefined) markup = draw();
    this.current.set(key, markup);
    return markup;
  }

  /**
   * Two pieces of markup drawn from the same `key` (an initiative's row and its cell in the
   * names column), found with one look-up of the key for both.
   */
  pair(key: string, draw: () => readonly [string, string]): readonly [string, string] {
    let markup = this.currentPairs.get(key) ?? this.previousPairs.get(key);
    if (markup === undefined) markup = draw();
    this.currentPairs.set(key, markup);
    return markup;
  }

  /** After each chart: what it used is kept for the next one, the rest is let go. */
  endChart(): void {
    this.previous = this.current;
    this.current = new Map();
    this.previousPairs = this.currentPairs;
    this.currentPairs = new Map();
  }
}
