import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { inflateSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { generateRoadmap } from '../../../scripts/generateRoadmap';
import { analyzeRoadmap } from '../../../server/src/core/analyze';
import { dayNumber } from '../../../server/src/core/dates';
import { CHART_CSS } from '../../../server/src/gantt/chartStyle';
import { chartFindings } from '../../../server/src/gantt/findings';
import { renderLayeredChart, ROWS_PER_BLOCK } from '../../../server/src/gantt/layeredChart';
import { layoutChart } from '../../../server/src/gantt/layout';
import type { InitiativeRow } from '../../../server/src/gantt/layout';
import { launchChromium, repoRoot, watch } from '../preview/webviewHarness';
import type { PageWatch } from '../preview/webviewHarness';
import { rows } from './chartFixture';

const COUNT = 300;
/** Inside the generated horizon (2027–2031), so that the page has a today line. */
const TODAY = dayNumber(2029, 6, 1);
const TOLERANCE = 0.5;
const screenshots = path.join(repoRoot, 'test-output', 'gantt');

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

function assertNear(actual: Box, expected: Box, what: string): void {
  for (const key of ['x', 'y', 'width', 'height'] as const) {
    assert.ok(
      Math.abs(actual[key] - expected[key]) <= TOLERANCE,
      `${what}: ${key} is ${actual[key]}, the layout says ${expected[key]} (${JSON.stringify(actual)})`,
    );
  }
}

/** The element's box relative to the layered chart's container, which is the chart's coordinate system. */
function chartBox(page: Page, selector: string): Promise<Box> {
  return page.$eval(selector, (el) => {
    const container = el.closest('.cx-layers');
    if (!container) throw new Error('not in the layered chart');
    const c = container.getBoundingClientRect();
    const r = el.getBoundingClientRect();
    return { x: r.left - c.left, y: r.top - c.top, width: r.width, height: r.height };
  });
}

function scrollIntoView(page: Page, selector: string): Promise<void> {
  return page.$eval(selector, (el) => el.scrollIntoView({ block: 'center', inline: 'center' }));
}

/** Two frames: the page has painted what the scroll before brought into view. */
function frames(page: Page): Promise<void> {
  return page.evaluate(
    () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))),
  );
}

const initiative = (id: string): string => `.cx-layers g[data-initiative-id="${id}"]`;

/** Axis-aligned segments of the dependency arrows, for points that must be clear of them. */
type Segment = [number, number, number, number];

function distance([x1, y1, x2, y2]: Segment, x: number, y: number): number {
  const dx = Math.max(Math.min(x1, x2) - x, 0, x - Math.max(x1, x2));
  const dy = Math.max(Math.min(y1, y2) - y, 0, y - Math.max(y1, y2));
  return Math.hypot(dx, dy);
}

/** An 8-bit RGB or RGBA PNG, not interlaced (what Chromium's screenshots are). */
function decodePng(png: Buffer): {
  width: number;
  height: number;
  rgb(x: number, y: number): [number, number, number];
} {
  assert.equal(png.subarray(0, 8).toString('hex'), '89504e470d0a1a0a');
  let width = 0;
  let height = 0;
  let channels = 0;
  const data: Buffer[] = [];
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    const chunk = png.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') {
      width = chunk.readUInt32BE(0);
      height = chunk.readUInt32BE(4);
      assert.deepStrictEqual([chunk[8], chunk[12]], [8, 0], 'bit depth 8, not interlaced');
      assert.ok(chunk[9] === 2 || chunk[9] === 6, `colour type ${chunk[9]}`);
      channels = chunk[9] === 2 ? 3 : 4;
    } else if (type === 'IDAT') {
      data.push(chunk);
    }
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(data));
  const stride = width * channels;
  const pixels = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    for (let i = 0; i < stride; i++) {
      const value = raw[y * (stride + 1) + 1 + i];
      const left = i >= channels ? pixels[y * stride + i - channels] : 0;
      const up = y > 0 ? pixels[(y - 1) * stride + i] : 0;
      const upLeft = y > 0 && i >= channels ? pixels[(y - 1) * stride + i - channels] : 0;
      let predicted = 0;
      if (filter === 1) predicted = left;
      else if (filter === 2) predicted = up;
      else if (filter === 3) predicted = Math.floor((left + up) / 2);
      else if (filter === 4) {
        const p = left + up - upLeft;
        const [pa, pb, pc] = [Math.abs(p - left), Math.abs(p - up), Math.abs(p - upLeft)];
        predicted = pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft;
      } else assert.equal(filter, 0, `PNG filter ${filter}`);
      pixels[y * stride + i] = (value + predicted) & 0xff;
    }
  }
  return {
    width,
    height,
    rgb: (x, y) => {
      const at = y * stride + x * channels;
      return [pixels[at], pixels[at + 1], pixels[at + 2]];
    },
  };
}

