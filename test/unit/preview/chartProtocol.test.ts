import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { analyzeRoadmap } from '../../../server/src/core/analyze';
import { diffMarkup } from '../../../server/src/gantt/markupTree';
import { chartMessage, webviewInitiatives } from '../../../client/src/preview/chartMessage';
import type { ChartResult } from '../../../protocol/chartRequests';
import { parseExtensionMessage, parsePreviewState, parseWebviewMessage } from '../../../protocol/webviewMessages';
import type { ChartMessage, WebviewInitiative, WebviewToExtension } from '../../../protocol/webviewMessages';
import { cutText } from '../../../server/src/services/chart/cutText';
import { drawPreviewChart, previewChart } from '../../../server/src/services/chart/previewChart';

const root = path.resolve(__dirname, '../../../..');
const uri = 'file:///work/acme.cxroadmap.yaml';

const ALLOWED: WebviewToExtension[] = [
  { type: 'ready', uri },
  { type: 'reveal', uri, id: 'asset-metrics' },
  { type: 'move', uri, id: 'asset-metrics', start: '2027-01-04', end: '2027-03-31' },
  { type: 'view', uri, pxPerDay: 2.5, namesWidth: 240, viewWidth: 700 },
  { type: 'view', uri, pxPerDay: null, namesWidth: 40, viewWidth: 1 },
  { type: 'export', uri, format: 'svg' },
  { type: 'export', uri, format: 'html' },
];

function with_(message: WebviewToExtension, changes: Record<string, unknown>): Record<string, unknown> {
  return { ...message, ...changes };
}

const [ready, reveal, move, zoom, , exportSvg] = ALLOWED;

/** A problem as the server sends it in an initiative's list. */
const A_PROBLEM = { severity: 'warning', code: 'missing-owner', message: 'A problem' } as const;

/** `count` copies of a problem with this message. */
function problemsOf(count: number, message = 'A problem'): { severity: 'warning'; code: string; message: string }[] {
  return new Array<unknown>(count).fill(0).map(() => ({ ...A_PROBLEM, message }));
}

/** The keys every chart message has; a whole chart adds `initiatives`, a patch `patch`. */
const CHART_KEYS = [
  'horizon',
  'parses',
  'pxPerDay',
  'revision',
  'span',
  'summary',
  'svg',
  'timelineX',
  'type',
  'uri',
  'version',
];

