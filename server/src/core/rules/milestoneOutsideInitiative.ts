import type { OffsetDiagnostic } from '../diagnostic';
import { formatDay } from '../dates';
import { hasTimeline } from './rule';
import type { Rule } from './rule';

export const milestoneOutsideInitiative: Rule = {
  code: 'milestone-outside-initiative',
  checkInitiative({ initiative: i }) {
    if (!hasTimeline(i)) return [];
    const out: OffsetDiagnostic[] = [];
    for (const m of i.milestones) {
      if (!m.date || (m.date.day >= i.start.day && m.date.day <= i.end.day)) continue;
      out.push({
        code: 'milestone-outside-initiative',
        ...m.date.span,
        message: `This milestone (${formatDay(m.date.day)}) falls outside its initiative, which runs from ${formatDay(i.start.day)} to ${formatDay(i.end.day)}.`,
      });
    }
    return out;
  },
};
