import type { Fix } from './fixInput';
import { quickFix } from './fixInput';
import { ROOT_ORDER, indentStep, setKeys, source } from './mappingEdits';
import { pairOf, rootMap } from './yamlDocument';

/**
 * `no-sponsor`: a `sponsor: ` line after `owner:` (or `title:`) to type the name into. The
 * sponsor is a person only the team can name, so no value is made up; the warning stays
 * until the name is written.
 */
export const sponsorFix: Fix = (input) => {
  const root = rootMap(input.yaml);
  if (!root || pairOf(root, 'sponsor')) return [];
  const edits = setKeys(input.doc, root, [['sponsor', source('')]], {
    order: ROOT_ORDER,
    step: indentStep(input.doc, root),
  });
  return quickFix(input, 'Add a sponsor line', edits);
};
