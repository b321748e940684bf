import type { OffsetDiagnostic } from '../diagnostic';
import { formatDay } from '../dates';
import { hasTimeline, initiativeName } from './rule';
import type { Rule } from './rule';

export const outsideHorizon: Rule = {
  code: 'outside-horizon',
  checkRoadmap({ model }) {
    const h = model.horizon;
    if (!h?.start || !h.end || h.end.day < h.start.day) return [];
    const from = h.start.day;
    const to = h.end.day;
    const window = `${formatDay(from)} to ${formatDay(to)}`;
    const out: OffsetDiagnostic[] = [];
    for (const i of model.initiatives) {
      if (hasTimeline(i) && (i.start.day < from || i.end.day > to)) {
        const early = i.start.day < from;
        out.push({
          code: 'outside-horizon',
          ...(early ? i.start.span : i.end.span),
          message: `Initiative ${initiativeName(i)} runs from ${formatDay(i.start.day)} to ${formatDay(i.end.day)}, outside the horizon (${window}); move it inside, or extend the horizon.`,
          facts: { date: formatDay(early ? from : to) },
        });
      }
      for (const m of i.milestones) {
        if (!m.date || (m.date.day >= from && m.date.day <= to)) continue;
        out.push({
          code: 'outside-horizon',
          ...m.date.span,
          message: `This milestone (${formatDay(m.date.day)}) is outside the horizon (${window}).`,
          facts: { date: formatDay(m.date.day < from ? from : to) },
        });
      }
    }
    return out;
  },
};
