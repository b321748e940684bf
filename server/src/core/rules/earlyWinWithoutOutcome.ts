import { initiativeName } from './rule';
import type { Rule } from './rule';

export const earlyWinWithoutOutcome: Rule = {
  code: 'early-win-without-outcome',
  checkInitiative({ initiative: i, invalidKeys }) {
    if (i.earlyWin?.value !== true || i.outcome || invalidKeys.has('outcome')) return [];
    return [
      {
        code: 'early-win-without-outcome',
        ...i.anchor,
        message: `Early win ${initiativeName(i)} has no \`outcome\`: say what will visibly change for customers, so the win can be shown.`,
      },
    ];
  },
};
