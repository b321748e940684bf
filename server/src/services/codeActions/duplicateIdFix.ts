import type { Fix } from './fixInput';
import { quickFix, sameSpan } from './fixInput';

/**
 * `duplicate-id`: a fresh id for this duplicate. References keep resolving to the first
 * initiative, as they already do, so nothing else changes meaning. Ids named in any
 * `depends_on` are avoided too, so the new id does not silently satisfy a dangling one.
 */
export const duplicateIdFix: Fix = (input) => {
  const { model } = input.ctx.analysis;
  const holders = model.initiatives.filter((i) => sameSpan(i.id?.span, input));
  // An aliased item (`- *other`) shares its id's text with the original: renaming it there
  // would rename both, so the duplicate would stay.
  const duplicate = holders.length === 1 ? holders[0] : undefined;
  if (!duplicate?.id) return [];
  const fresh = input.current.data.suggestion;
  if (fresh === undefined) return [];
  return quickFix(input, `Rename this duplicate to ${fresh}`, [input.doc.replace(input.start, input.end, fresh)], true);
};
