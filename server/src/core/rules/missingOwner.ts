import { Severity } from '../diagnostic';
import { initiativeName } from './rule';
import type { Rule } from './rule';

export const missingOwner: Rule = {
  code: 'missing-owner',
  checkInitiative({ initiative: i, invalidKeys }) {
    if (i.owner || invalidKeys.has('owner')) return [];
    const status = i.status?.value;
    // Work not started yet may still be waiting for its owner; work under way may not.
    const planned = status === undefined || status === 'planned';
    return [
      {
        code: 'missing-owner',
        ...i.anchor,
        severity: planned ? Severity.Warning : Severity.Error,
        message: `Initiative ${initiativeName(i)} has no \`owner\`: name the one person accountable for it.${planned ? '' : ` It is ${status}, so someone must already be answering for it.`}`,
      },
    ];
  },
};
