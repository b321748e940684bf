import type { Fix } from './fixInput';
import { ROOT_ORDER, indentStep, setKeys, text } from './mappingEdits';
import { PLACEHOLDERS } from '../placeholders';
import { placeholderFix } from './placeholderFix';
import { isEmptyValue, pairOf, rootMap } from './yamlDocument';

/**
 * `no-sponsor`: a `sponsor:` line after `owner:` (or `title:`), or the empty one filled.
 * The sponsor is a person only the team can name, so the value is a placeholder, selected
 * for typing over where the client can select it.
 */
export const sponsorFix: Fix = (input) => {
  const root = rootMap(input.yaml);
  const written = root && pairOf(root, 'sponsor');
  if (!root || (written && !isEmptyValue(written.value))) return [];
  const edits = setKeys(input.doc, root, [['sponsor', text(PLACEHOLDERS.sponsor)]], {
    order: ROOT_ORDER,
    step: indentStep(input.doc, root),
  });
  return placeholderFix(input, 'Add a sponsor line', edits, PLACEHOLDERS.sponsor);
};
