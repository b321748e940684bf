import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { analyzeRoadmap } from '../../../server/src/core/analyze';
import { dayNumber, parseDayDate } from '../../../server/src/core/dates';
import { diffMarkup, joinMarkup } from '../../../server/src/gantt/markupTree';
import type { MarkupChange } from '../../../server/src/gantt/markupTree';
import { chartMessage, webviewInitiatives } from '../../../client/src/preview/chartMessage';
import type { WireFinding } from '../../../protocol/chartWire';
import type { ChartMessage } from '../../../protocol/webviewMessages';
import { drawPreviewChart, previewChart } from '../../../server/src/services/chart/previewChart';
import type { DrawnChart } from '../../../server/src/services/chart/previewChart';
import {
  launchChromium,
  posted,
  postedCount,
  repoRoot,
  send,
  usingPage,
  watch,
  WebviewHarness,
} from './webviewHarness';
import type { PageWatch } from './webviewHarness';

const uri = 'file:///work/plans/acme-five-year.cxroadmap.yaml';
const acmePath = path.join(repoRoot, 'examples', 'acme-five-year.cxroadmap.yaml');
const acme = readFileSync(acmePath, 'utf8');
const TODAY = dayNumber(2027, 6, 15);
const screenshots = path.join(repoRoot, 'test-output', 'preview');

/** A roadmap written to attack the chart: markup, attribute breakouts, template syntax, a script link, bidi overrides, emoji. */
const HOSTILE = [
  'cxroadmap: 1',
  'title: "<script>window.__pwned = 1</script> \\u202Eevil\\u202C \u{1F680}"',
  'owner: "\\" onmouseover=\\"window.__pwned=1"',
  'sponsor: "{{constructor.constructor(\'window.__pwned=1\')()}}"',
  'horizon:',
  '  start: 2027-01-01',
  '  end: 2028-12-31',
  'initiatives:',
  '  - id: xss-title',
  '    title: "<img src=x onerror=\\"window.__pwned=1\\"> \u{1F680} ${7*7}"',
  '    competency: customers-as-assets',
  '    owner: "\\" onmouseover=\\"window.__pwned=1\\" x=\\""',
  '    start: 2027-01-04',
  '    end: 2027-06-30',
  '    status: active',
  '    note: "</text><script>window.__pwned=1</script>"',
  '    outcome: "{{constructor.constructor(\'window.__pwned=1\')()}}"',
  '    links:',
  '      - title: "click <b>me</b>"',
  '        url: "javascript:window.__pwned=1"',
  '  - id: rtl-override',
  '    title: "\\u202Egnp.exe \u{1F389} RTL"',
  '    competency: listening-path',
  '    owner: "Owner \u{1F469}\u{1F3FD}\u200D\u{1F4BB} \\u202E reversed"',
  '    start: 2027-03-01',
  '    end: 2027-09-30',
  '    links:',
  '      - title: "<svg onload=window.__pwned=1>"',
  '        url: "https://example.com/?q=<script>"',
  '  - id: "bad-id-\u{1F680}"',
  '    title: "Emoji id \u{1F680}"',
  '    competency: listening-path',
  '    owner: Dana',
  '    start: 2027-02-01',
  '    end: 2027-05-31',
  '',
].join('\n');

/** The widths a page asks its chart to be drawn at (`view` message). */
interface Widths {
  namesWidth?: number;
  viewWidth?: number;
}

function chartFor(
  text: string,
  pxPerDay: number | undefined,
  version = 1,
  lastGood?: string,
  widths: Widths = {},
  today = TODAY,
): ChartMessage {
  const analysis = analyzeRoadmap(text);
  const good = lastGood === undefined ? undefined : analyzeRoadmap(lastGood);
  return chartMessage(
    previewChart({ uri, text: analysis.lines.text, analysis }, version, { pxPerDay, today, ...widths }, good),
  );
}

interface ViewProposal {
  type: 'view';
  uri: string;
  pxPerDay: number | null;
  namesWidth: number;
  viewWidth: number;
}

/** The chart of `text` as the extension answers the page's `view` message. */
function chartAsked(text: string, asked: ViewProposal, version = 1): ChartMessage {
  const { pxPerDay, namesWidth, viewWidth } = asked;
  return chartFor(text, pxPerDay ?? undefined, version, undefined, { namesWidth, viewWidth });
}

function iso(day: string, delta: number): string {
  const parsed = parseDayDate(day);
  assert.ok(parsed.ok);
  const d = new Date((parsed.day + delta) * 86_400_000);
  return d.toISOString().slice(0, 10);
}

/** Every `data-initiative-id` on the page, sorted (the chart orders them by lane). */
function chartIds(page: Page): Promise<(string | null)[]> {
  return page.$$eval('[data-initiative-id]', (els) => els.map((e) => e.getAttribute('data-initiative-id')).sort());
}

interface ViewMetrics {
  scrollLeft: number;
  clientWidth: number;
  scrollWidth: number;
  svgWidth: number;
}

function metrics(page: Page): Promise<ViewMetrics> {
  return page.evaluate(() => {
    const viewport = document.querySelector('.viewport')!;
    return {
      scrollLeft: viewport.scrollLeft,
      clientWidth: viewport.clientWidth,
      scrollWidth: viewport.scrollWidth,
      svgWidth: Number(document.querySelector('.chart > svg')?.getAttribute('width')),
    };
  });
}

