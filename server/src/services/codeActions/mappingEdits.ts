import { isMap } from 'yaml';
import type { Pair, YAMLMap } from 'yaml';
import type { TextEdit } from 'vscode-languageserver-types';
import type { DocText } from './docText';
import { scalarText } from './scalarText';
import { isEmptyValue, keyText } from './yamlDocument';

/** A value to write: text is quoted when needed, `source` is written as it is. */
export type NewValue =
  | { kind: 'text'; value: string }
  | { kind: 'source'; source: string }
  | { kind: 'list'; items: string[] }
  | { kind: 'map'; entries: [string, NewValue][] };

export const text = (value: string): NewValue => ({ kind: 'text', value });
export const source = (src: string): NewValue => ({ kind: 'source', source: src });

/** The keys of the format's mappings in the order of docs/format.md#a-complete-example. */
export const ROOT_ORDER = [
  'cxroadmap',
  'title',
  'owner',
  'sponsor',
  'horizon',
  'governance',
  'journey',
  'competencies',
  'initiatives',
];
export const GOVERNANCE_ORDER = ['board', 'members', 'review', 'customer_room'];
export const INITIATIVE_ORDER = [
  'id',
  'title',
  'competency',
  'owner',
  'team',
  'start',
  'end',
  'status',
  'note',
  'early_win',
  'outcome',
  'measures',
  'stage',
  'depends_on',
  'links',
  'milestones',
];

function renderFlow(v: NewValue): string {
  switch (v.kind) {
    case 'text':
      return scalarText(v.value, true);
    case 'source':
      return v.source;
    case 'list':
      return `[${v.items.map((i) => scalarText(i, true)).join(', ')}]`;
    case 'map':
      return `{${v.entries.map(([k, c]) => `${k}: ${renderFlow(c)}`).join(', ')}}`;
  }
}

function renderInline(v: NewValue, flow: boolean): string {
  if (v.kind === 'text') return scalarText(v.value, flow);
  return renderFlow(v);
}

function renderBlock(key: string, v: NewValue, indent: string, step: string): string[] {
  if (v.kind === 'map') return [`${indent}${key}:`, ...renderChildren(v, indent + step, step)];
  return [`${indent}${key}: ${renderInline(v, false)}`];
}

function renderChildren(v: NewValue & { kind: 'map' }, indent: string, step: string): string[] {
  return v.entries.flatMap(([k, c]) => renderBlock(k, c, indent, step));
}

export interface MappingEditOptions {
  /** Key order of this kind of mapping: a new key goes after the last key that precedes it. */
  order: readonly string[];
  /** Indentation of a nested block (the document's own step, usually two spaces). */
  step: string;
}

/**
 * Edits that give each key its value: a key written with an empty value gets the value,
 * a missing key is added at its place in `order` (block or flow style, as the mapping is
 * written). Undefined when a key already has a value or the mapping cannot be edited.
 */
export function setKeys(
  doc: DocText,
  map: YAMLMap,
  entries: [string, NewValue][],
  opts: MappingEditOptions,
): TextEdit[] | undefined {
  const edits: TextEdit[] = [];
  const groups = new Map<Pair | undefined, [string, NewValue][]>();
  for (const [key, value] of entries) {
    const existing = map.items.find((p) => keyText(p) === key);
    if (existing) {
      const fill = fillEmpty(doc, map, existing, value, opts.step);
      if (!fill) return undefined;
      edits.push(...fill);
      continue;
    }
    const after = predecessor(map, key, opts.order);
    const group = groups.get(after) ?? [];
    group.push([key, value]);
    groups.set(after, group);
  }
  for (const [after, group] of groups) {
    group.sort((a, b) => rank(opts.order, a[0]) - rank(opts.order, b[0]));
    const edit = insertPairs(doc, map, after, group, opts.step);
    if (!edit) return undefined;
    edits.push(edit);
  }
  return edits;
}

function rank(order: readonly string[], key: string): number {
  const i = order.indexOf(key);
  return i < 0 ? order.length : i;
}

