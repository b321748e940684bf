import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Browser } from 'playwright-core';
import { launchChromium, repoRoot, watch } from '../preview/webviewHarness';
import { GitRepo, gitEnv } from '../../support/gitRepo';
import { changed, initiative, roadmap } from '../../support/roadmapBuilder';

const MERMAID = path.join(repoRoot, 'node_modules', 'mermaid', 'dist', 'mermaid.min.js');
/** Mermaid's task bars, as bench/chartPages.ts counts them: not milestones, not vertical markers. */
const BARS = 'rect[class^="task"]:not(.milestone):not(.vert)';

/** What Mermaid made of one block: its bars, its section labels, or the error it threw. */
interface Rendered {
  bars: number;
  sections: string[];
  error: string | undefined;
}

describe('cxroadmap diff --format markdown: the Mermaid gantt, drawn by Mermaid in headless Chromium', function () {
  this.timeout(120_000);
  let temp: string;
  let browser: Browser;

  before(async () => {
    assert.ok(fs.existsSync(MERMAID), `${MERMAID} is missing: mermaid is a devDependency`);
    temp = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'cxroadmap-gantt-md-')));
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    if (temp !== undefined) fs.rmSync(temp, { recursive: true, force: true });
  });

  it('draws a bar before and after for each initiative that moved, one for those added or removed', async () => {
    const repo = GitRepo.create(temp);
    repo.write({ 'plan.cxroadmap.yaml': roadmap() });
    repo.commit('Base plan');
    const hostile = 'Launch: #1; `x` %%{init: {"theme":"dark"}}%% <img src=x onerror=alert(1)> click x call alert()';
    repo.write({
      'plan.cxroadmap.yaml': changed(
        roadmap({
          replace: { 'listening-posts': null },
          add: [initiative({ id: 'hostile', title: JSON.stringify(hostile), end: '2028-Q3' })],
        }),
        ['    end: 2027-12-31', '    end: 2028-03-31'],
        ['    start: 2028-01-01\n    end: 2029-06-30', '    start: 2028-04-01\n    end: 2029-09-30'],
      ),
    });
    const run = spawnSync(
      process.execPath,
      [path.join(repoRoot, 'dist', 'cli.js'), 'diff', '--base', 'main', '--format', 'markdown'],
      { cwd: repo.root, env: gitEnv(), encoding: 'utf8' },
    );
    assert.equal(run.stderr, '');
    const blocks = [...run.stdout.matchAll(/^```mermaid\n([\s\S]*?)^```$/gm)].map((m) => m[1]);
    assert.equal(blocks.length, 1, run.stdout);
    const source = blocks[0];
    // journey-map and reliability-fixes moved (two bars each), listening-posts removed and hostile added (one each).
    assert.equal(source.match(/^ {4}(?:before|after) :/gm)?.length, 6, source);

    const page = await browser.newPage();
    const seen = watch(page);
    try {
      await page.setContent('<!DOCTYPE html><html><head><meta charset="utf-8"></head><body></body></html>');
      await page.addScriptTag({ path: MERMAID });
      const rendered = await page.evaluate(
        async ({ text, bars }): Promise<Rendered> => {
          const mermaid = (window as unknown as { mermaid: Mermaid }).mermaid;
          interface Mermaid {
            initialize(config: object): void;
            parse(text: string): Promise<unknown>;
            render(id: string, text: string): Promise<{ svg: string }>;
          }
          try {
            mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' });
            await mermaid.parse(text);
            const { svg } = await mermaid.render('gantt', text);
            const holder = document.createElement('div');
            holder.innerHTML = svg;
            document.body.append(holder);
            return {
              bars: holder.querySelectorAll(`svg ${bars}`).length,
              sections: Array.from(holder.querySelectorAll('svg text.sectionTitle'), (t) => t.textContent ?? ''),
              error: undefined,
            };
          } catch (error) {
            return { bars: 0, sections: [], error: String(error instanceof Error ? error.message : error) };
          }
        },
        { text: source, bars: BARS },
      );
      assert.deepStrictEqual(rendered, {
        bars: 6,
        sections: [
          'One journey map for every leader (journey-map)',
          'Fix the top ten failures in getting help (reliability-fixes)',
          'Launch 1 x init theme dark img src x onerror alert(1) click\u2026 (hostile)',
          'Listening path across the journey (listening-posts)',
        ],
        error: undefined,
      });
      assert.equal(await page.locator(`svg ${BARS}`).count(), 6);
      assert.deepEqual([seen.dialogs, seen.errors], [[], []]);
    } finally {
      await page.close();
    }
  });
});
