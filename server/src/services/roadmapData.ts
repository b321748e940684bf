import { formatDay, parseDateOrPeriod } from '../core/dates';
import type { DateRole } from '../core/dates';
import type { RoadmapModel } from '../core/model/types';
import type { DocumentContext } from './documentContext';
import { personKey, preferredSpelling } from './people';
import { scanItem } from './scan/scanWindow';
import type { ScanResult, ScanToken } from './scan/scanModel';

/**
 * The facts completion and hover offer back to the user: initiatives, owners, stages. The
 * analysis model is the source while the file parses; while it has a syntax error the
 * model is empty, and the same facts are read from the text.
 */

export interface KnownInitiative {
  id: string;
  title?: string;
  owner?: string;
  /** The first day as `YYYY-MM-DD`, or the text as written when it is not a date. */
  start?: string;
  /** The last day as `YYYY-MM-DD`, or the text as written when it is not a date. */
  end?: string;
  status?: string;
}

export interface OwnerUse {
  name: string;
  /** Offset of the value, so the value being typed can be left out. */
  start: number;
  /** The roadmap's owner rather than an initiative's. */
  roadmap: boolean;
}

export interface RoadmapData {
  /** In file order; for a duplicated id only the first, which references resolve to. */
  initiatives: KnownInitiative[];
  /** Every `owner` value in file order. */
  owners: OwnerUse[];
  stages: string[];
}

export function roadmapData(ctx: DocumentContext, scan: ScanResult): RoadmapData {
  const model = ctx.analysis.model;
  if (model.firstKey === undefined) return fromText(scan.tokens);
  const data = fromModel(model);
  const split = ctx.analysis.split;
  if (!split || !ctx.analysis.diagnostics.some((d) => d.code === 'syntax')) return data;
  // A roadmap read initiative by initiative keeps those that parse in its model; the ones
  // that do not are read from their text, in their place in the list.
  const present = new Set(model.initiatives.map((i) => i.index));
  const byIndex = new Map<number, KnownInitiative>();
  model.initiatives.forEach((i) => {
    const known = data.initiatives.find((k) => k.id === i.id?.value);
    if (known) byIndex.set(i.index, known);
  });
  const owners = [...data.owners];
  split.items.forEach((item, index) => {
    if (present.has(index)) return;
    const fromItem = fromText(scanItem(ctx, item).tokens);
    if (fromItem.initiatives[0]) byIndex.set(index, fromItem.initiatives[0]);
    owners.push(...fromItem.owners.filter((o) => !o.roadmap));
  });
  const initiatives = [...byIndex.entries()].sort((a, b) => a[0] - b[0]).map(([, k]) => k);
  return {
    initiatives: firstOfEachId(initiatives),
    owners: owners.sort((a, b) => a.start - b.start),
    stages: data.stages,
  };
}

/** Read once per analysis: completion and hover ask for it on every request. */
const byModel = new WeakMap<RoadmapModel, RoadmapData>();

function fromModel(model: RoadmapModel): RoadmapData {
  const cached = byModel.get(model);
  if (cached) return cached;
  const data = readModel(model);
  byModel.set(model, data);
  return data;
}

function readModel(model: RoadmapModel): RoadmapData {
  const initiatives: KnownInitiative[] = [];
  const owners: OwnerUse[] = [];
  if (model.owner) owners.push({ name: model.owner.value, start: model.owner.span.start, roadmap: true });
  for (const i of model.initiatives) {
    if (i.owner) owners.push({ name: i.owner.value, start: i.owner.span.start, roadmap: false });
    if (!i.id) continue;
    initiatives.push({
      id: i.id.value,
      title: i.title?.value,
      owner: i.owner?.value,
      start: i.start ? formatDay(i.start.day) : undefined,
      end: i.end ? formatDay(i.end.day) : undefined,
      status: i.status?.value,
    });
  }
  return { initiatives: firstOfEachId(initiatives), owners, stages: model.journey?.stages?.map((s) => s.value) ?? [] };
}

function fromText(tokens: readonly ScanToken[]): RoadmapData {
  const byIndex = new Map<number, Map<string, string>>();
  const owners: OwnerUse[] = [];
  const stages: string[] = [];
  for (const t of tokens) {
    const path = t.frame?.path;
    if (t.atCursor || !path || t.text === '') continue;
    if (t.role === 'item' && path.length === 2 && path[0] === 'journey' && path[1] === 'stages') stages.push(t.text);
    if (t.role !== 'value' || t.key === undefined) continue;
    if (path.length === 0 && t.key === 'owner') owners.push({ name: t.text, start: t.start, roadmap: true });
    if (path.length !== 2 || path[0] !== 'initiatives' || typeof path[1] !== 'number') continue;
    if (t.key === 'owner') owners.push({ name: t.text, start: t.start, roadmap: false });
    const fields = byIndex.get(path[1]) ?? new Map<string, string>();
    byIndex.set(path[1], fields);
    if (!fields.has(t.key)) fields.set(t.key, t.text);
  }
  const initiatives: KnownInitiative[] = [];
  for (const index of [...byIndex.keys()].sort((a, b) => a - b)) {
    const f = byIndex.get(index)!;
    const id = f.get('id');
    if (id === undefined) continue;
    initiatives.push({
      id,
      title: f.get('title'),
      owner: f.get('owner'),
      start: day(f.get('start'), 'start'),
      end: day(f.get('end'), 'end'),
      status: f.get('status'),
    });
  }
  return { initiatives: firstOfEachId(initiatives), owners, stages };
}

function day(text: string | undefined, role: DateRole): string | undefined {
  if (text === undefined) return undefined;
  const parsed = parseDateOrPeriod(text, role);
  return parsed.ok ? formatDay(parsed.day) : text;
}

function firstOfEachId(list: KnownInitiative[]): KnownInitiative[] {
  const seen = new Set<string>();
  return list.filter((i) => !seen.has(i.id) && seen.add(i.id));
}

/**
 * The owners, one per person (a name with and without its role is one person), in
 * first-use order, without the value at `exceptStart`. Each is written as most of their
 * initiatives write it, or as the roadmap does when no initiative names them.
 */
export function distinctOwners(
  owners: readonly OwnerUse[],
  exceptStart: number,
): { name: string; roadmap: boolean; initiatives: number }[] {
  const out = new Map<
    string,
    { first: string; roadmap: boolean; initiatives: number; spellings: Map<string, number> }
  >();
  for (const o of owners) {
    if (o.start === exceptStart) continue;
    const key = personKey(o.name);
    const entry = out.get(key) ?? {
      first: o.name,
      roadmap: false,
      initiatives: 0,
      spellings: new Map<string, number>(),
    };
    if (o.roadmap) {
      entry.roadmap = true;
    } else {
      entry.initiatives++;
      entry.spellings.set(o.name, (entry.spellings.get(o.name) ?? 0) + 1);
    }
    out.set(key, entry);
  }
  return [...out.values()].map((e) => ({
    name: preferredSpelling(e.spellings) ?? e.first,
    roadmap: e.roadmap,
    initiatives: e.initiatives,
  }));
}
