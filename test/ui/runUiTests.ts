/**
 * `npm run test:ui`: the packaged extension in a real VS Code. Packages the vsix, installs
 * that vsix into a fresh extensions folder, starts code-server on a copy of
 * test/ui/workspace and drives it with Chromium as a user would. Screenshots of every step
 * go to test-output/ui/; `--update-screenshots` also copies the README's five to
 * docs/images/ when every step passed.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../scripts/codeServer/browser';
import { ensureCodeServer, ensureSystemPackages } from '../../scripts/codeServer/install';
import { installExtension, startCodeServer } from '../../scripts/codeServer/server';
import type { CodeServer } from '../../scripts/codeServer/server';
import { packageVsix } from '../../scripts/vsix';
import { runFirstRun } from './firstRun';
import { assertReadable, BAR_SELECTOR, chartIds, crowdedLaneHeaders } from './previewPage';
import { SERVER_TIMEOUT_MS, Workbench } from './workbench';
import { COMPETENCY_IDS } from '../support/expected';

const root = path.resolve(__dirname, '../../..');
const fixture = path.join(root, 'test', 'ui', 'workspace');
const ROADMAP = 'northwind.cxroadmap.yaml';
const TYPO = 'align-around-experiance';
const TYPO_MESSAGE =
  '`align-around-experiance` is not one of the five customer leadership competencies. Did you mean `align-around-experience` (Align Around Experience)?';
/** The roadmap's lines (1-based) the steps work on: a competency, the owner after it, and the misspelt id. */
const COMPETENCY_LINE = 15;
const OWNER_LINE = 16;
const TYPO_LINE = 27;
const shots = path.join(root, 'test-output', 'ui');
const README_IMAGES: Record<string, string> = {
  '02-problems.png': 'problems.png',
  '03-hover.png': 'hover.png',
  '05-completion.png': 'completion.png',
  '06-preview.png': 'preview.png',
  '07-preview-dark.png': 'preview-dark.png',
};
/** No welcome page over the editor, no animations in the screenshots. */
const USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.reduceMotion': 'on',
  'workbench.tips.enabled': false,
};
/** The themes the preview is checked in after the default light one: how to pick each, and the classes VS Code gives the workbench and the webview's body. */
const THEMES = [
  {
    label: 'a dark theme',
    picker: 'Dark Modern',
    workbenchClass: 'vs-dark',
    webviewClass: 'vscode-dark',
    shot: '07-preview-dark.png',
  },
  {
    label: 'a high contrast dark theme',
    picker: 'Dark High Contrast',
    workbenchClass: 'hc-black',
    webviewClass: 'vscode-high-contrast',
    shot: '08-preview-high-contrast.png',
  },
  {
    label: 'a high contrast light theme',
    picker: 'Light High Contrast',
    workbenchClass: 'hc-light',
    webviewClass: 'vscode-high-contrast-light',
    shot: '09-preview-high-contrast-light.png',
  },
];
/** The initiative the preview step clicks. */
const CLICKED = 'listening-hub';
/** The roadmap as the steps before the preview leave it: the misspelt id fixed (code-server saves edits as they are made). */
const FIXED_CHART_ORDER = ['loss-report', 'journey-owners', 'listening-hub', 'delivery-fixes', 'leader-room'];
/**
 * The preview steps' window: the editor and the preview side by side, each about 800 px wide
 * (the preview fits its whole horizon to whatever width it has).
 */
/** With the side bar closed, the roadmap and its preview get 700 px each, as the README shows them. */
const PREVIEW_VIEWPORT = { width: 1448, height: 900 };
const PREVIEW_WIDTH = 700;

interface Step {
  name: string;
  run(wb: Workbench): Promise<void>;
}

/** What `cxroadmap lint --format json` reports for a roadmap text: the messages the Problems panel must show (hints are not shown there). */
function lintMessages(scratch: string, text: string): string[] {
  const folder = mkdtempSync(path.join(scratch, 'lint-'));
  cpSync(path.join(fixture, '.cxroadmaprc.yaml'), path.join(folder, '.cxroadmaprc.yaml'));
  writeFileSync(path.join(folder, ROADMAP), text);
  const run = spawnSync(process.execPath, [path.join(root, 'dist', 'cli.js'), 'lint', '--format', 'json', folder], {
    encoding: 'utf8',
  });
  // Exit 1 only says that errors were found; anything else means the command line itself failed.
  if (run.status !== 0 && run.status !== 1)
    throw new Error(`cxroadmap lint failed (exit ${run.status ?? run.signal}):\n${run.stderr}`);
  const files = JSON.parse(run.stdout) as Array<{ diagnostics: Array<{ message: string; severity: number }> }>;
  return files.flatMap((f) => f.diagnostics.filter((d) => d.severity !== 4).map((d) => d.message)).sort();
}

