import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { analyzeRoadmap } from '../../../server/src/core/analyze';
import type { AnalysisResult } from '../../../server/src/core/analyze';
import { parseDayDate } from '../../../server/src/core/dates';
import { ChartChangedNotification, ChartExportRequest, ChartRequest } from '../../../protocol/chartRequests';
import type {
  ChartChangedParams,
  ChartExportResult,
  ChartInitiative,
  ChartResult,
} from '../../../protocol/chartRequests';
import { diffMarkup } from '../../../server/src/gantt/markupTree';
import type { MarkupGroup } from '../../../server/src/gantt/markupTree';
import { sha256Base64 } from '../../../server/src/host/sha256';
import { drawPreviewChart, exportChart, previewChart } from '../../../server/src/services/chart/previewChart';
import { chartMessage } from '../../../client/src/preview/chartMessage';
import { parseExtensionMessage } from '../../../protocol/webviewMessages';
import { changed } from '../../support/roadmapBuilder';
import { LspClient, repoRoot } from './lspClient';

const acme = readFileSync(path.join(repoRoot, 'examples', 'acme-five-year.cxroadmap.yaml'), 'utf8');
const TODAY = '2027-06-15';
const TODAY_DAY = (parseDayDate(TODAY) as { day: number }).day;
const INITIATIVES = analyzeRoadmap(acme).model.initiatives.length;

