import type { OffsetDiagnostic } from '../diagnostic';
import type { AnyNode, NodeView } from '../yaml/nodeView';
import { isScalar, spanOf } from '../yaml/nodeView';
import { FieldReader } from './fields';
import { canonicalWord, isCompetencyId, MEASURE_KINDS, STATUSES } from './types';
import type { Field, Initiative, Link, Measure, MeasureKind, Milestone, Span, Status } from './types';

export interface ExtractedInitiative {
  initiative: Initiative;
  /** The raw `competency` value when it is text but not one of the five ids. */
  unknownCompetency?: Field<string>;
  /** Problems found while reading values the schema cannot judge (impossible dates). */
  problems: OffsetDiagnostic[];
}

/** Where an initiative-level problem goes: its `id` value, else its first key, else the item. */
export function initiativeAnchor(view: NodeView, node: AnyNode | undefined, itemSpan: Span): Span {
  const reader = new FieldReader(view, node, '', new Set(), []);
  const id = reader.entry('id');
  if (id?.value && isScalar(id.value)) return spanOf(id.value);
  const first = reader.byKey.values().next().value;
  if (first) return spanOf(first.keyNode);
  return { start: itemSpan.start, end: Math.max(itemSpan.start, Math.min(itemSpan.end, itemSpan.start + 1)) };
}

export function extractInitiative(
  view: NodeView,
  node: AnyNode | undefined,
  index: number,
  itemSpan: Span,
  invalid: ReadonlySet<string>,
): ExtractedInitiative {
  const problems: OffsetDiagnostic[] = [];
  const r = new FieldReader(view, node, '', invalid, problems);
  // Every key is present (undefined when absent), so all initiatives share one shape:
  // copies made after an edit (initiativeUnit.ts) are then equal to fresh ones.
  const initiative: Initiative = {
    index,
    span: itemSpan,
    anchor: initiativeAnchor(view, node, itemSpan),
    id: undefined,
    title: undefined,
    competency: undefined,
    owner: undefined,
    team: undefined,
    start: undefined,
    end: undefined,
    status: undefined,
    note: undefined,
    earlyWin: undefined,
    outcome: undefined,
    stage: undefined,
    measures: undefined,
    dependsOn: [],
    links: [],
    milestones: [],
    invalidFields: [],
    hasErrors: false,
  };
  const result: ExtractedInitiative = { initiative, problems };
  if (!r.isMap) return result;

  initiative.id = r.text('id');
  initiative.title = r.text('title');
  initiative.owner = r.text('owner');
  initiative.team = r.text('team');
  initiative.note = r.text('note');
  initiative.outcome = r.text('outcome');
  initiative.stage = r.text('stage');
  initiative.earlyWin = r.bool('early_win');
  initiative.start = r.dateOrPeriod('start', 'start');
  initiative.end = r.dateOrPeriod('end', 'end');

  const competency = r.text('competency');
  if (competency && isCompetencyId(competency.value)) {
    initiative.competency = { ...competency, value: competency.value };
  } else if (competency) {
    result.unknownCompetency = competency;
  }
  const status = r.text('status');
  if (status) {
    const word = canonicalWord(status.value);
    if ((STATUSES as readonly string[]).includes(word)) initiative.status = { ...status, value: word as Status };
  }

  const deps = r.list('depends_on');
  if (deps && r.isValid('depends_on')) {
    for (const dep of deps.items) {
      if (dep && isScalar(dep) && typeof dep.value === 'string')
        initiative.dependsOn.push({ id: dep.value, span: spanOf(dep) });
    }
  }

  const measures = r.list('measures');
  if (measures) {
    const items: Measure[] = measures.items.map((m, i) => readMeasure(r.item('measures', i, m), m));
    initiative.measures = { keySpan: spanOf(measures.keyNode), items, allValid: r.isValid('measures') };
  }

  const milestones = r.list('milestones');
  if (milestones) {
    milestones.items.forEach((m, i) => {
      const mr = r.item('milestones', i, m);
      const milestone: Milestone = {
        index: i,
        span: m ? spanOf(m) : spanOfRaw(milestones.raw[i]),
        name: undefined,
        date: undefined,
      };
      milestone.name = mr.text('name');
      milestone.date = mr.dayDate('date');
      initiative.milestones.push(milestone);
    });
  }

  const links = r.list('links');
  if (links) {
    links.items.forEach((l, i) => {
      const lr = r.item('links', i, l);
      const link: Link = { span: l ? spanOf(l) : spanOfRaw(links.raw[i]), title: undefined, url: undefined };
      link.title = lr.text('title');
      link.url = lr.text('url');
      initiative.links.push(link);
    });
  }
  return result;
}

function readMeasure(r: FieldReader, node: AnyNode | undefined): Measure {
  const measure: Measure = {
    span: node ? spanOf(node) : { start: 0, end: 0 },
    metric: undefined,
    kind: undefined,
    baseline: undefined,
    target: undefined,
    by: undefined,
  };
  measure.metric = r.text('metric');
  const kind = r.text('kind');
  if (kind) {
    const word = canonicalWord(kind.value);
    if ((MEASURE_KINDS as readonly string[]).includes(word)) measure.kind = { ...kind, value: word as MeasureKind };
  }
  measure.baseline = r.text('baseline');
  measure.target = r.text('target');
  measure.by = r.dayDate('by');
  return measure;
}

function spanOfRaw(raw: unknown): Span {
  const range = (raw as { range?: [number, number, number] } | null)?.range;
  return range ? { start: range[0], end: range[1] } : { start: 0, end: 0 };
}
