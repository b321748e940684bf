import type { OffsetDiagnostic } from '../diagnostic';
import { formatDay } from '../dates';
import type { DateField } from '../model/types';
import type { Rule } from './rule';

function check(what: string, start: DateField | undefined, end: DateField | undefined): OffsetDiagnostic[] {
  if (!start || !end || end.day >= start.day) return [];
  return [
    {
      code: 'end-before-start',
      ...end.span,
      message: `${what} ends on ${formatDay(end.day)}, before it starts on ${formatDay(start.day)}; swap \`start\` and \`end\`, or correct one of them.`,
    },
  ];
}

export const endBeforeStart: Rule = {
  code: 'end-before-start',
  checkInitiative({ initiative }) {
    return check('This initiative', initiative.start, initiative.end);
  },
  checkRoadmap({ model }) {
    return check('The horizon', model.horizon?.start, model.horizon?.end);
  },
};
