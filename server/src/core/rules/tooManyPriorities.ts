import type { OffsetDiagnostic } from '../diagnostic';
import { quarterIndexOf, quarterLabel } from '../dates';
import { hasTimeline, isActiveStatus, roadmapAnchor } from './rule';
import type { Rule } from './rule';

/** A roadmap with dates across millennia must not produce a diagnostic per quarter. */
const MAX_REPORTED_QUARTERS = 200;

export const tooManyPriorities: Rule = {
  code: 'too-many-priorities',
  checkRoadmap({ model, options }) {
    // +1 in the first quarter an initiative touches, -1 after its last: a sweep counts them.
    const delta = new Map<number, number>();
    for (const i of model.initiatives) {
      if (!hasTimeline(i) || !isActiveStatus(i)) continue;
      const first = quarterIndexOf(i.start.day);
      const after = quarterIndexOf(i.end.day) + 1;
      delta.set(first, (delta.get(first) ?? 0) + 1);
      delta.set(after, (delta.get(after) ?? 0) - 1);
    }
    const max = options.maxActivePerQuarter;
    const anchor = roadmapAnchor(model, 'initiatives');
    const out: OffsetDiagnostic[] = [];
    const points = [...delta.keys()].sort((a, b) => a - b);
    let count = 0;
    for (let p = 0; p < points.length - 1 && out.length < MAX_REPORTED_QUARTERS; p++) {
      const from = points[p]!;
      const to = points[p + 1]!;
      count += delta.get(from) ?? 0;
      if (count <= max) continue;
      for (let q = from; q < to && out.length < MAX_REPORTED_QUARTERS; q++) {
        out.push({
          code: 'too-many-priorities',
          ...anchor,
          subject: quarterLabel(q),
          message: `${count} initiatives are active in ${quarterLabel(q)}, more than ${max}; agree a few company-wide priorities and move or finish the rest.`,
        });
      }
    }
    return out;
  },
};
