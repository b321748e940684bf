import type { Fix } from './fixInput';
import { quickFix } from './fixInput';
import { proposedDay, writeDay } from './proposedDay';

/** `short-horizon`: the horizon ends on the last day the message names. */
export const shortHorizonFix: Fix = (input) => {
  const day = proposedDay(input);
  const end = input.ctx.analysis.model.horizon?.end;
  if (!day || !end) return [];
  return quickFix(input, `Extend the horizon to ${day.text}`, [writeDay(input, end.span, day.text)], true);
};
