import { addYears, formatDay } from '../dates';
import { roadmapAnchor } from './rule';
import type { Rule } from './rule';

export const shortHorizon: Rule = {
  code: 'short-horizon',
  checkRoadmap({ model, options }) {
    const h = model.horizon;
    if (!h?.start || !h.end || h.end.day < h.start.day) return [];
    const years = options.minHorizonYears;
    const needed = addYears(h.start.day, years);
    if (h.end.day + 1 >= needed) return [];
    return [
      {
        code: 'short-horizon',
        ...roadmapAnchor(model, 'horizon'),
        message: `The horizon (${formatDay(h.start.day)} to ${formatDay(h.end.day)}) is shorter than ${years} year${years === 1 ? '' : 's'}; customer-driven growth takes years, so plan through at least ${formatDay(needed - 1)}.`,
        facts: { date: formatDay(needed - 1) },
      },
    ];
  },
};
