import assert from 'node:assert/strict';

/*
 * One way for tests to write roadmaps: a clean base that satisfies every rule, changed only
 * where a test needs it, so each test states what matters to it and nothing else.
 */

/**
 * Expected ranges are written into the YAML between these brackets, so a test shows the
 * exact text a diagnostic must cover. Neither character is meaningful in any YAML we write.
 */
export const OPEN = '\u27e6'; // ⟦
export const CLOSE = '\u27e7'; // ⟧

/** A position as LSP counts it: 0-based line, UTF-16 character. */
export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

/** The text with its range markers removed. */
export function unmarked(text: string): string {
  return text.split(OPEN).join('').split(CLOSE).join('');
}

export interface Marked {
  /** The text with the markers removed: what gets analysed. */
  text: string;
  /** One range per ⟦…⟧ pair, in document order. */
  ranges: Range[];
}

/**
 * Positions counted as docs/format.md#positions-and-ranges demands (0-based lines ended by `\n`, `\r\n` or a lone
 * `\r`; UTF-16 characters), computed independently of the implementation's LineIndex.
 */
export function positionIn(text: string, offset: number): Position {
  let line = 0;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    const c = text[i];
    if (c === '\r' && text[i + 1] === '\n' && i + 1 < offset) continue;
    if (c === '\n' || c === '\r') {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, character: offset - lineStart };
}

/** The offset of a position, the inverse of `positionIn`. */
export function offsetIn(text: string, p: Position): number {
  let line = 0;
  let i = 0;
  while (line < p.line && i < text.length) {
    const c = text[i];
    i++;
    if (c === '\r' && text[i] === '\n') i++;
    if (c === '\n' || c === '\r') line++;
  }
  return i + p.character;
}

/** The offset of the `occurrence`-th (from 0) `needle` in `text`; fails when there is none. */
export function find(text: string, needle: string, occurrence = 0): number {
  let at = -1;
  for (let n = 0; n <= occurrence; n++) {
    at = text.indexOf(needle, at + 1);
    assert.ok(at >= 0, `${JSON.stringify(needle)} #${occurrence} not in the text`);
  }
  return at;
}

export function parseMarked(marked: string): Marked {
  let text = '';
  const offsets: [number, number][] = [];
  let open: number | undefined;
  for (const ch of marked) {
    if (ch === OPEN) {
      assert.equal(open, undefined, 'nested or unclosed range marker');
      open = text.length;
    } else if (ch === CLOSE) {
      assert.notEqual(open, undefined, 'range marker closed before it was opened');
      offsets.push([open!, text.length]);
      open = undefined;
    } else {
      text += ch;
    }
  }
  assert.equal(open, undefined, 'unclosed range marker');
  return { text, ranges: offsets.map(([s, e]) => ({ start: positionIn(text, s), end: positionIn(text, e) })) };
}

/**
 * Template tag: drops the first line break and the indentation common to all lines, so
 * YAML can be written indented inside a test.
 */
export function yaml(strings: TemplateStringsArray, ...values: unknown[]): string {
  let raw = strings[0];
  values.forEach((v, i) => {
    raw += String(v) + strings[i + 1];
  });
  return dedent(raw);
}

export function dedent(raw: string): string {
  const lines = raw
    .replace(/^\n/, '')
    .replace(/\n[ \t]*$/, '')
    .split('\n');
  const indents = lines.filter((l) => l.trim() !== '').map((l) => /^ */.exec(l)![0].length);
  const cut = indents.length > 0 ? Math.min(...indents) : 0;
  return lines.map((l) => l.slice(cut)).join('\n');
}

export function indent(text: string, by: number): string {
  const pad = ' '.repeat(by);
  return dedent(text)
    .split('\n')
    .map((l) => (l.trim() === '' ? l : pad + l))
    .join('\n');
}

/**
 * Raw YAML values by key, in file order: `null` or `undefined` leaves a key out, and a
 * block value (several lines, a `- ` list or a `key: ` mapping) goes on the lines below its key.
 */
export type Fields = Record<string, string | null | undefined>;

const isBlock = (value: string): boolean => value.includes('\n') || /^(- |[\w-]+:(\s|$))/.test(value);

/** The fields as mapping lines; the first line gets `first` in front, the others `rest`. */
function mapping(fields: Fields, first: string, rest: string): string {
  const lines: string[] = [];
  for (const [key, value] of Object.entries(fields)) {
    if (value === null || value === undefined) continue;
    const prefix = lines.length === 0 ? first : rest;
    if (isBlock(value)) lines.push(`${prefix}${key}:`, indent(value, rest.length + 2));
    else lines.push(`${prefix}${key}: ${value}`);
  }
  return lines.join('\n');
}

/** Exactly the given fields, in their order, as a list item. */
export function item(fields: Fields): string {
  return mapping(fields, '- ', '  ');
}

/** `base` with `changes`: a key it has keeps its place, a new key comes last. */
function merged(base: Fields, changes: Fields): Fields {
  return { ...base, ...changes };
}

