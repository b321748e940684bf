import type { OffsetDiagnostic } from '../diagnostic';
import { daysInMonth, MONTH_NAMES, parseDateOrPeriod, parseDayDate } from '../dates';
import type { DateRole } from '../dates';
import type { AnyNode, Entry, NodeView } from '../yaml/nodeView';
import { isMap, isScalar, isSeq, spanOf } from '../yaml/nodeView';
import type { DateField, Field } from './types';

/**
 * Reads the valid fields of one mapping. `invalid` holds the JSON pointers that schema
 * validation rejected, so a field with a schema diagnostic never reaches a rule.
 */
export class FieldReader {
  readonly byKey = new Map<string, Entry>();

  constructor(
    readonly view: NodeView,
    readonly node: AnyNode | undefined,
    readonly path: string,
    private readonly invalid: ReadonlySet<string>,
    private readonly problems: OffsetDiagnostic[],
  ) {
    if (isMap(node)) for (const e of view.entries(node)) this.byKey.set(e.key, e);
  }

  get isMap(): boolean {
    return isMap(this.node);
  }

  entry(key: string): Entry | undefined {
    return this.byKey.get(key);
  }

  isValid(key: string): boolean {
    // Most mappings pass validation: nothing to look up.
    if (this.invalid.size === 0) return true;
    const p = `${this.path}/${key}`;
    if (this.invalid.has(p)) return false;
    for (const bad of this.invalid) if (bad.startsWith(`${p}/`)) return false;
    return true;
  }

  /** A present, valid scalar; numbers are kept as their text (`baseline: 1200`). */
  text(key: string): Field<string> | undefined {
    const e = this.entry(key);
    if (!e || !e.value || !isScalar(e.value) || !this.isValid(key)) return undefined;
    const v = e.value.value;
    if (typeof v !== 'string' && typeof v !== 'number') return undefined;
    const value = String(v);
    if (value.trim() === '') return undefined;
    return { value, span: spanOf(e.value), keySpan: spanOf(e.keyNode) };
  }

  /** Like `text`, but an empty string counts as present (an enum value check needs it). */
  raw(key: string): Field<unknown> | undefined {
    const e = this.entry(key);
    if (!e || !e.value || !isScalar(e.value) || !this.isValid(key)) return undefined;
    return { value: e.value.value, span: spanOf(e.value), keySpan: spanOf(e.keyNode) };
  }

  bool(key: string): Field<boolean> | undefined {
    const f = this.raw(key);
    return f && typeof f.value === 'boolean' ? { ...f, value: f.value } : undefined;
  }

  number(key: string): Field<number> | undefined {
    const f = this.raw(key);
    return f && typeof f.value === 'number' ? { ...f, value: f.value } : undefined;
  }

  /** A start/end that may be a period; an impossible calendar date becomes a `schema` problem. */
  dateOrPeriod(key: string, role: DateRole): DateField | undefined {
    const f = this.raw(key);
    if (!f || (typeof f.value !== 'string' && typeof f.value !== 'number')) return undefined;
    const parsed = parseDateOrPeriod(f.value, role);
    return this.finishDate(key, f, parsed);
  }

  dayDate(key: string): DateField | undefined {
    const f = this.raw(key);
    if (!f || typeof f.value !== 'string') return undefined;
    return this.finishDate(key, f, parseDayDate(f.value));
  }

  private finishDate(key: string, f: Field<unknown>, parsed: ReturnType<typeof parseDayDate>): DateField | undefined {
    const value = String(f.value);
    if (!parsed.ok) {
      this.problems.push({ code: 'schema', ...f.span, message: impossibleDateMessage(key, value) });
      return undefined;
    }
    return { value, span: f.span, keySpan: f.keySpan, day: parsed.day };
  }

  /** Child nodes of a list-valued key (the list itself must be valid as a whole). */
  list(key: string): { keyNode: Entry['keyNode']; items: (AnyNode | undefined)[]; raw: unknown[] } | undefined {
    const e = this.entry(key);
    if (!e || !e.value || !isSeq(e.value)) return undefined;
    return { keyNode: e.keyNode, items: this.view.items(e.value), raw: e.value.items };
  }

  child(key: string): FieldReader {
    const e = this.entry(key);
    return new FieldReader(this.view, e?.value, `${this.path}/${key}`, this.invalid, this.problems);
  }

  item(listKey: string, index: number, node: AnyNode | undefined): FieldReader {
    return new FieldReader(this.view, node, `${this.path}/${listKey}/${index}`, this.invalid, this.problems);
  }
}

function impossibleDateMessage(key: string, value: string): string {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(value);
  if (m) {
    const month = Number(m[2]);
    if (month < 1 || month > 12) return `\`${key}\` ${value} is not a real date: there is no month ${m[2]}.`;
    if (m[3] !== undefined) {
      const year = Number(m[1]);
      const last = daysInMonth(year, month);
      return `\`${key}\` ${value} is not a real date: ${MONTH_NAMES[month - 1]} ${year} has ${last} days.`;
    }
  }
  return `\`${key}\` ${value} is not a real date.`;
}
