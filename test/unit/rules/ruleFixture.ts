import assert from 'node:assert/strict';
import { analyzeRoadmap } from '../../../server/src/core/analyze';
import { ruleDocsUrl } from '../../../server/src/core/catalogue';
import type {
  Diagnostic,
  DiagnosticFacts,
  Position,
  Range,
  RuleCode,
  Severity,
} from '../../../server/src/core/diagnostic';
import { DEFAULT_CONFIG } from '../../../server/src/core/options';
import type { ResolvedConfig, RuleOptions } from '../../../server/src/core/options';

/**
 * Expected ranges are written into the YAML between these brackets, so a test shows the
 * exact text a diagnostic must cover. Neither character is meaningful in any YAML we write.
 */
export const OPEN = '\u27e6'; // ⟦
export const CLOSE = '\u27e7'; // ⟧

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

function indent(text: string, by: number): string {
  const pad = ' '.repeat(by);
  return dedent(text)
    .split('\n')
    .map((l) => (l.trim() === '' ? l : pad + l))
    .join('\n');
}

/** The base initiatives: one per competency, five owners, one early win ending 2027-03-31. */
export const BASE_INITIATIVES: Readonly<Record<string, string>> = {
  'asset-metrics': yaml`
    - id: asset-metrics
      title: Monthly customer gain and loss report
      competency: customers-as-assets
      owner: Priya Nair
      start: 2027-01-04
      end: 2027-03-31
      status: active
      early_win: true
      outcome: Leaders review customer gain and loss every month
      stage: renew
      measures:
        - metric: customers lost per month
          kind: behaviour
          baseline: 1200
          target: -10%
          by: 2027-12-31`,
  'journey-map': yaml`
    - id: journey-map
      title: One journey map for every leader
      competency: align-around-experience
      owner: Lee Chen
      start: 2027-04-01
      end: 2027-12-31
      status: planned
      stage: discover
      measures:
        - metric: teams using the journey map in planning
          kind: behaviour`,
  'listening-posts': yaml`
    - id: listening-posts
      title: Listening path across the journey
      competency: listening-path
      owner: Omar Haddad
      start: 2027-07-01
      end: 2028-06-30
      status: planned
      stage: use
      measures:
        - metric: repeat contacts per 1000 customers
          kind: behaviour`,
  'reliability-fixes': yaml`
    - id: reliability-fixes
      title: Fix the top ten failures in getting help
      competency: reliability-innovation
      owner: Ana Ruiz
      start: 2028-01-01
      end: 2029-06-30
      status: planned
      stage: get-help
      measures:
        - metric: customers who renew after a support case
          kind: behaviour`,
  'customer-room': yaml`
    - id: customer-room
      title: Leaders meet in the customer room
      competency: one-company-leadership
      owner: Sam Ortiz
      start: 2027-02-01
      end: 2031-12-31
      status: active
      stage: join
      measures:
        - metric: actions agreed in the customer room and completed
          kind: behaviour`,
};

/** The top-level blocks of the base roadmap, in file order (initiatives are built apart). */
export const BASE_TOP: Readonly<Record<string, string>> = {
  cxroadmap: 'cxroadmap: 1',
  title: 'title: Acme Customer Experience Roadmap',
  owner: 'owner: Dana Reyes',
  sponsor: 'sponsor: Sam Ortiz (CEO)',
  horizon: yaml`
    horizon:
      start: 2027-01-01
      end: 2031-12-31`,
  governance: yaml`
    governance:
      board: CX Leadership Council
      members: [Dana Reyes, Sam Ortiz, Priya Nair]
      review: monthly
      customer_room: monthly`,
  journey: yaml`
    journey:
      stages: [discover, join, use, get-help, renew]`,
};

export interface RoadmapParts {
  /** Text before the first key (comments, suppression directives). */
  prefix?: string;
  /**
   * Top-level blocks by key, key line included; `null` drops one. A key the base does not
   * have is added before `initiatives`; an `initiatives` block replaces the whole list.
   */
  top?: Record<string, string | null>;
  /** Base initiatives by id: replaced by the given list item, or dropped with `null`. */
  replace?: Record<string, string | null>;
  /** List items appended after the base initiatives. */
  add?: string[];
  /** Top-level keys (the base's or `initiatives`) written between range markers. */
  mark?: string[];
}