/** A one-line `measures` list: the metric alone. */
export const metric = (name: string): string => `- metric: ${name}`;

const behaviour = (name: string): string => `${metric(name)}\n  kind: behaviour`;

/** The base initiatives: one per competency, five owners, one early win ending 2027-03-31. */
export const BASE_INITIATIVES: Readonly<Record<string, Readonly<Fields>>> = {
  'asset-metrics': {
    id: 'asset-metrics',
    title: 'Monthly customer gain and loss report',
    competency: 'customers-as-assets',
    owner: 'Priya Nair',
    start: '2027-01-04',
    end: '2027-03-31',
    status: 'active',
    early_win: 'true',
    outcome: 'Leaders review customer gain and loss every month',
    stage: 'renew',
    measures: `${behaviour('customers lost per month')}\n  baseline: 1200\n  target: -10%\n  by: 2027-12-31`,
  },
  'journey-map': {
    id: 'journey-map',
    title: 'One journey map for every leader',
    competency: 'align-around-experience',
    owner: 'Lee Chen',
    start: '2027-04-01',
    end: '2027-12-31',
    status: 'planned',
    stage: 'discover',
    measures: behaviour('teams using the journey map in planning'),
  },
  'listening-posts': {
    id: 'listening-posts',
    title: 'Listening path across the journey',
    competency: 'listening-path',
    owner: 'Omar Haddad',
    start: '2027-07-01',
    end: '2028-06-30',
    status: 'planned',
    stage: 'use',
    measures: behaviour('repeat contacts per 1000 customers'),
  },
  'reliability-fixes': {
    id: 'reliability-fixes',
    title: 'Fix the top ten failures in getting help',
    competency: 'reliability-innovation',
    owner: 'Ana Ruiz',
    start: '2028-01-01',
    end: '2029-06-30',
    status: 'planned',
    stage: 'get-help',
    measures: behaviour('customers who renew after a support case'),
  },
  'customer-room': {
    id: 'customer-room',
    title: 'Leaders meet in the customer room',
    competency: 'one-company-leadership',
    owner: 'Sam Ortiz',
    start: '2027-02-01',
    end: '2031-12-31',
    status: 'active',
    stage: 'join',
    measures: behaviour('actions agreed in the customer room and completed'),
  },
};

/** The base initiative `id` with `changes` (see `Fields`), as a list item. */
export function baseInitiative(id: string, changes: Fields = {}): string {
  const base = BASE_INITIATIVES[id];
  assert.ok(base, `no base initiative ${id}`);
  return item(merged(base, changes));
}

export const BASE_HORIZON: Readonly<Fields> = { start: '2027-01-01', end: '2031-12-31' };

export const BASE_GOVERNANCE: Readonly<Fields> = {
  board: 'CX Leadership Council',
  members: '[Dana Reyes, Sam Ortiz, Priya Nair]',
  review: 'monthly',
  customer_room: 'monthly',
};

/** The keys every base initiative starts with: what it is, who owns it, and when. */
const CORE_KEYS = ['id', 'title', 'competency', 'owner', 'start', 'end'];

/**
 * The base initiative `id` cut to its core keys (see `CORE_KEYS`), with `changes`: for tests
 * whose roadmaps need not pass every rule, or that add their own keys.
 */
export function coreInitiative(id: string, changes: Fields = {}): string {
  const base = BASE_INITIATIVES[id];
  assert.ok(base, `no base initiative ${id}`);
  const core = Object.fromEntries(Object.entries(base).filter(([key]) => CORE_KEYS.includes(key)));
  return item(merged(core, changes));
}

/** The top-level values of the base roadmap, in file order (initiatives are built apart). */
export const BASE_TOP: Readonly<Fields> = {
  cxroadmap: '1',
  title: 'Acme Customer Experience Roadmap',
  owner: 'Dana Reyes',
  sponsor: 'Sam Ortiz (CEO)',
  horizon: mapping(BASE_HORIZON, '', ''),
  governance: mapping(BASE_GOVERNANCE, '', ''),
  journey: 'stages: [discover, join, use, get-help, renew]',
};

export interface RoadmapParts {
  /** Text before the first key (comments, suppression directives). */
  prefix?: string;
  /**
   * Top-level blocks by key, key line included; `null` drops one. A key the base does not
   * have is added before `initiatives`; an `initiatives` block replaces the whole list.
   */
  top?: Record<string, string | null>;
  /** Top-level values by key, as `Fields`: for a value rather than a whole block. */
  set?: Fields;
  /** Keys of the base `horizon`, as `Fields`: for one date rather than the whole block. */
  horizon?: Fields;
  /** Keys of the base `governance`, as `Fields`: for one key rather than the whole block. */
  governance?: Fields;
  /** The whole list of initiatives, as list items, instead of the base's. */
  initiatives?: string[];
  /** Base initiatives by id: replaced by the given list item, or dropped with `null`. */
  replace?: Record<string, string | null>;
  /** List items appended after the base initiatives. */
  add?: string[];
  /** Top-level keys (the base's or `initiatives`) written between range markers. */
  mark?: string[];
}

