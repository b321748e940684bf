/**
 * Whether two initiative titles say the same thing: the test for a rename, where an id was
 * replaced and the title kept or touched up ("Journey map" → "Journey maps").
 */

/** Lower case, every run of characters other than letters and digits one space. */
export function normalizeTitle(title: string): string {
  return title
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '')
    .join(' ');
}

/** The most edits that still count as nearly the same: a fifth of the longer title, at least one. */
export function nearlyLimit(a: string, b: string): number {
  return Math.max(1, Math.floor(Math.max(a.length, b.length) / 5));
}

/**
 * The edit distance (insertions, deletions, substitutions) between `a` and `b` when it is
 * at most `limit`, else undefined. Only the diagonal band of width `limit` is computed, so
 * a pair costs O(length × limit) and a hopeless one stops at the first row past the limit.
 */
export function boundedEditDistance(a: string, b: string, limit: number): number | undefined {
  if (Math.abs(a.length - b.length) > limit) return undefined;
  const outside = limit + 1;
  let previous = new Array<number>(b.length + 1);
  let current = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) previous[j] = j <= limit ? j : outside;
  for (let i = 1; i <= a.length; i++) {
    const from = Math.max(1, i - limit);
    const to = Math.min(b.length, i + limit);
    current.fill(outside);
    current[0] = i <= limit ? i : outside;
    let best = current[0];
    for (let j = from; j <= to; j++) {
      const substitute = previous[j - 1]! + (a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1);
      const value = Math.min(substitute, previous[j]! + 1, current[j - 1]! + 1, outside);
      current[j] = value;
      if (value < best) best = value;
    }
    if (best > limit) return undefined;
    [previous, current] = [current, previous];
  }
  const distance = previous[b.length]!;
  return distance <= limit ? distance : undefined;
}