/** A status's bar colour, from the chart's stylesheet. */
function statusFill(status: string): [number, number, number] {
  const hex = new RegExp(`--cx-status-${status}: #([0-9a-f]{6});`).exec(CHART_CSS)?.[1];
  assert.ok(hex !== undefined, `no colour for ${status}`);
  return [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
}

describe('gantt: the layered page `cxroadmap gantt` exports, in headless Chromium', function () {
  this.timeout(60_000);
  const text = generateRoadmap(COUNT);
  const analysis = analyzeRoadmap(text);
  const layout = layoutChart(analysis.model, chartFindings(analysis.model, analysis.diagnostics, analysis.lines), {
    today: TODAY,
  });
  const all = rows(layout);
  const ids = all.map((r) => r.id!);
  const blocks = layout.lanes.reduce((sum, lane) => sum + Math.max(1, Math.ceil(lane.rows.length / ROWS_PER_BLOCK)), 0);
  const segments: Segment[] = layout.arrows.flatMap((a) =>
    a.points.slice(1).map(([x, y], i): Segment => [a.points[i][0], a.points[i][1], x, y]),
  );
  const today = layout.today!;
  /** Clear of every arrow and of the today line by `margin` px. */
  const clear = (x: number, y: number, margin: number): boolean =>
    Math.abs(x - today.x) > margin && segments.every((s) => distance(s, x, y) > margin);

  let browser: Browser;
  let folder: string;
  let url: string;

  before(async () => {
    folder = mkdtempSync(path.join(os.tmpdir(), 'cxroadmap-layered-'));
    const input = path.join(folder, 'generated-300.cxroadmap.yaml');
    const out = path.join(folder, 'generated-300.html');
    writeFileSync(input, text);
    const run = spawnSync(process.execPath, [path.join(repoRoot, 'dist', 'cli.js'), 'gantt', input, '--out', out], {
      encoding: 'utf8',
      env: { ...process.env, SOURCE_DATE_EPOCH: String(TODAY * 86_400) },
    });
    assert.equal(run.status, 0, run.stderr);
    // The page draws the layout read here from the same text.
    assert.ok(readFileSync(out, 'utf8').includes(`<div class="chart">${renderLayeredChart(layout)}</div>`));
    url = pathToFileURL(out).toString();
    mkdirSync(screenshots, { recursive: true });
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    if (folder !== undefined) rmSync(folder, { recursive: true, force: true });
  });

  /** A fresh page with the exported chart, its script run; it must end with no error, dialog or refused content. */
  async function withPage(test: (page: Page, seen: PageWatch) => Promise<void>): Promise<void> {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.setDefaultTimeout(10_000);
    const seen = watch(page);
    try {
      await page.goto(url);
      await page.waitForSelector(`${initiative(ids[COUNT - 1])}[aria-pressed="false"]`, { state: 'attached' });
      await test(page, seen);
      assert.deepEqual([seen.dialogs, seen.errors, seen.cspReports], [[], [], []]);
    } finally {
      await page.close();
    }
  }

  it('has one group per initiative, in the layout’s order, with no error, dialog or refused content', async () => {
    await withPage(async (page) => {
      assert.deepStrictEqual(
        await page.$$eval('[data-initiative-id]', (els) => els.map((e) => e.getAttribute('data-initiative-id'))),
        ids,
      );
      assert.equal(ids.length, COUNT);
      assert.deepStrictEqual(
        await page.$$eval('.chart > .cx-gantt > svg', (els) => els.map((e) => e.getAttribute('class'))),
        ['cx-under', 'cx-head', ...Array<string>(blocks).fill('cx-rows'), 'cx-over'],
      );
      const box = await page.$eval('.cx-layers', (el) => {
        const r = el.getBoundingClientRect();
        return { width: r.width, height: r.height };
      });
      assertNear({ x: 0, y: 0, ...box }, { x: 0, y: 0, width: layout.width, height: layout.height }, 'the container');
    });
  });

  it('lets the browser skip the blocks of rows out of view (content-visibility: auto), and only those', async () => {
    await withPage(async (page) => {
      const visibility = await page.$$eval('.cx-layers > svg', (els) =>
        els.map((e) => [e.getAttribute('class'), getComputedStyle(e).contentVisibility]),
      );
      assert.deepStrictEqual(visibility, [
        ['cx-under', 'visible'],
        ['cx-head', 'visible'],
        ...Array.from({ length: blocks }, () => ['cx-rows', 'auto']),
        ['cx-over', 'visible'],
      ]);
    });
  });

  it('scales every layer by the same factor to fit the page when printed, as one SVG does', async () => {
    await withPage(async (page) => {
      // About an A4 page's width at 96 dpi.
      await page.setViewportSize({ width: 794, height: 1123 });
      await page.emulateMedia({ media: 'print' });
      const container = await page.$eval('.cx-layers', (el) => el.getBoundingClientRect().width);
      assert.ok(container < 794 && container > 600, `the chart is ${container} px wide on paper`);
      const scale = container / layout.width;
      const widths = await page.$$eval('.cx-layers > svg', (els) =>
        els.map((e) => Math.round(e.getBoundingClientRect().width * 100) / 100),
      );
      assert.deepStrictEqual(new Set(widths), new Set([Math.round(container * 100) / 100]));
      const last = all[COUNT - 1];
      const bar = last.bar!;
      const box = await chartBox(page, `${initiative(last.id!)} rect.bar`);
      assertNear(
        box,
        { x: bar.x * scale, y: bar.y * scale, width: Math.max(bar.width, 2) * scale, height: bar.height * scale },
        'the last bar on paper',
      );
      const todayBox = await chartBox(page, '.cx-over .today-line');
      assertNear(
        todayBox,
        { x: today.x * scale, y: today.y * scale, width: 0, height: today.height * scale },
        'today on paper',
      );
    });
  });

  it('draws bars, the today line and arrows where the layout puts them, in any block', async () => {
    await withPage(async (page) => {
      for (const row of [all[0], all[Math.floor(COUNT / 2)], all[COUNT - 1]]) {
        const bar = row.bar!;
        await scrollIntoView(page, initiative(row.id!));
        assertNear(
          await chartBox(page, `${initiative(row.id!)} rect.bar`),
          { x: bar.x, y: bar.y, width: Math.max(bar.width, 2), height: bar.height },
          row.id!,
        );
        assertNear(
          await chartBox(page, `${initiative(row.id!)} rect.row-bg`),
          { x: 0, y: row.y, width: layout.width, height: row.height },
          `${row.id!} row`,
        );
      }
      await scrollIntoView(page, '.cx-over .today-line');
      assertNear(
        await chartBox(page, '.cx-over .today-line'),
        { x: today.x, y: today.y, width: 0, height: today.height },
        'today',
      );
      for (const arrow of [layout.arrows[0], layout.arrows[layout.arrows.length - 1]]) {
        const selector = `.cx-over path[data-dependency="${arrow.from}->${arrow.to}"]`;
        const xs = arrow.points.map(([x]) => x);
        const ys = arrow.points.map(([, y]) => y);
        await scrollIntoView(page, selector);
        const expected = {
          x: Math.min(...xs),
          y: Math.min(...ys),
          width: Math.max(...xs) - Math.min(...xs),
          height: Math.max(...ys) - Math.min(...ys),
        };
        assertNear(await chartBox(page, selector), expected, `${arrow.from}->${arrow.to}`);
      }
    });
  });

  it('highlights an initiative hovered under the arrow layer, with its dependencies, until the mouse leaves', async () => {
    const related = (row: InitiativeRow) => layout.arrows.filter((a) => a.from === row.id || a.to === row.id);
    const target = all.slice(100).find((r) => {
      if (!r.bar || related(r).length === 0 || r.milestones.length > 0 || r.detail?.inside !== false) return false;
      return clear(r.bar.x + r.bar.width / 2, r.bar.y + r.bar.height / 2, 4);
    });
    assert.ok(target !== undefined);
    const arrows = related(target);
    const expected = [
      target.id!,
      ...arrows.map((a) => (a.from === target.id ? a.to : a.from)),
      ...arrows.map((a) => `${a.from}->${a.to}`),
    ].sort();
    await withPage(async (page) => {
      const bar = `${initiative(target.id!)} rect.bar`;
      assert.equal(await page.$eval('.cx-layers', (el) => el.classList.contains('has-focus')), false);
      // Playwright hovers only if the bar itself is what the pointer hits there.
      await page.hover(bar);
      assert.equal(
        await page.$eval(bar, (el) => {
          const r = el.getBoundingClientRect();
          return document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2) === el;
        }),
        true,
      );
      await page.waitForFunction(() => document.querySelector('.cx-layers')!.classList.contains('has-focus'));
      const highlighted = await page.$$eval('.cx-layers .is-related', (els) =>
        els.map((e) => e.getAttribute('data-initiative-id') ?? e.getAttribute('data-dependency')),
      );
      assert.deepStrictEqual([...highlighted].sort(), expected);
      await page.mouse.move(4, 4);
      await page.waitForFunction(() => !document.querySelector('.cx-layers')!.classList.contains('has-focus'));
      assert.equal(await page.$$eval('.cx-layers .is-related', (els) => els.length), 0);
    });
  });

  it('moves the focus to the last initiative with End, scrolled into view, and pins it with Enter', async () => {
    const first = ids[0];
    const last = ids[COUNT - 1];
    await withPage(async (page) => {
      await page.focus(initiative(first));
      assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('data-initiative-id')), first);
      await page.keyboard.press('End');
      await page.waitForFunction((id) => document.activeElement?.getAttribute('data-initiative-id') === id, last);
      const view = await page.$eval(initiative(last), (el) => {
        const r = el.getBoundingClientRect();
        return { top: r.top, bottom: r.bottom, height: window.innerHeight, scrolled: window.scrollY };
      });
      assert.ok(
        view.top >= 0 && view.bottom <= view.height,
        `the last initiative is at ${view.top}..${view.bottom} of ${view.height}`,
      );
      assert.ok(view.scrolled > layout.height - 2 * view.height, `scrolled to ${view.scrolled}`);
      await page.keyboard.press('Enter');
      assert.equal(await page.getAttribute(initiative(last), 'aria-pressed'), 'true');
      assert.equal(await page.getAttribute(initiative(first), 'aria-pressed'), 'false');
      assert.equal(await page.$$eval('[aria-pressed="true"]', (els) => els.length), 1);
      assert.equal(await page.$eval('.cx-layers', (el) => el.classList.contains('has-focus')), true);
      assert.equal(await page.$eval(initiative(last), (el) => el.classList.contains('is-related')), true);
    });
  });

  it('keeps the initiative focused with the arrow keys clear of the axis copy stuck at the top of the window', async () => {
    await withPage(async (page) => {
      const start = ids[Math.floor(COUNT / 2)];
      await page.focus(initiative(start));
      await page.$eval(initiative(start), (el) => el.scrollIntoView({ block: 'end' }));
      await page.waitForSelector('.axis-sticky.is-stuck', { state: 'attached' });
      const obscured: string[] = [];
      for (let n = 0; n < ROWS_PER_BLOCK; n++) {
        await page.keyboard.press('ArrowUp');
        await frames(page);
        const state = await page.evaluate(() => {
          const row = document.activeElement!.querySelector('rect.row-bg')!.getBoundingClientRect();
          const stuck = document.querySelector('.axis-sticky')!.classList.contains('is-stuck');
          return {
            id: document.activeElement!.getAttribute('data-initiative-id'),
            top: row.top,
            cover: stuck ? document.querySelector('.axis-frame')!.getBoundingClientRect().bottom : 0,
          };
        });
        assert.equal(state.id, ids[Math.floor(COUNT / 2) - n - 1]);
        if (state.top < state.cover)
          obscured.push(`${state.id} at ${state.top.toFixed(1)} under the axis copy down to ${state.cover.toFixed(1)}`);
      }
      assert.deepStrictEqual(obscured, []);
    });
  });

  it('keeps a copy of the axis in view once the chart’s own has scrolled away, scrolled sideways with the chart', async () => {
    await withPage(async (page) => {
      assert.equal(await page.$eval('.axis-sticky', (el) => el.getAttribute('class')), 'axis-sticky layered');
      const axisBottom = await page.$eval('.cx-head .axis', (el) => el.getBoundingClientRect().bottom + window.scrollY);
      await page.evaluate((y) => window.scrollTo(0, y), axisBottom + 400);
      await page.waitForSelector('.axis-sticky.is-stuck .axis-frame', { state: 'visible' });
      assert.equal(await page.$eval('.axis-frame', (el) => el.getBoundingClientRect().top), 0);

      await page.$eval('.chart', (el) => {
        el.scrollLeft = 200;
      });
      await page.waitForFunction(() => document.querySelector('.axis-frame')!.scrollLeft === 200);
      assert.equal(await page.$eval('.chart', (el) => el.scrollLeft), 200);
      // The copy's axis lines up with the chart's, which the window has scrolled out of view above it.
      const [copy, own] = await Promise.all(
        ['.axis-frame .axis-bg', '.cx-head .axis-bg'].map((s) =>
          page.$eval(s, (el) => {
            const r = el.getBoundingClientRect();
            return { x: r.left, y: 0, width: r.width, height: 0 };
          }),
        ),
      );
      assertNear(copy, own, 'the axis copy');

      await page.evaluate(() => window.scrollTo(0, 0));
      await page.waitForSelector('.axis-sticky.is-stuck', { state: 'detached' });
    });
  });

  it('paints the bars in view in the middle of the chart (screenshot in test-output/gantt/layered-300.png)', async () => {
    const file = path.join(screenshots, 'layered-300.png');
    await withPage(async (page) => {
      await page.evaluate(() => {
        const box = document.querySelector('.cx-layers')!.getBoundingClientRect();
        window.scrollTo(0, window.scrollY + box.top + box.height / 2 - window.innerHeight / 2);
      });
      await page.waitForSelector('.axis-sticky.is-stuck .axis-frame', { state: 'visible' });
      await frames(page);
      const png = await page.screenshot({ path: file, caret: 'initial' });
      // Bars whose sample (inside the fill) and centre are clear of arrows, the today line, milestones and text.
      const candidates = all
        .filter(
          (r) => r.bar !== undefined && r.detail?.inside === false && !r.bar.clippedStart && r.status !== undefined,
        )
        .map((r) => ({
          id: r.id!,
          status: r.status!,
          sample: [r.bar!.x + 5, r.bar!.y + r.bar!.height / 2],
          centre: [r.bar!.x + r.bar!.width / 2, r.bar!.y + r.bar!.height / 2],
        }))
        .filter((c) => clear(c.sample[0], c.sample[1], 4) && clear(c.centre[0], c.centre[1], 4));
      const inView = await page.evaluate((list) => {
        const container = document.querySelector('.cx-layers')!.getBoundingClientRect();
        const chart = document.querySelector('.chart')!;
        const left = chart.getBoundingClientRect().left + chart.clientLeft;
        const top = document.querySelector('.axis-frame')!.getBoundingClientRect().bottom;
        return list
          .map((c) => ({
            id: c.id,
            status: c.status,
            sample: [container.left + c.sample[0], container.top + c.sample[1]],
            centre: [container.left + c.centre[0], container.top + c.centre[1]],
          }))
          .filter(
            (c) =>
              c.centre[0] >= left &&
              c.centre[0] < left + chart.clientWidth - 1 &&
              c.sample[1] >= top &&
              c.sample[1] < window.innerHeight - 1,
          )
          .map((c) => ({
            ...c,
            hit:
              document
                .elementFromPoint(c.centre[0], c.centre[1])
                ?.closest('[data-initiative-id]')
                ?.getAttribute('data-initiative-id') ?? null,
          }));
      }, candidates);
      assert.ok(inView.length >= 10, `${inView.length} bars in view`);
      const image = decodePng(png);
      assert.deepStrictEqual([image.width, image.height], [1280, 900]);
      for (const c of inView) {
        assert.equal(c.hit, c.id, `what is at the centre of ${c.id}'s bar`);
        assert.deepStrictEqual(
          image.rgb(Math.floor(c.sample[0]), Math.floor(c.sample[1])),
          statusFill(c.status),
          `the colour of ${c.id}'s bar`,
        );
      }
    });
  });
});