/** The clean base roadmap with the given changes, as (possibly marked) text. */
export function roadmap(parts: RoadmapParts = {}): string {
  const top = parts.top ?? {};
  const mark = new Set(parts.mark ?? []);
  const markKey = (key: string, block: string): string =>
    mark.has(key) && block.startsWith(`${key}:`) ? `${OPEN}${key}${CLOSE}${block.slice(key.length)}` : block;
  for (const id of Object.keys(parts.replace ?? {})) assert.ok(id in BASE_INITIATIVES, `no base initiative ${id}`);
  const nested: Fields = {};
  if (parts.horizon) nested.horizon = mapping(merged(BASE_HORIZON, parts.horizon), '', '');
  if (parts.governance) nested.governance = mapping(merged(BASE_GOVERNANCE, parts.governance), '', '');
  const values = merged(merged(BASE_TOP, nested), parts.set ?? {});

  const blocks: string[] = [];
  for (const [key, value] of Object.entries(values)) {
    const block = key in top ? top[key] : value == null ? null : mapping({ [key]: value }, '', '');
    if (block !== null) blocks.push(markKey(key, dedent(block)));
  }
  for (const [key, block] of Object.entries(top)) {
    if (key in values || key === 'initiatives' || block === null) continue;
    blocks.push(markKey(key, dedent(block)));
  }
  if ('initiatives' in top) {
    const block = top.initiatives;
    if (block !== null) blocks.push(markKey('initiatives', dedent(block)));
  } else {
    const items: string[] = [];
    if (parts.initiatives) {
      items.push(...parts.initiatives.map((i) => indent(i, 2)));
    } else {
      for (const id of Object.keys(BASE_INITIATIVES)) {
        const given = parts.replace && id in parts.replace ? parts.replace[id] : baseInitiative(id);
        if (given !== null) items.push(indent(given, 2));
      }
    }
    for (const added of parts.add ?? []) items.push(indent(added, 2));
    blocks.push(markKey('initiatives', ['initiatives:', ...items].join('\n')));
  }
  return (parts.prefix ? dedent(parts.prefix) + '\n' : '') + blocks.join('\n') + '\n';
}

/**
 * A complete initiative (valid, owned, measured by behaviour) as a list item; fields give
 * raw YAML values (markers allowed), and those not among the defaults come last.
 */
export function initiative(fields: Fields & { id: string }): string {
  const { id, ...rest } = fields;
  return item({
    id,
    title: `Initiative ${unmarked(id)}`,
    competency: 'listening-path',
    owner: `Owner of ${unmarked(id)}`,
    start: '2028-01-01',
    end: '2028-12-31',
    status: 'planned',
    measures: behaviour('customers who buy again'),
    ...rest,
  });
}

/** The base roadmap with complete initiatives (see `initiative`) added after its own. */
export function withInitiatives(...added: (Fields & { id: string })[]): string {
  return roadmap({ add: added.map(initiative) });
}

/** `text` with the first `from` replaced by `to`; fails when the text has no `from`. */
export function edit(text: string, from: string, to: string): string {
  assert.ok(text.includes(from), `the fixture has no ${JSON.stringify(from)}`);
  return text.replace(from, to);
}

/** `text` with exact replacements, each `from` occurring exactly once. */
export function changed(text: string, ...pairs: [string, string][]): string {
  let out = text;
  for (const [from, to] of pairs) {
    assert.equal(out.split(from).length, 2, `expected exactly one ${JSON.stringify(from)}`);
    out = out.replace(from, to);
  }
  return out;
}

/**
 * The base that core tests edit: clean under the default rules, with dates written as
 * periods (`2027-Q1`, `2027-H2`) and measures without `kind`, which those tests read.
 */
export const CLEAN = roadmap({
  set: {
    governance: 'board: CX Leadership Council\nreview: monthly\ncustomer_room: monthly',
    journey: 'stages: [discover, renew]',
  },
  initiatives: [
    baseInitiative('asset-metrics', {
      end: '2027-Q1',
      status: null,
      stage: null,
      measures: behaviour('customers lost per month'),
    }),
    baseInitiative('journey-map', {
      title: 'One map of the customer journey',
      start: '2027',
      end: '2027',
      status: null,
      stage: null,
      measures: '- metric: teams using the journey map',
    }),
    item({
      id: 'listening',
      title: 'Listening path',
      competency: 'listening-path',
      owner: 'Ana Silva',
      start: '2027-H2',
      end: '2028-H1',
      measures: '- metric: complaints resolved at first contact',
    }),
    item({
      id: 'reliability',
      title: 'Reliability metrics',
      competency: 'reliability-innovation',
      owner: 'Omar Haddad',
      start: '2028-01',
      end: '2028-12',
      measures: '- metric: failed installations per month',
    }),
    baseInitiative('customer-room', {
      title: 'Monthly customer room',
      owner: 'Dana Reyes',
      status: null,
      stage: null,
      measures: '- metric: customer room sessions held',
    }),
  ],
});
