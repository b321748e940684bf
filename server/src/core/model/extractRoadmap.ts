import type { OffsetDiagnostic } from '../diagnostic';
import type { AnyNode, NodeView } from '../yaml/nodeView';
import { isMap, isScalar, isSeq, spanOf } from '../yaml/nodeView';
import { FieldReader } from './fields';
import { CADENCES, isCompetencyId } from './types';
import type { Cadence, CompetencyIntent, Field, RoadmapModel, Span } from './types';

export interface ExtractedRoadmap {
  model: RoadmapModel;
  /** Keys under `competencies:` that are not one of the five ids (nor `x-` keys). */
  unknownCompetencyKeys: Field<string>[];
  /** The nodes of the `initiatives` list items (aliases resolved), and each item's own span. */
  items: { node: AnyNode | undefined; span: Span }[];
  problems: OffsetDiagnostic[];
}

/** Everything except the initiatives' contents, which are analysed one by one. */
/**
 * `initiativesReadApart`: the initiatives were parsed one by one, so the header's
 * `initiatives:` has no value of its own but stands for a valid list.
 */
export function extractRoadmap(
  view: NodeView,
  root: AnyNode | undefined,
  invalid: ReadonlySet<string>,
  initiativesReadApart = false,
): ExtractedRoadmap {
  const problems: OffsetDiagnostic[] = [];
  const r = new FieldReader(view, root, '', invalid, problems);
  const model: RoadmapModel = {
    horizonInvalid: false,
    governanceInvalid: false,
    journeyInvalid: false,
    competencies: [],
    initiativesValid: false,
    initiatives: [],
  };
  const result: ExtractedRoadmap = { model, unknownCompetencyKeys: [], items: [], problems };
  if (!isMap(root)) return result;

  const first = r.byKey.values().next().value;
  if (first) model.firstKey = spanOf(first.keyNode);
  model.version = r.number('cxroadmap');
  model.title = r.text('title');
  model.owner = r.text('owner');
  model.sponsor = r.text('sponsor');

  const horizon = r.entry('horizon');
  if (horizon) {
    const h = r.child('horizon');
    if (h.isMap && r.isValid('horizon')) {
      model.horizon = {
        keySpan: spanOf(horizon.keyNode),
        start: h.dateOrPeriod('start', 'start'),
        end: h.dateOrPeriod('end', 'end'),
      };
    } else if (h.isMap) {
      model.horizon = { keySpan: spanOf(horizon.keyNode) };
      if (h.isValid('start')) model.horizon.start = h.dateOrPeriod('start', 'start');
      if (h.isValid('end')) model.horizon.end = h.dateOrPeriod('end', 'end');
    } else {
      model.horizonInvalid = horizon.value !== undefined;
    }
  }

  const governance = r.entry('governance');
  if (governance) {
    const g = r.child('governance');
    if (g.isMap) {
      model.governance = {
        keySpan: spanOf(governance.keyNode),
        board: g.text('board'),
        review: cadence(g.text('review')),
        customerRoom: cadence(g.text('customer_room')),
      };
      const members = g.list('members');
      if (members && g.isValid('members')) {
        model.governance.members = members.items.flatMap((m) =>
          m && isScalar(m) && typeof m.value === 'string'
            ? [{ value: m.value, span: spanOf(m), keySpan: spanOf(members.keyNode) }]
            : [],
        );
      }
    } else if (governance.value === undefined) {
      // `governance:` with nothing under it counts as empty, but the key is where to look.
      model.governance = { keySpan: spanOf(governance.keyNode) };
    } else {
      model.governanceInvalid = true;
    }
  }

  const journey = r.entry('journey');
  if (journey) {
    const j = r.child('journey');
    if (j.isMap) {
      const stages = j.list('stages');
      const stagesEntry = j.entry('stages');
      model.journey = { keySpan: spanOf(journey.keyNode), stagesInvalid: false };
      if (stages && j.isValid('stages')) {
        model.journey.stages = stages.items.flatMap((s) =>
          s && isScalar(s) && typeof s.value === 'string'
            ? [{ value: s.value, span: spanOf(s), keySpan: spanOf(stages.keyNode) }]
            : [],
        );
      } else if (stagesEntry?.value !== undefined) {
        model.journey.stagesInvalid = true;
      }
    } else {
      model.journeyInvalid = journey.value !== undefined;
    }
  }

  const competencies = r.entry('competencies');
  if (competencies?.value && isMap(competencies.value)) {
    const c = r.child('competencies');
    for (const e of view.entries(competencies.value)) {
      if (e.key.startsWith('x-')) continue;
      const keySpan = spanOf(e.keyNode);
      if (!isCompetencyId(e.key)) {
        result.unknownCompetencyKeys.push({ value: e.key, span: keySpan, keySpan });
        continue;
      }
      const intent: CompetencyIntent = { competency: e.key, keySpan };
      intent.goal = c.child(e.key).text('goal');
      model.competencies.push(intent);
    }
  }

  const initiatives = r.entry('initiatives');
  if (initiatives) {
    model.initiativesKey = spanOf(initiatives.keyNode);
    if (initiativesReadApart) {
      model.initiativesValid = true;
    } else if (initiatives.value && isSeq(initiatives.value)) {
      model.initiativesValid = true;
      for (const raw of initiatives.value.items) {
        const node = view.resolve(raw);
        const rawRange = (raw as { range?: [number, number, number] } | null)?.range;
        // The item's own range, so that an aliased item (`- *common`) points at itself.
        const span = rawRange ? { start: rawRange[0], end: rawRange[1] } : node ? spanOf(node) : model.initiativesKey;
        result.items.push({ node, span });
      }
    }
  }
  return result;
}

function cadence(field: Field<string> | undefined): Field<Cadence> | undefined {
  if (!field || !(CADENCES as readonly string[]).includes(field.value)) return undefined;
  return { ...field, value: field.value as Cadence };
}
