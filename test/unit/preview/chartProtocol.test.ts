import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { analyzeRoadmap } from '../../../server/src/core/analyze';
import { chartMessage, parseExtensionMessage, parsePreviewState, parseWebviewMessage } from '../../../server/src/protocol/chartProtocol';
import type { ChartMessage, WebviewToExtension } from '../../../server/src/protocol/chartProtocol';
import { previewChart } from '../../../server/src/services/chart/previewChart';

const root = path.resolve(__dirname, '../../../..');
const uri = 'file:///work/acme.cxroadmap.yaml';

const ALLOWED: WebviewToExtension[] = [
  { type: 'ready', uri },
  { type: 'reveal', uri, id: 'asset-metrics' },
  { type: 'move', uri, id: 'asset-metrics', start: '2027-01-04', end: '2027-03-31' },
  { type: 'zoom', uri, pxPerDay: 2.5 },
  { type: 'export', uri, format: 'svg' },
  { type: 'export', uri, format: 'html' },
];

function with_(message: WebviewToExtension, changes: Record<string, unknown>): Record<string, unknown> {
  return { ...message, ...changes };
}

const [ready, reveal, move, zoom, exportSvg] = ALLOWED;

describe('preview: chart protocol', () => {
  describe('messages from the webview', () => {
    it('accepts exactly the five kinds of message, and returns copies', () => {
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
      const ids = ['a', '0-x', 'asset-metrics', 'x'.repeat(256), 'Asset', '-a', 'a b', 'a_b', '\u{1F680}', 'a\u202Eb', '', 'x'.repeat(257), 'a\n'];
      assert.deepEqual(
        ids.map((id) => parseWebviewMessage(with_(reveal, { id })) !== undefined),
        [true, true, true, true, false, false, false, false, false, false, false, false, false],
      );
    });

    it('accepts real calendar days only, and a start on or before the end', () => {
      const days = ['2028-02-29', '0001-01-01', '9999-12-31', '2027-02-29', '2027-13-01', '2027-00-10', '2027-04-31', '0000-01-01', '27-01-01', '2027-1-1', '2027-01-01T00:00', ' 2027-01-01', '2027-Q1', 20270101];
      assert.deepEqual(
        days.map((start) => parseWebviewMessage(with_(move, { start, end: '9999-12-31' })) !== undefined),
        [true, true, true, false, false, false, false, false, false, false, false, false, false, false],
      );
      assert.equal(parseWebviewMessage(with_(move, { start: '2027-04-01', end: '2027-03-31' })), undefined);
      assert.deepEqual(parseWebviewMessage(with_(move, { start: '2027-04-01', end: '2027-04-01' })), { ...move, start: '2027-04-01', end: '2027-04-01' });
    });

    it('accepts zooms from 0.01 to 100 px per day', () => {
      const zooms = [0.01, 1, 100, 0.0099, 100.5, 0, -1, Number.NaN, Number.POSITIVE_INFINITY];
      assert.deepEqual(
        zooms.map((pxPerDay) => parseWebviewMessage(with_(zoom, { pxPerDay })) !== undefined),
        [true, true, true, false, false, false, false, false, false],
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
      assert.deepEqual(Object.keys(chart).sort(), ['horizon', 'initiatives', 'parses', 'pxPerDay', 'revision', 'span', 'svg', 'timelineX', 'type', 'uri', 'version']);
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
        changed({ initiatives: [{ ...first, id: 'Not An Id' }] }),
        changed({ initiatives: [{ ...first, start: '2027-02-30' }] }),
        changed({ initiatives: [{ ...first, problems: [1] }] }),
        changed({ initiatives: [{ ...first, range: first }] }),
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

  describe('saved webview state', () => {
    const state = { uri, pxPerDay: 2, scrollLeft: 120, scrollTop: 0 };

    it('is restored only when it is exactly a state', () => {
      assert.deepEqual(parsePreviewState(JSON.parse(JSON.stringify(state))), state);
      assert.deepEqual(parsePreviewState({ ...state, fitWhole: true }), { ...state, fitWhole: true });
      assert.deepEqual(parsePreviewState({ ...state, fitWhole: false }), { ...state, fitWhole: false });
      const rejected = [
        { ...state, fitWhole: 'yes' },
        { ...state, fitWhole: null },
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
