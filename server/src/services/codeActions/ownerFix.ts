import type { RoadmapModel } from '../../core/model/types';
import type { Fix } from './fixInput';
import { initiativeAtAnchor, quickFix } from './fixInput';
import { INITIATIVE_ORDER, indentStep, setKeys, text } from './mappingEdits';
import { placeholderFix } from './placeholderFix';
import { initiativeMap, isEmptyValue, pairOf, rootMap } from './yamlDocument';

/** What the initiative snippet writes too: a valid value that says what to type. */
export const OWNER_PLACEHOLDER = 'Accountable leader';

const MAX_OWNERS = 5;

/**
 * `missing-owner`: one action per owner already named in the roadmap (most initiatives
 * first), since the accountable person is a choice, not something to guess. With no owner
 * anywhere, the roadmap's own `owner` is offered; with none either, an `owner:` line with a
 * placeholder, selected for typing over where the client can select it.
 */
export const ownerFix: Fix = (input) => {
  const initiative = initiativeAtAnchor(input);
  const map = initiative ? initiativeMap(input.yaml, initiative.index) : undefined;
  if (!map) return [];
  const opts = { order: INITIATIVE_ORDER, step: indentStep(input.doc, rootMap(input.yaml)) };
  const names = ownerCandidates(input.ctx.analysis.model);
  if (names.length === 0) {
    const written = pairOf(map, 'owner');
    if (written && !isEmptyValue(written.value)) return [];
    const edits = setKeys(input.doc, map, [['owner', text(OWNER_PLACEHOLDER)]], opts);
    return placeholderFix(input, 'Add an owner line', edits, OWNER_PLACEHOLDER);
  }
  return names.flatMap((name) =>
    quickFix(input, `Add owner: ${name}`, setKeys(input.doc, map, [['owner', text(name)]], opts)),
  );
};

export function ownerCandidates(model: RoadmapModel): string[] {
  const counts = new Map<string, number>();
  for (const i of model.initiatives) {
    if (i.owner) counts.set(i.owner.value, (counts.get(i.owner.value) ?? 0) + 1);
  }
  // Map iteration keeps first appearance, and the sort is stable, so ties stay in file order.
  const names = [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([name]) => name);
  if (names.length === 0 && model.owner) names.push(model.owner.value);
  return names.slice(0, MAX_OWNERS);
}
