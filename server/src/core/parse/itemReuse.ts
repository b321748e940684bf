import type { CachedItem } from '../initiativeUnit';

/** Where one initiative's text lay in the analysed document, and what was read from it. */
export interface PlacedItem {
  start: number;
  end: number;
  item: CachedItem;
}

/**
 * Past this many changed initiatives in one analysis, the earlier ones are also looked up
 * by their text (a block cut and pasted elsewhere); below it, the few changed ones are
 * simply read again, which costs less than hashing every initiative's text to find them.
 */
const MOVED_LOOKUP_AFTER = 2;

/**
 * Finds the initiatives of a new version of a document in the previous one. An edit
 * leaves the text before it and after it as it was, so an initiative that lies wholly in
 * that common prefix or suffix is the same initiative, found by its place: a keystroke in
 * a 5,000-initiative file then compares two strings instead of hashing a megabyte of
 * initiative texts. Only initiatives in the changed middle are looked up by their text.
 */
export class ItemReuse {
  private readonly prefix: number;
  private readonly suffixStart: number;
  private readonly delta: number;
  private cursor = 0;
  private middleLookups = 0;
  private byText: Map<string, CachedItem> | undefined;
  readonly placed: PlacedItem[] = [];
  hits = 0;

  constructor(
    readonly body: string,
    private readonly previousBody: string,
    private readonly previous: readonly PlacedItem[],
  ) {
    this.prefix = commonPrefixLength(previousBody, body);
    const suffix = commonSuffixLength(previousBody, body, Math.min(previousBody.length, body.length) - this.prefix);
    this.suffixStart = body.length - suffix;
    this.delta = body.length - previousBody.length;
  }

  /** The cached reading of the text at `start`–`end`, when an earlier version had the same text. */
  find(start: number, end: number): CachedItem | undefined {
    let item: CachedItem | undefined;
    if (end <= this.prefix) item = this.at(start, end);
    else if (start >= this.suffixStart) item = this.at(start - this.delta, end - this.delta);
    else item = this.byItsText(start, end);
    if (item?.unit) this.hits++;
    return item;
  }

  /** Remembers what was read at `start`–`end` for the next version. */
  keep(start: number, end: number, item: CachedItem): void {
    this.placed.push({ start, end, item });
  }

  /** The previous item with exactly these bounds; asked in increasing order, so a cursor walks the list once. */
  private at(start: number, end: number): CachedItem | undefined {
    const list = this.previous;
    while (this.cursor < list.length && list[this.cursor]!.start < start) this.cursor++;
    const candidate = list[this.cursor];
    return candidate && candidate.start === start && candidate.end === end ? candidate.item : undefined;
  }

  private byItsText(start: number, end: number): CachedItem | undefined {
    // Where the edit's bounds are ambiguous (typing a character that also follows it), an
    // initiative next to it can fall in the middle unchanged: compare it in both places.
    const text = this.body.slice(start, end);
    const same = this.sameText(start, end, text) ?? this.sameText(start - this.delta, end - this.delta, text);
    if (same) return same;
    this.middleLookups++;
    if (this.middleLookups <= MOVED_LOOKUP_AFTER || this.previous.length === 0) return undefined;
    if (!this.byText) {
      this.byText = new Map();
      for (const p of this.previous) this.byText.set(this.previousBody.slice(p.start, p.end), p.item);
    }
    return this.byText.get(text);
  }

  /** The previous item at exactly these bounds, if its text was `text`. */
  private sameText(start: number, end: number, text: string): CachedItem | undefined {
    const list = this.previous;
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (list[mid]!.start < start) lo = mid + 1;
      else hi = mid;
    }
    const candidate = list[lo];
    if (!candidate || candidate.start !== start || candidate.end !== end) return undefined;
    return this.previousBody.slice(start, end) === text ? candidate.item : undefined;
  }
}

/**
 * The length of the longest common prefix, by halving: each step compares two slices,
 * which the engine does natively, so a megabyte costs microseconds.
 */
export function commonPrefixLength(a: string, b: string): number {
  let lo = 0;
  let hi = Math.min(a.length, b.length);
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (a.slice(lo, mid) === b.slice(lo, mid)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The length of the longest common suffix, at most `limit`. */
export function commonSuffixLength(a: string, b: string, limit: number): number {
  let lo = 0;
  let hi = Math.max(0, limit);
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (a.slice(a.length - mid, a.length - lo) === b.slice(b.length - mid, b.length - lo)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
