import { COMPETENCY_IDS } from '../../core/model/types';
import type { Initiative, RoadmapModel } from '../../core/model/types';
import { dateDefaults } from './dateDefaults';
import type { Fix } from './fixInput';
import { initiativeAtAnchor, quickFix } from './fixInput';
import { INITIATIVE_ORDER, indentStep, setKeys, source, text } from './mappingEdits';
import type { NewValue } from './mappingEdits';
import { initiativeMap, isEmptyValue, pairOf, rootMap } from './yamlDocument';

const REQUIRED = ['id', 'title', 'competency', 'start', 'end'];

/** `schema` "is missing …" of an initiative: the keys, with values taken from the roadmap. */
export const missingKeysFix: Fix = (input) => {
  // Only an initiative's own required keys: a missing `name` of a milestone has no default.
  const keys = (input.current.data.missingKeys ?? []).filter((k) => REQUIRED.includes(k));
  const initiative = initiativeAtAnchor(input);
  const map = initiative ? initiativeMap(input.yaml, initiative.index) : undefined;
  if (!initiative || !map || keys.length === 0) return [];
  const model = input.ctx.analysis.model;
  const absent = keys.filter((k) => {
    const written = pairOf(map, k);
    return !written || isEmptyValue(written.value);
  });
  const values = valuesFor(absent, initiative, model);
  if (values.length === 0) return [];
  const edits = setKeys(input.doc, map, values, {
    order: INITIATIVE_ORDER,
    step: indentStep(input.doc, rootMap(input.yaml)),
  });
  const names = values.map(([k]) => k);
  return quickFix(input, `Add ${names.join(', ')}`, edits);
};

function valuesFor(keys: string[], initiative: Initiative, model: RoadmapModel): [string, NewValue][] {
  const out: [string, NewValue][] = [];
  const dates = dateDefaults(
    model,
    keys.includes('start') ? undefined : initiative.start?.day,
    keys.includes('end') ? undefined : initiative.end?.day,
  );
  for (const key of keys) {
    switch (key) {
      case 'id':
        out.push(['id', source(freshId(model, initiative))]);
        break;
      case 'title':
        out.push(['title', text(titleFrom(initiative))]);
        break;
      case 'competency':
        out.push(['competency', source(firstUncovered(model))]);
        break;
      case 'start':
        if (dates.start) out.push(['start', source(dates.start)]);
        break;
      case 'end':
        if (dates.end) out.push(['end', source(dates.end)]);
        break;
    }
  }
  return out;
}

function freshId(model: RoadmapModel, initiative: Initiative): string {
  const used = new Set(
    model.initiatives.flatMap((i) => [...(i.id ? [i.id.value] : []), ...i.dependsOn.map((d) => d.id)]),
  );
  const fromTitle = (initiative.title?.value ?? '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    // Single hyphens only, after the line above: `-+` would cost the square of a run.
    .replace(/^-|-$/g, '')
    .slice(0, 60)
    .replace(/-$/, '');
  const base = fromTitle || `initiative-${initiative.index + 1}`;
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) if (!used.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** `asset-metrics` → "Asset metrics". */
function titleFrom(initiative: Initiative): string {
  const words = initiative.id?.value.split('-').filter((w) => w !== '') ?? [];
  if (words.length === 0) return `Initiative ${initiative.index + 1}`;
  const sentence = words.join(' ');
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}

function firstUncovered(model: RoadmapModel): string {
  const covered = new Set(model.initiatives.map((i) => i.competency?.value));
  return COMPETENCY_IDS.find((id) => !covered.has(id)) ?? 'customers-as-assets';
}
