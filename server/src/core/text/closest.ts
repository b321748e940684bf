/** Edit distance (insertions, deletions, substitutions, adjacent swaps). */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => {
    const row = new Array<number>(cols).fill(0);
    row[0] = i;
    return row;
  });
  // Every index below stays inside the rows × cols matrix filled above.
  const cell = (i: number, j: number): number => d[i]![j]!;
  for (let j = 0; j < cols; j++) d[0]![j] = j;
  for (let i = 1; i < rows; i++) {
    const row = d[i]!;
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min(cell(i - 1, j) + 1, cell(i, j - 1) + 1, cell(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        row[j] = Math.min(cell(i, j), cell(i - 2, j - 2) + 1);
      }
    }
  }
  return cell(a.length, b.length);
}

/**
 * The candidate a typo most likely meant, or undefined when none is close: within a third
 * of the word's length in edits, or sharing a prefix/containing it (`customers` →
 * `customers-as-assets`).
 */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  if (word.length === 0 || word.length > 200) return undefined;
  const lower = word.toLowerCase();
  let best: string | undefined;
  let bestScore = Infinity;
  for (const candidate of candidates) {
    const c = candidate.toLowerCase();
    let score = editDistance(lower, c);
    const limit = Math.max(2, Math.floor(c.length / 3));
    if (score > limit) {
      if (lower.length >= 4 && (c.startsWith(lower) || c.includes(lower) || lower.includes(c))) score = limit;
      else continue;
    }
    if (score < bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  return best;
}
