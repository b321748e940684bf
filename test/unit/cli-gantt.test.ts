import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeRoadmap } from '../../server/src/core/analyze';
import { dayNumber } from '../../server/src/core/dates';
import { FORMATTERS } from '../../server/src/cli/formats';
import { chartFindings } from '../../server/src/gantt/findings';
import { renderHtml } from '../../server/src/gantt/html';
import { sha256Base64 } from '../../server/src/host/sha256';
import { layoutChart } from '../../server/src/gantt/layout';
import { renderSvg } from '../../server/src/gantt/svg';
import { CliProjects } from '../support/cliProjects';
import type { Run } from '../support/cliProjects';
import { assertUsageFailure } from '../support/cliProjects';

const repoRoot = path.resolve(__dirname, '../../..');
const cliPath = path.join(repoRoot, 'dist', 'cli.js');
const packageVersion = (JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string })
  .version;

/** A roadmap that passes every rule, and one with errors and warnings. */
const CLEAN = fs.readFileSync(path.join(repoRoot, 'examples', 'acme-five-year.cxroadmap.yaml'), 'utf8');
const NEEDS_WORK = fs.readFileSync(path.join(repoRoot, 'examples', 'needs-work.cxroadmap.yaml'), 'utf8');
const NO_SPONSOR = CLEAN.replace('sponsor: Tom Adebayo (CEO)\n', '');
const BROKEN = 'cxroadmap: 1\ntitle: [unclosed\nhorizon:\n  start: 2027-01-01\n';

/** 12 May 2027, 10:00 UTC: what SOURCE_DATE_EPOCH fixes as today. */
const EPOCH = String(dayNumber(2027, 5, 12) * 86_400 + 36_000);
const TODAY = dayNumber(2027, 5, 12);

const projects = new CliProjects(cliPath, 'cxroadmap-gantt-');
const project = projects.project;

