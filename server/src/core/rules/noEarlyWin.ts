import { formatDay } from '../dates';
import { roadmapAnchor } from './rule';
import type { Rule } from './rule';

export const noEarlyWin: Rule = {
  code: 'no-early-win',
  checkRoadmap({ model, options }) {
    const start = model.horizon?.start;
    if (!start || !model.initiativesValid || model.unparsedInitiatives) return [];
    // An early win whose flag or end cannot be read (or that does not parse) might be the one that counts.
    const unreadable = model.initiatives.some(
      (i) => i.invalidFields.includes('early_win') || (i.earlyWin?.value === true && i.end === undefined),
    );
    if (unreadable) return [];
    const deadline = start.day + options.earlyWinDays;
    const found = model.initiatives.some(
      (i) => i.earlyWin?.value === true && i.end !== undefined && i.end.day >= start.day && i.end.day <= deadline,
    );
    if (found) return [];
    return [
      {
        code: 'no-early-win',
        ...roadmapAnchor(model, 'initiatives'),
        facts: { earlyWinDeadline: formatDay(deadline) },
        message: `No early win ends by ${formatDay(deadline)} (${options.earlyWinDays} days after the horizon starts); mark a quick, visible result with \`early_win: true\` to keep support for the roadmap.`,
      },
    ];
  },
};
