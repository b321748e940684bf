import type { OffsetDiagnostic } from './diagnostic';
import { extractInitiative } from './model/extractInitiative';
import type { Initiative, Span } from './model/types';
import { INITIATIVE_RULES } from './rules';
import { mapSchemaErrors } from './schema/errorMapping';
import { validate, validators } from './schema/validator';
import type { AnyNode, NodeView } from './yaml/nodeView';
import { isMap } from './yaml/nodeView';

/**
 * Everything that can be known about one initiative from its own text: its model, its
 * schema problems and the per-initiative rules' findings. Results are cached by the
 * item's text, so an edit re-checks only the initiatives it touched.
 */
export interface InitiativeUnit {
  /** Offset of the item when this result was computed; spans are relative to nothing else. */
  base: number;
  initiative: Initiative;
  invalidKeys: ReadonlySet<string>;
  diagnostics: OffsetDiagnostic[];
}

export function analyzeInitiative(view: NodeView, node: AnyNode | undefined, index: number, span: Span): InitiativeUnit {
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
    labels: v.labels,
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

/** The same unit found at another offset and list position (text moved, contents equal). */
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

/** Copies a value, moving every `{start, end}` span by `delta`. */
function shiftSpans(initiative: Initiative, delta: number, index: number): Initiative {
  const copy = shift(initiative, delta) as Initiative;
  copy.index = index;
  return copy;
}

function shift(value: unknown, delta: number): unknown {
  if (Array.isArray(value)) return value.map((v) => shift(v, delta));
  if (value === null || typeof value !== 'object') return value;
  const obj = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(obj)) out[k] = shift(v, delta);
  if (typeof obj.start === 'number' && typeof obj.end === 'number' && isSpanLike(obj)) {
    out.start = obj.start + delta;
    out.end = obj.end + delta;
  }
  return out;
}

function isSpanLike(obj: Record<string, unknown>): boolean {
  const keys = Object.keys(obj);
  return keys.length === 2 && keys.includes('start') && keys.includes('end');
}

/**
 * Remembers units by the item's text and column. Entries not used by the latest analysis
 * are dropped, so memory follows the document, not its history.
 */
export class InitiativeCache {
  private current = new Map<string, InitiativeUnit>();
  private next = new Map<string, InitiativeUnit>();

  static key(text: string, span: Span, column: number): string {
    return `${column}\u0000${text.slice(span.start, span.end)}`;
  }

  get(key: string): InitiativeUnit | undefined {
    const unit = this.current.get(key) ?? this.next.get(key);
    if (unit) this.next.set(key, unit);
    return unit;
  }

  set(key: string, unit: InitiativeUnit): void {
    this.next.set(key, unit);
  }

  /** Ends one analysis: what it did not touch is forgotten. */
  commit(): void {
    this.current = this.next;
    this.next = new Map();
  }

  get size(): number {
    return this.current.size;
  }
}
