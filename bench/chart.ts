/**
 * The chart in Chromium: our standalone page against Mermaid's gantt of the same roadmap,
 * each timed from navigation start to the frame after every bar is in the page; a render
 * that fails or draws fewer bars is counted as incomplete, never as a time. Then the
 * preview after an edit (`preview.ts`), in the same browser.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../scripts/codeServer/browser';
import { analyzeRoadmap } from '../server/src/core/analyze';
import { dayNumber } from '../server/src/core/dates';
import { chartFindings } from '../server/src/gantt/findings';
import { renderHtml } from '../server/src/gantt/html';
import { sha256Base64 } from '../server/src/host/sha256';
import { LAYERED_FROM } from '../server/src/gantt/layeredChart';
import {
  DRAWN,
  FAILED,
  MERMAID_BARS,
  OUR_BARS,
  OUR_ROW_BLOCKS,
  SETTLED,
  drawnProbe,
  mermaidPage,
  settledOnLoad,
} from './chartPages';
import type { BenchContext } from './context';
import { repoRoot } from './context';
import { mermaidGantt } from './mermaidGantt';
import { measurePreview } from './preview';
import { count, emptyResult, ms, ratio } from './result';
import type { SuiteResult } from './result';
import { msSince, summarize } from './stats';

/** The "today" line is drawing only; a fixed day keeps the pages identical from run to run. */
const TODAY = dayNumber(2029, 6, 1);
const PAGE_TIMEOUT_MS = 180_000;
const mermaidScript = path.join(repoRoot, 'node_modules', 'mermaid', 'dist', 'mermaid.min.js');

interface Outcome {
  /** Milliseconds from navigation start to the frame after every bar was in the page. */
  drawnMs?: number;
  /** Bars found once the page finished rendering, when fewer than expected. */
  barsWhenDone?: number;
  error?: string;
}

interface OpenPage {
  outcome: Outcome;
  page: Page;
  context: BrowserContext;
}

async function openTimed(
  browser: Browser,
  url: string,
  selector: string,
  expected: number,
  settleOnLoad: boolean,
  lift?: string,
): Promise<OpenPage> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  let finish: (o: Outcome) => void = () => undefined;
  const outcome = new Promise<Outcome>((resolve) => (finish = resolve));
  await page.exposeFunction(DRAWN, (t: number) => finish({ drawnMs: t }));
  await page.exposeFunction(SETTLED, (bars: number) => {
    if (bars < expected) finish({ barsWhenDone: bars });
  });
  await page.exposeFunction(FAILED, (message: string) => finish({ error: message }));
  await page.addInitScript({
    content: drawnProbe(selector, expected, lift) + (settleOnLoad ? settledOnLoad(selector) : ''),
  });
  const timer = setTimeout(() => finish({ error: `not complete within ${PAGE_TIMEOUT_MS / 1000} s` }), PAGE_TIMEOUT_MS);
  try {
    await page.goto(url, { waitUntil: 'commit', timeout: PAGE_TIMEOUT_MS });
    return { outcome: await outcome, page, context };
  } catch (error) {
    return { outcome: { error: String(error) }, page, context };
  } finally {
    clearTimeout(timer);
  }
}

function describeIncomplete(outcomes: Outcome[], expected: number): string | undefined {
  const bad = outcomes.filter((o) => o.drawnMs === undefined);
  if (bad.length === 0) return undefined;
  const why = [
    ...new Set(
      bad.map((o) => (o.error !== undefined ? o.error.slice(0, 200) : `${o.barsWhenDone} of ${expected} bars`)),
    ),
  ].join('; ');
  return `${bad.length} of ${outcomes.length} renders incomplete (${why})`;
}

