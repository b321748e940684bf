/**
 * The Gantt preview after an edit, end to end as the extension does it: the server
 * publishes the edit's diagnostics; the preview asks the server for the chart
 * (`cxroadmap/chart`, over stdio) and posts it to its webview; the webview (the real page
 * and `dist/preview.js`, in Chromium) swaps it in. Timed from reading the diagnostics to
 * the frame after the edited initiative shows its new title.
 */
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { previewHtml } from '../client/src/preview/previewHtml';
import { chartMessage } from '../client/src/preview/chartMessage';
import { ChartRequest } from '../protocol/chartRequests';
import type { ChartParams, ChartResult } from '../protocol/chartRequests';
import type { ChartMessage, WebviewInitiative } from '../protocol/webviewMessages';
import type { BenchContext } from './context';
import { repoRoot } from './context';
import { titleEdits } from './editScript';
import { count, ms } from './result';
import type { SuiteResult } from './result';
import { diagnosticsAfter, startOurs, uriOf } from './servers';
import { msSince, summarize } from './stats';

const TODAY = '2029-06-01';
const script = path.join(repoRoot, 'dist', 'preview.js');
const style = path.join(repoRoot, 'media', 'preview', 'preview.css');

interface PageGlobals {
  document: {
    querySelector(selector: string): { textContent: string | null } | null;
    querySelectorAll(selector: string): { length: number };
  };
  postMessage(message: unknown, targetOrigin: string): void;
  addEventListener(type: 'message', listener: () => void): void;
  removeEventListener(type: 'message', listener: () => void): void;
  requestAnimationFrame(callback: () => void): number;
  performance: { now(): number };
}

/**
 * Runs in the webview: delivers the message as VS Code does (a `message` event), then
 * answers one frame after `id` shows `title` (or after 10 s, unchanged), with how long the
 * page's own handler took (a listener added after the page's runs right after it).
 */
const deliver = (arg: {
  message: unknown;
  id: string;
  title: string;
}): Promise<{ bars: number; shown: boolean; handledMs: number }> =>
  new Promise((resolve) => {
    const g = globalThis as unknown as PageGlobals;
    const started = g.performance.now();
    let handledMs = -1;
    const handled = (): void => {
      handledMs = g.performance.now() - started;
      g.removeEventListener('message', handled);
    };
    g.addEventListener('message', handled);
    g.postMessage(arg.message, '*');
    const tick = (): void => {
      const bar = g.document.querySelector(`[data-initiative-id="${arg.id}"]`);
      const shown = (bar?.textContent ?? '').includes(arg.title);
      if (shown || g.performance.now() - started > 10_000) {
        g.requestAnimationFrame(() =>
          resolve({ bars: g.document.querySelectorAll('[data-initiative-id]').length, shown, handledMs }),
        );
        return;
      }
      g.requestAnimationFrame(tick);
    };
    g.requestAnimationFrame(tick);
  });

/** The webview API the page asks VS Code for; messages to the extension are not needed here. */
const VSCODE_API =
  'window.acquireVsCodeApi = () => ({ postMessage() {}, getState() { return undefined; }, setState() {} });';

function page(documentUri: string): string {
  return previewHtml({
    cspSource: 'file:',
    nonce: randomBytes(18).toString('base64'),
    scriptUri: pathToFileURL(script).toString(),
    styleUri: pathToFileURL(style).toString(),
    documentUri,
    title: 'Gantt preview',
    labels: {
      toolbar: 'Chart',
      zoom: 'Zoom',
      whole: 'Whole horizon',
      year: 'Year',
      quarter: 'Quarter',
      exportSvg: 'Export SVG',
      exportHtml: 'Export HTML',
      hideNames: 'Hide names',
      showNames: 'Show names',
      namesEdge: 'Names column width',
      loading: 'Drawing the chart',
    },
  });
}