function gantt(cwd: string, args: string[]): Run {
  const env: NodeJS.ProcessEnv = { ...process.env, SOURCE_DATE_EPOCH: EPOCH };
  delete env.FORCE_COLOR;
  delete env.NO_COLOR;
  const result = spawnSync(process.execPath, [cliPath, 'gantt', ...args], { cwd, env, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Runs `gantt`, which must exit 0 printing only `out`; returns what it wrote there. */
function written(root: string, args: string[], out: string): string {
  assert.deepStrictEqual(gantt(root, args), { status: 0, stdout: `${out}\n`, stderr: '' });
  return read(root, out);
}

function read(root: string, relative: string): string {
  return fs.readFileSync(path.join(root, relative), 'utf8');
}

function findingsOf(text: string) {
  const analysis = analyzeRoadmap(text);
  return { analysis, findings: chartFindings(analysis.model, analysis.diagnostics, analysis.lines) };
}

describe('cxroadmap gantt (dist/cli.js)', function () {
  projects.hooks();

  describe('output', () => {
    it('writes FILE with .yaml replaced by .html by default, prints its path and exits 0', () => {
      const root = project({ 'plan.cxroadmap.yaml': CLEAN });
      const html = written(root, ['plan.cxroadmap.yaml'], 'plan.cxroadmap.html');
      const { analysis, findings } = findingsOf(CLEAN);
      assert.equal(
        html,
        renderHtml(analysis.model, findings, { today: TODAY, source: 'plan.cxroadmap.yaml', sha256: sha256Base64 }),
      );
    });

    it('replaces .yml too, next to the roadmap wherever it is', () => {
      const root = project({ 'plans/q.cxroadmap.yml': CLEAN });
      assert.ok(written(root, ['plans/q.cxroadmap.yml'], 'plans/q.cxroadmap.html').startsWith('<!DOCTYPE html>\n'));
    });

    it('writes an SVG image, without script, for --out X.svg (or -o)', () => {
      const root = project({ 'plan.cxroadmap.yaml': CLEAN });
      const svg = written(root, ['plan.cxroadmap.yaml', '--out', 'chart.svg'], 'chart.svg');
      const { analysis, findings } = findingsOf(CLEAN);
      const expected = renderSvg(layoutChart(analysis.model, findings, { today: TODAY }), { heading: true });
      assert.equal(svg, `<?xml version="1.0" encoding="UTF-8"?>\n${expected}\n`);
      assert.doesNotMatch(expected, /<script|tabindex/);
      assert.ok(
        written(root, ['-o', 'other.html', 'plan.cxroadmap.yaml'], 'other.html').startsWith('<!DOCTYPE html>\n'),
      );
    });

    it('draws the chart of a roadmap with problems, exits 0 and says how many it marks', () => {
      const root = project({ 'plan.cxroadmap.yaml': NEEDS_WORK });
      const { totals } = findingsOf(NEEDS_WORK).findings;
      assert.ok(totals.errors > 1 && totals.warnings > 1);
      assert.deepStrictEqual(gantt(root, ['plan.cxroadmap.yaml']), {
        status: 0,
        stdout: 'plan.cxroadmap.html\n',
        stderr: `cxroadmap: ${totals.errors} errors and ${totals.warnings} warnings marked on the chart; 'cxroadmap lint plan.cxroadmap.yaml' lists them\n`,
      });
      assert.match(read(root, 'plan.cxroadmap.html'), /class="initiative status-[a-z-]+ has-errors"/);
    });

    it('uses the nearest .cxroadmaprc.yaml, as lint does', () => {
      const plain = project({ 'plan.cxroadmap.yaml': NO_SPONSOR });
      assert.equal(
        gantt(plain, ['plan.cxroadmap.yaml']).stderr,
        "cxroadmap: 0 errors and 1 warning marked on the chart; 'cxroadmap lint plan.cxroadmap.yaml' lists them\n",
      );
      const configured = project({
        'plan.cxroadmap.yaml': NO_SPONSOR,
        '.cxroadmaprc.yaml': 'rules:\n  no-sponsor: off\n',
      });
      assert.deepStrictEqual(gantt(configured, ['plan.cxroadmap.yaml']), {
        status: 0,
        stdout: 'plan.cxroadmap.html\n',
        stderr: '',
      });
      assert.match(read(configured, 'plan.cxroadmap.html'), /<p class="problems">No problems found\.<\/p>/);
    });
  });

  describe('exit status', () => {
    it('is 1 for a roadmap that does not parse: its syntax problems on stderr, no file written', () => {
      const root = project({ 'plan.cxroadmap.yaml': BROKEN });
      const diagnostics = analyzeRoadmap(BROKEN).diagnostics;
      assert.ok(diagnostics.length > 0 && diagnostics.every((d) => d.code === 'syntax'));
      const report = FORMATTERS.stylish(
        [{ path: 'plan.cxroadmap.yaml', absolutePath: path.join(root, 'plan.cxroadmap.yaml'), diagnostics }],
        {
          cwd: root,
          color: false,
          toolVersion: packageVersion,
        },
      );
      assert.deepStrictEqual(gantt(root, ['plan.cxroadmap.yaml']), {
        status: 1,
        stdout: '',
        stderr: `${report}cxroadmap: no chart written: the roadmap does not parse\n`,
      });
      assert.equal(fs.existsSync(path.join(root, 'plan.cxroadmap.html')), false);
    });

    it('is 2 for usage errors, a missing roadmap and an output that cannot be written', () => {
      const root = project({ 'plan.cxroadmap.yaml': CLEAN, 'chart.html': 'not a roadmap' });
      const usageErrors: [string[], string][] = [
        [[], "cxroadmap: gantt needs a roadmap file: 'cxroadmap gantt FILE [--out OUT.html|OUT.svg]'\n"],
        [['plan.cxroadmap.yaml', 'plan.cxroadmap.yaml'], 'cxroadmap: gantt draws one roadmap at a time, not 2\n'],
        [
          ['plan.cxroadmap.yaml', '--out', 'chart.png'],
          "cxroadmap: --out must name a .html or .svg file, not 'chart.png'\n",
        ],
        [['plan.cxroadmap.yaml', '--format', 'json'], "cxroadmap: unknown option '--format'\n"],
        [['missing.cxroadmap.yaml'], 'cxroadmap: no such file: missing.cxroadmap.yaml\n'],
        [
          ['plan.cxroadmap.yaml', '--out', 'no/such/folder.html'],
          'cxroadmap: cannot write no/such/folder.html: ENOENT\n',
        ],
        [
          ['chart.html', '--out', 'chart.html'],
          'cxroadmap: will not write chart.html: it is the same file as chart.html\n',
        ],
      ];
      for (const [args, stderr] of usageErrors) assertUsageFailure(gantt, root, args, stderr);
      assert.equal(read(root, 'chart.html'), 'not a roadmap');
    });
  });

  it('is in the help', () => {
    const run = spawnSync(process.execPath, [cliPath, 'gantt', '--help'], { encoding: 'utf8' });
    assert.equal(run.status, 0);
    assert.match(run.stdout, /^ {7}cxroadmap gantt FILE \[--out OUT\.html\|OUT\.svg\]$/m);
  });
});