function steps(scratch: string): Step[] {
  const original = readFileSync(path.join(fixture, ROADMAP), 'utf8');
  const fixtureIds = Array.from(original.matchAll(/^ {2}- id: (\S+)$/gm), (m) => m[1]);
  const clickedLine = original.split('\n').indexOf(`  - id: ${CLICKED}`) + 1;
  // Revealing selects the id value: the status bar shows the cursor at its end.
  const clickedStatus = `Ln ${clickedLine}, Col ${`  - id: ${CLICKED}`.length + 1} (${CLICKED.length} selected)`;
  const before = lintMessages(scratch, original);
  const after = lintMessages(scratch, original.replace(TYPO, 'align-around-experience'));
  return [
    {
      name: "the Problems panel lists the roadmap's diagnostics",
      async run(wb) {
        await wb.showProblems();
        const messages = await wb.problemMessages(4);
        assert.ok(messages.includes(TYPO_MESSAGE), `no problem reads ${TYPO_MESSAGE}`);
        assert.deepEqual([...messages].sort(), before);
        // Selecting the problem reveals the misspelt id in the editor, for the screenshot.
        await wb.markerRows().filter({ hasText: TYPO }).click();
        await wb.token(TYPO).waitFor();
        await wb.screenshot(path.join(shots, '02-problems.png'));
      },
    },
    {
      name: "hovering a competency id shows the competency's full name and the lessons behind it",
      async run(wb) {
        await wb.goToLine(COMPETENCY_LINE);
        const hover = await wb.hover('customers-as-assets', 'Lessons behind it');
        const text = await hover.innerText();
        assert.equal(
          text.split('\n')[0],
          'Honor and Manage Customers as Assets (customers-as-assets) · competency 1 of 5',
        );
        assert.match(text, /\nLessons behind it\. Don’t chase survey scores \(Jeanne Bliss\)/);
        await wb.screenshot(path.join(shots, '03-hover.png'));
        await wb.page.mouse.move(0, 0);
        await wb.page.keyboard.press('Escape');
        await hover.waitFor({ state: 'hidden' });
      },
    },
    {
      name: 'the quick fix changes the misspelt id to the closest competency and its problems go away',
      async run(wb) {
        await wb.showProblems();
        // Selecting the problem reveals it; clicking the id puts the keyboard focus and the cursor on it.
        await wb.markerRows().filter({ hasText: TYPO }).click();
        await wb.token(TYPO).click();
        await wb.page.locator('[id="status.editor.selection"]', { hasText: `Ln ${TYPO_LINE},` }).waitFor();
        await wb.page.keyboard.press('Control+.');
        const menu = wb.page.locator('.action-widget');
        const preferred = 'Change to align-around-experience (Align Around Experience)';
        await menu.locator('.monaco-list-row.action.focused', { hasText: preferred }).waitFor({ timeout: 30_000 });
        const actions = await menu
          .locator('.monaco-list-row.action')
          .evaluateAll((rows) => rows.map((r) => r.getAttribute('aria-label')));
        assert.deepEqual(actions, [
          preferred,
          'Disable unknown-competency for this line',
          'Disable unknown-competency for this file',
        ]);
        await wb.screenshot(path.join(shots, '04-quick-fix.png'));
        await wb.page.keyboard.press('Enter');
        await menu.waitFor({ state: 'hidden' });
        await wb.token('align-around-experience').waitFor();
        const messages = await wb.problemMessages(2);
        assert.deepEqual([...messages].sort(), after);
        assert.ok(!messages.includes(TYPO_MESSAGE));
      },
    },
    {
      name: 'completion after "competency: " on a new line of an initiative lists the five competency ids',
      async run(wb) {
        await wb.goToLine(OWNER_LINE);
        await wb.page.keyboard.press('End');
        await wb.page.keyboard.press('Enter');
        await wb.page.keyboard.type('competency: ');
        await wb.page.keyboard.press('Control+Space');
        const widget = wb.page.locator('.suggest-widget.visible');
        await widget.locator('.monaco-list-row', { hasText: 'one-company-leadership' }).waitFor({ timeout: 30_000 });
        const rows = await widget.locator('.monaco-list-row').evaluateAll((elements) =>
          elements.map((row) => ({
            label: row.querySelector('.label-name')?.textContent ?? '',
            snippet: row.querySelector('.codicon-symbol-snippet') !== null,
          })),
        );
        // The contributed snippets are offered everywhere in a roadmap; the server's items are the ids.
        assert.deepEqual(
          rows.filter((r) => !r.snippet).map((r) => r.label),
          COMPETENCY_IDS,
        );
        // Ctrl+Space toggles the focused item's details (what the competency is). Whether they
        // start shown is the browser profile's remembered choice, so toggle until they are.
        const details = wb.page.locator('.suggest-details', { hasText: 'Honor and Manage Customers as Assets' });
        const deadline = Date.now() + 30_000;
        while (!(await details.isVisible())) {
          assert.ok(Date.now() < deadline, 'the suggestion details never showed the competency');
          await wb.page.keyboard.press('Control+Space');
          await details.waitFor({ timeout: 3_000 }).catch(() => undefined);
        }
        await wb.screenshot(path.join(shots, '05-completion.png'));
        await wb.page.keyboard.press('Escape');
        await widget.waitFor({ state: 'hidden' });
        // The half-typed line would be a second `competency` key: remove it, the quick-fixed roadmap stays.
        await wb.page.keyboard.press('Control+Shift+K');
        assert.deepEqual([...(await wb.problemMessages(2))].sort(), after);
      },
    },
    {
      name: "the Gantt preview opens beside the roadmap from the editor's title bar, draws a bar per initiative, and a click on a bar selects its id",
      async run(wb) {
        // Room for the whole chart beside the roadmap, as the README shows it.
        await wb.page.setViewportSize(PREVIEW_VIEWPORT);
        await wb.runCommand('View: Hide Panel');
        await wb.runCommand('View: Close Primary Side Bar');
        await wb.focusEditor();
        await wb.page
          .locator(
            '.editor-group-container.active .editor-actions .action-label[aria-label="Open Gantt Preview to the Side"]',
          )
          .click();
        await wb.page.locator('.tab', { hasText: `Gantt: ${ROADMAP}` }).waitFor();
        const frame = await wb.webviewFrame(BAR_SELECTOR);
        // The first chart comes at the renderer's zoom, the next one fits the view: wait for that one.
        await frame.locator('button[data-zoom="whole"][aria-pressed="true"]').waitFor();
        const ids = await chartIds(frame);
        assert.equal(ids.length, fixtureIds.length);
        assert.deepEqual([...ids].sort(), [...fixtureIds].sort());
        assert.deepEqual(ids, FIXED_CHART_ORDER);
        assert.equal(await frame.evaluate(() => document.body.classList.contains('vscode-light')), true);
        assert.deepEqual(await crowdedLaneHeaders(frame), []);
        await assertReadable(frame);
        await frame.locator(`g.initiative[data-initiative-id="${CLICKED}"] rect.bar`).click();
        await wb.page.locator('[id="status.editor.selection"]', { hasText: clickedStatus }).waitFor();
        // The click moved the cursor into the initiative: the chart marks it.
        await frame.locator(`g.initiative.is-cursor[data-initiative-id="${CLICKED}"]`).waitFor();
        const group = wb.page.locator('.editor-group-container', {
          has: wb.page.locator('.tab', { hasText: `Gantt: ${ROADMAP}` }),
        });
        assert.equal(Math.round((await group.boundingBox())?.width ?? 0), PREVIEW_WIDTH);
        // Panned halfway at year zoom, the way a reader looks at a later year: the names stay put.
        await frame.locator('button[data-zoom="year"]').click();
        await frame.locator('button[data-zoom="year"][aria-pressed="true"]').waitFor();
        const left = await frame.evaluate(() => {
          const viewport = document.querySelector('.viewport');
          if (!viewport) return 0;
          viewport.scrollLeft = Math.round((viewport.scrollWidth - viewport.clientWidth) / 2);
          return viewport.scrollLeft;
        });
        assert.ok(left > 0, 'the chart at year zoom is wider than the preview');
        await frame.locator(`.chart > svg > g.names[transform="translate(${left},0)"]`).waitFor();
        await wb.screenshot(path.join(shots, '06-preview.png'));
        // The zoom button took the focus into the preview's group: the next steps type commands into the roadmap's.
        await wb.page.keyboard.press('Control+1');
        await wb.editor.waitFor();
      },
    },
    ...THEMES.map((theme): Step => ({
      name: `in ${theme.label} the preview takes the theme's colours and all its text stays readable`,
      async run(wb) {
        await wb.runCommand('Preferences: Color Theme', true);
        await wb.page.locator('.quick-input-widget input').fill(theme.picker);
        await wb.page.locator('.quick-input-list .monaco-list-row.focused', { hasText: theme.picker }).waitFor();
        await wb.page.keyboard.press('Enter');
        await wb.page.locator(`.monaco-workbench.${theme.workbenchClass}`).waitFor();
        const frame = await wb.webviewFrame(`body.${theme.webviewClass} ${BAR_SELECTOR}`);
        assert.deepEqual(await chartIds(frame), FIXED_CHART_ORDER);
        await assertReadable(frame);
        // The pointer rests on the preview's empty lower part: no workbench hover over the shot.
        await wb.page.mouse.move(PREVIEW_VIEWPORT.width - PREVIEW_WIDTH / 2, PREVIEW_VIEWPORT.height - 100);
        await wb.page.locator('.workbench-hover').waitFor({ state: 'hidden' });
        await wb.screenshot(path.join(shots, theme.shot));
      },
    })),
    {
      name: 'the preview comes back after the window reloads',
      async run(wb) {
        const reloaded = wb.page.waitForEvent('load', { timeout: SERVER_TIMEOUT_MS });
        await wb.runCommand('Developer: Reload Window');
        await reloaded;
        await wb.page.locator('.monaco-workbench').waitFor();
        await wb.page.locator('.tab', { hasText: `Gantt: ${ROADMAP}` }).waitFor();
        const frame = await wb.webviewFrame(BAR_SELECTOR);
        assert.deepEqual(await chartIds(frame), FIXED_CHART_ORDER);
        await wb.screenshot(path.join(shots, '10-preview-reloaded.png'));
      },
    },
    {
      name: 'an exported chart is opened, or found in the Explorer, from the notice that it was written',
      async run(wb) {
        const workspace = path.join(scratch, 'workspace');
        const exported = async (format: 'svg' | 'html', action: 'Open' | 'Reveal'): Promise<string> => {
          const frame = await wb.webviewFrame(BAR_SELECTOR);
          await frame.locator(`button[data-export="${format}"]`).click();
          // A browser-based VS Code asks for the file in its own dialog, filled in beside the roadmap.
          const name = `northwind.cxroadmap.${format}`;
          const input = wb.page.locator('.quick-input-widget input');
          await input.waitFor();
          // The dialog fills in the folder first, then the name.
          await wb.page.waitForFunction(
            (expected) =>
              document.querySelector<HTMLInputElement>('.quick-input-widget input')?.value.endsWith(expected),
            `/workspace/${name}`,
          );
          await wb.page.keyboard.press('Enter');
          const notice = wb.page.locator('.notification-toast', { hasText: `Exported the Gantt chart to ${name}.` });
          await notice.locator('.monaco-button', { hasText: action }).click();
          return readFileSync(path.join(workspace, name), 'utf8');
        };
        const svg = await exported('svg', 'Open');
        assert.match(svg, /^<\?xml [^>]*\?>\n<svg /, `the export is an SVG image: ${svg.slice(0, 60)}`);
        // Not the system's image viewer, which cannot reach a file on the server: VS Code shows it.
        await wb.page.locator('.tab.active', { hasText: 'northwind.cxroadmap.svg' }).waitFor();
        const image = (await wb.webviewFrame('img[src*="northwind.cxroadmap.svg"]')).locator('img');
        await image.evaluate((img: HTMLImageElement) => img.decode());
        assert.equal(await image.evaluate((img: HTMLImageElement) => img.naturalWidth > 0), true);
        // The image may have opened over the preview: bring the preview to the front again.
        await wb.page.locator('.tab', { hasText: `Gantt: ${ROADMAP}` }).click();
        const html = await exported('html', 'Reveal');
        assert.equal(html.startsWith('<!DOCTYPE html>'), true, `the export is a page: ${html.slice(0, 40)}`);
        await wb.page
          .locator('.explorer-folders-view .monaco-list-row.selected', { hasText: 'northwind.cxroadmap.html' })
          .waitFor();
        await wb.screenshot(path.join(shots, '11-exported.png'));
      },
    },
  ];
}