export async function measurePreview(ctx: BenchContext, browser: Browser, result: SuiteResult): Promise<void> {
  const size = 1000;
  const edits = ctx.quick ? 5 : 30;
  const goal = 'An edit in a 1,000-initiative roadmap reflected in the open preview within 100 ms of the diagnostics';
  const missing = [script, style].filter((f) => !fs.existsSync(f));
  if (missing.length > 0) {
    result.goals.push({ text: goal, measured: 'not measured', met: undefined });
    result.notes.push(
      `Preview: not measured, ${missing.map((f) => path.relative(repoRoot, f)).join(' and ')} missing (run \`npm run build\`).`,
    );
    return;
  }
  const text = ctx.text(size);
  const file = ctx.roadmapFile(size);
  const uri = uriOf(file);
  ctx.log(`preview: ${edits} edits at ${size} initiatives`);
  const server = await startOurs(ctx.workDir);
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  try {
    const opened = diagnosticsAfter(server, uri, 1, 60_000);
    await server.session.open(uri, server.languageId, text, 1);
    await opened;
    const pageFile = path.join(ctx.workDir, 'preview.html');
    fs.writeFileSync(pageFile, page(uri));
    const webview = await context.newPage();
    const errors: string[] = [];
    webview.on('pageerror', (e) => errors.push(e.message));
    await webview.addInitScript({ content: VSCODE_API });
    await webview.goto(pathToFileURL(pageFile).toString(), { waitUntil: 'load' });
    // As the extension does: after the first whole chart, each request names the revision shown.
    let shown: number | undefined;
    let patched = 0;
    let sent: WebviewInitiative[] | undefined;
    const chart = async (): Promise<ChartMessage> => {
      const params: ChartParams = { uri, pxPerDay: null, today: TODAY };
      if (shown !== undefined) params.base = shown;
      const answer = await server.session.request<ChartResult | null>(ChartRequest.method, params);
      if (!answer || (answer.svg === null && !answer.patch))
        throw new Error(`the server answered ${ChartRequest.method} with ${answer === null ? 'null' : 'no chart'}`);
      if (answer.patch) patched += 1;
      shown = answer.revision;
      const message = chartMessage(answer, sent);
      sent = message.initiatives ?? sent;
      return message;
    };
    const first = await webview.evaluate(deliver, {
      message: await chart(),
      id: 'initiative-1',
      title: 'Initiative number 1 for',
    });
    if (!first.shown)
      throw new Error(
        `the preview page did not show the first chart${errors.length > 0 ? `: ${errors.join(' | ')}` : ''}`,
      );

    patched = 0;
    const server2chart: number[] = [];
    const total: number[] = [];
    const handling: number[] = [];
    let missed = 0;
    let version = 1;
    for (const edit of titleEdits(text, edits)) {
      version += 1;
      const fresh = diagnosticsAfter(server, uri, version, 60_000);
      await server.session.change(uri, version, [edit.change]);
      const diagnosed = (await fresh).at;
      const message = await chart();
      server2chart.push(msSince(diagnosed));
      const n = edit.initiative + 1;
      const shown = await webview.evaluate(deliver, {
        message,
        id: `initiative-${n}`,
        title: `xInitiative number ${n} for`,
      });
      total.push(msSince(diagnosed));
      handling.push(shown.handledMs);
      if (!shown.shown || shown.bars !== size) missed += 1;
    }
    const painted = summarize(total);
    result.notes.push(
      `Preview: ${patched} of ${edits} edits came as changes to the chart shown (\`patch\`)${patched < edits ? `, ${edits - patched} as whole charts` : ''}.`,
    );
    result.rows.push({
      label: `preview, ${count(size)} initiatives: diagnostics → chart from the server`,
      summary: summarize(server2chart),
      unit: 'ms',
    });
    result.rows.push({
      label: `preview, ${count(size)} initiatives: the page's handler for the chart message`,
      summary: summarize(handling),
      unit: 'ms',
    });
    result.rows.push({
      label: `preview, ${count(size)} initiatives: diagnostics → updated chart painted`,
      summary: painted,
      unit: 'ms',
      detail:
        missed > 0
          ? `${missed} of ${edits} updates did not show the edit or lost bars`
          : 'every update showed the edited title and all bars',
    });
    result.goals.push({
      text: goal,
      measured: `p95 ${ms(painted.p95)}, median ${ms(painted.median)}`,
      met: missed === 0 && painted.p95 <= 100,
    });
    if (errors.length > 0)
      result.notes.push(`The preview page raised script errors: ${[...new Set(errors)].slice(0, 3).join(' | ')}`);
    result.notes.push(
      `Preview: our server over stdio with the ${count(size)}-initiative roadmap open, and the preview's own page (\`previewHtml\`, \`dist/preview.js\`, \`media/preview/preview.css\`) in Chromium with a stub of the webview API. ` +
        `For each of ${edits} one-character title edits: from reading the edit's \`publishDiagnostics\`, the harness asks \`${ChartRequest.method}\` as the extension does, posts the chart message to the page as a \`message\` event and waits for the frame after the edited initiative shows its new title. ` +
        "VS Code's own hop from the extension host to the webview is not included.",
    );
  } finally {
    await context.close();
    await server.session.shutdown();
  }
}