function initiativeGroups(svg: string | null): string[] {
  return [...(svg ?? '').matchAll(/<g class="initiative[^"]*" data-initiative-id="([^"]*)"/g)].map((m) => m[1]);
}

interface ChangedEvent extends ChartChangedParams {
  /** Whether the diagnostics of that version had already arrived. */
  afterDiagnostics: boolean;
}

describe('language server: Gantt chart over stdio', function () {
  this.timeout(60_000);
  let client: LspClient;
  const events: ChangedEvent[] = [];
  let waiters: { uri: string; version: number; resolve: () => void }[] = [];

  /** Resolves once `cxroadmap/chartChanged` for `uri` at `version` has arrived. */
  function chartChanged(uri: string, version: number, timeoutMs = 15_000): Promise<void> {
    if (events.some((e) => e.uri === uri && e.version === version)) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`no chartChanged for ${uri} v${version} within ${timeoutMs} ms`)),
        timeoutMs,
      );
      waiters.push({
        uri,
        version,
        resolve: () => {
          clearTimeout(timer);
          resolve();
        },
      });
    });
  }

  /** `base`, when given, is sent as it is (any JSON value): the revision the preview shows. */
  function chart(uri: string, pxPerDay: number | null = 1, base?: unknown): Promise<ChartResult | null> {
    return client.connection.sendRequest(
      ChartRequest.method,
      base === undefined ? { uri, pxPerDay, today: TODAY } : { uri, pxPerDay, today: TODAY, base },
    );
  }

  /** Opens (version 1) or replaces the text of `uri`, waits for its chart to change, and answers its chart. */
  async function edit(uri: string, text: string, version: number, base?: unknown): Promise<ChartResult> {
    if (version === 1) await client.open(uri, text, 1);
    else await client.replace(uri, text, version);
    await chartChanged(uri, version);
    const result = await chart(uri, 1, base);
    assert.ok(result, `a chart for ${uri} v${version}`);
    return result;
  }

  /** Checks that `result` is the chart the shared chart service draws of `text` at `version`; returns the analysis. */
  function assertServiceChart(uri: string, text: string, version: number, result: ChartResult): AnalysisResult {
    const analysis = analyzeRoadmap(text);
    const options = { pxPerDay: 1, today: TODAY_DAY };
    const expected = previewChart(
      { uri, text: analysis.lines.text, analysis },
      version,
      options,
      undefined,
      result.revision,
    );
    assert.deepEqual(result, expected);
    return analysis;
  }

  before(async () => {
    client = new LspClient();
    client.connection.onNotification(ChartChangedNotification.method, (params: ChartChangedParams) => {
      const afterDiagnostics = client.publishedFor(params.uri).some((p) => p.version === params.version);
      events.push({ ...params, afterDiagnostics });
      waiters = waiters.filter((w) => {
        if (w.uri !== params.uri || w.version !== params.version) return true;
        w.resolve();
        return false;
      });
    });
    await client.initialize();
  });

  after(async () => {
    await client.shutdown();
  });

  it('answers the chart of an open roadmap, as the shared chart service draws it: one group per initiative', async () => {
    const uri = 'untitled:acme.cxroadmap.yaml';
    const result = await edit(uri, acme, 1);
    const analysis = assertServiceChart(uri, acme, 1, result);
    const ids = analysis.model.initiatives.map((i) => i.id!.value);
    assert.equal(ids.length, 22);
    assert.deepEqual(initiativeGroups(result.svg).sort(), [...ids].sort());
    assert.deepEqual(
      result.initiatives.map((i) => i.id),
      ids,
    );
    const first = analysis.model.initiatives[0];
    const line = (offset: number): number => analysis.lines.positionAt(offset).line;
    assert.deepEqual(result.initiatives[0], {
      id: 'asset-metrics',
      index: 0,
      range: analysis.lines.rangeOf(first.span.start, first.span.end),
      idRange: {
        start: { line: line(first.id!.span.start), character: 8 },
        end: { line: line(first.id!.span.start), character: 21 },
      },
      startRange: {
        start: { line: line(first.start!.span.start), character: 11 },
        end: { line: line(first.start!.span.start), character: 21 },
      },
      endRange: {
        start: { line: line(first.end!.span.start), character: 9 },
        end: { line: line(first.end!.span.start), character: 16 },
      },
      start: '2027-01-04',
      // `end: 2027-Q1` is the quarter's last day.
      end: '2027-03-31',
      milestones: first.milestones.map((m) => ({
        range: {
          start: { line: line(m.date!.span.start), character: 14 },
          end: { line: line(m.date!.span.start), character: 24 },
        },
        date: m.date!.value,
      })),
      problems: [],
    } satisfies ChartInitiative);
    assert.deepEqual(
      result.initiatives[0].milestones?.map((m) => m.date),
      ['2027-02-05', '2027-03-05'],
    );
    assert.deepEqual(
      {
        parses: result.parses,
        horizon: result.horizon,
        span: result.span,
        pxPerDay: result.pxPerDay,
        timelineX: result.timelineX,
        diagnosticsCount: result.diagnosticsCount,
      },
      {
        parses: true,
        horizon: { start: '2027-01-01', end: '2031-12-31' },
        span: { start: '2027-01-01', end: '2031-12-31' },
        pxPerDay: 1,
        timelineX: 440,
        diagnosticsCount: 0,
      },
    );
    // Without a zoom the renderer's own fits the span in about 1,000 px.
    const fitted = await chart(uri, null);
    assert.equal(fitted!.pxPerDay, 1040 / 1826);
  });

  it('sends cxroadmap/chartChanged after the diagnostics of every new version', async () => {
    const uri = 'untitled:changes.cxroadmap.yaml';
    await client.open(uri, acme, 1);
    await chartChanged(uri, 1);
    await client.replace(
      uri,
      acme.replace('title: Monthly customer gain and loss report', 'title: Weekly customer gain and loss report'),
      2,
    );
    await chartChanged(uri, 2);
    assert.deepEqual(
      events.filter((e) => e.uri === uri),
      [
        { uri, version: 1, afterDiagnostics: true },
        { uri, version: 2, afterDiagnostics: true },
      ],
    );
    const result = await chart(uri);
    assert.deepEqual([result!.version, result!.svg!.includes('Weekly customer gain and loss report')], [2, true]);
  });

  it('answers a text with a syntax error before the initiatives with parses: false and the last chart that parsed', async () => {
    const uri = 'untitled:broken.cxroadmap.yaml';
    const good = await edit(uri, acme, 1);
    const broken = acme.replace('  start: 2027-01-01', '  start: [2027-01-01');
    const stale = await edit(uri, broken, 2);
    const syntax = analyzeRoadmap(broken).diagnostics.filter((d) => d.code === 'syntax').length;
    assert.ok(syntax > 0);
    // The same drawing for the new version, under a revision of its own.
    assert.deepEqual(stale, {
      ...good,
      version: 2,
      parses: false,
      initiatives: [],
      diagnosticsCount: syntax,
      revision: stale.revision,
      // The findings of the text as it is, above the chart of the last version that parsed.
      summary: { ...good.summary, errors: syntax },
    });
    assert.notEqual(stale.revision, good.revision);
    // A zoom while the text is broken redraws the last good chart at that zoom.
    const zoomed = await chart(uri, 2);
    assert.deepEqual([zoomed!.parses, zoomed!.pxPerDay, initiativeGroups(zoomed!.svg).length], [false, 2, INITIATIVES]);

    const fixed = await edit(
      uri,
      acme.replace('title: Monthly customer gain and loss report', 'title: Fixed report'),
      3,
    );
    assert.deepEqual(
      [fixed.version, fixed.parses, fixed.svg!.includes('Fixed report'), fixed.initiatives.length],
      [3, true, true, INITIATIVES],
    );
  });

  it('draws the rest of the chart from the text while one initiative does not parse, and names it', async () => {
    const uri = 'untitled:partly.cxroadmap.yaml';
    const broken = changed(acme, [
      "    title: Agree the journey stages in the household's own words",
      "    title: Journey: agree the stages in the household's own words",
    ]);
    const good = await edit(uri, acme, 1);
    const partly = await edit(uri, broken, 2);
    assertServiceChart(uri, broken, 2, partly);
    const lines = broken.split('\n');
    const first = lines.indexOf('  - id: journey-stages');
    const last = lines.indexOf('  - id: customer-room') - 2;
    assert.deepEqual(
      [partly.parses, partly.unparsed, partly.diagnosticsCount],
      [true, [{ start: { line: first, character: 0 }, end: { line: last, character: lines[last].length } }], 1],
    );
    const ids = good.initiatives.map((i) => i.id).filter((id) => id !== 'journey-stages');
    assert.deepEqual(
      [partly.initiatives.map((i) => i.id), initiativeGroups(partly.svg).sort()],
      [ids, [...ids].sort()],
    );
  });

  it('has no chart for a text that never parsed', async () => {
    const uri = 'untitled:never.cxroadmap.yaml';
    const result = await edit(uri, 'cxroadmap: 1\ntitle: [unclosed\n', 1);
    assert.deepEqual(
      { ...result, diagnosticsCount: undefined },
      {
        uri,
        version: 1,
        parses: false,
        revision: result.revision,
        svg: null,
        initiatives: [],
        pxPerDay: 1,
        timelineX: 440,
        diagnosticsCount: undefined,
        summary: { errors: 1, warnings: 0, notes: 0, covered: 0, competencies: 5, initiatives: 0, statuses: [] },
      },
    );
  });

  it('answers null for a document it does not have, and for malformed parameters', async () => {
    const uri = 'untitled:params.cxroadmap.yaml';
    await client.open(uri, acme, 1);
    const answers = await Promise.all([
      chart('untitled:never-opened'),
      client.connection.sendRequest(ChartRequest.method, { uri, pxPerDay: 0, today: TODAY }),
      client.connection.sendRequest(ChartRequest.method, { uri, pxPerDay: 'wide', today: TODAY }),
      client.connection.sendRequest(ChartRequest.method, { uri, pxPerDay: 1, today: '2027-02-30' }),
      client.connection.sendRequest(ChartRequest.method, { uri: 42, pxPerDay: 1, today: TODAY }),
      client.connection.sendRequest(ChartRequest.method, null),
      client.connection.sendRequest(ChartExportRequest.method, { uri, format: 'pdf', today: TODAY }),
      client.connection.sendRequest(ChartRequest.method, { uri, pxPerDay: 1, today: TODAY, namesWidth: 39 }),
      client.connection.sendRequest(ChartRequest.method, { uri, pxPerDay: 1, today: TODAY, namesWidth: '200' }),
      client.connection.sendRequest(ChartRequest.method, { uri, pxPerDay: null, today: TODAY, viewWidth: 0 }),
      client.connection.sendRequest(ChartRequest.method, { uri, pxPerDay: null, today: TODAY, viewWidth: 700.5 }),
    ]);
    assert.deepEqual(answers, new Array(11).fill(null));
  });

  it('draws the names column and fits the drawn span to the view at the widths the preview gives', async () => {
    const uri = 'untitled:widths.cxroadmap.yaml';
    await client.open(uri, acme, 1);
    await chartChanged(uri, 1);
    const ask = (params: Record<string, unknown>): Promise<ChartResult | null> =>
      client.connection.sendRequest(ChartRequest.method, { uri, today: TODAY, ...params });
    const fitted = await ask({ pxPerDay: null, namesWidth: 200, viewWidth: 700 });
    const zoomed = await ask({ pxPerDay: 1, namesWidth: 200, viewWidth: 700 });
    const plain = await ask({ pxPerDay: null });
    const svgWidth = (r: ChartResult | null): string | undefined =>
      /^<svg[^>]* width="([\d.]+)"/.exec(r?.svg ?? '')?.[1];
    // Five years (1,826 days) in what a 200 px names column and the 24 px margin leave of 700 px.
    assert.deepEqual([fitted!.pxPerDay, fitted!.timelineX, svgWidth(fitted)], [476 / 1826, 200, '700']);
    // Zoomed past the view, the chart grows to hold the labels after its last bars.
    assert.deepEqual([zoomed!.pxPerDay, zoomed!.timelineX, svgWidth(zoomed)], [1, 200, '2219.18']);
    // Without them, as `cxroadmap gantt` draws it: 440 px of names, the span across 1,040 px, then labels.
    assert.deepEqual([plain!.pxPerDay, plain!.timelineX, svgWidth(plain)], [1040 / 1826, 440, '1673.18']);
    assert.deepEqual(new Set([fitted!.revision, zoomed!.revision, plain!.revision]).size, 3);
  });

  it('never sends an id longer than the preview takes, nor a problem longer than it shows', async () => {
    const uri = 'untitled:long-id.cxroadmap.yaml';
    const longId = 'y'.repeat(300);
    const unknown = 'x'.repeat(9000);
    const text = acme
      .replace(
        '  - id: asset-metrics\n',
        `  - id: ${longId}\n    title: Long\n    competency: listening-path\n    owner: Dana\n    start: 2027-01-04\n    end: 2027-03-31\n    depends_on: [asset-metrics]\n  - id: asset-metrics\n`,
      )
      .replace('depends_on: [touchpoint-reliability, asset-value]', `depends_on: [touchpoint-reliability, ${unknown}]`);
    const result = await edit(uri, text, 1);
    const model = analyzeRoadmap(text).model;
    assert.equal(model.initiatives.length, INITIATIVES + 1);
    const ids = analyzeRoadmap(acme).model.initiatives.map((i) => i.id!.value);
    assert.deepEqual(
      result.initiatives.map((i) => i.id),
      ids,
    );
    // Counted unless the schema refused the id already (the initiative then has no id to count).
    assert.deepEqual(result.omitted, model.initiatives[0].id === undefined ? undefined : { 'long-id': 1 });
    // Drawn as an initiative with an invalid id is: neither its group nor an arrow names it.
    assert.equal(result.svg!.includes(longId), false);
    assert.equal((result.svg!.match(/<g class="initiative/g) ?? []).length, INITIATIVES + 1);
    assert.deepEqual(initiativeGroups(result.svg).sort(), [...ids].sort());
    const problems = result.initiatives.find((i) => i.id === 'early-warning')!.problems;
    const lengths = problems.map((p) => p.message.length);
    assert.ok(problems.length > 0 && lengths.every((n) => n <= 8192), String(lengths));
    assert.ok(problems.every((p) => p.message.length < 8192 || p.message.endsWith('\u2026')));
    const message = chartMessage(result);
    assert.deepEqual(parseExtensionMessage(JSON.parse(JSON.stringify(message))), message);
    assert.equal(message.initiatives?.length, INITIATIVES);
  });

  describe('changes since a revision the preview names as its base', () => {
    const MONTHLY = 'title: Monthly customer gain and loss report';
    const titled = (title: string): string => acme.replace(MONTHLY, `title: ${title}`);

    /** The preview's tree of `text`, drawn here as the server draws it. */
    function treeOf(text: string): MarkupGroup {
      const analysis = analyzeRoadmap(text);
      const { tree } = drawPreviewChart({ uri: 'untitled:local', text: analysis.lines.text, analysis }, 1, {
        pxPerDay: 1,
        today: TODAY_DAY,
      });
      return tree!;
    }

    function whole(result: ChartResult | null): boolean {
      return result !== null && typeof result.svg === 'string' && result.svg.startsWith('<svg') && !('patch' in result);
    }

    it('answers the chart it already sent, named as the base, with no changes under the same revision', async () => {
      const uri = 'untitled:base-same.cxroadmap.yaml';
      const first = await edit(uri, acme, 1);
      assert.ok(whole(first));
      const again = await chart(uri, 1, first.revision);
      assert.deepEqual(again, { ...first, svg: null, patch: { base: first.revision, changes: [] } });
    });

    it('answers a title edit as the elements it changed, under a new revision, and the whole chart without a base', async () => {
      const uri = 'untitled:base-title.cxroadmap.yaml';
      const first = await edit(uri, acme, 1);
      const patched = await edit(uri, titled('Weekly customer gain and loss report'), 2, first.revision);
      assert.deepEqual(
        [patched.version, patched.svg, patched.patch?.base, patched.patch?.changes.length],
        [2, null, first.revision, 2],
      );
      assert.ok(patched.revision > first.revision, `${patched.revision} after ${first.revision}`);
      const [change, cell] = patched.patch!.changes;
      // The first initiative of the first lane, and its cell in the names column (after the
      // column's background and edge), which comes after the arrows and the today line.
      assert.deepEqual(
        [change.path, cell.path],
        [
          [4, 2],
          [11, 2, 4],
        ],
      );
      assert.ok(
        change.markup.startsWith('<g class="initiative status-active early-win" data-initiative-id="asset-metrics"'),
      );
      assert.ok(change.markup.includes('<title>Weekly customer gain and loss report\n'));
      assert.ok(cell.markup.startsWith('<g class="name status-active early-win" data-initiative-index="0">'));
      assert.ok(cell.markup.includes('>\u2068Weekly customer gain and loss report\u2069</text>'));
      assert.deepEqual(
        patched.patch!.changes,
        diffMarkup(treeOf(acme), treeOf(titled('Weekly customer gain and loss report'))),
      );

      const full = await chart(uri);
      assert.ok(whole(full));
      assert.deepEqual({ ...full!, svg: null, patch: patched.patch }, patched);
      assert.ok(full!.svg!.includes(change.markup) && full!.svg!.includes(cell.markup));
      assert.ok(!full!.svg!.includes('Monthly customer gain and loss report'));
    });

    it('answers the whole chart for a base it never drew', async () => {
      const uri = 'untitled:base-unknown.cxroadmap.yaml';
      const first = await edit(uri, acme, 1);
      const unknown = await chart(uri, 1, 987_654);
      assert.ok(whole(unknown));
      assert.deepEqual(unknown, first);
    });

    it('answers the whole chart when the outline changed: an initiative added', async () => {
      const uri = 'untitled:base-added.cxroadmap.yaml';
      const first = await edit(uri, acme, 1);
      const added = changed(acme, [
        '\n  - id: journey-stages\n',
        '\n  - id: added-one\n    title: Added one\n    competency: listening-path\n    owner: Dana Reyes\n    start: 2027-03-01\n    end: 2027-04-30\n\n  - id: journey-stages\n',
      ]);
      const result = await edit(uri, added, 2, first.revision);
      assert.ok(whole(result));
      assert.deepEqual(initiativeGroups(result.svg).length, INITIATIVES + 1);
      assert.notEqual(result.revision, first.revision);
    });

    it('keeps the last four drawings of a document: a base drawn before them gets the whole chart', async () => {
      const uri = 'untitled:base-kept.cxroadmap.yaml';
      const revisions: number[] = [];
      for (let version = 1; version <= 6; version++)
        revisions.push((await edit(uri, titled(`Report ${version}`), version)).revision);
      assert.equal(new Set(revisions).size, 6);
      // Version 6 is drawn; versions 3 to 6 are kept.
      const answers = await Promise.all(revisions.map((base) => chart(uri, 1, base)));
      assert.deepEqual(
        answers.map((a) => (a?.patch ? a.patch.changes.length : a?.svg === null ? 'null' : 'whole')),
        ['whole', 'whole', 2, 2, 2, 0],
      );
      assert.deepEqual(
        answers.map((a) => a?.revision),
        revisions.map(() => revisions[5]),
      );
      // The initiative's title is in its cell of the names column.
      assert.ok(answers[2]!.patch!.changes[1].markup.includes('\u2068Report 6\u2069'));
    });

    it('ignores a base that is not a revision number: the whole chart, never a null one', async () => {
      const uri = 'untitled:base-bad.cxroadmap.yaml';
      const first = await edit(uri, acme, 1);
      const bad: unknown[] = [
        'x',
        String(first.revision),
        -1,
        1.5,
        first.revision + 0.5,
        null,
        [first.revision],
        { base: first.revision },
      ];
      const answers = await Promise.all(bad.map((base) => chart(uri, 1, base)));
      assert.deepEqual(
        answers.map((a) => whole(a)),
        bad.map(() => true),
      );
      for (const answer of answers) assert.deepEqual(answer, first);
    });
  });

  it('exports the page and the image `cxroadmap gantt` writes, and nothing while the text does not parse', async () => {
    const uri = 'untitled:acme-five-year.cxroadmap.yaml';
    await client.open(uri, acme, 1);
    await chartChanged(uri, 1);
    const analysis = analyzeRoadmap(acme);
    const [html, svg] = (await Promise.all(
      (['html', 'svg'] as const).map((format) =>
        client.connection.sendRequest(ChartExportRequest.method, { uri, format, today: TODAY }),
      ),
    )) as ChartExportResult[];
    assert.deepEqual(html, {
      uri,
      format: 'html',
      content: exportChart(analysis, 'html', TODAY_DAY, 'acme-five-year.cxroadmap.yaml', sha256Base64),
    });
    assert.deepEqual(svg, {
      uri,
      format: 'svg',
      content: exportChart(analysis, 'svg', TODAY_DAY, 'acme-five-year.cxroadmap.yaml', sha256Base64),
    });
    assert.equal(initiativeGroups(html.content).length, INITIATIVES);
    assert.match(html.content, /From \u2068acme-five-year\.cxroadmap\.yaml\u2069/);
    assert.ok(svg.content.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg'));

    await client.replace(uri, `${acme}  - id: [broken\n`, 2);
    await chartChanged(uri, 2);
    const refused = await client.connection.sendRequest(ChartExportRequest.method, {
      uri,
      format: 'html',
      today: TODAY,
    });
    assert.deepEqual(refused, { uri, format: 'html', content: null });
  });
});
