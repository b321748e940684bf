import { formatDay } from '../../core/dates';
import type { DateField } from '../../core/model/types';
import type { Fix, FixInput } from './fixInput';
import { quickFix, sameSpan } from './fixInput';
import { proposedDay, writeDay } from './proposedDay';

type Marked =
  { kind: 'start' | 'end'; field: DateField; other: DateField | undefined } | { kind: 'milestone'; field: DateField };

/**
 * `outside-horizon`: the marked date moved to the edge of the horizon it passes (the day
 * the diagnostic names), or the horizon extended to take it in, as the message offers.
 * Moving an initiative's start past its own end (or its end before its start) is not
 * offered: that would be `end-before-start`.
 */
export const outsideHorizonFix: Fix = (input) => {
  const day = proposedDay(input);
  const horizon = input.ctx.analysis.model.horizon;
  const marked = markedDate(input);
  if (!day || !horizon?.start || !horizon.end || !marked) return [];
  const early = day.day === horizon.start.day;
  const edge = early ? "the horizon's start" : "the horizon's end";
  const move =
    marked.kind === 'milestone'
      ? `Move to ${day.text} (${edge})`
      : `${marked.kind === 'start' ? 'Start' : 'End'} on ${day.text} (${edge})`;
  const fits =
    marked.kind === 'milestone' ||
    !marked.other ||
    (marked.kind === 'start' ? day.day <= marked.other.day : day.day >= marked.other.day);
  const own = formatDay(marked.field.day);
  const horizonEdge = early ? horizon.start : horizon.end;
  return [
    ...(fits ? quickFix(input, move, [writeDay(input, marked.field.span, day.text)], true) : []),
    ...quickFix(input, `Extend the horizon to ${early ? 'start' : 'end'} on ${own}`, [
      writeDay(input, horizonEdge.span, own),
    ]),
  ];
};

function markedDate(input: FixInput): Marked | undefined {
  for (const i of input.ctx.analysis.model.initiatives) {
    if (i.start && sameSpan(i.start.span, input)) return { kind: 'start', field: i.start, other: i.end };
    if (i.end && sameSpan(i.end.span, input)) return { kind: 'end', field: i.end, other: i.start };
    for (const m of i.milestones)
      if (m.date && sameSpan(m.date.span, input)) return { kind: 'milestone', field: m.date };
  }
  return undefined;
}
