import type { DateField } from '../../core/model/types';
import type { Fix } from './fixInput';
import { quickFix, sameSpan } from './fixInput';

/** `end-before-start`: swapping the two values always gives an order that holds (see below). */
export const endBeforeStartFix: Fix = (input) => {
  const { model } = input.ctx.analysis;
  const dated: { start?: DateField; end?: DateField }[] = [
    ...model.initiatives,
    ...(model.horizon ? [model.horizon] : []),
  ];
  const owner = dated.find((d) => sameSpan(d.end?.span, input));
  const start = owner?.start;
  const end = owner?.end;
  if (!start || !end) return [];
  // The old end's first day is on or before its last day, which is before the old start's
  // first day: as a start it now precedes the new end, whatever periods the two are.
  const text = input.doc.text;
  const startText = text.slice(start.span.start, start.span.end);
  const endText = text.slice(end.span.start, end.span.end);
  return quickFix(
    input,
    'Swap start and end',
    [
      input.doc.replace(start.span.start, start.span.end, endText),
      input.doc.replace(end.span.start, end.span.end, startText),
    ],
    true,
  );
};
