import type { OffsetDiagnostic } from '../diagnostic';
import { formatDay } from '../dates';
import type { Initiative } from '../model/types';
import { hasTimeline, isActiveStatus } from './rule';
import type { Rule } from './rule';

type Timed = Initiative & {
  start: NonNullable<Initiative['start']>;
  end: NonNullable<Initiative['end']>;
  owner: NonNullable<Initiative['owner']>;
};

export const ownerOverload: Rule = {
  code: 'owner-overload',
  checkRoadmap({ model, options }) {
    const byOwner = new Map<string, Timed[]>();
    for (const i of model.initiatives) {
      if (!i.owner || !hasTimeline(i) || !isActiveStatus(i)) continue;
      const list = byOwner.get(i.owner.value);
      if (list) list.push(i as Timed);
      else byOwner.set(i.owner.value, [i as Timed]);
    }
    const max = options.maxConcurrentPerOwner;
    const out: OffsetDiagnostic[] = [];
    for (const [owner, list] of byOwner) {
      if (list.length <= max) continue;
      const tip = firstOverload(list, max);
      if (!tip) continue;
      const names = tip.active.map((i) => `\`${i.id?.value ?? i.title?.value ?? i.index + 1}\``).join(', ');
      out.push({
        code: 'owner-overload',
        ...tip.initiative.owner.span,
        message: `${owner} holds ${tip.active.length} active initiatives at once from ${formatDay(tip.initiative.start.day)} (${names}), more than ${max}; share the load so that nobody carries the whole push alone.`,
      });
    }
    return out;
  },
};

/**
 * Walks the owner's initiatives by start day (then document order) and returns the first
 * one whose start takes the number running at the same time past the limit.
 */
function firstOverload(list: Timed[], max: number): { initiative: Timed; active: Timed[] } | undefined {
  const sorted = [...list].sort((a, b) => a.start.day - b.start.day || a.index - b.index);
  let running: Timed[] = [];
  for (const initiative of sorted) {
    running = running.filter((r) => r.end.day >= initiative.start.day);
    running.push(initiative);
    if (running.length > max) return { initiative, active: running };
  }
  return undefined;
}
