import type { Field, RoadmapModel, Span } from '../model/types';
import type { GovernanceKey, RoadmapChange, Where } from './changes';
import type { Sides } from './initiativeChanges';

/** The roadmap's own changes: horizon, owner, sponsor, governance (in that order). */
export function roadmapChanges(before: RoadmapModel, after: RoadmapModel, sides: Sides): RoadmapChange[] {
  const changes: RoadmapChange[] = [];
  const where = (afterSpan: Span | undefined, beforeSpan: Span | undefined): Where => ({
    line: sides.after.lineOf((afterSpan ?? after.firstKey ?? { start: 0 }).start),
    previousLine: sides.before.lineOf((beforeSpan ?? before.firstKey ?? { start: 0 }).start),
  });

  const [oldStart, oldEnd, newStart, newEnd] = [
    before.horizon?.start,
    before.horizon?.end,
    after.horizon?.start,
    after.horizon?.end,
  ];
  if (oldStart?.day !== newStart?.day || oldEnd?.day !== newEnd?.day) {
    changes.push({
      kind: 'horizon-changed',
      before: { start: oldStart?.value ?? null, end: oldEnd?.value ?? null },
      after: { start: newStart?.value ?? null, end: newEnd?.value ?? null },
      startDays: oldStart && newStart ? newStart.day - oldStart.day : null,
      endDays: oldEnd && newEnd ? newEnd.day - oldEnd.day : null,
      ...where(after.horizon?.keySpan, before.horizon?.keySpan),
    });
  }
  for (const [kind, key] of [
    ['owner-changed', 'owner'],
    ['sponsor-changed', 'sponsor'],
  ] as const) {
    const old = before[key];
    const next = after[key];
    if ((old?.value ?? null) === (next?.value ?? null)) continue;
    changes.push({
      kind,
      before: old?.value ?? null,
      after: next?.value ?? null,
      ...where(next?.span ?? next?.keySpan, old?.span),
    });
  }
  changes.push(...governanceChanges(before, after, where));
  return changes;
}

const GOVERNANCE_FIELDS: readonly [GovernanceKey, 'board' | 'review' | 'customerRoom'][] = [
  ['board', 'board'],
  ['review', 'review'],
  ['customer_room', 'customerRoom'],
];

/**
 * One change per governance key, members included. A `governance` the schema rejected is
 * not compared: its finding says what is wrong.
 */
function governanceChanges(
  before: RoadmapModel,
  after: RoadmapModel,
  where: (afterSpan: Span | undefined, beforeSpan: Span | undefined) => Where,
): RoadmapChange[] {
  if (before.governanceInvalid || after.governanceInvalid) return [];
  const changes: RoadmapChange[] = [];
  const old = before.governance;
  const next = after.governance;
  for (const [key, field] of GOVERNANCE_FIELDS) {
    const was: Field<string> | undefined = old?.[field];
    const now: Field<string> | undefined = next?.[field];
    if ((was?.value ?? null) === (now?.value ?? null)) continue;
    changes.push({
      kind: 'governance-changed',
      key,
      before: was?.value ?? null,
      after: now?.value ?? null,
      ...where(now?.span ?? next?.keySpan, was?.span ?? old?.keySpan),
    });
  }
  const wasMembers = (old?.members ?? []).map((m) => m.value);
  const nowMembers = (next?.members ?? []).map((m) => m.value);
  // Listing the same people in another order changes nothing.
  if ([...wasMembers].sort().join('\u0000') !== [...nowMembers].sort().join('\u0000')) {
    changes.push({
      kind: 'governance-changed',
      key: 'members',
      before: wasMembers,
      after: nowMembers,
      ...where(next?.members?.[0]?.keySpan ?? next?.keySpan, old?.members?.[0]?.keySpan ?? old?.keySpan),
    });
  }
  return changes;
}
