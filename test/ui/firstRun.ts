/**
 * The first run of `npm start`, as a new user meets it: the same scratch workspace, settings
 * and starter extension as the demo (scripts/codeServer/demoWorkspace.ts), in a code-server
 * of its own. The example with problems opens with its chart beside it and the CX
 * walkthrough; VS Code's own welcome page and git prompts stay away; a saved edit lands in
 * the scratch copy, never in `examples/`.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Browser } from 'playwright-core';
import { DEMO_ROADMAP, prepareDemoWorkspace } from '../../scripts/codeServer/demoWorkspace';
import { installExtension, startCodeServer } from '../../scripts/codeServer/server';
import { BAR_SELECTOR, chartIds } from './previewPage';
import { SERVER_TIMEOUT_MS, Workbench } from './workbench';

/** The title VS Code gives a walkthrough's tab: "Walkthrough: " and the extension's display name. */
const WALKTHROUGH_TAB = 'Walkthrough: CX Roadmap';

export interface FirstRunResult {
  name: string;
  error?: unknown;
}

/** The initiatives of the example, in the order the chart draws them (competency lanes, then start). */
function exampleIds(root: string): string[] {
  const text = readFileSync(path.join(root, 'examples', DEMO_ROADMAP), 'utf8');
  return Array.from(text.matchAll(/^ {2}- id: (\S+)$/gm), (m) => m[1]);
}

export async function runFirstRun(
  root: string,
  scratch: string,
  bin: string,
  vsix: string,
  browser: Browser,
  shot: string,
): Promise<FirstRunResult> {
  const name = 'npm start opens the example, its chart beside it and the walkthrough, on a scratch copy';
  const demoDir = path.join(scratch, 'first-run');
  const extensionsDir = path.join(demoDir, 'extensions');
  const userDataDir = path.join(demoDir, 'user-data');
  const tracked = readFileSync(path.join(root, 'examples', DEMO_ROADMAP), 'utf8');
  installExtension(bin, vsix, extensionsDir, userDataDir);
  const workspace = prepareDemoWorkspace(root, demoDir, userDataDir);
  installExtension(bin, workspace.starterVsix, extensionsDir, userDataDir);
  const server = await startCodeServer({ bin, extensionsDir, userDataDir, folder: workspace.folder });
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  try {
    const wb = new Workbench(page);
    await wb.open(server.url);
    const tabs = page.locator('.tabs-container .tab');
    await page.locator('.tab.active', { hasText: DEMO_ROADMAP }).first().waitFor({ timeout: SERVER_TIMEOUT_MS });
    await page.locator('.tab', { hasText: `Gantt: ${DEMO_ROADMAP}` }).waitFor({ timeout: SERVER_TIMEOUT_MS });
    const frame = await wb.webviewFrame(BAR_SELECTOR);
    assert.deepEqual([...new Set(await chartIds(frame))].sort(), [...new Set(exampleIds(root))].sort());
    // The walkthrough has a tab of its own, at our walkthrough rather than VS Code's own welcome page.
    await page.locator('.tab', { hasText: WALKTHROUGH_TAB }).click();
    await page.locator('.gettingStartedContainer', { hasText: 'Get started with CX Roadmap' }).waitFor();
    await page.locator('.getting-started-step', { hasText: 'Open the example' }).first().waitFor();
    const labels = (await tabs.allInnerTexts()).map((t) => t.trim().split('\n')[0]);
    assert.deepEqual(labels.sort(), ['Gantt: needs-work.cxroadmap.yaml', WALKTHROUGH_TAB, DEMO_ROADMAP].sort());
    const notices = await page.locator('.notifications-toasts .notification-list-item-message').allInnerTexts();
    assert.deepEqual(
      notices.filter((n) => /git|repositor/i.test(n)),
      [],
      `a git prompt: ${notices.join(' | ')}`,
    );
    await wb.screenshot(shot.replace('.png', '-walkthrough.png'));

    // A saved edit reaches the scratch copy only.
    await page.locator('.tab', { hasText: DEMO_ROADMAP }).first().click();
    await wb.focusEditor();
    await page.keyboard.press('Control+Home');
    await page.keyboard.type('# tried in the demo\n');
    await page.keyboard.press('Control+S');
    const copy = path.join(workspace.folder, DEMO_ROADMAP);
    const deadline = Date.now() + SERVER_TIMEOUT_MS;
    while (!readFileSync(copy, 'utf8').startsWith('# tried in the demo\n')) {
      if (Date.now() > deadline) throw new Error(`the edit was not saved to ${copy}`);
      await page.waitForTimeout(100);
    }
    assert.equal(readFileSync(path.join(root, 'examples', DEMO_ROADMAP), 'utf8'), tracked);
    await wb.screenshot(shot);
    return { name };
  } catch (error) {
    await page.screenshot({ path: shot.replace('.png', '-failed.png') }).catch(() => undefined);
    return { name, error };
  } finally {
    await page.close().catch(() => undefined);
    await server.stop();
  }
}
