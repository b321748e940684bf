import { COMPETENCY_NAMES } from '../../core/competencyNames';
import { COMPETENCY_IDS } from '../../core/model/types';
import type { CompetencyId } from '../../core/model/types';
import type { Fix, FixInput } from './fixInput';
import { quickFix } from './fixInput';
import { keyText, mapValue, pairOf, rootMap, scalarAt } from './yamlDocument';

/** `unknown-competency`: the id the rule suggests, or every id when none is close. */
export const competencyFix: Fix = (input) => {
  const node = scalarAt(input.yaml, input.start, input.end);
  if (!node || (typeof node.value !== 'string' && typeof node.value !== 'number')) return [];
  const taken = competencyKeysBeside(input, node);
  const change = (id: CompetencyId, preferred: boolean) =>
    quickFix(
      input,
      `Change to ${id} (${COMPETENCY_NAMES[id]})`,
      [input.doc.replace(input.start, input.end, id)],
      preferred,
    );
  const guess = COMPETENCY_IDS.find((id) => id === input.current.data.suggestion);
  if (guess && !taken.has(guess)) return change(guess, true);
  return COMPETENCY_IDS.filter((id) => !taken.has(id)).flatMap((id) => change(id, false));
};

/**
 * For a key under `competencies:`, the ids already written there: renaming the key to one
 * of them would write the same key twice.
 */
function competencyKeysBeside(input: FixInput, node: object): Set<string> {
  const root = rootMap(input.yaml);
  const competencies = root ? mapValue(pairOf(root, 'competencies')) : undefined;
  const keys = new Set<string>();
  if (!competencies || !competencies.items.some((p) => p.key === node)) return keys;
  for (const p of competencies.items) {
    const k = keyText(p);
    if (k !== undefined) keys.add(k);
  }
  return keys;
}
