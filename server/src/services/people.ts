/**
 * People are written with and without their role ("Dana Reyes (COO)" as the roadmap's
 * owner, "Dana Reyes" on initiatives): completion and the owner fix count those spellings
 * as one person. The rules do not: `owner-overload` compares the exact text.
 */

/** The role in brackets at the end of a name. */
const ROLE = /\([^()]*\)$/;

/** What identifies a person across spellings: the name without a trailing role, in lower case, spaces collapsed. */
export function personKey(name: string): string {
  const bare = name.trim().replace(ROLE, '').trim();
  return (bare === '' ? name : bare).replace(/\s+/g, ' ').trim().toLowerCase();
}

/** The spelling to write for a person: the most used, the first written among equals. */
export function preferredSpelling(counts: ReadonlyMap<string, number>): string | undefined {
  let best: string | undefined;
  let most = 0;
  for (const [spelling, count] of counts) {
    if (count > most) {
      best = spelling;
      most = count;
    }
  }
  return best;
}
