import { formatDay } from '../../core/dates';
import type { Fix } from './fixInput';
import { quickFix, sameSpan } from './fixInput';
import { proposedDay, writeDay } from './proposedDay';

/**
 * `dependency-order`: the initiative starts on the day after its prerequisite ends, as the
 * message says. When that day is past its own end, the end moves by as many days, so the
 * initiative keeps its length instead of ending before it starts.
 */
export const dependencyOrderFix: Fix = (input) => {
  const day = proposedDay(input);
  const initiative = input.ctx.analysis.model.initiatives.find((i) => i.dependsOn.some((d) => sameSpan(d.span, input)));
  const start = initiative?.start;
  const end = initiative?.end;
  if (!day || !start) return [];
  if (!end || day.day <= end.day) {
    return quickFix(input, `Start on ${day.text}`, [writeDay(input, start.span, day.text)], true);
  }
  const movedEnd = formatDay(end.day + (day.day - start.day));
  return quickFix(
    input,
    `Start on ${day.text} and end on ${movedEnd}`,
    [writeDay(input, start.span, day.text), writeDay(input, end.span, movedEnd)],
    true,
  );
};
