import { initiativeName } from './rule';
import type { Rule } from './rule';

export const missingMeasures: Rule = {
  code: 'missing-measures',
  checkInitiative({ initiative: i, invalidKeys }) {
    if (invalidKeys.has('measures') || (i.measures && i.measures.items.length > 0)) return [];
    return [
      {
        code: 'missing-measures',
        ...i.anchor,
        message: `Initiative ${initiativeName(i)} has no \`measures\`: say how success will be measured (a metric, and ideally a baseline, target and date).`,
      },
    ];
  },
};