/** The clean base roadmap with the given changes, as marked text. */
export function roadmap(parts: RoadmapParts = {}): string {
  const top = parts.top ?? {};
  const mark = new Set(parts.mark ?? []);
  const markKey = (key: string, block: string): string =>
    mark.has(key) && block.startsWith(`${key}:`) ? `${OPEN}${key}${CLOSE}${block.slice(key.length)}` : block;
  for (const id of Object.keys(parts.replace ?? {})) assert.ok(id in BASE_INITIATIVES, `no base initiative ${id}`);

  const blocks: string[] = [];
  for (const [key, base] of Object.entries(BASE_TOP)) {
    const block = key in top ? top[key] : base;
    if (block !== null) blocks.push(markKey(key, dedent(block)));
  }
  for (const [key, block] of Object.entries(top)) {
    if (key in BASE_TOP || key === 'initiatives' || block === null) continue;
    blocks.push(markKey(key, dedent(block)));
  }
  if ('initiatives' in top) {
    const block = top.initiatives;
    if (block !== null) blocks.push(markKey('initiatives', dedent(block)));
  } else {
    const items: string[] = [];
    for (const [id, base] of Object.entries(BASE_INITIATIVES)) {
      const item = parts.replace && id in parts.replace ? parts.replace[id] : base;
      if (item !== null) items.push(indent(item, 2));
    }
    for (const item of parts.add ?? []) items.push(indent(item, 2));
    blocks.push(markKey('initiatives', ['initiatives:', ...items].join('\n')));
  }
  return (parts.prefix ? dedent(parts.prefix) + '\n' : '') + blocks.join('\n') + '\n';
}

export type InitiativeFields = Record<string, string | null | undefined>;

/**
 * A complete initiative (valid, owned, measured by behaviour) as a list item; fields give
 * raw YAML values (markers allowed), `null` drops a field, and a value with line breaks is
 * written as a block under its key.
 */
export function initiative(fields: InitiativeFields & { id: string }): string {
  const { id, ...rest } = fields;
  const all: InitiativeFields = {
    id,
    title: `Initiative ${unmarked(id)}`,
    competency: 'listening-path',
    owner: `Owner of ${unmarked(id)}`,
    start: '2028-01-01',
    end: '2028-12-31',
    status: 'planned',
    measures: '- metric: customers who buy again\n  kind: behaviour',
    ...rest,
  };
  const lines: string[] = [];
  for (const [key, value] of Object.entries(all)) {
    if (value === null || value === undefined) continue;
    const prefix = lines.length === 0 ? '- ' : '  ';
    if (value.includes('\n')) lines.push(`${prefix}${key}:`, indent(value, 4));
    else lines.push(`${prefix}${key}: ${value}`);
  }
  return lines.join('\n');
}

export interface ConfigChanges {
  rules?: ResolvedConfig['rules'];
  options?: Partial<RuleOptions>;
}

export function config(changes: ConfigChanges): ResolvedConfig {
  return { rules: { ...changes.rules }, options: { ...DEFAULT_CONFIG.options, ...changes.options } };
}

/** Every diagnostic of the (marker-free) text. */
export function analyze(marked: string, cfg: ResolvedConfig = DEFAULT_CONFIG): Diagnostic[] {
  return analyzeRoadmap(parseMarked(marked).text, cfg).diagnostics;
}

/** The diagnostics of one code; range markers in the text are ignored. */
export function diagnosticsFor(marked: string, code: RuleCode, cfg: ResolvedConfig = DEFAULT_CONFIG): Diagnostic[] {
  return analyze(marked, cfg).filter((d) => d.code === code);
}

export interface Expected {
  severity: Severity;
  /** The exact message, or facts it must contain. */
  message: string | readonly string[];
  /** Which ⟦…⟧ range this diagnostic covers; by default the i-th, or the only one. */
  at?: number;
  /** The facts the diagnostic's `data` carries for fixes (none by default). */
  facts?: DiagnosticFacts;
}

/**
 * Asserts the diagnostics of `code`, in their sorted order, as whole LSP objects: ranges
 * from the markers, the given severity and message, the catalogue's code, source and href.
 */
export function assertDiagnostics(
  marked: string,
  code: RuleCode,
  expected: readonly Expected[],
  cfg: ResolvedConfig = DEFAULT_CONFIG,
): Diagnostic[] {
  const { text, ranges } = parseMarked(marked);
  const actual = analyzeRoadmap(text, cfg).diagnostics.filter((d) => d.code === code);
  const want: Diagnostic[] = expected.map((e, i) => {
    const at = e.at ?? (ranges.length === 1 ? 0 : i);
    assert.ok(at < ranges.length, `no range marker #${at} for expected diagnostic #${i}`);
    let message: string;
    if (typeof e.message === 'string') {
      message = e.message;
    } else {
      const got = actual[i]?.message ?? '';
      for (const fact of e.message)
        assert.ok(got.includes(fact), `message ${JSON.stringify(got)} lacks ${JSON.stringify(fact)}`);
      message = got;
    }
    // The fingerprint's recipe has tests of its own; here it must only be there.
    const fingerprint = actual[i]?.data.fingerprint ?? '';
    assert.match(fingerprint, /^[0-9a-f]{16}(:\d+)?$/);
    const initiative = actual[i]?.data.initiative;
    return {
      range: ranges[at],
      severity: e.severity,
      code,
      codeDescription: { href: ruleDocsUrl(code) },
      source: 'cxroadmap',
      message,
      data: { fingerprint, ...(initiative !== undefined ? { initiative } : {}), ...e.facts },
    };
  });
  assert.deepStrictEqual(actual, want);
  return actual;
}

export function assertQuiet(marked: string, code: RuleCode, cfg: ResolvedConfig = DEFAULT_CONFIG): void {
  assert.deepStrictEqual(diagnosticsFor(marked, code, cfg), []);
}