/** The pair a new key follows: the latest written key that comes before it in `order`. */
function predecessor(map: YAMLMap, key: string, order: readonly string[]): Pair | undefined {
  const pairs = map.items;
  const idx = order.indexOf(key);
  if (idx < 0) return pairs[pairs.length - 1];
  const before = new Set(order.slice(0, idx));
  let best: Pair | undefined;
  for (const p of pairs) {
    const k = keyText(p);
    if (k === undefined || !before.has(k)) continue;
    if (!best || keyStart(p) > keyStart(best)) best = p;
  }
  return best;
}

function keyStart(p: Pair): number {
  return (p.key as { range?: [number, number, number] }).range?.[0] ?? 0;
}

function keyEnd(p: Pair): number {
  return (p.key as { range?: [number, number, number] }).range?.[1] ?? 0;
}

function pairEnd(p: Pair): number {
  const v = (p.value as { range?: [number, number, number] } | null)?.range;
  return Math.max(keyEnd(p), v ? v[1] : 0);
}

/** Column of the mapping's keys in block style, as spaces. */
function blockIndent(doc: DocText, map: YAMLMap): string | undefined {
  const first = map.items[0];
  if (!first) return undefined;
  return ' '.repeat(doc.columnOf(keyStart(first)));
}

function insertPairs(
  doc: DocText,
  map: YAMLMap,
  after: Pair | undefined,
  entries: [string, NewValue][],
  step: string,
): TextEdit | undefined {
  const pairs = map.items;
  if (map.flow) {
    const rendered = entries.map(([k, v]) => `${k}: ${renderFlow(v)}`).join(', ');
    if (after) return doc.insert(doc.contentEnd(keyStart(after), pairEnd(after)), `, ${rendered}`);
    if (pairs[0]) return doc.insert(keyStart(pairs[0]), `${rendered}, `);
    const open = map.range?.[0];
    return open === undefined ? undefined : doc.insert(open + 1, rendered);
  }
  const indent = blockIndent(doc, map);
  if (indent === undefined) return undefined;
  const lines = entries.flatMap(([k, v]) => renderBlock(k, v, indent, step));
  if (after) {
    const line = doc.lastLineOf(keyStart(after), pairEnd(after));
    return doc.insert(doc.lines.lineEnd(line), doc.eol + lines.join(doc.eol));
  }
  // Before the first key: the new lines take the first key's place, which moves down.
  if (!pairs[0]) return undefined;
  const first = lines.map((l, i) => (i === 0 ? l.slice(indent.length) : l));
  return doc.insert(keyStart(pairs[0]), first.join(doc.eol) + doc.eol + indent);
}

/** Writes a value into `key:` / `key: ~` / `key: ""`. */
function fillEmpty(doc: DocText, map: YAMLMap, pair: Pair, value: NewValue, step: string): TextEdit[] | undefined {
  if (!isEmptyValue(pair.value)) return undefined;
  const range = (pair.value as { range?: [number, number, number] } | null)?.range;
  const written =
    range && range[1] > range[0] ? { start: range[0], end: doc.contentEnd(range[0], range[1]) } : undefined;
  const colon = doc.text.indexOf(':', keyEnd(pair));
  if (colon < 0) return undefined;
  if (value.kind === 'map' && !map.flow) {
    const keyLine = doc.lines.lineOf(keyStart(pair));
    const indent = ' '.repeat(doc.columnOf(keyStart(pair))) + step;
    const edits: TextEdit[] = [];
    if (written) edits.push(doc.replace(written.start, written.end, ''));
    edits.push(doc.insert(doc.lines.lineEnd(keyLine), doc.eol + renderChildren(value, indent, step).join(doc.eol)));
    return edits;
  }
  const rendered = renderInline(value, Boolean(map.flow));
  if (rendered === '') return [];
  if (written) return [doc.replace(written.start, written.end, rendered)];
  return [doc.insert(colon + 1, ` ${rendered}`)];
}

/** The indentation step of the document: how far the first nested block mapping is indented. */
export function indentStep(doc: DocText, root: YAMLMap | undefined): string {
  for (const pair of root?.items ?? []) {
    if (!isMap(pair.value) || pair.value.flow) continue;
    const child = pair.value.items[0];
    if (!child) continue;
    const diff = doc.columnOf(keyStart(child)) - doc.columnOf(keyStart(pair));
    if (diff > 0) return ' '.repeat(diff);
  }
  return '  ';
}
