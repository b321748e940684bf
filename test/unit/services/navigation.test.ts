import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import type {
  DocumentSymbol,
  FoldingRange,
  Location,
  Position,
  Range,
  SymbolInformation,
  TextEdit,
} from 'vscode-languageserver-types';
import { analyzeRoadmap } from '../../../server/src/core/analyze';
import type { DocumentContext } from '../../../server/src/services/documentContext';
import {
  getDefinition,
  getDocumentSymbols,
  getFoldingRanges,
  getReferences,
  getWorkspaceSymbols,
  prepareRename,
  rename,
} from '../../../server/src/services/navigation';
import { COMPETENCY_NAMES } from '../../../server/src/core/competencyNames';
import { NO_COMPETENCY } from '../../../server/src/services/navigation/documentSymbols';
import { find, positionIn } from '../../support/roadmapBuilder';
import { applyEdits, rangeIn } from '../../support/textEdits';

const URI = 'file:///work/acme.cxroadmap.yaml';

const NAV = `cxroadmap: 1
title: Acme Roadmap
horizon:
  start: 2027-01-01
  end: 2031-12-31
governance:
  board: CX Council
  review: monthly
journey:
  stages: [join, use]
# The work,
# in two competencies
initiatives:
  - id: asset-metrics
    title: Gain and loss report
    competency: customers-as-assets
    start: 2027-01-04
    end: 2027-Q1
    measures:
      - metric: customers lost
        kind: behaviour
  - id: journey-map
    title: One journey map
    competency: align-around-experience
    start: 2027-04-01
    end: 2027-12-31
    depends_on: [asset-metrics]
  - id: asset-value
    title: Value of customers
    competency: customers-as-assets
    start: 2028
    depends_on:
      - asset-metrics
      - journey-map
    links:
      - title: Dashboard
        url: https://example.com/d
  - id: "quoted-id"
    title: Quoted
    competency: typo-here
    depends_on: [ghost]
`;

/**
 * The cursor written as `|` inside a piece of the text: `caret(NAV, 'depends_on: [asset-me|trics]')`
 * finds the piece without the bar and returns the position where the bar stood.
 */
function caret(text: string, marked: string, occurrence = 0): Position {
  const bar = marked.indexOf('|');
  assert.ok(bar >= 0 && marked.indexOf('|', bar + 1) < 0, 'exactly one | marks the cursor');
  const piece = marked.slice(0, bar) + marked.slice(bar + 1);
  return positionIn(text, find(text, piece, occurrence) + bar);
}

/** From the start of one piece to the end of another. */
function between(text: string, from: string, to: string): Range {
  return { start: positionIn(text, find(text, from)), end: positionIn(text, find(text, to) + to.length) };
}

const REPOSITORY = path.resolve(__dirname, '../../../..');

function before(a: Position, b: Position): boolean {
  return a.line < b.line || (a.line === b.line && a.character < b.character);
}

function contains(range: Range, position: Position): boolean {
  return !before(position, range.start) && !before(range.end, position);
}

/**
 * What breadcrumbs show at `position`: from the top, the one symbol whose range holds it at
 * each level (ranges that overlap would make that choice arbitrary, so they fail here).
 */
function pathAt(symbols: DocumentSymbol[] | undefined, position: Position): string[] {
  const holding = (symbols ?? []).filter((s) => contains(s.range, position));
  assert.ok(holding.length <= 1, `${holding.map((s) => s.name).join(', ')} all hold ${JSON.stringify(position)}`);
  const [symbol] = holding;
  return symbol ? [symbol.name, ...pathAt(symbol.children, position)] : [];
}

/** Siblings follow one another without overlapping; each symbol lies in its parent and holds its selection. */
function assertNested(symbols: DocumentSymbol[], parent: DocumentSymbol | undefined): void {
  for (let i = 0; i < symbols.length; i++) {
    const s = symbols[i];
    assert.ok(!before(s.range.end, s.range.start), `${s.name} ends before it starts`);
    assert.ok(contains(s.range, s.selectionRange.start) && contains(s.range, s.selectionRange.end), s.name);
    if (parent) assert.ok(contains(parent.range, s.range.start) && contains(parent.range, s.range.end), s.name);
    const next = symbols[i + 1];
    if (next) assert.ok(before(s.range.end, next.range.start), `${s.name} overlaps ${next.name}`);
    assertNested(s.children ?? [], s);
  }
}