/** Shows `message` and waits until its chart is on screen (its width tells it apart from the one before). */
async function show(page: Page, message: ChartMessage): Promise<void> {
  const width = /^<svg[^>]* width="([\d.]+)"/.exec(message.svg ?? '')?.[1];
  await send(page, message);
  await page.waitForFunction(
    ([w, count]) => {
      const svg = document.querySelector('.chart > svg');
      return svg !== null && svg.getAttribute('width') === w && svg.querySelectorAll('g.initiative').length === count;
    },
    [width, (message.svg?.match(/<g class="initiative/g) ?? []).length] as const,
  );
}

/** The chart of `text` drawn as the server draws it, under `revision`. */
function drawn(text: string, version: number, revision: number, pxPerDay = 1): DrawnChart {
  const analysis = analyzeRoadmap(text);
  return drawPreviewChart(
    { uri, text: analysis.lines.text, analysis },
    version,
    { pxPerDay, today: TODAY },
    undefined,
    revision,
  );
}

/** The message for a chart sent whole. */
function wholeMessage(chart: DrawnChart): ChartMessage {
  return chartMessage({ ...chart.result, svg: joinMarkup(chart.tree!) });
}

/** The message for `changes` to the chart `base` shows, as the extension sends it (no initiatives when unchanged). */
function patchMessage(base: DrawnChart, next: DrawnChart, changes?: MarkupChange[]): ChartMessage {
  const diff = changes ?? diffMarkup(base.tree!, next.tree!);
  assert.ok(diff, 'the chart keeps its outline');
  return chartMessage(
    { ...next.result, patch: { base: base.result.revision, changes: diff } },
    webviewInitiatives(base.result),
  );
}

/**
 * What the page posted after opening (how to draw its chart, then "ready"), once it has
 * posted `count` messages more.
 */
async function afterOpening(page: Page, count: number): Promise<unknown[]> {
  const all = await postedCount(page, count + 2);
  assert.deepEqual(
    all.slice(0, 2).map((m) => (m as { type: string }).type),
    ['view', 'ready'],
  );
  return all.slice(2);
}

/** Waits until every message sent before has been handled: the page shows a banner sent after them. */
let barriers = 0;
async function settle(page: Page): Promise<void> {
  barriers += 1;
  const text = `settled ${barriers}`;
  await send(page, { type: 'banner', uri, text });
  await page.waitForFunction((t) => document.querySelector('.banner')!.textContent === t, text);
}

/** The text of the label of the initiative `id`'s bar. */
function labelOf(page: Page, id: string): Promise<string | null> {
  // In the preview the title is in the initiative's cell of the names column, found by the initiative's index.
  return page.evaluate((i) => {
    const group = document.querySelector(`g[data-initiative-id="${i}"]`)!;
    const own = group.querySelector(':scope > text.label');
    if (own) return own.textContent;
    const index = group.getAttribute('data-initiative-index');
    return document.querySelector(`g.name[data-initiative-index="${index}"] text.label`)?.textContent ?? null;
  }, id);
}

function chartMarkup(page: Page): Promise<string> {
  return page.$eval('.chart > svg', (svg) => svg.outerHTML);
}

/** Remembers the chart element now shown, to tell later whether it is still the one shown. */
async function markChart(page: Page): Promise<void> {
  await page.evaluate(() => {
    (window as unknown as { __chart: Element }).__chart = document.querySelector('.chart > svg')!;
  });
}

function sameChart(page: Page): Promise<boolean> {
  return page.evaluate(
    () =>
      document.querySelector('.chart > svg') === (window as unknown as { __chart: Element }).__chart &&
      document.querySelectorAll('.chart > svg').length === 1,
  );
}

/** What could have run in the page: the roadmap's `window.__pwned`, the scripts, every `on…` attribute. */
function scriptsIn(page: Page): Promise<{ pwned: unknown; scripts: number; handlers: string[] }> {
  return page.evaluate(() => ({
    pwned: (window as unknown as { __pwned?: unknown }).__pwned,
    scripts: document.querySelectorAll('script').length,
    handlers: Array.from(document.querySelectorAll('*')).flatMap((el) =>
      Array.from(el.attributes)
        .filter((a) => a.name.toLowerCase().startsWith('on'))
        .map((a) => a.name),
    ),
  }));
}

/** The page's own text is the only script: nothing from the roadmap ran or became markup. */
async function assertInert(page: Page, seen: PageWatch): Promise<void> {
  const state = {
    ...(await scriptsIn(page)),
    ...(await page.evaluate(() => ({
      badLinks: Array.from(document.querySelectorAll('a[href]'))
        .map((a) => a.getAttribute('href')!)
        .filter((href) => !href.startsWith('https:')),
      foreign: document.querySelectorAll(
        '.chart img, .chart iframe, .chart foreignObject, .chart script, .chart style, .banner *',
      ).length,
    }))),
  };
  assert.deepEqual(state, { pwned: undefined, scripts: 1, handlers: [], badLinks: [], foreign: 0 });
  assert.deepEqual([seen.dialogs, seen.errors], [[], []]);
}

describe('preview: the webview in headless Chromium', function () {
  this.timeout(30_000);
  let browser: Browser;
  const harness = new WebviewHarness(uri);
  const model = analyzeRoadmap(acme).model;
  const ids = model.initiatives.map((i) => i.id!.value);
  const first = model.initiatives[0];

  /** A reloaded webview at zoom `pxPerDay`: its first chart at that zoom is shown as it is. */
  const openAt = (pxPerDay: number): ReturnType<WebviewHarness['open']> =>
    harness.open(browser, { uri, pxPerDay, scrollLeft: 0, scrollTop: 0 });

  before(async () => {
    mkdirSync(screenshots, { recursive: true });
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    harness.dispose();
  });

  it('says how to draw its chart, then that it is ready, and fits the whole horizon to its width', () =>
    usingPage(harness.open(browser), async ({ page, seen }) => {
      const { clientWidth } = await metrics(page);
      const [asked] = (await postedCount(page, 2)) as ViewProposal[];
      // 30 % of the view for the names column, the whole drawn span across the rest.
      assert.deepEqual(await postedCount(page, 2), [
        { type: 'view', uri, pxPerDay: null, namesWidth: Math.round(clientWidth * 0.3), viewWidth: clientWidth },
        { type: 'ready', uri },
      ]);
      await show(page, chartAsked(acme, asked));
      assert.deepEqual(await chartIds(page), [...ids].sort());
      assert.equal(ids.length, model.initiatives.length);
      const { svgWidth, scrollWidth } = await metrics(page);
      assert.deepEqual([svgWidth, scrollWidth], [clientWidth, clientWidth]);
      assert.equal(await page.getAttribute('button[data-zoom="whole"]', 'aria-pressed'), 'true');
      // The legend lists what the chart draws.
      assert.deepEqual(await page.$$eval('[data-legend]', (items) => items.map((i) => i.getAttribute('data-legend'))), [
        'status-planned',
        'status-active',
        'early-win',
        'milestone',
        'dependency',
        'today',
      ]);
      // The default (caret: 'hide') would add a stylesheet of Playwright's that the page's CSP refuses.
      await page.screenshot({ path: path.join(screenshots, 'acme.png'), caret: 'initial' });
      // No more messages: the chart shown is the one asked for.
      assert.deepEqual(await afterOpening(page, 0), []);
      assert.deepEqual([seen.dialogs, seen.errors, seen.cspReports], [[], [], []]);
    }));

  it('fits the whole horizon to a 700 px wide panel, and again whenever the panel is resized', () =>
    usingPage(harness.open(browser, undefined, { width: 700, height: 700 }), async ({ page, seen }) => {
      const fits = async (asked: ViewProposal, version: number) => {
        await show(page, chartAsked(acme, asked, version));
        return page.evaluate(() => {
          const viewport = document.querySelector('.viewport')!;
          const frame = viewport.getBoundingClientRect();
          const years = Array.from(document.querySelectorAll('g.head text.tick-year'), (t) =>
            t.getBoundingClientRect(),
          );
          return {
            clientWidth: viewport.clientWidth,
            scrollWidth: viewport.scrollWidth,
            svgWidth: Number(document.querySelector('.chart > svg')!.getAttribute('width')),
            lastYear: document.querySelectorAll('g.head text.tick-year')[years.length - 1]?.textContent,
            yearsInView: years.every((box) => box.left >= frame.left && box.right <= frame.left + viewport.clientWidth),
          };
        });
      };
      const [asked] = (await postedCount(page, 2)) as ViewProposal[];
      const narrow = await fits(asked, 1);
      assert.deepEqual(asked, {
        type: 'view',
        uri,
        pxPerDay: null,
        namesWidth: Math.round(narrow.clientWidth * 0.3),
        viewWidth: narrow.clientWidth,
      });
      // All five years, 2031 the last, in view; nothing to scroll sideways.
      assert.deepEqual(narrow, {
        clientWidth: asked.viewWidth,
        scrollWidth: asked.viewWidth,
        svgWidth: asked.viewWidth,
        lastYear: '2031',
        yearsInView: true,
      });
      // Wider, then narrower: each time the page asks for the chart at its new width.
      for (const [n, width] of [
        [1, 1000],
        [2, 600],
      ]) {
        await page.setViewportSize({ width, height: 700 });
        const resized = (await postedCount(page, 2 + n))[1 + n] as ViewProposal;
        const now = await fits(resized, 1 + n);
        assert.deepEqual(resized, {
          type: 'view',
          uri,
          pxPerDay: null,
          namesWidth: Math.max(160, Math.round(now.clientWidth * 0.3)),
          viewWidth: now.clientWidth,
        });
        assert.deepEqual(now, {
          clientWidth: resized.viewWidth,
          scrollWidth: resized.viewWidth,
          svgWidth: resized.viewWidth,
          lastYear: '2031',
          yearsInView: true,
        });
      }
      assert.equal(await page.getAttribute('button[data-zoom="whole"]', 'aria-pressed'), 'true');
      assert.deepEqual([seen.dialogs, seen.errors, seen.cspReports], [[], [], []]);
    }));

  it('resizes the names column by dragging its edge or with the keys on it, and collapses it with a button', () =>
    usingPage(openAt(1), async ({ page }) => {
      const [opened] = (await postedCount(page, 2)) as ViewProposal[];
      const width = opened.namesWidth;
      await show(page, chartAsked(acme, opened));
      const edge = page.locator('.names-edge-handle');
      const frame = (await page.locator('.viewport').boundingBox())!;
      const box = (await edge.boundingBox())!;
      assert.equal(Math.round(box.x + box.width / 2 - frame.x), width);
      assert.deepEqual(
        await edge.evaluate((e) => [
          e.getAttribute('role'),
          e.getAttribute('aria-orientation'),
          e.getAttribute('aria-valuenow'),
          e.getAttribute('tabindex'),
        ]),
        ['separator', 'vertical', String(width), '0'],
      );
      const proposals = async (count: number): Promise<Pick<ViewProposal, 'pxPerDay' | 'namesWidth'>[]> =>
        ((await afterOpening(page, count)) as ViewProposal[]).map((m) => ({
          pxPerDay: m.pxPerDay,
          namesWidth: m.namesWidth,
        }));

      // Dragged 100 px to the right: the chart is asked for once, when the edge is let go.
      const y = box.y + 200;
      await page.mouse.move(box.x + box.width / 2, y);
      await page.mouse.down();
      await page.mouse.move(box.x + box.width / 2 + 50, y, { steps: 5 });
      await page.mouse.move(box.x + box.width / 2 + 100, y, { steps: 5 });
      assert.deepEqual(await afterOpening(page, 0), []);
      await page.mouse.up();
      assert.deepEqual(await proposals(1), [{ pxPerDay: 1, namesWidth: width + 100 }]);
      await show(page, chartFor(acme, 1, 2, undefined, { namesWidth: width + 100, viewWidth: opened.viewWidth }));
      assert.equal(await labelOf(page, ids[1]), "\u2068Agree the journey stages in the household's own words\u2069");

      // The keys on the edge: 16 px, 64 px with Shift, the narrowest and the widest.
      await edge.focus();
      const widest = Math.min(1000, opened.viewWidth - 160);
      for (const [n, key] of ['ArrowLeft', 'Shift+ArrowLeft', 'Home', 'End'].entries()) {
        await page.keyboard.press(key);
        await proposals(2 + n);
      }
      assert.deepEqual((await proposals(5)).slice(1), [
        { pxPerDay: 1, namesWidth: width + 84 },
        { pxPerDay: 1, namesWidth: width + 20 },
        { pxPerDay: 1, namesWidth: 120 },
        { pxPerDay: 1, namesWidth: widest },
      ]);

      // Collapsed to its marks by the button, and opened again by Enter on the edge.
      const toggle = page.locator('button.names-toggle');
      assert.deepEqual(
        [await toggle.textContent(), await toggle.getAttribute('aria-expanded')],
        ['Hide names', 'true'],
      );
      await toggle.click();
      assert.deepEqual((await proposals(6)).slice(5), [{ pxPerDay: 1, namesWidth: 40 }]);
      assert.deepEqual(
        [await toggle.textContent(), await toggle.getAttribute('aria-expanded')],
        ['Show names', 'false'],
      );
      await show(page, chartFor(acme, 1, 3, undefined, { namesWidth: 40, viewWidth: opened.viewWidth }));
      assert.deepEqual(
        await page.evaluate(() => [
          document.querySelectorAll('g.name text.label').length,
          document.querySelectorAll('g.name .early-win-mark').length,
        ]),
        [0, 1],
      );
      await edge.focus();
      await page.keyboard.press('Enter');
      assert.deepEqual((await proposals(7)).slice(6), [{ pxPerDay: 1, namesWidth: widest }]);
      assert.equal(await toggle.textContent(), 'Hide names');
      // The page keeps the reader's choice for its next load.
      await toggle.click();
      await proposals(8);
      assert.deepEqual(
        await page.evaluate(() => {
          const state = (window as unknown as { __state: Record<string, unknown> }).__state;
          return [state.namesWidth, state.namesHidden];
        }),
        [widest, true],
      );
    }));

  it('marks each row with its worst finding, and lists the findings with severity and code in its tooltip', () =>
    usingPage(openAt(1), async ({ page }) => {
      const needsWork = readFileSync(path.join(repoRoot, 'examples', 'needs-work.cxroadmap.yaml'), 'utf8');
      const message = chartFor(needsWork, 1);
      await show(page, message);
      const marks = await page.$$eval('g.name', (cells) =>
        cells.map((c) => {
          const mark = c.querySelector('[class$="-mark-group"]')?.getAttribute('class') ?? null;
          const worst = /has-(errors|warnings|notes)/.exec(c.getAttribute('class') ?? '')?.[0] ?? null;
          return [Number(c.getAttribute('data-initiative-index')), worst, mark];
        }),
      );
      assert.deepEqual(
        marks.sort((a, b) => (a[0] as number) - (b[0] as number)),
        [
          [0, 'has-warnings', 'warning-mark-group'],
          [1, 'has-notes', 'note-mark-group'],
          [2, null, null],
          [3, 'has-warnings', 'warning-mark-group'],
          [4, 'has-errors', 'error-mark-group'],
          [5, 'has-errors', 'error-mark-group'],
          [6, 'has-errors', 'error-mark-group'],
          [7, 'has-errors', 'error-mark-group'],
          [8, 'has-errors', 'error-mark-group'],
          [9, 'has-warnings', 'warning-mark-group'],
          [10, 'has-warnings', 'warning-mark-group'],
        ],
      );
      assert.deepEqual(await page.$$eval('[data-legend]', (items) => items.map((i) => i.getAttribute('data-legend'))), [
        'status-planned',
        'status-active',
        'early-win',
        'milestone',
        'violated',
        'has-errors',
        'has-warnings',
        'has-notes',
        'today',
      ]);
      // The tooltip, from the row's name: the initiative's details, then each finding, the worst first.
      const problems = (id: string) => message.initiatives!.find((i) => i.id === id)!.problems;
      await page.hover('g.name[data-initiative-index="3"] text.label');
      await page.waitForSelector('.tooltip:not([hidden])');
      const tooltip = await page.$eval('.tooltip', (t) => t.textContent.split('\n'));
      assert.deepEqual(tooltip.slice(-2), [
        `\u2022 Warning: ${problems('renewal-letters')[0].message} (dependency-order)`,
        `\u2022 Info: ${problems('renewal-letters')[1].message} (owner-overload)`,
      ]);
      await page.hover('g.name[data-initiative-index="8"] text.label');
      await page.waitForFunction(() => document.querySelector('.tooltip')!.textContent.includes('(unknown-stage)'));
      assert.deepEqual(
        (await page.$eval('.tooltip', (t) => t.textContent.split('\n'))).filter((line) => line.startsWith('\u2022')),
        problems('welcome-pack').map(
          (p) => `\u2022 ${p.severity === 'error' ? 'Error' : 'Info'}: ${p.message} (${p.code})`,
        ),
      );
      // No today line, no "Today" in the legend.
      await show(page, chartFor(needsWork, 1, 2, undefined, {}, dayNumber(2040, 1, 1)));
      await settle(page);
      assert.equal(await page.locator('[data-legend="today"], g.today').count(), 0);
    }));

  it('heads the page with the roadmap’s title and a line on its findings, coverage and statuses', () =>
    usingPage(openAt(1), async ({ page }) => {
      const head = (): Promise<[boolean, string | null, string | null]> =>
        page.$eval('.roadmap-head', (h) => [
          (h as HTMLElement).hidden,
          h.querySelector('.roadmap-title')!.textContent,
          h.querySelector('.health')!.textContent,
        ]);
      assert.deepEqual(await head(), [true, '', '']);
      await show(page, chartFor(acme, 1));
      assert.deepEqual(await head(), [
        false,
        'Acme Broadband Customer Experience Roadmap 2027-2031',
        '0 errors, 0 warnings, 0 notes \u00b7 5 of 5 competencies covered \u00b7 22 initiatives: 20 planned, 2 active',
      ]);
      const needsWork = readFileSync(path.join(repoRoot, 'examples', 'needs-work.cxroadmap.yaml'), 'utf8');
      await show(page, chartFor(needsWork, 1, 2));
      assert.deepEqual(await head(), [
        false,
        'Globex Insurance Customer Experience Roadmap (first draft)',
        '9 errors, 9 warnings, 3 notes \u00b7 4 of 5 competencies covered \u00b7 11 initiatives: 1 planned, 3 active, 7 without a status',
      ]);
      // Roadmap text is text: a title of markup shows as written.
      await show(page, chartFor(HOSTILE, 1, 3));
      assert.equal(
        await page.$eval('.roadmap-title', (t) => [t.textContent, t.children.length].join('|')),
        '<script>window.__pwned = 1</script> \u202Eevil\u202C \u{1F680}|0',
      );
    }));

  it('keeps the names column, the lanes’ names, the legend and the axis in view while the chart pans both ways', () =>
    usingPage(openAt(1), async ({ page }) => {
      await show(page, chartFor(acme, 1));
      /** Where each part is, in px from the view's top left corner. */
      const where = (): Promise<Record<string, [number, number]>> =>
        page.evaluate(() => {
          const frame = document.querySelector('.viewport')!.getBoundingClientRect();
          const at = (selector: string): [number, number] => {
            const box = document.querySelector(selector)!.getBoundingClientRect();
            // `+ 0` makes a rounded -0 a 0.
            return [Math.round(box.left - frame.left) + 0, Math.round(box.top - frame.top) + 0];
          };
          return {
            names: at('g.names'),
            lane: at('g.names g.lane-names rect.lane-bg'),
            legend: at('g.legend rect.swatch'),
            axis: at('g.head rect.axis-bg'),
            corner: at('g.corner'),
            bar: at('g[data-initiative-id="asset-metrics"] rect.bar'),
          };
        });
      const before = await where();
      assert.deepEqual(before, {
        names: [0, 104],
        lane: [0, 104],
        legend: [12, 16],
        axis: [440, 42],
        corner: [0, 42],
        bar: [443, 140],
      });
      await page.evaluate(() => {
        const viewport = document.querySelector('.viewport')!;
        viewport.scrollLeft = 600;
        viewport.scrollTop = 150;
      });
      await page.waitForFunction(
        () => document.querySelector('g.head')!.getAttribute('transform') === 'translate(0,108)',
      );
      // The axis sticks to the top once scrolled past (and pans sideways); the names and legend stay at the left edge; the bars pan.
      assert.deepEqual(await where(), {
        names: [0, 104 - 150],
        lane: [0, 104 - 150],
        legend: [12, 16 - 150],
        axis: [440 - 600, 0],
        corner: [0, 0],
        bar: [443 - 600, 140 - 150],
      });
      // What is under the names column is the names column: a click there is on an initiative's name.
      const hit = await page.evaluate(() => {
        const frame = document.querySelector('.viewport')!.getBoundingClientRect();
        return document
          .elementFromPoint(frame.left + 100, frame.top + 200)!
          .closest('g.name, g.corner, g.head')!
          .getAttribute('class');
      });
      assert.match(hit ?? '', /^name /);
    }));

  it('highlights an initiative’s row and shows its tooltip from its name, and reveals it on a click there', () =>
    usingPage(openAt(1), async ({ page }) => {
      await show(page, chartFor(acme, 1));
      await page.hover('g.name[data-initiative-index="3"] text.label');
      await page.waitForSelector('.tooltip:not([hidden])');
      assert.deepEqual(
        await page.evaluate(() => ({
          hovered: Array.from(document.querySelectorAll('.is-hover'), (e) => e.getAttribute('data-initiative-index')),
          tooltip: document.querySelector('.tooltip')!.textContent.split('\n').slice(0, 2),
        })),
        {
          hovered: ['3', '3'],
          tooltip: [
            'Find out why households leave, and have leaders call them back',
            'reasons-for-leaving \u00b7 Honor and Manage Customers as Assets',
          ],
        },
      );
      await page.mouse.move(5, 5);
      assert.equal(await page.locator('.is-hover').count(), 0);
      await page.click('g.name[data-initiative-index="3"] text.label');
      assert.deepEqual((await afterOpening(page, 1))[0], { type: 'reveal', uri, id: 'reasons-for-leaving' });
    }));

  it('proposes to reveal a clicked initiative, and marks the one under the editor’s cursor', () =>
    usingPage(openAt(1), async ({ page }) => {
      await show(page, chartFor(acme, 1));
      await page.click(`g[data-initiative-id="${ids[3]}"] rect.bar`);
      // A click on its title in the names column.
      await page.click('g.name[data-initiative-index="5"] text.label');
      assert.deepEqual(await afterOpening(page, 2), [
        { type: 'reveal', uri, id: ids[3] },
        { type: 'reveal', uri, id: ids[5] },
      ]);
      await send(page, { type: 'highlight', uri, id: ids[7] });
      await page.waitForSelector(`g.is-cursor[data-initiative-id="${ids[7]}"]`);
      // Its row in the chart and its cell in the names column, nothing else.
      assert.deepEqual(await page.$$eval('.is-cursor', (els) => els.map((e) => e.getAttribute('class'))), [
        'initiative status-planned is-cursor',
        'name status-planned is-cursor',
      ]);
      assert.equal(await page.getAttribute('g.name.is-cursor', 'data-initiative-index'), '7');
    }));

  it('moves a focused initiative with the arrow keys: a day, a week with Shift, only its end with Alt', () =>
    usingPage(openAt(1), async ({ page }) => {
      await show(page, chartFor(acme, 1));
      const id = first.id!.value;
      await page.focus(`g[data-initiative-id="${id}"]`);
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('Shift+ArrowRight');
      await page.keyboard.press('Alt+ArrowLeft');
      await page.keyboard.press('ArrowDown');
      const order = await page.$$eval('g.initiative[tabindex]', (els) =>
        els.map((e) => e.getAttribute('data-initiative-id')),
      );
      const start = first.start!.value;
      const end = '2027-03-31';
      assert.deepEqual(await afterOpening(page, 3), [
        { type: 'move', uri, id, start: iso(start, 1), end: iso(end, 1) },
        { type: 'move', uri, id, start: iso(start, 8), end: iso(end, 8) },
        { type: 'move', uri, id, start: iso(start, 8), end: iso(end, 7) },
      ]);
      assert.equal(
        await page.evaluate(() => document.activeElement?.getAttribute('data-initiative-id')),
        order[order.indexOf(id) + 1],
      );
      // A week earlier still fits the horizon; moving before its first day is not proposed at all.
      await page.keyboard.press('ArrowUp');
      for (let i = 0; i < 10; i++) await page.keyboard.press('Shift+ArrowLeft');
      const after = await afterOpening(page, 4);
      assert.deepEqual(after.slice(3), [{ type: 'move', uri, id, start: '2027-01-05', end: iso(end, 0) }]);
    }));

  it('moves an initiative dragged by its bar, and only its end when dragged by that edge', () =>
    usingPage(openAt(2), async ({ page }) => {
      await show(page, chartFor(acme, 2));
      const id = ids[2];
      const initiative = model.initiatives[2];
      const bar = page.locator(`g[data-initiative-id="${id}"] rect.bar`);
      await bar.scrollIntoViewIfNeeded();
      const box = (await bar.boundingBox())!;
      const y = box.y + box.height / 2;
      await page.mouse.move(box.x + box.width / 2, y);
      await page.mouse.down();
      await page.mouse.move(box.x + box.width / 2 + 30, y, { steps: 5 });
      await page.mouse.move(box.x + box.width / 2 + 60, y, { steps: 5 });
      await page.mouse.up();
      const moved = await afterOpening(page, 1);
      const start = initiative.start!;
      const end = initiative.end!;
      const day = (n: number): string => new Date(n * 86_400_000).toISOString().slice(0, 10);
      assert.deepEqual(moved[0], { type: 'move', uri, id, start: day(start.day + 30), end: day(end.day + 30) });

      // The bar is drawn at its new place until the extension answers with a new chart.
      const dragged = (await bar.boundingBox())!;
      assert.equal(Math.round(dragged.x - box.x), 60);
      await page.mouse.move(dragged.x + dragged.width - 2, y);
      await page.mouse.down();
      await page.mouse.move(dragged.x + dragged.width - 22, y, { steps: 4 });
      await page.mouse.up();
      assert.deepEqual((await afterOpening(page, 2))[1], {
        type: 'move',
        uri,
        id,
        start: day(start.day + 30),
        end: day(end.day + 20),
      });
    }));

  it('keeps the day in the middle of the view in place when zooming, by button and by Ctrl+wheel', () =>
    usingPage(openAt(1), async ({ page }) => {
      const [opened] = (await postedCount(page, 2)) as ViewProposal[];
      const names = opened.namesWidth;
      await show(page, chartAsked(acme, opened));
      await page.evaluate(() => {
        document.querySelector('.viewport')!.scrollLeft = 900;
      });
      const before = await metrics(page);
      const middleDay = (m: ViewMetrics, pxPerDay: number): number =>
        (m.scrollLeft + m.clientWidth / 2 - names) / pxPerDay;
      await page.click('button[data-zoom="quarter"]');
      const [zoom] = (await afterOpening(page, 1)) as ViewProposal[];
      const quarter = (before.clientWidth - names - 24) / 91;
      assert.deepEqual(zoom, { ...opened, pxPerDay: quarter });
      await show(page, chartAsked(acme, zoom, 2));
      const after = await metrics(page);
      assert.ok(
        Math.abs(middleDay(after, quarter) - middleDay(before, 1)) < 0.5,
        `${middleDay(after, quarter)} vs ${middleDay(before, 1)}`,
      );
      assert.equal(await page.getAttribute('button[data-zoom="quarter"]', 'aria-pressed'), 'true');

      const frame = (await page.locator('.viewport').boundingBox())!;
      await page.mouse.move(frame.x + 700, frame.y + 300);
      await page.keyboard.down('Control');
      await page.mouse.wheel(0, 100);
      await page.keyboard.up('Control');
      const [, wheel] = (await afterOpening(page, 2)) as ViewProposal[];
      const zoomedOut = wheel.pxPerDay!;
      assert.ok(zoomedOut < quarter * 0.9 && zoomedOut > quarter * 0.7, String(zoomedOut));
      const beforeWheel = await metrics(page);
      const pointerDay = (m: ViewMetrics, pxPerDay: number): number => (m.scrollLeft + 700 - names) / pxPerDay;
      await show(page, chartAsked(acme, wheel, 3));
      assert.ok(Math.abs(pointerDay(await metrics(page), zoomedOut) - pointerDay(beforeWheel, quarter)) < 0.5);

      // A typing update at the same zoom keeps the scroll position as it is.
      const kept = await metrics(page);
      await show(
        page,
        chartAsked(acme.replace('title: Monthly customer gain and loss report', 'title: Weekly report'), wheel, 4),
      );
      assert.equal((await metrics(page)).scrollLeft, kept.scrollLeft);

      // Back to the whole horizon: fitted by the server to the view.
      await page.click('button[data-zoom="whole"]');
      assert.deepEqual((await afterOpening(page, 3))[2], { ...opened, pxPerDay: null });
    }));

  it('patches a new chart into the one shown, so that unchanged initiatives keep their nodes and focus', () =>
    usingPage(openAt(1), async ({ page }) => {
      await show(page, chartFor(acme, 1));
      const [edited, kept] = [ids[0], ids[4]];
      await page.focus(`g[data-initiative-id="${kept}"]`);
      await page.evaluate((id) => {
        (window as unknown as { __kept: Element }).__kept = document.querySelector(`g[data-initiative-id="${id}"]`)!;
      }, kept);
      await send(
        page,
        chartFor(acme.replace('title: Monthly customer gain and loss report', 'title: Weekly customer report'), 1, 2),
      );
      await page.waitForFunction(
        (index) =>
          document.querySelector(`g.name[data-initiative-index="${index}"] text.label`)!.textContent ===
          '\u2068Weekly customer report\u2069',
        ids.indexOf(edited),
      );
      const state = await page.evaluate((id) => {
        const kept = (window as unknown as { __kept: Element }).__kept;
        return {
          same: kept === document.querySelector(`g[data-initiative-id="${id}"]`),
          focused: document.activeElement === kept,
          connected: kept.isConnected,
        };
      }, kept);
      assert.deepEqual(state, { same: true, focused: true, connected: true });

      // A new lane (an unknown competency) changes the chart's top level: it is replaced whole, focus follows the initiative.
      await show(page, chartFor(acme.replace('competency: customers-as-assets', 'competency: customer-assets'), 1, 3));
      assert.deepEqual(await chartIds(page), [...ids].sort());
      assert.deepEqual(
        await page.evaluate(() => [
          document.querySelectorAll('.chart > svg').length,
          document.querySelector('[data-lane="unknown"]') !== null,
          document.activeElement?.getAttribute('data-initiative-id'),
        ]),
        [1, true, kept],
      );
      await page.click(`g[data-initiative-id="${ids[2]}"] rect.bar`);
      assert.deepEqual((await afterOpening(page, 1))[0], { type: 'reveal', uri, id: ids[2] });
    }));

  describe('changes to the chart shown', () => {
    const MONTHLY = 'title: Monthly customer gain and loss report';
    /** In `text`, `from` (once in the initiative `id`) becomes `to`. */
    const editInitiative = (text: string, id: string, from: string, to: string): string => {
      const start = text.indexOf(`  - id: ${id}\n`);
      const end = text.indexOf('\n  - id: ', start + 1);
      const item = text.slice(start, end);
      assert.equal(item.split(from).length, 2, `${from} in ${id}`);
      return text.slice(0, start) + item.replace(from, to) + text.slice(end);
    };
    const v1 = drawn(acme, 1, 1);

    it('ends a chain of patches with the very chart that pages sent each version whole show', async () => {
      const texts = [acme];
      const next = (edit: (text: string) => string): void => {
        texts.push(edit(texts[texts.length - 1]));
      };
      next((t) => t.replace(MONTHLY, 'title: Weekly <customer> "report" & more'));
      next((t) => editInitiative(t, 'journey-stages', 'end: 2027-03-31', 'end: 2027-03-15'));
      next((t) =>
        editInitiative(
          t,
          'early-warning',
          'depends_on: [touchpoint-reliability, asset-value]',
          'depends_on: [touchpoint-reliability]',
        ),
      );
      next((t) =>
        editInitiative(t, 'listening-map', 'competency: listening-path', 'competency: reliability-innovation'),
      );
      next((t) => editInitiative(t, 'customer-room', 'status: planned', 'status: at-risk'));
      next((t) => editInitiative(t, 'asset-metrics', 'owner: Priya Nair', 'owner: Sam Ortiz'));
      const charts = texts.map((text, n) => drawn(text, n + 1, n + 1));
      const patched = await openAt(1);
      const whole = await openAt(1);
      try {
        await show(patched.page, wholeMessage(charts[0]));
        await show(whole.page, wholeMessage(charts[0]));
        await markChart(patched.page);
        for (let n = 1; n < charts.length; n++) {
          const message = patchMessage(charts[n - 1], charts[n]);
          assert.ok(message.patch!.changes.length > 0, `version ${n + 1}`);
          await send(patched.page, message);
          await send(whole.page, wholeMessage(charts[n]));
          await Promise.all([settle(patched.page), settle(whole.page)]);
          assert.equal(await chartMarkup(patched.page), await chartMarkup(whole.page), `version ${n + 1}`);
        }
        // A page that never saw the earlier versions draws the same chart.
        const fresh = await openAt(1);
        try {
          await show(fresh.page, wholeMessage(charts[charts.length - 1]));
          assert.equal(await chartMarkup(patched.page), await chartMarkup(fresh.page));
        } finally {
          await fresh.page.close();
        }
        assert.equal(await labelOf(patched.page, ids[0]), '\u2068Weekly <customer> "report" & more\u2069');
        // Every patch applied to the chart shown: the same element, and no request for a whole chart.
        assert.equal(await sameChart(patched.page), true);
        assert.deepEqual(await afterOpening(patched.page, 0), []);
        assert.deepEqual([patched.seen.errors, patched.seen.dialogs], [[], []]);
      } finally {
        await patched.page.close();
        await whole.page.close();
      }
    });

    it('asks for a whole chart when a patch is to a chart other than the one shown, and keeps its chart', () =>
      usingPage(openAt(1), async ({ page }) => {
        const v2 = drawn(acme.replace(MONTHLY, 'title: Second'), 2, 2);
        const v3 = drawn(acme.replace(MONTHLY, 'title: Third'), 3, 3);
        // No chart yet: changes to anything are out of step.
        await send(page, patchMessage(v1, v2));
        assert.deepEqual(await afterOpening(page, 1), [{ type: 'ready', uri }]);
        await show(page, wholeMessage(v1));
        await markChart(page);
        const before = await chartMarkup(page);
        // Changes since revision 2, to a page showing revision 1.
        await send(page, patchMessage(v2, v3));
        assert.deepEqual((await afterOpening(page, 2)).slice(1), [{ type: 'ready', uri }]);
        await settle(page);
        assert.deepEqual([await chartMarkup(page), await sameChart(page)], [before, true]);
        // Changes since the revision shown still apply.
        await send(page, patchMessage(v1, v3));
        await page.waitForFunction(
          () =>
            document.querySelector('g.name[data-initiative-index="0"] text.label')!.textContent === '\u2068Third\u2069',
        );
        await settle(page);
        assert.deepEqual([(await afterOpening(page, 2)).length, await sameChart(page)], [2, true]);
      }));

    it('asks for a whole chart when a change is not one element or its path leads nowhere, and changes nothing', () =>
      usingPage(openAt(1), async ({ page }) => {
        await show(page, wholeMessage(v1));
        await markChart(page);
        const before = await chartMarkup(page);
        const v2 = drawn(acme.replace(MONTHLY, 'title: Second'), 2, 2);
        const [good] = diffMarkup(v1.tree!, v2.tree!)!;
        assert.deepEqual(good.path, [4, 2]);
        const row = good.markup;
        const bad: [string, MarkupChange[]][] = [
          ['two elements', [{ path: [4, 2], markup: row + row }]],
          ['an element and text', [{ path: [4, 2], markup: `${row} ` }]],
          ['text only', [{ path: [4, 2], markup: 'plain text' }]],
          ['nothing', [{ path: [4, 2], markup: '' }]],
          ['a comment', [{ path: [4, 2], markup: '<!-- a comment -->' }]],
          [
            'an element the chart does not draw',
            [{ path: [4, 2], markup: '<image href="https://example.com/x.png"/>' }],
          ],
          ['markup leaving the svg', [{ path: [4, 2], markup: '</svg><b>bold</b>' }]],
          ['a child past the last', [{ path: [4, 99], markup: row }]],
          ['a top-level child past the last', [{ path: [99], markup: row }]],
          ['below a leaf', [{ path: [4, 2, 0, 0, 0], markup: row }]],
          ['a good change, then a path leading nowhere', [good, { path: [4, 2, 50], markup: row }]],
          ['a good change, then two elements', [good, { path: [4, 3], markup: row + row }]],
        ];
        for (const [name, changes] of bad) {
          const count = (await posted(page)).length;
          await send(page, patchMessage(v1, v2, changes));
          assert.deepEqual((await postedCount(page, count + 1)).slice(count), [{ type: 'ready', uri }], name);
          await settle(page);
          assert.deepEqual([await chartMarkup(page), await sameChart(page)], [before, true], name);
        }
      }));

    it('asks for a whole chart when a change is not one element though all the changes hold as many elements as there are changes', async () => {
      const v2 = drawn(acme.replace(MONTHLY, 'title: Second'), 2, 2);
      const [good] = diffMarkup(v1.tree!, v2.tree!)!;
      const lane = v1.tree!.children[4];
      assert.ok(typeof lane !== 'string' && typeof lane.children[3] === 'string');
      const next = lane.children[3];
      const cases: [string, MarkupChange[]][] = [
        [
          'two elements, then none',
          [
            { path: [4, 2], markup: good.markup + good.markup },
            { path: [4, 3], markup: '' },
          ],
        ],
        [
          'an element left open, then its end tag and an element',
          [
            { path: [4, 2], markup: good.markup.slice(0, -'</g>'.length) },
            { path: [4, 3], markup: `</g>${next}` },
          ],
        ],
      ];
      const outcomes: unknown[] = [];
      for (const [name, changes] of cases) {
        const { page } = await openAt(1);
        try {
          await show(page, wholeMessage(v1));
          await markChart(page);
          const before = await chartMarkup(page);
          await send(page, patchMessage(v1, v2, changes));
          await settle(page);
          outcomes.push({
            name,
            posted: await afterOpening(page, 1),
            unchanged: (await chartMarkup(page)) === before,
            same: await sameChart(page),
            labels: await page.$$eval('g.name[data-initiative-index="0"] text.label', (labels) =>
              labels.map((t) => t.textContent),
            ),
          });
        } finally {
          await page.close();
        }
      }
      assert.deepEqual(
        outcomes,
        cases.map(([name]) => ({
          name,
          posted: [{ type: 'ready', uri }],
          unchanged: true,
          same: true,
          labels: ['\u2068Monthly customer gain and loss report\u2069'],
        })),
      );
    });

    it('keeps nothing of a change’s markup that the renderer does not draw', () =>
      usingPage(openAt(1), async ({ page, seen }) => {
        await show(page, wholeMessage(v1));
        await markChart(page);
        const id = ids[0];
        const hostile = [
          `<g class="initiative status-active" data-initiative-id="${id}" data-initiative-index="0" tabindex="0" role="button" aria-label="hostile" onload="window.__pwned=1" onclick="window.__pwned=1" onfocus="window.__pwned=1">`,
          '<title>Hostile change</title>',
          '<script>window.__pwned = 1</script>',
          '<style>* { display: none }</style>',
          '<rect class="bar" x="500" y="120" width="80" height="14" onmouseover="window.__pwned=1" style="fill:red"/>',
          '<a href="javascript:window.__pwned=1"><text class="label" x="600" y="130">click me</text></a>',
          '<foreignObject width="100" height="100"><iframe xmlns="http://www.w3.org/1999/xhtml" src="javascript:parent.__pwned=1"></iframe></foreignObject>',
          '<set attributeName="onmouseover" to="window.__pwned=1"/>',
          '</g>',
        ].join('');
        const arrow =
          '<path data-dependency="asset-metrics->reasons-for-leaving" class="dependency" d="M0,0L9,9" onload="window.__pwned=1" marker-end="url(https://example.com/x.svg#m)"><title>t</title></path>';
        await send(
          page,
          patchMessage(v1, v1, [
            { path: [4, 2], markup: hostile },
            { path: [9, 0], markup: arrow },
          ]),
        );
        await page.waitForFunction(
          (i) => document.querySelector(`g[data-initiative-id="${i}"] desc`)?.textContent === 'Hostile change',
          id,
        );
        await page.hover(`g[data-initiative-id="${id}"] rect.bar`);
        await page.click(`g[data-initiative-id="${id}"] a text`);
        await page.focus(`g[data-initiative-id="${id}"]`);
        await assertInert(page, seen);
        const kept = await page.$eval(`g[data-initiative-id="${id}"]`, (g) => g.outerHTML);
        assert.equal(
          kept,
          // Hovered and focused just before: the page's own classes.
          `<g class="initiative status-active is-hover is-focus" data-initiative-id="${id}" data-initiative-index="0" tabindex="0" role="button" aria-label="hostile"><desc>Hostile change</desc><rect class="bar" x="500" y="120" width="80" height="14"></rect><a><text class="label" x="600" y="130">click me</text></a></g>`,
        );
        assert.equal(
          await page.$eval('g.dependencies > path', (p) => p.outerHTML),
          // Serialized, `>` in an attribute is written `&gt;`.
          '<path data-dependency="asset-metrics-&gt;reasons-for-leaving" class="dependency" d="M0,0L9,9"><title>t</title></path>',
        );
        assert.equal(await sameChart(page), true);
      }));

    it('puts a bar moved by a key back where the chart has it on an empty patch, and moves it from there after', () =>
      usingPage(openAt(1), async ({ page }) => {
        await show(page, wholeMessage(v1));
        const id = first.id!.value;
        const bar = `g[data-initiative-id="${id}"] rect.bar`;
        const geometry = (): Promise<[string | null, string | null, boolean]> =>
          page.$eval(bar, (r) => [
            r.getAttribute('x'),
            r.getAttribute('width'),
            r.parentElement!.classList.contains('is-moving'),
          ]);
        const original = await geometry();
        await page.focus(`g[data-initiative-id="${id}"]`);
        await page.keyboard.press('ArrowRight');
        const start = first.start!.value;
        const end = '2027-03-31';
        assert.deepEqual((await afterOpening(page, 1))[0], {
          type: 'move',
          uri,
          id,
          start: iso(start, 1),
          end: iso(end, 1),
        });
        const moved = await geometry();
        assert.deepEqual([moved[0] === original[0], moved[1], moved[2]], [false, original[1], true]);

        // The extension refused the move: it sends the chart shown again, as no changes.
        const empty = patchMessage(v1, v1, []);
        assert.deepEqual([empty.patch, empty.initiatives], [{ base: 1, changes: [] }, undefined]);
        await send(page, empty);
        await page.waitForFunction(
          (b) => !document.querySelector(b)!.parentElement!.classList.contains('is-moving'),
          bar,
        );
        assert.deepEqual(await geometry(), original);
        assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('data-initiative-id')), id);
        await page.keyboard.press('ArrowRight');
        assert.deepEqual((await afterOpening(page, 2))[1], {
          type: 'move',
          uri,
          id,
          start: iso(start, 1),
          end: iso(end, 1),
        });
      }));
  });

  it('restores zoom, names column and scroll from its saved state after a reload', () =>
    usingPage(
      harness.open(browser, { uri, pxPerDay: 1.5, scrollLeft: 700, scrollTop: 40, namesWidth: 300 }),
      async ({ page }) => {
        const [asked] = (await postedCount(page, 2)) as ViewProposal[];
        const { clientWidth } = await metrics(page);
        assert.deepEqual(asked, { type: 'view', uri, pxPerDay: 1.5, namesWidth: 300, viewWidth: clientWidth });
        await show(page, chartAsked(acme, asked));
        const state = await page.evaluate(() => {
          const viewport = document.querySelector('.viewport')!;
          return [viewport.scrollLeft, viewport.scrollTop];
        });
        assert.deepEqual(state, [700, 40]);
        assert.deepEqual(await afterOpening(page, 0), []);
      },
    ));

  it('shows a hostile roadmap’s text literally and runs none of it', () =>
    usingPage(openAt(1), async ({ page, seen }) => {
      const message = chartFor(HOSTILE, 1);
      assert.equal(message.parses, true);
      await show(page, message);
      assert.deepEqual(await chartIds(page), ['rtl-override', 'xss-title']);
      assert.equal(await page.locator('g.initiative').count(), 3);
      const desc = await page.$eval('g[data-initiative-id="xss-title"] desc', (d) => d.textContent);
      assert.deepEqual(desc.split('\n').slice(0, 4), [
        '<img src=x onerror="window.__pwned=1"> \u{1F680} ${7*7}',
        'xss-title \u00b7 Honor and Manage Customers as Assets',
        'Owner: " onmouseover="window.__pwned=1" x="',
        '4 Jan \u2013 30 Jun 2027 (2027-01-04 to 2027-06-30)',
      ]);
      assert.ok(desc.includes("\nOutcome: {{constructor.constructor('window.__pwned=1')()}}"));
      assert.ok(desc.includes('\nNote: </text><script>window.__pwned=1</script>'));
      assert.equal(
        await labelOf(page, 'xss-title'),
        '\u2068<img src=x onerror="window.__pwned=1"> \u{1F680} ${7*7}\u2069',
      );
      assert.equal(await labelOf(page, 'rtl-override'), '\u2068\u202Egnp.exe \u{1F389} RTL\u2069');

      await page.hover('g[data-initiative-id="xss-title"] rect.bar');
      await page.waitForSelector('.tooltip:not([hidden])');
      const tooltip = await page.$eval('.tooltip', (t) => ({ text: t.textContent, children: t.children.length }));
      assert.deepEqual(tooltip, {
        text: `${desc}\n\u2022 Error: Links must be secure \`https://\` addresses; \`javascript:window.__pwned=1\` is not one. (schema)\n\u2022 Info: Initiative \`xss-title\` has no \`measures\`: say how success will be measured (a metric, and ideally a baseline, target and date). (missing-measures)`,
        children: 0,
      });
      await page.hover('g[data-initiative-id="rtl-override"] .detail');
      await send(page, { type: 'banner', uri, text: '<img src=x onerror="window.__pwned=1">' });
      await page.waitForSelector('.banner:not([hidden])');
      assert.equal(await page.textContent('.banner'), '<img src=x onerror="window.__pwned=1">');
      await assertInert(page, seen);
    }));

  it('keeps nothing of a chart’s markup that the renderer does not draw', () =>
    usingPage(openAt(1), async ({ page, seen }) => {
      const good = chartFor(acme, 1);
      const svg = [
        '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="1234" height="300" onload="window.__pwned=1">',
        '<script>window.__pwned = 1</script>',
        '<style>* { display: none }</style>',
        '<foreignObject width="100" height="100"><iframe xmlns="http://www.w3.org/1999/xhtml" src="javascript:parent.__pwned=1"></iframe></foreignObject>',
        '<g class="initiative" data-initiative-id="asset-metrics" tabindex="0" onfocus="window.__pwned=1"><title>t</title>',
        '<rect class="bar" x="500" y="10" width="50" height="14" onmouseover="window.__pwned=1" style="fill:red"/>',
        '<a href="javascript:window.__pwned=1"><text x="10" y="20">link</text></a>',
        '<a xlink:href="javascript:window.__pwned=1"><text x="10" y="40">old link</text></a>',
        '<image href="https://example.com/track.png" width="10" height="10"/>',
        '<animate attributeName="href" to="javascript:window.__pwned=1"/>',
        '<set attributeName="onmouseover" to="window.__pwned=1"/>',
        '</g></svg>',
      ].join('');
      await show(page, { ...good, svg });
      await page.hover('g.initiative rect.bar');
      await page.click('g.initiative a >> nth=0');
      await assertInert(page, seen);
      assert.equal(
        await page.locator('.chart image, .chart animate, .chart set, .chart [style], .chart [xlink\\:href]').count(),
        0,
      );
      // Parsing the markup already meets the page's policy, which refuses its handlers and styles (and says so).
      assert.deepEqual(
        seen.cspReports.filter((report) => !report.endsWith('The action has been blocked.')),
        [],
      );
    }));

  it('ignores messages of unknown type, about another document, or out of range', () =>
    usingPage(openAt(1), async ({ page }) => {
      const good = chartFor(acme, 1);
      await show(page, good);
      await page.evaluate(() => {
        (window as unknown as { __chart: Element }).__chart = document.querySelector('.chart > svg')!;
      });
      const other = chartFor(HOSTILE, 1);
      for (const message of [
        { type: 'html', uri, html: '<img src=x onerror="window.__pwned=1">' },
        { type: 'eval', uri, code: 'window.__pwned=1' },
        { ...other, uri: 'file:///work/plans/other.cxroadmap.yaml' },
        { ...other, pxPerDay: -1 },
        { ...other, pxPerDay: 1e6 },
        { ...other, span: { start: '2031-01-01', end: '2027-01-01' } },
        { ...other, initiatives: [{ id: '<b>', problems: [7] }] },
        { ...other, initiatives: [{ id: 'ok', problems: [], range: {} }] },
        { ...other, omitted: { 'long-id': 0 } },
        { ...other, extra: true },
        { ...other, svg: '<html><script>window.__pwned=1</script></html>' },
        { type: 'highlight', uri, id: 'Not An Id' },
        { type: 'banner', uri, text: 42 },
        null,
        'chart',
      ]) {
        await send(page, message);
      }
      await send(page, { type: 'highlight', uri, id: ids[1] });
      await page.waitForSelector(`g.is-cursor[data-initiative-id="${ids[1]}"]`);
      const state = await page.evaluate(() => ({
        same: document.querySelector('.chart > svg') === (window as unknown as { __chart: Element }).__chart,
        banner: document.querySelector<HTMLElement>('.banner')!.hidden,
        pwned: (window as unknown as { __pwned?: unknown }).__pwned,
      }));
      assert.deepEqual(state, { same: true, banner: true, pwned: undefined });
    }));

  describe('initiatives the page cannot take', () => {
    const longId = 'y'.repeat(300);
    /** Acme with an initiative whose id is longer than the preview takes (and the schema allows). */
    const withLongId = acme.replace(
      '  - id: asset-metrics\n',
      `  - id: ${longId}\n    title: Long id\n    competency: listening-path\n    owner: Dana\n    start: 2027-01-04\n    end: 2027-03-31\n  - id: asset-metrics\n`,
    );
    const bannerText = (page: Page): Promise<string | null> =>
      page.$eval('.banner', (b) => ((b as HTMLElement).hidden ? null : b.textContent));

    /** Clicks, drags, and keys on the initiative's group: the page must propose nothing. */
    async function tryEverything(page: Page, group: string): Promise<void> {
      const bar = page.locator(`${group} rect.bar`);
      await bar.scrollIntoViewIfNeeded();
      await bar.click();
      const box = (await bar.boundingBox())!;
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await page.mouse.down();
      await page.mouse.move(box.x + box.width / 2 + 60, box.y + box.height / 2, { steps: 5 });
      await page.mouse.up();
      await page.focus(group);
      for (const key of ['Enter', ' ', 'ArrowRight', 'Shift+ArrowLeft', 'Alt+ArrowRight'])
        await page.keyboard.press(key);
    }

    it('draws a roadmap with an id over 256 characters, with nothing to propose for that initiative', () =>
      usingPage(openAt(1), async ({ page, seen }) => {
        // The schema rejects the id (the linter reports it), so the model has none: the bar
        // is drawn without an id, the list leaves it out, and nothing was omitted.
        assert.deepEqual(
          analyzeRoadmap(withLongId)
            .diagnostics.filter((d) => d.code === 'schema')
            .map((d) => d.message),
          ['`id` is 300 characters long; it may have at most 256. Shorten it.'],
        );
        const message = chartFor(withLongId, 1);
        assert.equal(message.omitted, undefined);
        await show(page, message);
        assert.equal(await page.locator('g.initiative').count(), ids.length + 1);
        assert.deepEqual(await chartIds(page), [...ids].sort());
        assert.equal(await bannerText(page), null);
        assert.equal(await page.getAttribute('.banner', 'role'), 'status');
        await tryEverything(page, 'g.initiative:not([data-initiative-id])');
        await page.click(`g[data-initiative-id="${ids[4]}"] rect.bar`);
        assert.deepEqual(await afterOpening(page, 1), [{ type: 'reveal', uri, id: ids[4] }]);
        // A patch that keeps the initiatives keeps the notice; a chart without the long id clears it.
        const before = drawn(withLongId, 1, 1);
        const after = drawn(withLongId.replace('title: Long id', 'title: Still long'), 2, 2);
        await show(page, wholeMessage(before));
        const patch = chartMessage(
          { ...after.result, patch: { base: 1, changes: diffMarkup(before.tree!, after.tree!)! } },
          webviewInitiatives(before.result),
          before.result.omitted,
        );
        assert.deepEqual([patch.initiatives, patch.omitted], [undefined, undefined]);
        await send(page, patch);
        await page.waitForFunction(() =>
          Array.from(document.querySelectorAll('.chart text.label')).some((t) => t.textContent?.includes('Still long')),
        );
        assert.equal(await bannerText(page), null);
        await send(page, chartFor(acme, 1, 3));
        await page.waitForFunction((n) => document.querySelectorAll('g.initiative').length === n, ids.length);
        assert.equal(await page.locator('g.initiative').count(), ids.length);
        await assertInert(page, seen);
      }));

    it('draws every other initiative when some in its list are out of range, and says how many and why', () =>
      usingPage(openAt(1), async ({ page, seen }) => {
        const good = chartFor(acme, 1);
        const list = good.initiatives!;
        const hostileId = '<img src=x onerror="window.__pwned=1">';
        // The chart a server without bounds drew: the bar of ids[0] carries the long id.
        const svg = good.svg!.replace(`data-initiative-id="${ids[0]}"`, `data-initiative-id="${longId}"`);
        const message = {
          ...good,
          svg,
          initiatives: [
            { ...list[0], id: longId },
            ...list.slice(1, 2),
            { ...list[2], start: '2027-02-30' },
            {
              ...list[3],
              problems: new Array<WireFinding>(101).fill({ severity: 'info', code: 'x', message: 'A problem' }),
            },
            { id: hostileId, problems: [{ severity: 'error' as const, code: 'schema', message: hostileId }] },
            ...list.slice(4),
          ],
        };
        await show(page, message);
        assert.equal(await page.locator('g.initiative').count(), ids.length);
        assert.equal(
          await bannerText(page),
          [
            '1 initiative cannot be moved or opened from the chart: its id is longer than 256 characters.',
            '1 initiative cannot be moved or opened from the chart: its id is not lower-case letters, digits and hyphens.',
            '1 initiative cannot be moved or opened from the chart: its start or end is not a calendar day.',
            '1 initiative cannot be moved or opened from the chart: it has more problems than its tooltip can list.',
          ].join('\n'),
        );
        assert.equal(await page.$eval('.banner', (b) => b.children.length), 0);
        for (const id of [longId, ids[2], ids[3]]) await tryEverything(page, `g[data-initiative-id="${id}"]`);
        await send(page, { type: 'highlight', uri, id: longId });
        // The others still work.
        await page.click(`g[data-initiative-id="${ids[5]}"] rect.bar`);
        await page.focus(`g[data-initiative-id="${ids[1]}"]`);
        await page.keyboard.press('ArrowRight');
        assert.deepEqual(await afterOpening(page, 2), [
          { type: 'reveal', uri, id: ids[5] },
          { type: 'move', uri, id: ids[1], start: iso(list[1].start!, 1), end: iso(list[1].end!, 1) },
        ]);
        assert.equal(await page.locator('g.is-cursor').count(), 0);
        await assertInert(page, seen);
      }));
  });

  it('shows the last good chart under a banner while the text does not parse, and moves nothing', () =>
    usingPage(openAt(1), async ({ page }) => {
      await show(page, chartFor(acme, 1));
      // Before the initiatives: one initiative that does not parse would only be left out.
      const broken = acme.replace('horizon:\n  start: 2027-01-01', 'horizon:\n  start: [2027-01-01');
      const stale = chartFor(broken, 1, 2, acme);
      assert.deepEqual([stale.parses, stale.initiatives], [false, []]);
      await show(page, stale);
      await page.waitForSelector('.banner:not([hidden])');
      assert.equal(
        await page.textContent('.banner'),
        'The roadmap has syntax errors: the chart shows its last version that parsed.',
      );
      assert.equal(await page.evaluate(() => document.body.classList.contains('is-stale')), true);
      await page.focus(`g[data-initiative-id="${ids[0]}"]`);
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('Enter');
      await page.click(`g[data-initiative-id="${ids[1]}"] rect.bar`);
      await send(page, { type: 'banner', uri, text: 'Fix the syntax problems to update the chart.' });
      await page.waitForFunction(
        () => document.querySelector('.banner')!.textContent === 'Fix the syntax problems to update the chart.',
      );
      assert.deepEqual(await afterOpening(page, 0), []);
    }));

  describe('the page `cxroadmap gantt` exports', () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'cxroadmap-export-'));
    after(() => rmSync(folder, { recursive: true, force: true }));

    function exportPage(source: string, name: string): string {
      const input = path.join(folder, `${name}.cxroadmap.yaml`);
      writeFileSync(input, source);
      const out = path.join(folder, `${name}.html`);
      const run = spawnSync(process.execPath, [path.join(repoRoot, 'dist', 'cli.js'), 'gantt', input, '--out', out], {
        encoding: 'utf8',
        env: { ...process.env, SOURCE_DATE_EPOCH: String(TODAY * 86_400) },
      });
      assert.equal(run.status, 0, run.stderr);
      return pathToFileURL(out).toString();
    }

    /** A page showing the export of `source`, once its chart is drawn. */
    async function openExport(source: string, name: string): Promise<{ page: Page; seen: PageWatch }> {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      const seen = watch(page);
      await page.goto(exportPage(source, name));
      await page.waitForSelector('.chart > svg.cx-gantt');
      return { page, seen };
    }

    it('draws one group per initiative, with no error', () =>
      usingPage(openExport(acme, 'acme'), async ({ page, seen }) => {
        assert.deepEqual(await chartIds(page), [...ids].sort());
        await page.focus(`g[data-initiative-id="${ids[0]}"]`);
        await page.keyboard.press('Enter');
        assert.equal(await page.getAttribute(`g[data-initiative-id="${ids[0]}"]`, 'aria-pressed'), 'true');
        await page.screenshot({ path: path.join(screenshots, 'export.png'), caret: 'initial' });
        assert.deepEqual([seen.dialogs, seen.errors, seen.cspReports], [[], [], []]);
      }));

    it('shows a hostile roadmap’s text literally and runs none of it', () =>
      usingPage(openExport(HOSTILE, 'hostile'), async ({ page, seen }) => {
        assert.equal(
          await page.textContent('h1'),
          '\u2068<script>window.__pwned = 1</script> \u202Eevil\u202C \u{1F680}\u2069',
        );
        assert.equal(
          await labelOf(page, 'xss-title'),
          '\u2068<img src=x onerror="window.__pwned=1"> \u{1F680} ${7*7}\u2069',
        );
        await page.hover('g[data-initiative-id="xss-title"] rect.bar');
        await page.focus('g[data-initiative-id="rtl-override"]');
        await page.keyboard.press('Enter');
        const state = {
          ...(await scriptsIn(page)),
          links: await page.evaluate(() =>
            Array.from(document.querySelectorAll('a')).map((a) => a.getAttribute('href')),
          ),
        };
        assert.deepEqual(state, {
          pwned: undefined,
          scripts: 1,
          handlers: [],
          links: ['https://example.com/?q=%3Cscript%3E'],
        });
        assert.deepEqual([seen.dialogs, seen.errors, seen.cspReports], [[], [], []]);
      }));
  });
});