describe('preview: chart protocol', () => {
  describe('messages from the webview', () => {
    it('accepts exactly the five kinds of message, and returns copies', () => {
      assert.deepEqual(new Set(ALLOWED.map((m) => m.type)).size, 5);
      for (const message of ALLOWED) {
        const parsed = parseWebviewMessage(JSON.parse(JSON.stringify(message)));
        assert.deepEqual(parsed, message);
        assert.notEqual(parsed, message);
      }
    });

    it('ignores unknown types and values that are not plain objects', () => {
      const rejected = [
        { type: 'eval', uri },
        { type: 'command', uri, command: 'workbench.action.terminal.new' },
        { type: 'Ready', uri },
        { uri },
        null,
        undefined,
        'ready',
        42,
        [ready],
        new Date(),
        Object.assign(Object.create({ inherited: true }) as object, ready),
      ];
      assert.deepEqual(
        rejected.map((m) => parseWebviewMessage(m)),
        rejected.map(() => undefined),
      );
    });

    it('ignores messages with a missing, extra or ill-typed field', () => {
      const rejected = [
        with_(ready, { extra: 1 }),
        with_(reveal, { range: { start: 0, end: 1 } }),
        with_(move, { index: 3 }),
        { type: 'move', uri, id: 'asset-metrics', start: '2027-01-04' },
        { type: 'reveal', uri },
        with_(reveal, { id: 7 }),
        with_(reveal, { uri: '' }),
        with_(reveal, { uri: 42 }),
        with_(reveal, { uri: 'x'.repeat(8193) }),
        with_(zoom, { pxPerDay: '2' }),
        with_(zoom, { pxPerDay: undefined }),
        { type: 'view', uri, pxPerDay: 2, namesWidth: 240 },
        { type: 'zoom', uri, pxPerDay: 2 },
        with_(exportSvg, { format: 'pdf' }),
        with_(exportSvg, { format: 'SVG' }),
        JSON.parse(`{"__proto__": {"polluted": true}, "type": "ready", "uri": "${uri}"}`) as unknown,
      ];
      assert.deepEqual(
        rejected.map((m) => parseWebviewMessage(m)),
        rejected.map(() => undefined),
      );
      assert.equal(({} as Record<string, unknown>).polluted, undefined);
    });

    it('accepts ids of the format only', () => {
      const ids = [
        'a',
        '0-x',
        'asset-metrics',
        'x'.repeat(256),
        'Asset',
        '-a',
        'a b',
        'a_b',
        '\u{1F680}',
        'a\u202Eb',
        '',
        'x'.repeat(257),
        'a\n',
      ];
      assert.deepEqual(
        ids.map((id) => parseWebviewMessage(with_(reveal, { id })) !== undefined),
        [true, true, true, true, false, false, false, false, false, false, false, false, false],
      );
    });

    it('accepts real calendar days only, and a start on or before the end', () => {
      const days = [
        '2028-02-29',
        '0001-01-01',
        '9999-12-31',
        '2027-02-29',
        '2027-13-01',
        '2027-00-10',
        '2027-04-31',
        '0000-01-01',
        '27-01-01',
        '2027-1-1',
        '2027-01-01T00:00',
        ' 2027-01-01',
        '2027-Q1',
        20270101,
      ];
      assert.deepEqual(
        days.map((start) => parseWebviewMessage(with_(move, { start, end: '9999-12-31' })) !== undefined),
        [true, true, true, false, false, false, false, false, false, false, false, false, false, false],
      );
      assert.equal(parseWebviewMessage(with_(move, { start: '2027-04-01', end: '2027-03-31' })), undefined);
      assert.deepEqual(parseWebviewMessage(with_(move, { start: '2027-04-01', end: '2027-04-01' })), {
        ...move,
        start: '2027-04-01',
        end: '2027-04-01',
      });
    });

    it('accepts zooms from 0.01 to 100 px per day', () => {
      const zooms = [0.01, 1, 100, 0.0099, 100.5, 0, -1, Number.NaN, Number.POSITIVE_INFINITY];
      assert.deepEqual(
        zooms.map((pxPerDay) => parseWebviewMessage(with_(zoom, { pxPerDay })) !== undefined),
        [true, true, true, false, false, false, false, false, false],
      );
    });

    it('accepts names columns from 40 to 1,000 px and views from 1 to 20,000 px, in whole pixels', () => {
      const names = [40, 240, 1000, 39, 1001, 240.5, -40, '240', null];
      assert.deepEqual(
        names.map((namesWidth) => parseWebviewMessage(with_(zoom, { namesWidth })) !== undefined),
        [true, true, true, false, false, false, false, false, false],
      );
      const views = [1, 700, 20_000, 0, 20_001, 700.5, Number.NaN, '700'];
      assert.deepEqual(
        views.map((viewWidth) => parseWebviewMessage(with_(zoom, { viewWidth })) !== undefined),
        [true, true, true, false, false, false, false, false],
      );
    });
  });

  describe('messages to the webview', () => {
    const text = readFileSync(path.join(root, 'examples', 'acme-five-year.cxroadmap.yaml'), 'utf8');
    const analysis = analyzeRoadmap(text);
    const chart = chartMessage(previewChart({ uri, text, analysis }, 3, { pxPerDay: 1, today: 20_000 }));

    it('accepts a chart the extension builds from a real chart answer, unchanged', () => {
      assert.equal(chart.initiatives?.length, analysis.model.initiatives.length);
      assert.deepEqual(parseExtensionMessage(JSON.parse(JSON.stringify(chart))), chart);
      assert.deepEqual(Object.keys(chart).sort(), [...CHART_KEYS, 'initiatives'].sort());
    });

    it('accepts highlights and banners, with or without a value', () => {
      const accepted = [
        { type: 'highlight', uri, id: 'asset-metrics' },
        { type: 'highlight', uri, id: null },
        { type: 'banner', uri, text: '<b>literal</b>' },
        { type: 'banner', uri, text: null },
      ];
      assert.deepEqual(
        accepted.map((m) => parseExtensionMessage(m)),
        accepted,
      );
    });

    it('ignores charts with a field out of range, of the wrong type, or too many', () => {
      const changed = (changes: Partial<Record<keyof ChartMessage, unknown>>): unknown => ({ ...chart, ...changes });
      const first = (chart.initiatives ?? assert.fail('a whole chart carries its initiatives'))[0];
      const rejected = [
        changed({ pxPerDay: 0 }),
        changed({ pxPerDay: 1e9 }),
        changed({ version: -1 }),
        changed({ version: 1.5 }),
        changed({ parses: 'yes' }),
        changed({ svg: 42 }),
        changed({ timelineX: Number.NaN }),
        changed({ span: { start: '2031-12-31', end: '2027-01-01' } }),
        changed({ horizon: { start: '2027-01-01' } }),
        changed({ initiatives: {} }),
        changed({ initiatives: [{ ...first, problems: [1] }] }),
        changed({ initiatives: [{ ...first, problems: ['A problem'] }] }),
        changed({ initiatives: [{ ...first, problems: [{ ...A_PROBLEM, severity: 'fatal' }] }] }),
        changed({ initiatives: [{ ...first, problems: [{ ...A_PROBLEM, code: 'Not A Code' }] }] }),
        changed({ initiatives: [{ ...first, problems: [{ ...A_PROBLEM, code: 'x'.repeat(65) }] }] }),
        changed({ initiatives: [{ ...first, problems: [{ ...A_PROBLEM, message: 7 }] }] }),
        changed({ initiatives: [{ ...first, problems: [{ ...A_PROBLEM, line: 3 }] }] }),
        changed({ initiatives: [{ ...first, problems: [{ severity: 'error', message: 'No code' }] }] }),
        changed({ initiatives: [{ ...first, range: first }] }),
        changed({ initiatives: [{ ...first, id: 7 }] }),
        changed({ initiatives: [{ ...first, start: 20270104 }] }),
        changed({ initiatives: [{ ...first, problems: 'none' }] }),
        changed({ initiatives: [{ problems: [] }] }),
        changed({ initiatives: [null] }),
        changed({ omitted: { 'long-id': 0 } }),
        changed({ omitted: { 'long-id': -1 } }),
        changed({ omitted: { 'long-id': 1.5 } }),
        changed({ omitted: { 'long-id': '1' } }),
        changed({ omitted: { 'too-long': 1 } }),
        changed({ omitted: {} }),
        changed({ omitted: [1] }),
        changed({ omitted: null }),
        changed({ summary: undefined }),
        changed({ summary: { ...chart.summary, title: 7 } }),
        changed({ summary: { ...chart.summary, title: 'x'.repeat(1025) } }),
        changed({ summary: { ...chart.summary, errors: -1 } }),
        changed({ summary: { ...chart.summary, notes: 0.5 } }),
        changed({ summary: { ...chart.summary, covered: 6 } }),
        changed({ summary: { ...chart.summary, extra: 1 } }),
        changed({ summary: { ...chart.summary, statuses: [{ status: 'paused', count: 1 }] } }),
        changed({ summary: { ...chart.summary, statuses: [{ status: 'active', count: '1' }] } }),
        changed({ summary: { ...chart.summary, statuses: new Array(8).fill({ status: 'active', count: 1 }) } }),
        { ...chart, script: 'alert(1)' },
        { type: 'highlight', uri, id: 'Bad Id' },
        { type: 'highlight', uri },
        { type: 'banner', uri, text: 5 },
        { type: 'banner', uri, text: 'x'.repeat(8193) },
        { type: 'reveal', uri, id: 'asset-metrics' },
        { type: 'html', uri, html: '<script>alert(1)</script>' },
      ];
      assert.deepEqual(
        rejected.map((m) => parseExtensionMessage(m)),
        rejected.map(() => undefined),
      );
    });
  });

  describe('the summary above the chart', () => {
    const acme = readFileSync(path.join(root, 'examples', 'acme-five-year.cxroadmap.yaml'), 'utf8');
    const needsWork = readFileSync(path.join(root, 'examples', 'needs-work.cxroadmap.yaml'), 'utf8');
    const summaryOf = (text: string, lastGood?: string) =>
      previewChart(
        { uri, text, analysis: analyzeRoadmap(text) },
        1,
        { pxPerDay: 1, today: 20_000 },
        lastGood === undefined ? undefined : analyzeRoadmap(lastGood),
      ).summary;

    it('gives the title, the findings by severity, the competencies covered and the initiatives by status', () => {
      assert.deepEqual(summaryOf(acme), {
        title: 'Acme Broadband Customer Experience Roadmap 2027-2031',
        errors: 0,
        warnings: 0,
        notes: 0,
        covered: 5,
        competencies: 5,
        initiatives: 22,
        statuses: [
          { status: 'planned', count: 20 },
          { status: 'active', count: 2 },
        ],
      });
      assert.deepEqual(summaryOf(needsWork), {
        title: 'Globex Insurance Customer Experience Roadmap (first draft)',
        errors: 9,
        warnings: 9,
        notes: 3,
        covered: 4,
        competencies: 5,
        initiatives: 11,
        statuses: [
          { status: 'planned', count: 1 },
          { status: 'active', count: 3 },
          { status: 'none', count: 7 },
        ],
      });
    });

    it('counts the findings of the text as it is while the chart shows the last version that parsed', () => {
      const broken = `${acme}  - id: [unclosed\n`;
      const syntax = analyzeRoadmap(broken).diagnostics;
      assert.deepEqual(
        syntax.map((d) => [d.severity, d.code]),
        [[1, 'syntax']],
      );
      assert.deepEqual(summaryOf(broken, acme), { ...summaryOf(acme), errors: 1 });
    });

    it('leaves out a title the schema refuses, and cuts text longer than the page takes', () => {
      // The schema takes titles of up to 200 characters; the model keeps none longer.
      const long = acme.replace(/^title: .*$/m, `title: ${'x'.repeat(201)}`);
      assert.equal('title' in summaryOf(long), false);
      assert.deepEqual(
        [cutText('abcdef', 6), cutText('abcdef', 5), cutText('ab\u{1F680}cd', 4), cutText('ab\u{1F680}cd', 5)],
        ['abcdef', 'abcd\u2026', 'ab\u2026', 'ab\u{1F680}\u2026'],
      );
    });
  });

  describe('the findings of an initiative', () => {
    it('lists at most five, with severity and code, the worst first and in the order of the text among equals', () => {
      const text = [
        'cxroadmap: 1',
        'title: Findings',
        'horizon:',
        '  start: 2027-01-01',
        '  end: 2031-12-31',
        'initiatives:',
        '  - id: busy',
        '    title: Busy',
        '    competency: customers-as-assets',
        '    start: 2027-01-04',
        '    end: 2027-03-31',
        '    early_win: true',
        '    status: active',
        '    depends_on: [nowhere, busy]',
        '    links:',
        '      - title: Plain',
        '        url: http://example.com',
        '    milestones:',
        '      - name: Late',
        '        date: 2032-01-01',
        '',
      ].join('\n');
      const analysis = analyzeRoadmap(text);
      // Eight findings inside `busy`: an info, an error and a warning on its first line come first in the text.
      assert.deepEqual(
        analysis.diagnostics.filter((d) => d.range.start.line >= 6).map((d) => [d.severity, d.code]),
        [
          [2, 'early-win-without-outcome'],
          [3, 'missing-measures'],
          [1, 'missing-owner'],
          [1, 'unknown-dependency'],
          [1, 'dependency-cycle'],
          [1, 'schema'],
          [2, 'milestone-outside-initiative'],
          [2, 'outside-horizon'],
        ],
      );
      const [busy] = previewChart({ uri, text, analysis }, 1, { pxPerDay: 1, today: 20_000 }).initiatives;
      const message = (code: string): string => analysis.diagnostics.find((d) => d.code === code)!.message;
      assert.deepEqual(busy.problems, [
        { severity: 'error', code: 'missing-owner', message: message('missing-owner') },
        { severity: 'error', code: 'unknown-dependency', message: message('unknown-dependency') },
        { severity: 'error', code: 'dependency-cycle', message: message('dependency-cycle') },
        { severity: 'error', code: 'schema', message: message('schema') },
        { severity: 'warning', code: 'early-win-without-outcome', message: message('early-win-without-outcome') },
      ]);
    });
  });

  describe('initiatives the webview cannot take', () => {
    const text = readFileSync(path.join(root, 'examples', 'acme-five-year.cxroadmap.yaml'), 'utf8');
    const result = previewChart({ uri, text, analysis: analyzeRoadmap(text) }, 3, { pxPerDay: 1, today: 20_000 });
    const chart = chartMessage(result);
    const good = chart.initiatives ?? assert.fail('a whole chart carries its initiatives');
    const [a, b, c] = good;
    const longId = 'x'.repeat(300);
    /** One of each value the roadmap's text can make that the wire cannot carry. */
    const bad: Record<string, unknown>[] = [
      { id: longId, problems: [] },
      { ...a, id: 'Not An Id' },
      { ...a, id: '<img src=x onerror="window.__pwned=1">' },
      { ...b, start: '2027-02-30' },
      { ...b, end: '10000-01-01' },
      { ...c, problems: problemsOf(101) },
      { ...c, problems: problemsOf(1, 'x'.repeat(8193)) },
    ];
    const omitted = { 'long-id': 1, 'bad-id': 2, 'bad-dates': 2, problems: 2 };

    it('keeps every other initiative, and counts those it leaves out by why', () => {
      const sent = { ...chart, initiatives: [bad[0], ...good.slice(0, 2), ...bad.slice(1), ...good.slice(2)] };
      const parsed = parseExtensionMessage(JSON.parse(JSON.stringify(sent))) as ChartMessage | undefined;
      assert.deepEqual(parsed, { ...chart, initiatives: good, omitted });
      // The bounds themselves are still taken.
      const edge = [
        { id: 'x'.repeat(256), problems: problemsOf(100, 'y'.repeat(8192)) },
        { id: 'd', start: '0001-01-01', end: '9999-12-31', problems: [] },
      ];
      assert.deepEqual(parseExtensionMessage({ ...chart, initiatives: edge }), { ...chart, initiatives: edge });
    });

    it('adds what it leaves out to what the sender left out, and lets nothing but initiatives carry a count', () => {
      const sent = { ...chart, initiatives: [...good, bad[0]], omitted: { 'long-id': 2, problems: 1 } };
      assert.deepEqual(parseExtensionMessage(sent), {
        ...chart,
        initiatives: good,
        omitted: { 'long-id': 3, problems: 1 },
      });
      assert.deepEqual(parseExtensionMessage({ ...chart, omitted: { 'bad-dates': 4 } }), {
        ...chart,
        omitted: { 'bad-dates': 4 },
      });
      const patch: Record<string, unknown> = { ...chart, svg: null, patch: { base: 3, changes: [] } };
      delete patch.initiatives;
      assert.deepEqual(parseExtensionMessage(patch), patch);
      assert.equal(parseExtensionMessage({ ...patch, omitted: { 'long-id': 1 } }), undefined);
    });

    it('is sent by the extension only the initiatives it can take, with the count of the others', () => {
      const answer: ChartResult = {
        ...result,
        initiatives: [
          ...result.initiatives.slice(0, 3),
          { ...result.initiatives[3], id: longId },
          { ...result.initiatives[4], start: '2027-02-30' },
          { ...result.initiatives[5], problems: problemsOf(101) },
          ...result.initiatives.slice(6),
        ],
        omitted: { 'long-id': 1 },
      };
      const kept = good.filter((_, n) => n < 3 || n > 5);
      const message = chartMessage(answer);
      assert.deepEqual([message.initiatives, message.omitted], [kept, { 'long-id': 2, 'bad-dates': 1, problems: 1 }]);
      assert.deepEqual(webviewInitiatives(answer), kept);
      // What the extension sends is what the webview keeps.
      assert.deepEqual(parseExtensionMessage(JSON.parse(JSON.stringify(message))), message);
    });
  });

  describe('changes to the chart shown', () => {
    const text = readFileSync(path.join(root, 'examples', 'acme-five-year.cxroadmap.yaml'), 'utf8');
    const edited = text.replace('title: Monthly customer gain and loss report', 'title: Weekly customer report');
    const draw = (source: string, version: number, revision: number) => {
      const analysis = analyzeRoadmap(source);
      return drawPreviewChart(
        { uri, text: source, analysis },
        version,
        { pxPerDay: 1, today: 20_000 },
        undefined,
        revision,
      );
    };
    const before = draw(text, 3, 7);
    const after = draw(edited, 4, 8);
    const changes = diffMarkup(before.tree!, after.tree!)!;
    /** The server's answer for a preview showing revision 7. */
    const patched: ChartResult = { ...after.result, patch: { base: 7, changes } };
    const shown = webviewInitiatives(before.result);
    const message = chartMessage(patched, shown);
    const withPatch = (patch: unknown): unknown => ({ ...message, patch });
    const withChange = (change: unknown): unknown => withPatch({ base: 7, changes: [change] });
    const change = changes[0];

    it('accepts a patch without the initiatives when they are those shown, and with them', () => {
      // The initiative's group and its cell in the names column.
      assert.equal(changes.length, 2);
      assert.deepEqual(Object.keys(message).sort(), [...CHART_KEYS, 'patch'].sort());
      assert.deepEqual([message.svg, message.revision, message.patch], [null, 8, { base: 7, changes }]);
      assert.deepEqual(parseExtensionMessage(JSON.parse(JSON.stringify(message))), message);
      const full = chartMessage(patched);
      assert.deepEqual(full.initiatives, shown);
      assert.deepEqual(parseExtensionMessage(JSON.parse(JSON.stringify(full))), full);
      // No changes at all: the chart shown, drawn again.
      const same = { ...message, revision: 7, patch: { base: 7, changes: [] } };
      assert.deepEqual(parseExtensionMessage(same), same);
    });

    it('accepts paths 1 to 8 deep, of indexes up to 10,000,000, and any markup string', () => {
      const accepted = [
        { path: [0], markup: '' },
        { path: [1, 2, 3, 4, 5, 6, 7, 8], markup: change.markup },
        { path: [10_000_000], markup: '<rect/>' },
      ];
      assert.deepEqual(
        accepted.map((c) => (parseExtensionMessage(withChange(c)) as ChartMessage | undefined)?.patch),
        accepted.map((c) => ({ base: 7, changes: [c] })),
      );
      assert.deepEqual(
        (parseExtensionMessage(withPatch({ base: 0, changes: [] })) as ChartMessage | undefined)?.patch,
        { base: 0, changes: [] },
      );
    });

    it('ignores a patch with a whole chart, and a message with neither a patch nor initiatives', () => {
      const rejected = [
        { ...message, svg: '<svg xmlns="http://www.w3.org/2000/svg"></svg>' },
        { ...message, svg: '' },
        { ...message, patch: undefined },
        { ...chartMessage(after.result), initiatives: undefined },
      ];
      assert.deepEqual(
        rejected.map((m) => parseExtensionMessage(JSON.parse(JSON.stringify(m)))),
        rejected.map(() => undefined),
      );
    });

    it('ignores patches with a path, a markup, a base or a revision out of range, of the wrong type, or a key too many', () => {
      const rejected = [
        withChange({ ...change, path: [] }),
        withChange({ ...change, path: [-1] }),
        withChange({ ...change, path: [6, -4] }),
        withChange({ ...change, path: [6, 4.5] }),
        withChange({ ...change, path: [6, '4'] }),
        withChange({ ...change, path: [6, Number.NaN] }),
        withChange({ ...change, path: [1, 2, 3, 4, 5, 6, 7, 8, 9] }),
        withChange({ ...change, path: [10_000_001] }),
        withChange({ ...change, path: '6,4' }),
        withChange({ ...change, path: { 0: 6, length: 1 } }),
        withChange({ ...change, markup: 42 }),
        withChange({ ...change, markup: null }),
        withChange({ ...change, markup: ['<rect/>'] }),
        withChange({ path: change.path }),
        withChange({ markup: change.markup }),
        withChange({ ...change, extra: 1 }),
        withChange({ ...change, selector: 'svg > g' }),
        withChange(null),
        withChange([change.path, change.markup]),
        withPatch({ base: 7, changes, extra: 1 }),
        withPatch({ base: 7, changes, initiatives: [] }),
        withPatch({ base: -1, changes }),
        withPatch({ base: 6.5, changes }),
        withPatch({ base: '7', changes }),
        withPatch({ changes }),
        withPatch({ base: 7 }),
        withPatch({ base: 7, changes: change }),
        withPatch(null),
        withPatch([7, changes]),
        { ...message, revision: -1 },
        { ...message, revision: 8.5 },
        { ...message, revision: '8' },
        { ...message, revision: Number.MAX_SAFE_INTEGER + 2 },
        { ...message, revision: undefined },
      ];
      assert.deepEqual(
        rejected.map((m) => parseExtensionMessage(m)),
        rejected.map(() => undefined),
      );
    });

    it('ignores more than 1,000,000 changes, or more than 64 MiB of markup in all', () => {
      const small = { path: [0], markup: '' };
      const patchOf = (value: unknown) => (parseExtensionMessage(value) as ChartMessage | undefined)?.patch;
      assert.equal(
        patchOf(withPatch({ base: 7, changes: new Array<unknown>(1_000_000).fill(small) }))?.changes.length,
        1_000_000,
      );
      assert.equal(
        parseExtensionMessage(withPatch({ base: 7, changes: new Array<unknown>(1_000_001).fill(small) })),
        undefined,
      );
      const half = 'x'.repeat(32 * 1024 * 1024);
      /** A patch of two changes: 32 MiB of markup, then `second`. */
      const halfAnd = (second: string): unknown =>
        withPatch({
          base: 7,
          changes: [
            { path: [0], markup: half },
            { path: [1], markup: second },
          ],
        });
      assert.deepEqual(
        patchOf(halfAnd(half))?.changes.map((c) => c.markup.length),
        [half.length, half.length],
      );
      assert.equal(parseExtensionMessage(halfAnd(`${half}x`)), undefined);
    });

    it('leaves the initiatives out only of a patch whose initiatives are those shown', () => {
      const other = (changes: Partial<WebviewInitiative>): WebviewInitiative[] =>
        shown.map((i, n) => (n === 2 ? { ...i, ...changes } : i));
      const undated: WebviewInitiative = { id: shown[2].id, end: shown[2].end, problems: shown[2].problems };
      const withProblem: ChartResult = {
        ...patched,
        initiatives: patched.initiatives.map((i, n) => (n === 2 ? { ...i, problems: [A_PROBLEM] } : i)),
      };
      const cases: [string, ChartResult, WebviewInitiative[] | undefined][] = [
        ['a patch, the same initiatives', patched, shown],
        ['a patch, the same initiatives in a copy', patched, JSON.parse(JSON.stringify(shown)) as WebviewInitiative[]],
        ['a patch, the same problem', withProblem, other({ problems: [{ ...A_PROBLEM }] })],
        ['a patch, nothing shown', patched, undefined],
        ['a patch, a problem more', patched, other({ problems: [...shown[2].problems, A_PROBLEM] })],
        ['a patch, another problem', patched, other({ problems: problemsOf(1, 'Another problem') })],
        [
          'a patch, a problem of another severity',
          withProblem,
          other({ problems: [{ ...A_PROBLEM, severity: 'error' }] }),
        ],
        ['a patch, a problem of another rule', withProblem, other({ problems: [{ ...A_PROBLEM, code: 'no-owner' }] })],
        ['a patch, another start', patched, other({ start: '2027-01-05' })],
        ['a patch, another end', patched, other({ end: '2031-12-31' })],
        ['a patch, no start', patched, shown.map((i, n) => (n === 2 ? undated : i))],
        ['a patch, another id', patched, other({ id: 'renamed' })],
        ['a patch, one initiative fewer', patched, shown.slice(1)],
        ['a patch, one initiative more', patched, [...shown, { id: 'extra', problems: [] }]],
        ['a whole chart, the same initiatives', { ...after.result, svg: '<svg></svg>' }, shown],
        ['a patch, the same initiatives, one more left out', { ...patched, omitted: { 'long-id': 1 } }, shown],
      ];
      assert.deepEqual(
        cases.map(([name, result, initiatives]) => [name, chartMessage(result, initiatives).initiatives === undefined]),
        cases.map(([name], n) => [name, n < 3]),
      );
      for (const [name, result, initiatives] of cases.slice(3))
        assert.deepEqual(chartMessage(result, initiatives).initiatives, webviewInitiatives(result), name);
    });

    it('leaves out the count of initiatives left out only with the initiatives, when both are those shown', () => {
      const counted: ChartResult = { ...patched, omitted: { 'long-id': 1 } };
      const left = (result: ChartResult, omitted?: Record<string, number>): [boolean, unknown] => {
        const m = chartMessage(result, shown, omitted);
        return [m.initiatives === undefined, m.omitted];
      };
      assert.deepEqual(
        [
          left(counted, { 'long-id': 1 }),
          left(counted, undefined),
          left(counted, { 'long-id': 2 }),
          left(counted, { 'bad-id': 1 }),
          left(patched, { 'long-id': 1 }),
          left(patched, undefined),
        ],
        [
          [true, undefined],
          [false, { 'long-id': 1 }],
          [false, { 'long-id': 1 }],
          [false, { 'long-id': 1 }],
          [false, undefined],
          [true, undefined],
        ],
      );
    });
  });

  describe('saved webview state', () => {
    const state = { uri, pxPerDay: 2, scrollLeft: 120, scrollTop: 0 };

    it('is restored only when it is exactly a state', () => {
      assert.deepEqual(parsePreviewState(JSON.parse(JSON.stringify(state))), state);
      assert.deepEqual(parsePreviewState({ ...state, fitWhole: true }), { ...state, fitWhole: true });
      assert.deepEqual(parsePreviewState({ ...state, fitWhole: false }), { ...state, fitWhole: false });
      const names = { ...state, namesWidth: 300, namesHidden: true };
      assert.deepEqual(parsePreviewState(names), names);
      const rejected = [
        { ...state, fitWhole: 'yes' },
        { ...state, fitWhole: null },
        { ...state, namesWidth: 39 },
        { ...state, namesWidth: 300.5 },
        { ...state, namesHidden: 'yes' },
        undefined,
        null,
        { ...state, scrollLeft: -1 },
        { ...state, scrollTop: Number.POSITIVE_INFINITY },
        { ...state, pxPerDay: 0 },
        { ...state, uri: '' },
        { ...state, html: '<p>' },
        { uri, pxPerDay: 2 },
      ];
      assert.deepEqual(
        rejected.map((s) => parsePreviewState(s)),
        rejected.map(() => undefined),
      );
    });
  });
});
