import type { Diagnostic } from '../../core/diagnostic';
import type { RoadmapModel } from '../../core/model/types';
import type { LineIndex } from '../../core/text/lineIndex';
import { personKey, preferredSpelling } from '../people';
import type { Fix } from './fixInput';
import { initiativeAtAnchor, quickFix } from './fixInput';
import { INITIATIVE_ORDER, indentStep, setKeys, text } from './mappingEdits';
import { PLACEHOLDERS } from '../placeholders';
import { placeholderFix } from './placeholderFix';
import { initiativeMap, isEmptyValue, pairOf, rootMap } from './yamlDocument';

const MAX_OWNERS = 5;

/**
 * `missing-owner`: one action per owner already named in the roadmap, since the
 * accountable person is a choice, not something to guess: people with no `owner-overload`
 * finding first, then by how many initiatives they own. With no owner
 * anywhere, the roadmap's own `owner` is offered; with none either, an `owner:` line with a
 * placeholder, selected for typing over where the client can select it.
 */
export const ownerFix: Fix = (input) => {
  const initiative = initiativeAtAnchor(input);
  const map = initiative ? initiativeMap(input.yaml, initiative.index) : undefined;
  if (!map) return [];
  const opts = { order: INITIATIVE_ORDER, step: indentStep(input.doc, rootMap(input.yaml)) };
  const { model, diagnostics, lines } = input.ctx.analysis;
  const names = ownerCandidates(model, overloadedPeople(model, diagnostics, lines));
  if (names.length === 0) {
    const written = pairOf(map, 'owner');
    if (written && !isEmptyValue(written.value)) return [];
    const edits = setKeys(input.doc, map, [['owner', text(PLACEHOLDERS.owner)]], opts);
    return placeholderFix(input, 'Add an owner line', edits, PLACEHOLDERS.owner);
  }
  return names.flatMap((name) =>
    quickFix(input, `Add owner: ${name}`, setKeys(input.doc, map, [['owner', text(name)]], opts)),
  );
};

/**
 * The initiatives' owners, one entry per person (spellings with and without a role
 * merged), written as most of their initiatives write them. People in `overloaded` (by
 * `personKey`) come last: offering them first would only move the problem.
 */
export function ownerCandidates(model: RoadmapModel, overloaded: ReadonlySet<string> = new Set()): string[] {
  const people = new Map<string, { spellings: Map<string, number>; count: number }>();
  for (const i of model.initiatives) {
    if (!i.owner) continue;
    const key = personKey(i.owner.value);
    const person = people.get(key) ?? { spellings: new Map<string, number>(), count: 0 };
    person.spellings.set(i.owner.value, (person.spellings.get(i.owner.value) ?? 0) + 1);
    person.count++;
    people.set(key, person);
  }
  // Map iteration keeps first appearance, and the sort is stable, so ties stay in file order.
  const names = [...people.entries()]
    .sort((a, b) => Number(overloaded.has(a[0])) - Number(overloaded.has(b[0])) || b[1].count - a[1].count)
    .map(([, person]) => preferredSpelling(person.spellings)!);
  if (names.length === 0 && model.owner) names.push(model.owner.value);
  return names.slice(0, MAX_OWNERS);
}

/** The people an `owner-overload` finding names, found by the owner value it marks. */
function overloadedPeople(model: RoadmapModel, diagnostics: readonly Diagnostic[], lines: LineIndex): Set<string> {
  const marked = new Set(
    diagnostics.filter((d) => d.code === 'owner-overload').map((d) => lines.offsetAt(d.range.start)),
  );
  const out = new Set<string>();
  if (marked.size === 0) return out;
  for (const i of model.initiatives) if (i.owner && marked.has(i.owner.span.start)) out.add(personKey(i.owner.value));
  return out;
}
