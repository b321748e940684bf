import { quarterIndexOf } from '../dates';
import type { DateField, Field, Initiative, Measure, Milestone } from '../model/types';
import type { InitiativeChange, MeasureFieldChange, Where } from './changes';
import { MEASURE_FIELDS } from './changes';
import { isTargetLowered } from './measureTarget';

/** What the comparison of one initiative needs to know about each version. */
export interface Side {
  /** 1-based line of an offset in that version's text. */
  lineOf: (offset: number) => number;
  /** The first and last day of that version's horizon, when it has both. */
  horizon: { start: number; end: number } | undefined;
}

export interface Sides {
  before: Side;
  after: Side;
}

export function addedChange(initiative: Initiative & { id: Field<string> }, sides: Sides): InitiativeChange {
  return {
    kind: 'initiative-added',
    id: initiative.id.value,
    title: initiative.title?.value ?? null,
    line: sides.after.lineOf(initiative.anchor.start),
  };
}

export function removedChange(initiative: Initiative & { id: Field<string> }, sides: Sides): InitiativeChange {
  return {
    kind: 'initiative-removed',
    id: initiative.id.value,
    title: initiative.title?.value ?? null,
    previousLine: sides.before.lineOf(initiative.anchor.start),
  };
}

/**
 * The changes of one initiative present in both versions, in the order of CHANGE_KINDS.
 * A field whose value the schema rejected in either version is not compared: its finding
 * says what is wrong, and a change to or from an invalid value means nothing to a reader.
 */
export function initiativeChanges(before: Initiative, after: Initiative, sides: Sides): InitiativeChange[] {
  const id = after.id!.value;
  const changes: InitiativeChange[] = [];
  const where = (afterSpan: { start: number } | undefined, beforeSpan: { start: number } | undefined): Where => ({
    line: sides.after.lineOf((afterSpan ?? after.anchor).start),
    previousLine: sides.before.lineOf((beforeSpan ?? before.anchor).start),
  });
  const comparable = (key: string) => !before.invalidFields.includes(key) && !after.invalidFields.includes(key);

  if (before.id!.value !== id) {
    changes.push({
      kind: 'initiative-renamed',
      id,
      previousId: before.id!.value,
      title: after.title?.value ?? null,
      previousTitle: before.title?.value ?? null,
      ...where(after.id?.span, before.id?.span),
    });
  }
  for (const [kind, key] of [
    ['start-moved', 'start'],
    ['end-moved', 'end'],
  ] as const) {
    const old = before[key];
    const next = after[key];
    if (!old || !next || old.day === next.day) continue;
    changes.push({
      kind,
      id,
      before: old.value,
      after: next.value,
      days: next.day - old.day,
      crossesQuarter: quarterIndexOf(old.day) !== quarterIndexOf(next.day),
      crossesHorizon: inside(old, sides.before) !== inside(next, sides.after),
      ...where(next.span, old.span),
    });
  }
  for (const [kind, key] of [
    ['status-changed', 'status'],
    ['owner-changed', 'owner'],
  ] as const) {
    if (!comparable(key)) continue;
    const old = before[key];
    const next = after[key];
    if ((old?.value ?? null) === (next?.value ?? null)) continue;
    changes.push({ kind, id, before: old?.value ?? null, after: next?.value ?? null, ...where(next?.span, old?.span) });
  }
  if (before.competency && after.competency && before.competency.value !== after.competency.value) {
    changes.push({
      kind: 'competency-changed',
      id,
      before: before.competency.value,
      after: after.competency.value,
      ...where(after.competency.span, before.competency.span),
    });
  }
  if (comparable('early_win') && (before.earlyWin?.value ?? false) !== (after.earlyWin?.value ?? false)) {
    changes.push({
      kind: 'early-win-changed',
      id,
      before: before.earlyWin?.value ?? false,
      after: after.earlyWin?.value ?? false,
      ...where(after.earlyWin?.span, before.earlyWin?.span),
    });
  }
  if (comparable('depends_on')) changes.push(...dependencyChanges(id, before, after, sides));
  if (comparable('milestones')) changes.push(...milestoneChanges(id, before, after, sides));
  if (comparable('measures')) changes.push(...measureChanges(id, before, after, sides));
  return changes;
}

/** A version without a horizon has no boundary to cross. */
function inside(date: DateField, side: Side): boolean {
  return side.horizon === undefined || (date.day >= side.horizon.start && date.day <= side.horizon.end);
}

