import type { RoadmapModel } from '../../core/model/types';
import type { Fix } from './fixInput';
import { quickFix } from './fixInput';
import { GOVERNANCE_ORDER, ROOT_ORDER, indentStep, setKeys, source, text } from './mappingEdits';
import type { NewValue } from './mappingEdits';
import { isEmptyValue, mapValue, pairOf, rootMap } from './yamlDocument';

/** The board name the format's own example uses; teams rename it to theirs. */
const BOARD = 'CX Leadership Council';
const CADENCE = 'monthly';

/**
 * `no-governance`, `no-accountability-review`, `no-customer-room`: without a governance
 * block, the whole block (which answers all three); with one, the key this rule misses.
 */
export const governanceFix: Fix = (input) => {
  const key = input.current.data.governanceKey;
  const root = rootMap(input.yaml);
  if (!key || !root) return [];
  const step = indentStep(input.doc, root);
  const pair = pairOf(root, 'governance');
  const model = input.ctx.analysis.model;
  if (!pair || isEmptyValue(pair.value)) {
    const edits = setKeys(input.doc, root, [['governance', skeleton(model)]], { order: ROOT_ORDER, step });
    return quickFix(input, 'Add a governance block', edits);
  }
  const governance = mapValue(pair);
  if (!governance) return [];
  const value = key === 'board' ? text(BOARD) : source(CADENCE);
  const shown = key === 'board' ? BOARD : CADENCE;
  return quickFix(
    input,
    `Add ${key}: ${shown} to governance`,
    setKeys(input.doc, governance, [[key, value]], { order: GOVERNANCE_ORDER, step }),
  );
};

function skeleton(model: RoadmapModel): NewValue {
  const members = [...new Set([model.owner?.value, model.sponsor?.value].filter((m): m is string => m !== undefined))];
  const entries: [string, NewValue][] = [['board', text(BOARD)]];
  if (members.length > 0) entries.push(['members', { kind: 'list', items: members }]);
  entries.push(['review', source(CADENCE)], ['customer_room', source(CADENCE)]);
  return { kind: 'map', entries };
}
