/**
 * The preview's webview outside VS Code: the page the extension builds (same HTML, same
 * CSP, same script and stylesheet), served from a temporary folder at an https origin that
 * only this page's routes answer, with a stand-in for `acquireVsCodeApi` that records what
 * the script posts and saves. Messages from the "extension" are posted to the window, as
 * VS Code delivers them.
 */
import { randomBytes } from 'node:crypto';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { previewHtml } from '../../../client/src/preview/previewHtml';
import type { PreviewState } from '../../../protocol/webviewMessages';

export const repoRoot = path.resolve(__dirname, '../../../..');
export const ORIGIN = 'https://webview.cxroadmap.test';

export { launchChromium } from '../../../scripts/codeServer/browser';

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

export const LABELS = {
  toolbar: 'Chart',
  zoom: 'Zoom',
  whole: 'Whole horizon',
  year: 'Year',
  quarter: 'Quarter',
  exportSvg: 'Export SVG…',
  exportHtml: 'Export HTML…',
  hideNames: 'Hide names',
  showNames: 'Show names',
  namesEdge: 'Names column width',
  loading: 'Drawing the chart…',
};

/** What happened in the page that must not: dialogs, errors, script the page did not ship. */
export interface PageWatch {
  dialogs: string[];
  /** Console errors and uncaught exceptions, Content-Security-Policy reports left out. */
  errors: string[];
  cspReports: string[];
}

export function watch(page: Page): PageWatch {
  const seen: PageWatch = { dialogs: [], errors: [], cspReports: [] };
  page.on('dialog', (dialog) => {
    seen.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => seen.errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    if (/Content Security Policy/i.test(message.text())) seen.cspReports.push(message.text());
    else seen.errors.push(message.text());
  });
  return seen;
}

export class WebviewHarness {
  private readonly folder: string;

  constructor(readonly documentUri: string) {
    this.folder = mkdtempSync(path.join(os.tmpdir(), 'cxroadmap-webview-'));
    copyFileSync(path.join(repoRoot, 'dist', 'preview.js'), path.join(this.folder, 'preview.js'));
    copyFileSync(path.join(repoRoot, 'media', 'preview', 'preview.css'), path.join(this.folder, 'preview.css'));
  }

  /**
   * A fresh page load, as VS Code gives each webview load a fresh nonce; `state` is what
   * `getState()` returns, `size` the panel's.
   */
  async open(
    browser: Browser,
    state?: PreviewState,
    size = { width: 1280, height: 800 },
  ): Promise<{ page: Page; seen: PageWatch }> {
    const html = previewHtml({
      cspSource: ORIGIN,
      nonce: randomBytes(18).toString('base64'),
      scriptUri: `${ORIGIN}/preview.js`,
      styleUri: `${ORIGIN}/preview.css`,
      documentUri: this.documentUri,
      title: 'Gantt: test',
      labels: LABELS,
    });
    writeFileSync(path.join(this.folder, 'index.html'), html);
    const page = await browser.newPage({ viewport: size });
    const seen = watch(page);
    await page.route('**/*', async (route) => {
      const url = new URL(route.request().url());
      const file = path.join(this.folder, path.basename(url.pathname));
      if (url.origin !== ORIGIN || !(path.extname(file) in TYPES)) return route.abort();
      await route.fulfill({ status: 200, contentType: TYPES[path.extname(file)], body: readFileSync(file) });
    });
    await page.addInitScript((saved) => {
      const w = window as unknown as { __posted: unknown[]; __state: unknown; acquireVsCodeApi: () => unknown };
      w.__posted = [];
      w.__state = saved;
      w.acquireVsCodeApi = () => ({
        postMessage: (message: unknown) => w.__posted.push(JSON.parse(JSON.stringify(message))),
        getState: () => w.__state,
        setState: (value: unknown) => {
          w.__state = value;
        },
      });
    }, state ?? null);
    await page.goto(`${ORIGIN}/index.html`);
    return { page, seen };
  }

  dispose(): void {
    rmSync(this.folder, { recursive: true, force: true });
  }
}

/**
 * Runs `body` on the page `opening` resolves to, then closes the page, whether `body`
 * passed or failed: how each test uses a page of its own.
 */
export async function usingPage<T extends { page: Page }>(
  opening: Promise<T>,
  body: (opened: T) => Promise<void>,
): Promise<void> {
  const opened = await opening;
  try {
    await body(opened);
  } finally {
    await opened.page.close();
  }
}

/** A message from the extension. */
export async function send(page: Page, message: unknown): Promise<void> {
  await page.evaluate((m) => window.postMessage(m, '*'), message);
}

export function posted(page: Page): Promise<unknown[]> {
  return page.evaluate(() => (window as unknown as { __posted: unknown[] }).__posted);
}

/** Waits until the script has posted `count` messages, and returns them all. */
export async function postedCount(page: Page, count: number): Promise<unknown[]> {
  await page.waitForFunction((n) => (window as unknown as { __posted: unknown[] }).__posted.length >= n, count, {
    timeout: 10_000,
  });
  return posted(page);
}