function ourPage(ctx: BenchContext, size: number): { file: string; generationMs: number; bars: number } {
  const text = ctx.text(size);
  const start = process.hrtime.bigint();
  const analysis = analyzeRoadmap(text);
  const html = renderHtml(analysis.model, chartFindings(analysis.model, analysis.diagnostics, analysis.lines), {
    today: TODAY,
    source: `generated-${size}.cxroadmap.yaml`,
    sha256: sha256Base64,
  });
  const generationMs = msSince(start);
  const file = path.join(ctx.workDir, `chart-${size}.html`);
  fs.writeFileSync(file, html);
  return { file, generationMs, bars: analysis.model.initiatives.length };
}

async function compareCharts(ctx: BenchContext, browser: Browser, result: SuiteResult): Promise<void> {
  const sizes = ctx.quick ? [100, 1000] : [100, 1000, 2000];
  const runs = ctx.quick ? 2 : 5;
  for (const size of sizes) {
    const analysis = analyzeRoadmap(ctx.text(size));
    const gantt = mermaidGantt(analysis.model);
    const mermaidFile = path.join(ctx.workDir, `mermaid-${size}.html`);
    fs.writeFileSync(mermaidFile, mermaidPage(mermaidScript, gantt.source));
    const ours: Outcome[] = [];
    const oursEager: Outcome[] = [];
    const generation: number[] = [];
    const endToEnd: number[] = [];
    const theirs: Outcome[] = [];
    const pageErrors: string[] = [];
    for (let r = 0; r < runs; r++) {
      ctx.log(`chart: ${size} initiatives, run ${r + 1} of ${runs}`);
      const page = ourPage(ctx, size);
      const mine = await openTimed(browser, pathToFileURL(page.file).toString(), OUR_BARS, page.bars, true);
      mine.page.on('pageerror', (e) => pageErrors.push(e.message));
      if (r === runs - 1 && mine.outcome.drawnMs !== undefined)
        await mine.page.screenshot({ path: path.join(ctx.outDir, `cxroadmap-${size}.png`) });
      await mine.context.close();
      ours.push(mine.outcome);
      const eager = await openTimed(
        browser,
        pathToFileURL(page.file).toString(),
        OUR_BARS,
        page.bars,
        true,
        OUR_ROW_BLOCKS,
      );
      await eager.context.close();
      oursEager.push(eager.outcome);
      generation.push(page.generationMs);
      if (mine.outcome.drawnMs !== undefined) endToEnd.push(page.generationMs + mine.outcome.drawnMs);

      const other = await openTimed(browser, pathToFileURL(mermaidFile).toString(), MERMAID_BARS, gantt.tasks, false);
      if (r === runs - 1) await other.page.screenshot({ path: path.join(ctx.outDir, `mermaid-${size}.png`) });
      await other.context.close();
      theirs.push(other.outcome);
    }
    const drawn = (o: Outcome[]) => o.map((x) => x.drawnMs).filter((x): x is number => x !== undefined);
    const oursDrawn = summarize(drawn(ours));
    const theirsDrawn = summarize(drawn(theirs));
    const e2e = summarize(endToEnd);
    const label = `${count(size)} initiatives`;
    result.rows.push({
      label: `cxroadmap page, ${label}: navigation → every bar drawn`,
      summary: oursDrawn,
      unit: 'ms',
      detail: describeIncomplete(ours, size),
    });
    result.rows.push({
      label: `cxroadmap page, ${label}: navigation → every row laid out, off-screen ones too`,
      summary: summarize(drawn(oursEager)),
      unit: 'ms',
      detail:
        describeIncomplete(oursEager, size) ??
        (size > LAYERED_FROM
          ? `faster than Mermaid by ${ratio(theirsDrawn.median, summarize(drawn(oursEager)).median)}`
          : 'one SVG: the same page as above'),
    });
    result.rows.push({
      label: `cxroadmap page, ${label}: generating the HTML in Node`,
      summary: summarize(generation),
      unit: 'ms',
    });
    result.rows.push({
      label: `cxroadmap page, ${label}: end to end (generation + browser)`,
      summary: e2e,
      unit: 'ms',
    });
    const incomplete = describeIncomplete(theirs, gantt.tasks);
    result.rows.push({
      label: `Mermaid ${mermaidVersion()}, ${label}: navigation → every bar drawn`,
      summary: theirsDrawn,
      unit: 'ms',
      detail:
        [
          incomplete,
          theirsDrawn.n > 0
            ? `ours faster by ${ratio(theirsDrawn.median, oursDrawn.median)} in the browser, ${ratio(theirsDrawn.median, e2e.median)} end to end`
            : undefined,
        ]
          .filter((x) => x !== undefined)
          .join('; ') || undefined,
    });
    if (pageErrors.length > 0)
      result.notes.push(
        `Our page at ${label} raised script errors: ${[...new Set(pageErrors)].slice(0, 3).join(' | ')}`,
      );
    if (size === 2000) {
      const complete = theirsDrawn.n > 0;
      result.goals.push({
        text: 'Chart at 2,000 initiatives at least 5× faster than Mermaid (load to every bar drawn)',
        measured: complete
          ? `${ratio(theirsDrawn.median, oursDrawn.median)} in the browser (${ms(theirsDrawn.median)} vs ${ms(oursDrawn.median)}); ${ratio(theirsDrawn.median, e2e.median)} counting our HTML generation`
          : `Mermaid never completed (${incomplete ?? 'no runs'}); ours ${ms(oursDrawn.median)}`,
        met: complete ? theirsDrawn.median >= 5 * oursDrawn.median : oursDrawn.n > 0,
      });
    }
  }
  if (ctx.quick)
    result.goals.push({
      text: 'Chart at 2,000 initiatives at least 5× faster than Mermaid',
      measured: 'not run in quick mode (100 and 1,000 only)',
      met: undefined,
    });
  result.notes.push(
    `Chart: ${runs} runs per size, each in a fresh browser context of one headless Chromium (Debian's, via playwright-core), viewport 1400×900, pages loaded from file://. ` +
      'A probe injected before any page script counts the bars once a frame (ours: `[data-initiative-id]`; Mermaid: its task rectangles) and reports `performance.now()` one frame after the count is reached. ' +
      `Our page draws a chart of more than ${LAYERED_FROM} initiatives as SVG layers whose blocks of rows have \`content-visibility: auto\`: every initiative is in the page, and the browser lays out and paints the blocks in view first and the others as they come near the viewport (Mermaid's one SVG is laid out whole). The goal is judged on "every bar drawn" as above; the "every row laid out" line lifts \`content-visibility\` from all blocks the moment the last bar is in the page, so its frame lays out every row, as one SVG would. ` +
      `Mermaid gets \`maxTextSize\` raised to 100,000,000, one section per competency, one task per initiative with its id, dates and \`after\` where the prerequisite ends before the dependant starts; milestones are left out (Mermaid gives each its own row). Ours also draws milestones, dependency arrows, status and findings. ` +
      `Screenshots of the last run of each: ${path.relative(repoRoot, ctx.outDir)}/cxroadmap-<size>.png and mermaid-<size>.png.`,
  );
}

function mermaidVersion(): string {
  const pkg = JSON.parse(fs.readFileSync(path.join(repoRoot, 'node_modules', 'mermaid', 'package.json'), 'utf8')) as {
    version: string;
  };
  return pkg.version;
}

export async function runChart(ctx: BenchContext): Promise<SuiteResult> {
  const result = emptyResult('chart', 'Gantt chart in Chromium, against Mermaid');
  if (!fs.existsSync(mermaidScript)) {
    result.notes.push(
      `Mermaid is not installed (${path.relative(repoRoot, mermaidScript)} is missing), so the chart comparison could not run.`,
    );
    return result;
  }
  const browser = await launchChromium();
  result.notes.push(`Browser: Chromium ${browser.version()}, headless.`);
  try {
    await compareCharts(ctx, browser, result);
    await measurePreview(ctx, browser, result);
  } finally {
    await browser.close();
  }
  return result;
}