async function main(): Promise<number> {
  const updateScreenshots = process.argv.includes('--update-screenshots');
  rmSync(shots, { recursive: true, force: true });
  mkdirSync(shots, { recursive: true });
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'cxroadmap-ui-'));
  let server: CodeServer | undefined;
  let browser: Browser | undefined;
  let passed = 0;
  let failed = 0;
  try {
    const vsix = packageVsix(root);
    ensureSystemPackages();
    const bin = ensureCodeServer(root);
    const extensionsDir = path.join(scratch, 'extensions');
    const userDataDir = path.join(scratch, 'user-data');
    const workspace = path.join(scratch, 'workspace');
    cpSync(fixture, workspace, { recursive: true });
    mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
    writeFileSync(path.join(userDataDir, 'User', 'settings.json'), JSON.stringify(USER_SETTINGS, null, 2));
    installExtension(bin, vsix, extensionsDir, userDataDir);
    const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
      publisher: string;
      name: string;
      version: string;
    };
    const installed = path.join(extensionsDir, `${manifest.publisher}.${manifest.name}-${manifest.version}`);
    assert.ok(existsSync(path.join(installed, 'dist', 'extension.js')), `the vsix did not install into ${installed}`);

    const planned = steps(scratch);
    server = await startCodeServer({ bin, extensionsDir, userDataDir, folder: workspace });
    browser = await launchChromium();
    const wb = new Workbench(await browser.newPage({ viewport: { width: 1280, height: 800 } }));
    await wb.open(server.url);
    await wb.openFile(ROADMAP);
    await wb.screenshot(path.join(shots, '01-opened.png'));

    for (const [index, step] of planned.entries()) {
      const started = Date.now();
      try {
        await step.run(wb);
        passed++;
        process.stdout.write(`  ✔ ${step.name} (${Date.now() - started} ms)\n`);
      } catch (error) {
        failed++;
        process.stdout.write(`  ✖ ${step.name}\n${indent(describe(error))}\n`);
        await wb.screenshot(path.join(shots, `failed-step-${index + 1}.png`)).catch(() => undefined);
      }
    }
    await server.stop();
    if (existsSync(server.logFile)) copyFileSync(server.logFile, path.join(shots, 'code-server.log'));
    server = undefined;
    const started = Date.now();
    const firstRun = await runFirstRun(root, scratch, bin, vsix, browser, path.join(shots, '12-first-run.png'));
    if (firstRun.error === undefined) {
      passed++;
      process.stdout.write(`  ✔ ${firstRun.name} (${Date.now() - started} ms)\n`);
    } else {
      failed++;
      process.stdout.write(`  ✖ ${firstRun.name}\n${indent(describe(firstRun.error))}\n`);
    }
    if (failed === 0 && updateScreenshots) {
      mkdirSync(path.join(root, 'docs', 'images'), { recursive: true });
      for (const [shot, image] of Object.entries(README_IMAGES))
        copyFileSync(path.join(shots, shot), path.join(root, 'docs', 'images', image));
      process.stdout.write('  docs/images/ updated\n');
    }
  } catch (error) {
    failed++;
    process.stdout.write(`  ✖ setting up code-server and the browser\n${indent(describe(error))}\n`);
  } finally {
    await browser?.close().catch(() => undefined);
    await server?.stop();
    if (server && existsSync(server.logFile)) copyFileSync(server.logFile, path.join(shots, 'code-server.log'));
    rmSync(scratch, { recursive: true, force: true });
  }
  process.stdout.write(`\n${passed} passed, ${failed} failed\n`);
  return failed === 0 ? 0 : 1;
}

function describe(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}

function indent(text: string): string {
  return text.replace(/^/gm, '      ');
}

main().then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    process.stderr.write(`${describe(error)}\n`);
    process.exitCode = 1;
  },
);
