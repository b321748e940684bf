import type { Initiative } from '../model/types';
import { boundedEditDistance, nearlyLimit, normalizeTitle } from './titleSimilarity';

export interface InitiativePair {
  before: Initiative;
  after: Initiative;
}

export interface InitiativeMatch {
  /** The same initiative in both versions: same id, or renamed (ids differ). */
  pairs: InitiativePair[];
  added: Initiative[];
  removed: Initiative[];
}

/**
 * Past this many (removed × added) pairs, only identical titles count as a rename: a change
 * that rewrites hundreds of ids is a reorganisation, and comparing every pair would take
 * longer than the rest of the diff.
 */
export const MAX_NEAR_PAIRS = 40_000;

/**
 * Pairs the initiatives of two versions. By id first (with an id used twice, the first
 * with the first, the second with the second); then an initiative whose id disappeared
 * and one whose id appeared count as one, renamed, when their titles are the same or
 * nearly the same. Initiatives without a valid id cannot be followed and are left out.
 */
export function matchInitiatives(before: readonly Initiative[], after: readonly Initiative[]): InitiativeMatch {
  const waiting = new Map<string, Initiative[]>();
  for (const initiative of before) {
    const id = initiative.id?.value;
    if (id === undefined) continue;
    const list = waiting.get(id);
    if (list) list.push(initiative);
    else waiting.set(id, [initiative]);
  }
  const pairs: InitiativePair[] = [];
  const added: Initiative[] = [];
  for (const initiative of after) {
    const id = initiative.id?.value;
    if (id === undefined) continue;
    const same = waiting.get(id)?.shift();
    if (same) pairs.push({ before: same, after: initiative });
    else added.push(initiative);
  }
  const removed = before.filter((i) => i.id !== undefined && waiting.get(i.id.value)?.includes(i) === true);
  if (added.length === 0 || removed.length === 0) return { pairs, added, removed };
  return pairRenames(pairs, added, removed);
}

interface Candidate {
  initiative: Initiative;
  title: string;
}

function candidates(initiatives: readonly Initiative[]): Candidate[] {
  return initiatives.flatMap((initiative) => {
    const title = initiative.title ? normalizeTitle(initiative.title.value) : '';
    return title === '' ? [] : [{ initiative, title }];
  });
}

/** Identical titles first, in document order; then the closest near ones, closest first. */
function pairRenames(pairs: InitiativePair[], added: Initiative[], removed: Initiative[]): InitiativeMatch {
  const renamedFrom = new Map<Initiative, Initiative>();
  const taken = new Set<Initiative>();
  const byTitle = new Map<string, Candidate[]>();
  for (const candidate of candidates(removed)) {
    const list = byTitle.get(candidate.title);
    if (list) list.push(candidate);
    else byTitle.set(candidate.title, [candidate]);
  }
  const unmatched: Candidate[] = [];
  for (const candidate of candidates(added)) {
    const same = byTitle.get(candidate.title)?.shift();
    if (same) {
      renamedFrom.set(candidate.initiative, same.initiative);
      taken.add(same.initiative);
    } else unmatched.push(candidate);
  }
  const left = candidates(removed).filter((c) => !taken.has(c.initiative));
  if (unmatched.length > 0 && left.length > 0 && unmatched.length * left.length <= MAX_NEAR_PAIRS) {
    const near: { from: Candidate; to: Candidate; distance: number; order: number }[] = [];
    let order = 0;
    for (const to of unmatched) {
      for (const from of left) {
        const distance = boundedEditDistance(from.title, to.title, nearlyLimit(from.title, to.title));
        if (distance !== undefined) near.push({ from, to, distance, order: order++ });
      }
    }
    near.sort((x, y) => x.distance - y.distance || x.order - y.order);
    for (const { from, to } of near) {
      if (taken.has(from.initiative) || renamedFrom.has(to.initiative)) continue;
      renamedFrom.set(to.initiative, from.initiative);
      taken.add(from.initiative);
    }
  }
  const renamed = added.flatMap((after) => {
    const before = renamedFrom.get(after);
    return before ? [{ before, after }] : [];
  });
  return {
    pairs: [...pairs, ...renamed],
    added: added.filter((i) => !renamedFrom.has(i)),
    removed: removed.filter((i) => !taken.has(i)),
  };
}