function dependencyChanges(id: string, before: Initiative, after: Initiative, sides: Sides): InitiativeChange[] {
  const oldIds = new Set(before.dependsOn.map((d) => d.id));
  const newIds = new Set(after.dependsOn.map((d) => d.id));
  const changes: InitiativeChange[] = [];
  for (const d of after.dependsOn) {
    if (oldIds.has(d.id)) continue;
    changes.push({
      kind: 'dependency-added',
      id,
      dependency: d.id,
      line: sides.after.lineOf(d.span.start),
      previousLine: sides.before.lineOf(before.anchor.start),
    });
  }
  for (const d of before.dependsOn) {
    if (newIds.has(d.id)) continue;
    changes.push({
      kind: 'dependency-removed',
      id,
      dependency: d.id,
      line: sides.after.lineOf(after.anchor.start),
      previousLine: sides.before.lineOf(d.span.start),
    });
  }
  return changes;
}

type Named<T> = T & { name: Field<string> };

/**
 * Pairs items by a name: with a name used twice, the first with the first. Items without
 * a valid name cannot be followed and are left out.
 */
function pairByName<T>(
  before: readonly T[],
  after: readonly T[],
  name: (item: T) => string | undefined,
): { pairs: [T, T][]; added: T[]; removed: T[] } {
  const waiting = new Map<string, T[]>();
  for (const item of before) {
    const key = name(item);
    if (key === undefined) continue;
    const list = waiting.get(key);
    if (list) list.push(item);
    else waiting.set(key, [item]);
  }
  const pairs: [T, T][] = [];
  const added: T[] = [];
  for (const item of after) {
    const key = name(item);
    if (key === undefined) continue;
    const same = waiting.get(key)?.shift();
    if (same === undefined) added.push(item);
    else pairs.push([same, item]);
  }
  const removed = [...waiting.values()].flat();
  removed.sort((a, b) => before.indexOf(a) - before.indexOf(b));
  return { pairs, added, removed };
}

function milestoneChanges(id: string, before: Initiative, after: Initiative, sides: Sides): InitiativeChange[] {
  const named = (m: Milestone) => m.name?.value;
  const { pairs, added, removed } = pairByName(before.milestones, after.milestones, named);
  const changes: InitiativeChange[] = [];
  for (const m of added as Named<Milestone>[]) {
    changes.push({
      kind: 'milestone-added',
      id,
      milestone: m.name.value,
      date: m.date?.value ?? null,
      line: sides.after.lineOf(m.span.start),
      previousLine: sides.before.lineOf(before.anchor.start),
    });
  }
  for (const m of removed as Named<Milestone>[]) {
    changes.push({
      kind: 'milestone-removed',
      id,
      milestone: m.name.value,
      date: m.date?.value ?? null,
      line: sides.after.lineOf(after.anchor.start),
      previousLine: sides.before.lineOf(m.span.start),
    });
  }
  for (const [old, next] of pairs as [Named<Milestone>, Named<Milestone>][]) {
    if (!old.date || !next.date || old.date.day === next.date.day) continue;
    changes.push({
      kind: 'milestone-moved',
      id,
      milestone: next.name.value,
      before: old.date.value,
      after: next.date.value,
      days: next.date.day - old.date.day,
      line: sides.after.lineOf(next.date.span.start),
      previousLine: sides.before.lineOf(old.date.span.start),
    });
  }
  return changes;
}

type WithMetric = Measure & { metric: Field<string> };

function measureChanges(id: string, before: Initiative, after: Initiative, sides: Sides): InitiativeChange[] {
  const metric = (m: Measure) => m.metric?.value;
  const { pairs, added, removed } = pairByName(before.measures?.items ?? [], after.measures?.items ?? [], metric);
  const changes: InitiativeChange[] = [];
  for (const m of added as WithMetric[]) {
    changes.push({
      kind: 'measure-added',
      id,
      metric: m.metric.value,
      line: sides.after.lineOf(m.span.start),
      previousLine: sides.before.lineOf(before.anchor.start),
    });
  }
  for (const m of removed as WithMetric[]) {
    changes.push({
      kind: 'measure-removed',
      id,
      metric: m.metric.value,
      line: sides.after.lineOf(after.anchor.start),
      previousLine: sides.before.lineOf(m.span.start),
    });
  }
  for (const [old, next] of pairs as [WithMetric, WithMetric][]) {
    const fields: MeasureFieldChange[] = [];
    for (const field of MEASURE_FIELDS) {
      const was = old[field]?.value ?? null;
      const now = next[field]?.value ?? null;
      if (was !== now) fields.push({ field, before: was, after: now });
    }
    if (fields.length === 0) continue;
    const baseline = next.baseline?.value ?? old.baseline?.value ?? null;
    changes.push({
      kind: 'measure-changed',
      id,
      metric: next.metric.value,
      fields,
      targetLowered: isTargetLowered(old.target?.value ?? null, next.target?.value ?? null, baseline),
      line: sides.after.lineOf(next.span.start),
      previousLine: sides.before.lineOf(old.span.start),
    });
  }
  return changes;
}