function contextOf(text: string, uri = URI): DocumentContext {
  return { uri, text, analysis: analyzeRoadmap(text) };
}

function loc(range: Range, uri = URI): Location {
  return { uri, range };
}

const ID = {
  assetMetrics: (t: string) => rangeIn(t, 'id: asset-metrics', 'asset-metrics'),
  journeyMap: (t: string) => rangeIn(t, 'id: journey-map', 'journey-map'),
  assetValue: (t: string) => rangeIn(t, 'id: asset-value', 'asset-value'),
  quoted: (t: string) => rangeIn(t, 'id: "quoted-id"', 'quoted-id'),
};

describe('navigation', () => {
  describe('document symbols', () => {
    it('outlines horizon, governance, journey, then each run of initiatives under its competency', () => {
      const t = NAV;
      const assetMetrics: DocumentSymbol = {
        name: 'Gain and loss report',
        kind: 24,
        range: between(t, '- id: asset-metrics', 'kind: behaviour'),
        selectionRange: ID.assetMetrics(t),
        detail: 'asset-metrics \u00b7 2027-01-04\u20132027-Q1',
      };
      const assetValue: DocumentSymbol = {
        name: 'Value of customers',
        kind: 19,
        range: between(t, '- id: asset-value', 'url: https://example.com/d'),
        selectionRange: ID.assetValue(t),
        detail: 'asset-value \u00b7 2028\u2013?',
      };
      const journeyMap: DocumentSymbol = {
        name: 'One journey map',
        kind: 24,
        range: between(t, '- id: journey-map', 'depends_on: [asset-metrics]'),
        selectionRange: ID.journeyMap(t),
        detail: 'journey-map \u00b7 2027-04-01\u20132027-12-31',
      };
      const quoted: DocumentSymbol = {
        name: 'Quoted',
        kind: 19,
        range: between(t, '- id: "quoted-id"', 'depends_on: [ghost]'),
        selectionRange: ID.quoted(t),
        detail: 'quoted-id',
      };
      const group = (name: string, children: DocumentSymbol[], detail?: string): DocumentSymbol => {
        const symbol: DocumentSymbol = {
          name,
          kind: 3,
          range: { start: children[0].range.start, end: children[children.length - 1].range.end },
          selectionRange: children[0].selectionRange,
          children,
        };
        if (detail) symbol.detail = detail;
        return symbol;
      };
      const expected: DocumentSymbol[] = [
        {
          name: 'horizon',
          kind: 19,
          range: between(t, 'horizon:', 'end: 2031-12-31'),
          selectionRange: rangeIn(t, 'horizon'),
          detail: '2027-01-01\u20132031-12-31',
        },
        {
          name: 'governance',
          kind: 19,
          range: between(t, 'governance:', 'review: monthly'),
          selectionRange: rangeIn(t, 'governance'),
          detail: 'CX Council',
        },
        {
          name: 'journey',
          kind: 19,
          range: between(t, 'journey:', 'stages: [join, use]'),
          selectionRange: rangeIn(t, 'journey:', 'journey'),
          detail: 'join, use',
        },
        group('Honor and Manage Customers as Assets', [assetMetrics], 'customers-as-assets'),
        group('Align Around Experience', [journeyMap], 'align-around-experience'),
        group('Honor and Manage Customers as Assets', [assetValue], 'customers-as-assets'),
        group('Without a known competency', [quoted]),
      ];
      assert.deepStrictEqual(getDocumentSymbols(contextOf(t)), expected);
    });

    it('keeps neighbouring initiatives of one competency in one group', () => {
      const t = [
        'cxroadmap: 1',
        'title: T',
        'initiatives:',
        '  - id: a',
        '    competency: listening-path',
        '  - id: b',
        '    competency: listening-path',
        '  - id: c',
        '    competency: one-company-leadership',
        '',
      ].join('\n');
      const initiative = (id: string, competency: string): DocumentSymbol => ({
        name: id,
        kind: 19,
        range: rangeIn(t, `- id: ${id}\n    competency: ${competency}`),
        selectionRange: rangeIn(t, `id: ${id}`, id),
        detail: id,
      });
      const a = initiative('a', 'listening-path');
      const b = initiative('b', 'listening-path');
      const c = initiative('c', 'one-company-leadership');
      assert.deepStrictEqual(getDocumentSymbols(contextOf(t)), [
        {
          name: 'Build a Customer Listening Path',
          kind: 3,
          range: { start: a.range.start, end: b.range.end },
          selectionRange: a.selectionRange,
          children: [a, b],
          detail: 'listening-path',
        },
        {
          name: 'One-Company Leadership, Accountability and Culture',
          kind: 3,
          range: c.range,
          selectionRange: c.selectionRange,
          children: [c],
          detail: 'one-company-leadership',
        },
      ]);
    });

    for (const example of ['acme-five-year.cxroadmap.yaml', 'needs-work.cxroadmap.yaml']) {
      it(`places every initiative of ${example} under its own competency, in ranges that nest`, () => {
        const text = readFileSync(path.join(REPOSITORY, 'examples', example), 'utf8');
        const ctx = contextOf(text);
        const symbols = getDocumentSymbols(ctx);
        assertNested(symbols, undefined);
        const initiatives = ctx.analysis.model.initiatives;
        assert.ok(initiatives.length >= 10, `only ${initiatives.length} initiatives`);
        for (const initiative of initiatives) {
          const competency = initiative.competency?.value;
          const group = competency === undefined ? NO_COMPETENCY : COMPETENCY_NAMES[competency];
          const title = initiative.title?.value ?? initiative.id?.value;
          const at = ctx.analysis.lines.positionAt(initiative.id?.span.start ?? initiative.span.start);
          const dash: Position = { line: at.line, character: at.character - 2 };
          for (const position of [at, dash, { line: at.line, character: at.character + 1 }])
            assert.deepEqual(pathAt(symbols, position), [group, title], `at ${JSON.stringify(position)}`);
        }
      });
    }

    it('names an initiative without title or id by its position', () => {
      const t = 'cxroadmap: 1\ntitle: T\ninitiatives:\n  - competency: listening-path\n';
      assert.deepStrictEqual(getDocumentSymbols(contextOf(t)), [
        {
          name: 'Build a Customer Listening Path',
          kind: 3,
          range: rangeIn(t, '- competency: listening-path'),
          selectionRange: rangeIn(t, 'competency'),
          detail: 'listening-path',
          children: [
            {
              name: 'Initiative 1',
              kind: 19,
              range: rangeIn(t, '- competency: listening-path'),
              selectionRange: rangeIn(t, 'competency'),
            },
          ],
        },
      ]);
    });
  });

  describe('definition', () => {
    const ctx = contextOf(NAV);

    it('goes from a depends_on id, in a flow or block list, to the initiative id', () => {
      assert.deepStrictEqual(getDefinition(ctx, caret(NAV, 'depends_on: [asset-me|trics]')), [
        loc(ID.assetMetrics(NAV)),
      ]);
      assert.deepStrictEqual(getDefinition(ctx, caret(NAV, '      - |journey-map')), [loc(ID.journeyMap(NAV))]);
      assert.deepStrictEqual(getDefinition(ctx, caret(NAV, '      - journey-map|')), [loc(ID.journeyMap(NAV))]);
    });

    it('leads an id to itself, quotes left out', () => {
      assert.deepStrictEqual(getDefinition(ctx, caret(NAV, 'id: journey|-map')), [loc(ID.journeyMap(NAV))]);
      assert.deepStrictEqual(getDefinition(ctx, caret(NAV, 'id: "quo|ted-id"')), [loc(ID.quoted(NAV))]);
    });

    it('finds nothing on an unknown id or elsewhere', () => {
      assert.deepStrictEqual(getDefinition(ctx, caret(NAV, '[gh|ost]')), []);
      assert.deepStrictEqual(getDefinition(ctx, caret(NAV, 'title: One jo|urney map')), []);
      assert.deepStrictEqual(getDefinition(ctx, caret(NAV, 'i|d: asset-value')), []);
    });
  });

  describe('references', () => {
    const ctx = contextOf(NAV);
    const deps = [
      loc(rangeIn(NAV, 'depends_on: [asset-metrics]', 'asset-metrics')),
      loc(rangeIn(NAV, '      - asset-metrics', 'asset-metrics')),
    ];

    it('lists every depends_on entry, with the declaration when asked', () => {
      assert.deepStrictEqual(getReferences(ctx, caret(NAV, 'id: |asset-metrics'), true), [
        loc(ID.assetMetrics(NAV)),
        ...deps,
      ]);
      assert.deepStrictEqual(getReferences(ctx, caret(NAV, 'id: |asset-metrics'), false), deps);
      assert.deepStrictEqual(getReferences(ctx, caret(NAV, '      - asset-met|rics'), false), deps);
      assert.deepStrictEqual(getReferences(ctx, caret(NAV, '  - id: journey-map|'), true), [
        loc(ID.journeyMap(NAV)),
        loc(rangeIn(NAV, '      - journey-map', 'journey-map')),
      ]);
    });

    it('gives a later duplicate no references: they resolve to the first', () => {
      const t = NAV.replace('id: "quoted-id"', 'id: journey-map');
      const dup = contextOf(t);
      const second = rangeIn(t, 'id: journey-map', 'journey-map', 1);
      assert.deepStrictEqual(getReferences(dup, caret(t, 'id: journ|ey-map', 1), true), [loc(second)]);
      assert.deepStrictEqual(getReferences(dup, caret(t, 'id: journ|ey-map', 0), false), [
        loc(rangeIn(t, '      - journey-map', 'journey-map')),
      ]);
    });

    it('lists the entries of an id no initiative has', () => {
      assert.deepStrictEqual(getReferences(ctx, caret(NAV, '[ghost|]'), true), [loc(rangeIn(NAV, '[ghost]', 'ghost'))]);
      assert.deepStrictEqual(getReferences(ctx, caret(NAV, 'title: |Quoted'), true), []);
    });
  });

  describe('rename', () => {
    const ctx = contextOf(NAV);

    it('is prepared on an id or a depends_on id only', () => {
      assert.deepStrictEqual(prepareRename(ctx, caret(NAV, 'id: asset-|metrics')), {
        range: ID.assetMetrics(NAV),
        placeholder: 'asset-metrics',
      });
      assert.deepStrictEqual(prepareRename(ctx, caret(NAV, '[|asset-metrics]')), {
        range: rangeIn(NAV, '[asset-metrics]', 'asset-metrics'),
        placeholder: 'asset-metrics',
      });
      assert.deepStrictEqual(prepareRename(ctx, caret(NAV, 'id: "quoted-id|"')), {
        range: ID.quoted(NAV),
        placeholder: 'quoted-id',
      });
      assert.equal(prepareRename(ctx, caret(NAV, 'title: Gain| and loss report')), null);
      assert.equal(prepareRename(ctx, caret(NAV, 'compe|tency: customers-as-assets')), null);
      assert.equal(prepareRename(ctx, caret(NAV, 'id|: asset-value')), null);
      assert.equal(prepareRename(ctx, caret(NAV, 'board: CX| Council')), null);
    });

    it('renames the declaration and every depends_on entry', () => {
      const edit = rename(ctx, caret(NAV, '[asset-met|rics]'), 'asset-gains');
      const r = (range: Range) => ({ range, newText: 'asset-gains' });
      assert.deepStrictEqual(edit, {
        changes: {
          [URI]: [
            r(ID.assetMetrics(NAV)),
            r(rangeIn(NAV, '[asset-metrics]', 'asset-metrics')),
            r(rangeIn(NAV, '      - asset-metrics', 'asset-metrics')),
          ],
        },
      });
      const renamed = applyEdits(NAV, (edit as { changes: Record<string, TextEdit[]> }).changes[URI]);
      assert.equal(renamed, NAV.split('asset-metrics').join('asset-gains'));
      // The renamed dependencies still resolve: the only unknown one is the one that was.
      const codes = (text: string) => analyzeRoadmap(text).diagnostics.map((d) => d.code);
      assert.deepStrictEqual(codes(renamed), codes(NAV));
      assert.deepStrictEqual(
        analyzeRoadmap(renamed)
          .diagnostics.filter((d) => d.code === 'unknown-dependency')
          .map((d) => d.message),
        ['No initiative in this roadmap has the id `ghost`. Add that initiative, or remove it from `depends_on`.'],
      );
    });

    it('rejects an invalid or used name, and anything but an id', () => {
      const at = caret(NAV, 'id: asset-|metrics');
      assert.deepStrictEqual(rename(ctx, at, 'Asset Gains'), {
        error:
          '`Asset Gains` is not a valid initiative id: use lower-case letters, digits and hyphens, starting with a letter or digit.',
      });
      assert.deepStrictEqual(rename(ctx, at, '-gains'), {
        error:
          '`-gains` is not a valid initiative id: use lower-case letters, digits and hyphens, starting with a letter or digit.',
      });
      assert.deepStrictEqual(rename(ctx, at, 'journey-map'), {
        error: 'The id `journey-map` is already used by the initiative on line 22.',
      });
      assert.deepStrictEqual(rename(ctx, caret(NAV, 'title: |Quoted'), 'x'), {
        error: 'Only an initiative id, or an id in `depends_on`, can be renamed.',
      });
      assert.deepStrictEqual(rename(ctx, at, 'asset-metrics'), { changes: { [URI]: [] } });
    });

    it('renames an id no initiative has everywhere it is named', () => {
      assert.deepStrictEqual(rename(ctx, caret(NAV, '[gh|ost]'), 'asset-history'), {
        changes: { [URI]: [{ range: rangeIn(NAV, '[ghost]', 'ghost'), newText: 'asset-history' }] },
      });
    });
  });

  describe('folding', () => {
    const expected: FoldingRange[] = [
      { startLine: 2, endLine: 4 },
      { startLine: 5, endLine: 7 },
      { startLine: 8, endLine: 9 },
      { startLine: 10, endLine: 11, kind: 'comment' },
      { startLine: 12, endLine: 40 },
      { startLine: 13, endLine: 20 },
      { startLine: 18, endLine: 20 },
      { startLine: 19, endLine: 20 },
      { startLine: 21, endLine: 26 },
      { startLine: 27, endLine: 36 },
      { startLine: 31, endLine: 33 },
      { startLine: 34, endLine: 36 },
      { startLine: 35, endLine: 36 },
      { startLine: 37, endLine: 40 },
    ];

    it('folds every block, initiative and comment block', () => {
      assert.deepStrictEqual(getFoldingRanges(contextOf(NAV)), expected);
    });

    it('folds a CRLF document the same way', () => {
      assert.deepStrictEqual(getFoldingRanges(contextOf(NAV.replace(/\n/g, '\r\n'))), expected);
    });

    it('folds a document that does not parse', () => {
      const broken = NAV.replace('title: One journey map', 'title: "One journey map');
      const ctx = contextOf(broken);
      assert.ok(ctx.analysis.diagnostics.some((d) => d.code === 'syntax'));
      assert.deepStrictEqual(getFoldingRanges(ctx), expected);
    });

    it('keeps list items at their key\u2019s indentation, block scalars and closing brackets in their block', () => {
      const t = [
        'initiatives:',
        '- id: a',
        '  note: |',
        '    # not a comment',
        '    text',
        '  depends_on: [',
        '    b,',
        '    c',
        '  ]',
        '- id: b',
        '',
      ].join('\n');
      assert.deepStrictEqual(getFoldingRanges(contextOf(t)), [
        { startLine: 0, endLine: 9 },
        { startLine: 1, endLine: 8 },
        { startLine: 2, endLine: 4 },
        { startLine: 5, endLine: 8 },
      ]);
    });
  });

  describe('workspace symbols', () => {
    const other =
      'cxroadmap: 1\ntitle: Globex\ninitiatives:\n  - id: claims-triage\n    title: Triage claims\n    start: 2027-01-01\n    end: 2027-06-30\n  - id: untitled-map\n';
    const contexts = [contextOf(NAV), contextOf(other, 'file:///work/globex.cxroadmap.yaml')];
    const journeyMap: SymbolInformation = {
      name: 'One journey map (journey-map)',
      kind: 24,
      location: loc(ID.journeyMap(NAV)),
      containerName: 'Acme Roadmap',
    };

    it('matches ids and titles by a case-insensitive subsequence', () => {
      assert.deepStrictEqual(getWorkspaceSymbols(contexts, 'jmap'), [journeyMap]);
      assert.deepStrictEqual(getWorkspaceSymbols(contexts, 'QUOTED'), [
        { name: 'Quoted (quoted-id)', kind: 19, location: loc(ID.quoted(NAV)), containerName: 'Acme Roadmap' },
      ]);
      assert.deepStrictEqual(getWorkspaceSymbols(contexts, 'triage'), [
        {
          name: 'Triage claims (claims-triage)',
          kind: 24,
          location: loc(rangeIn(other, 'id: claims-triage', 'claims-triage'), 'file:///work/globex.cxroadmap.yaml'),
          containerName: 'Globex',
        },
      ]);
      assert.deepStrictEqual(getWorkspaceSymbols(contexts, 'zzz'), []);
    });

    it('lists every initiative for an empty query, in file order', () => {
      assert.deepStrictEqual(
        getWorkspaceSymbols(contexts, '').map((s) => [s.name, s.containerName]),
        [
          ['Gain and loss report (asset-metrics)', 'Acme Roadmap'],
          ['One journey map (journey-map)', 'Acme Roadmap'],
          ['Value of customers (asset-value)', 'Acme Roadmap'],
          ['Quoted (quoted-id)', 'Acme Roadmap'],
          ['Triage claims (claims-triage)', 'Globex'],
          ['untitled-map', 'Globex'],
        ],
      );
    });
  });

  describe('a document with a syntax error', () => {
    it('answers every request without crashing', () => {
      const broken = 'cxroadmap: 1\ninitiatives:\n  - id: a\n    depends_on: [b\n  - id: b\n   title: x\n';
      const ctx = contextOf(broken);
      assert.ok(ctx.analysis.diagnostics.some((d) => d.code === 'syntax'));
      const on = caret(broken, 'depends_on: [|b');
      assert.deepStrictEqual(getDocumentSymbols(ctx), []);
      assert.deepStrictEqual(getDefinition(ctx, on), []);
      assert.deepStrictEqual(getReferences(ctx, on, true), []);
      assert.equal(prepareRename(ctx, on), null);
      assert.deepStrictEqual(rename(ctx, on, 'c'), {
        error: 'Only an initiative id, or an id in `depends_on`, can be renamed.',
      });
      assert.deepStrictEqual(getWorkspaceSymbols([ctx], ''), []);
      assert.deepStrictEqual(getFoldingRanges(ctx), [
        { startLine: 1, endLine: 5 },
        { startLine: 2, endLine: 3 },
        { startLine: 4, endLine: 5 },
      ]);
    });

    it('answers positions outside the text', () => {
      const ctx = contextOf(NAV);
      const far = { line: 500, character: 80 };
      assert.deepStrictEqual(getDefinition(ctx, far), []);
      assert.deepStrictEqual(getReferences(ctx, far, true), []);
      assert.equal(prepareRename(ctx, far), null);
    });
  });
});
