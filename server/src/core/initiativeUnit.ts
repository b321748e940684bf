import type { OffsetDiagnostic } from './diagnostic';
import type { ParsedYaml } from './yaml/parseYaml';
import { extractInitiative } from './model/extractInitiative';
import type { DateField, Field, Initiative, Span } from './model/types';
import { INITIATIVE_RULES } from './rules';
import { mapSchemaErrors } from './schema/errorMapping';
import { validate, validators } from './schema/validator';
import type { AnyNode, NodeView } from './yaml/nodeView';
import { ItemReuse } from './parse/itemReuse';
import type { PlacedItem } from './parse/itemReuse';
import { isMap } from './yaml/nodeView';

/**
 * Everything that can be known about one initiative from its own text: its model, its
 * schema problems and the per-initiative rules' findings. Results are cached by the
 * item's text, so an edit re-checks only the initiatives it touched.
 */
export interface InitiativeUnit {
  /** Offset of the item where its spans currently place it. */
  base: number;
  initiative: Initiative;
  invalidKeys: ReadonlySet<string>;
  diagnostics: OffsetDiagnostic[];
}

export function analyzeInitiative(
  view: NodeView,
  node: AnyNode | undefined,
  index: number,
  span: Span,
): InitiativeUnit {
  const v = validators();
  const plain = view.toPlain(node);
  const errors = validate(v.initiative, plain);
  const anchorProbe = extractInitiative(view, node, index, span, new Set());
  const idText = anchorProbe.initiative.id?.value;
  const mapped = mapSchemaErrors(errors, {
    view,
    root: node,
    rootAnchor: anchorProbe.initiative.anchor,
    rootName: idText ? `Initiative \`${idText}\`` : 'This initiative',
    rootShape: '`id:`, `title:`, `competency:`, `start:` and `end:`',
  });
  const extracted = errors.length === 0 ? anchorProbe : extractInitiative(view, node, index, span, mapped.invalid);
  const invalidKeys = new Set<string>();
  for (const p of mapped.invalid) {
    const key = p.split('/')[1];
    if (key !== undefined) invalidKeys.add(key.replace(/~1/g, '/').replace(/~0/g, '~'));
  }
  const diagnostics = [...mapped.diagnostics, ...extracted.problems, ...view.takeComplexKeys()];
  extracted.initiative.invalidFields = [...invalidKeys].sort();
  const input = { initiative: extracted.initiative, invalidKeys, unknownCompetency: extracted.unknownCompetency };
  // An item that is not a mapping has its schema problem; nothing else can be said of it.
  if (isMap(node)) for (const rule of INITIATIVE_RULES) diagnostics.push(...rule.checkInitiative!(input));
  return { base: span.start, initiative: extracted.initiative, invalidKeys, diagnostics };
}

/** A copy of the unit found at another offset and list position (text moved, contents equal). */
export function moveUnit(unit: InitiativeUnit, base: number, index: number): InitiativeUnit {
  const delta = base - unit.base;
  if (delta === 0 && unit.initiative.index === index) return unit;
  return {
    base,
    invalidKeys: unit.invalidKeys,
    initiative: shiftSpans(unit.initiative, delta, index),
    diagnostics: unit.diagnostics.map((d) => ({ ...d, start: d.start + delta, end: d.end + delta })),
  };
}

/**
 * Puts a cached unit at its new offset and list position. The first use in an analysis
 * moves the unit in place: after an edit every initiative below it moves, and copying
 * thousands of them per keystroke is what a large roadmap cannot afford. So the results
 * of an analysis made with a cache stay valid until the next analysis with that cache.
 * A second use (the same text twice in one file) gets a copy.
 */
export function placeUnit(
  unit: InitiativeUnit,
  base: number,
  index: number,
  used: Set<InitiativeUnit>,
): InitiativeUnit {
  if (used.has(unit)) return moveUnit(unit, base, index);
  used.add(unit);
  const delta = base - unit.base;
  if (delta !== 0) {
    shiftInPlace(unit.initiative, delta);
    for (const d of unit.diagnostics) {
      d.start += delta;
      d.end += delta;
    }
    unit.base = base;
  }
  unit.initiative.index = index;
  return unit;
}

function shiftInPlace(i: Initiative, d: number): void {
  mvSpan(i.span, d);
  mvSpan(i.anchor, d);
  for (const f of [
    i.id,
    i.title,
    i.competency,
    i.owner,
    i.team,
    i.start,
    i.end,
    i.status,
    i.note,
    i.earlyWin,
    i.outcome,
    i.stage,
  ])
    mvFieldInPlace(f, d);
  if (i.measures) {
    mvSpan(i.measures.keySpan, d);
    for (const m of i.measures.items) {
      mvSpan(m.span, d);
      for (const f of [m.metric, m.kind, m.baseline, m.target, m.by]) mvFieldInPlace(f, d);
    }
  }
  for (const x of i.dependsOn) mvSpan(x.span, d);
  for (const l of i.links) {
    mvSpan(l.span, d);
    mvFieldInPlace(l.title, d);
    mvFieldInPlace(l.url, d);
  }
  for (const m of i.milestones) {
    mvSpan(m.span, d);
    mvFieldInPlace(m.name, d);
    mvFieldInPlace(m.date, d);
  }
}

function mvSpan(s: Span, d: number): void {
  s.start += d;
  s.end += d;
}

function mvFieldInPlace(f: { span: Span; keySpan: Span } | undefined, d: number): void {
  if (!f) return;
  mvSpan(f.span, d);
  mvSpan(f.keySpan, d);
}

/**
 * A copy of the initiative with every span moved by `delta`. Written out field by field:
 * after an edit every initiative below it moves, so this runs thousands of times per
 * keystroke on a large roadmap and must not allocate more than the copy itself.
 */
function shiftSpans(i: Initiative, d: number, index: number): Initiative {
  return {
    index,
    span: sp(i.span, d),
    anchor: sp(i.anchor, d),
    id: mv(i.id, d),
    title: mv(i.title, d),
    competency: mv(i.competency, d),
    owner: mv(i.owner, d),
    team: mv(i.team, d),
    start: mvDate(i.start, d),
    end: mvDate(i.end, d),
    status: mv(i.status, d),
    note: mv(i.note, d),
    earlyWin: mv(i.earlyWin, d),
    outcome: mv(i.outcome, d),
    stage: mv(i.stage, d),
    measures: i.measures && {
      keySpan: sp(i.measures.keySpan, d),
      items: i.measures.items.map((m) => ({
        span: sp(m.span, d),
        metric: mv(m.metric, d),
        kind: mv(m.kind, d),
        baseline: mv(m.baseline, d),
        target: mv(m.target, d),
        by: mvDate(m.by, d),
      })),
      allValid: i.measures.allValid,
    },
    dependsOn: i.dependsOn.map((x) => ({ id: x.id, span: sp(x.span, d) })),
    links: i.links.map((l) => ({ span: sp(l.span, d), title: mv(l.title, d), url: mv(l.url, d) })),
    milestones: i.milestones.map((m) => ({
      index: m.index,
      span: sp(m.span, d),
      name: mv(m.name, d),
      date: mvDate(m.date, d),
    })),
    invalidFields: i.invalidFields,
    hasErrors: i.hasErrors,
  };
}

function sp(s: Span, d: number): Span {
  return { start: s.start + d, end: s.end + d };
}

function mv<T>(f: Field<T> | undefined, d: number): Field<T> | undefined {
  return f === undefined ? undefined : { value: f.value, span: sp(f.span, d), keySpan: sp(f.keySpan, d) };
}

function mvDate(f: DateField | undefined, d: number): DateField | undefined {
  return f === undefined ? undefined : { value: f.value, span: sp(f.span, d), keySpan: sp(f.keySpan, d), day: f.day };
}

/** What is remembered of one initiative's text: its unit, or why it has none. */
export interface CachedItem {
  unit?: InitiativeUnit;
  /** Where the unit starts within the cached text (its spans are placed from there). */
  unitOffset?: number;
  /** Syntax problems of the item's text on its own (offsets relative to that text). */
  syntax?: OffsetDiagnostic[];
  /** The item cannot be read on its own (an alias to an anchor elsewhere). */
  needsWholeDocument?: boolean;
  /** How many values the item's own aliases add when expanded (they count against the file's budget). */
  aliasValues?: number;
  /** How many values (countValues) the full parser read in the item; the fast parser's items count none. */
  values?: number;
  /** Ranges (relative) of values that contain suppression-comment text. */
  valuesWithDirectives?: [number, number][];
}

/** One kind of cached entry, kept from one analysis to the next only while it is used. */
class Generations<V> {
  private current = new Map<string, V>();
  private next = new Map<string, V>();

  get(key: string): V | undefined {
    const value = this.current.get(key) ?? this.next.get(key);
    if (value !== undefined) this.next.set(key, value);
    return value;
  }

  set(key: string, value: V): void {
    this.next.set(key, value);
  }

  commit(): void {
    this.current = this.next;
    this.next = new Map();
  }

  get size(): number {
    return this.current.size;
  }
}

/**
 * Remembers initiatives (and the header) from one analysis of a document to the next.
 * Initiatives are found by place where the text around them did not change, else by their
 * text (see ItemReuse); the header by its text. What the latest analysis did not use is
 * dropped, so memory follows the document, not its history.
 */
export class InitiativeCache {
  private readonly headers = new Generations<ParsedYaml>();
  private previousBody = '';
  private previous: readonly PlacedItem[] = [];
  private pending: ItemReuse | undefined;
  private reused = 0;

  /** Starts reading the initiatives of `body`; `commit` keeps what was read. */
  reuseFor(body: string): ItemReuse {
    this.pending = new ItemReuse(body, this.previousBody, this.previous);
    return this.pending;
  }

  getHeader(text: string): ParsedYaml | undefined {
    return this.headers.get(text);
  }

  setHeader(text: string, parsed: ParsedYaml): void {
    this.headers.set(text, parsed);
  }

  /** Ends one analysis: what it did not touch is forgotten. */
  commit(): void {
    this.headers.commit();
    const done = this.pending;
    this.pending = undefined;
    this.reused += done?.hits ?? 0;
    this.previousBody = done?.body ?? '';
    this.previous = done?.placed ?? [];
  }

  /** How many initiatives remembered in the cache kept; the size of a document's memory. */
  get size(): number {
    return this.previous.length;
  }

  /** How many initiatives all analyses so far took from the cache instead of reading them. */
  get hits(): number {
    return this.reused;
  }
}
