import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyzeRoadmap } from '../../server/src/core/analyze';
import type { Diagnostic } from '../../server/src/core/diagnostic';
import { ConfigLookup } from '../../server/src/host/configLookup';
import { FORMATTERS } from '../../server/src/cli/formats';
import { roadmap } from '../support/roadmapBuilder';
import { CliProjects } from '../support/cliProjects';
import type { Run } from '../support/cliProjects';
import { assertUsageFailure } from '../support/cliProjects';

const repoRoot = path.resolve(__dirname, '../../..');
const cliPath = path.join(repoRoot, 'dist', 'cli.js');
const packageVersion = (JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string })
  .version;

const CLEAN = roadmap();

function variant(from: string, to: string): string {
  assert.ok(CLEAN.includes(from), `fixture lacks ${JSON.stringify(from)}`);
  return CLEAN.replace(from, to);
}

/** An error: a misspelt competency id. */
const WITH_ERROR = variant('competency: listening-path', 'competency: listening-pth');
/** A warning only: no executive sponsor. */
const WITH_WARNING = variant('sponsor: Sam Ortiz (CEO)\n', '');

const projects = new CliProjects(cliPath, 'cxroadmap-cli-');
const project = projects.project;

function cli(cwd: string, args: string[], extraEnv: Record<string, string> = {}): Run {
  const env = { ...process.env, ...extraEnv };
  if (!('FORCE_COLOR' in extraEnv)) delete env.FORCE_COLOR;
  if (!('NO_COLOR' in extraEnv)) delete env.NO_COLOR;
  const result = spawnSync(process.execPath, [cliPath, ...args], {
    cwd,
    env,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

interface JsonEntry {
  file: string;
  diagnostics: Diagnostic[];
}

function lintJson(cwd: string, args: string[] = []): { run: Run; entries: JsonEntry[] } {
  const run = cli(cwd, ['lint', '--format', 'json', ...args]);
  return { run, entries: JSON.parse(run.stdout) as JsonEntry[] };
}

describe('cxroadmap command line (dist/cli.js)', function () {
  projects.hooks();

  describe('exit status', () => {
    it('is 0 and prints nothing for a clean roadmap', () => {
      const root = project({ 'plan.cxroadmap.yaml': CLEAN });
      assert.deepEqual(cli(root, ['lint']), { status: 0, stdout: '', stderr: '' });
      assert.deepEqual(analyzeRoadmap(CLEAN).diagnostics, []);
    });

    it('is 1 when a roadmap has an error, printed in stylish by default', () => {
      const root = project({ 'plan.cxroadmap.yaml': WITH_ERROR });
      const diagnostics = analyzeRoadmap(WITH_ERROR).diagnostics;
      assert.ok(diagnostics.some((d) => d.code === 'unknown-competency' && d.severity === 1));
      const expected = FORMATTERS.stylish(
        [{ path: 'plan.cxroadmap.yaml', absolutePath: path.join(root, 'plan.cxroadmap.yaml'), diagnostics }],
        { cwd: root, color: false, toolVersion: packageVersion },
      );
      assert.deepEqual(cli(root, ['lint', 'plan.cxroadmap.yaml']), { status: 1, stdout: expected, stderr: '' });
    });

    it('counts only warnings against --max-warnings', () => {
      const root = project({ 'plan.cxroadmap.yaml': WITH_WARNING });
      assert.deepEqual(
        analyzeRoadmap(WITH_WARNING).diagnostics.map((d) => [d.code, d.severity]),
        [['no-sponsor', 2]],
      );
      assert.equal(cli(root, ['lint']).status, 0);
      assert.equal(cli(root, ['lint', '--max-warnings', '1']).status, 0);
      const tooMany = cli(root, ['lint', '--max-warnings', '0', '--format', 'json']);
      assert.equal(tooMany.status, 1);
      assert.equal(tooMany.stderr, 'cxroadmap: too many warnings (1, maximum 0)\n');
      assert.equal((JSON.parse(tooMany.stdout) as JsonEntry[]).length, 1);
    });

    it('is 2 with one line on stderr for usage errors', () => {
      const root = project({ 'plan.cxroadmap.yaml': CLEAN });
      const usageErrors: [string[], string][] = [
        [['lint', '--frobnicate'], "cxroadmap: unknown option '--frobnicate'\n"],
        [
          ['lint', '--format', 'xml'],
          "cxroadmap: unknown format 'xml': use one of stylish, json, sarif, github, markdown\n",
        ],
        [
          ['lint', '--max-warnings', 'many'],
          "cxroadmap: --max-warnings needs a whole number of 0 or more, not 'many'\n",
        ],
        [['lint', '--max-warnings=-1'], "cxroadmap: --max-warnings needs a whole number of 0 or more, not '-1'\n"],
        [['check'], "cxroadmap: unknown command 'check': try 'cxroadmap --help'\n"],
        [[], "cxroadmap: missing command: try 'cxroadmap lint' or 'cxroadmap --help'\n"],
      ];
      for (const [args, stderr] of usageErrors) assertUsageFailure(cli, root, args, stderr);
    });

    it('is 2 for a path that does not exist, a folder without roadmaps and a glob matching nothing', () => {
      const root = project({
        'plan.cxroadmap.yaml': CLEAN,
        'empty/notes.yaml': 'title: not a roadmap\n',
        'empty/node_modules/pkg/hidden.cxroadmap.yaml': CLEAN,
        'empty/.drafts/hidden.cxroadmap.yaml': CLEAN,
      });
      const usageErrors: [string[], string][] = [
        [['lint', 'missing.cxroadmap.yaml'], 'cxroadmap: no such file or folder: missing.cxroadmap.yaml\n'],
        [['lint', 'plan.cxroadmap.yaml', 'missing'], 'cxroadmap: no such file or folder: missing\n'],
        [['lint', 'empty'], 'cxroadmap: no roadmap (*.cxroadmap.yaml, *.cxroadmap.yml) found in empty\n'],
        [['lint', 'drafts/**/*.cxroadmap.yaml'], 'cxroadmap: no file matches drafts/**/*.cxroadmap.yaml\n'],
      ];
      for (const [args, stderr] of usageErrors) assertUsageFailure(cli, root, args, stderr);
    });
  });

  describe('help and version', () => {
    it('prints the package version', () => {
      const root = project({});
      assert.deepEqual(cli(root, ['--version']), { status: 0, stdout: `${packageVersion}\n`, stderr: '' });
    });

    it('prints usage with status 0', () => {
      const run = cli(project({}), ['--help']);
      assert.equal(run.status, 0);
      assert.equal(run.stderr, '');
      assert.match(run.stdout, /^Usage: cxroadmap lint \[PATH\|GLOB \.\.\.\] \[options\]\n/);
      assert.match(run.stdout, /--max-warnings N/);
    });
  });

  describe('finding roadmaps', () => {
    const tree = {
      'a/one.cxroadmap.yaml': WITH_WARNING,
      'a/b/two.cxroadmap.yml': WITH_ERROR,
      'a/b/notes.yaml': 'title: not a roadmap\n',
      'a/.cache/skipped.cxroadmap.yaml': WITH_ERROR,
      '.hidden/skipped.cxroadmap.yaml': WITH_ERROR,
      'node_modules/pkg/skipped.cxroadmap.yaml': WITH_ERROR,
      'a/node_modules/skipped.cxroadmap.yaml': WITH_ERROR,
      'top.cxroadmap.yaml': CLEAN,
    };

    it('searches the current folder recursively, skipping node_modules and dot-folders', () => {
      const { run, entries } = lintJson(project(tree));
      assert.equal(run.status, 1);
      assert.deepEqual(
        entries.map((e) => e.file),
        ['a/b/two.cxroadmap.yml', 'a/one.cxroadmap.yaml', 'top.cxroadmap.yaml'],
      );
    });

    it('searches a named folder, and a named dot-folder too', () => {
      const root = project(tree);
      assert.deepEqual(
        lintJson(root, ['a']).entries.map((e) => e.file),
        ['a/b/two.cxroadmap.yml', 'a/one.cxroadmap.yaml'],
      );
      assert.deepEqual(
        lintJson(root, ['a/.cache']).entries.map((e) => e.file),
        ['a/.cache/skipped.cxroadmap.yaml'],
      );
    });

    it('expands globs without dot-folders or node_modules', () => {
      const { entries } = lintJson(project(tree), ['**/*.cxroadmap.*']);
      assert.deepEqual(
        entries.map((e) => e.file),
        ['a/b/two.cxroadmap.yml', 'a/one.cxroadmap.yaml', 'top.cxroadmap.yaml'],
      );
    });

    it('lints a named file whatever its name, once even when named twice', () => {
      const root = project({ 'roadmap.yaml': WITH_WARNING });
      const { run, entries } = lintJson(root, ['roadmap.yaml', './roadmap.yaml', '*.yaml']);
      assert.equal(run.status, 0);
      assert.deepEqual(entries, [{ file: 'roadmap.yaml', diagnostics: analyzeRoadmap(WITH_WARNING).diagnostics }]);
    });

    it('shows paths outside the current folder as absolute', () => {
      const root = project({ 'inner/keep.txt': '', 'outside.cxroadmap.yaml': WITH_WARNING });
      const { entries } = lintJson(path.join(root, 'inner'), ['../outside.cxroadmap.yaml']);
      assert.deepEqual(
        entries.map((e) => e.file),
        [path.join(root, 'outside.cxroadmap.yaml')],
      );
    });
  });

  describe('output', () => {
    it('equals analyzeRoadmap on the same text, for every file, sorted by path with "/" separators', () => {
      const files = {
        'teams/zeta/plan.cxroadmap.yaml': WITH_ERROR,
        'teams/alpha/plan.cxroadmap.yaml': WITH_WARNING,
        'teams/alpha/clean.cxroadmap.yaml': CLEAN,
        'Beta.cxroadmap.yaml': WITH_ERROR,
      };
      const root = project(files);
      const { run, entries } = lintJson(root, ['teams', 'Beta.cxroadmap.yaml']);
      assert.equal(run.status, 1);
      assert.deepEqual(entries, [
        { file: 'Beta.cxroadmap.yaml', diagnostics: analyzeRoadmap(WITH_ERROR).diagnostics },
        { file: 'teams/alpha/clean.cxroadmap.yaml', diagnostics: [] },
        { file: 'teams/alpha/plan.cxroadmap.yaml', diagnostics: analyzeRoadmap(WITH_WARNING).diagnostics },
        { file: 'teams/zeta/plan.cxroadmap.yaml', diagnostics: analyzeRoadmap(WITH_ERROR).diagnostics },
      ]);
      assert.equal(lintJson(root, ['Beta.cxroadmap.yaml', 'teams']).run.stdout, run.stdout);
    });

    it('is the same in every format however the paths are ordered', () => {
      const root = project({
        'b/x.cxroadmap.yaml': WITH_ERROR,
        'a/y.cxroadmap.yaml': WITH_WARNING,
        'c.cxroadmap.yaml': WITH_ERROR,
      });
      for (const format of ['stylish', 'json', 'sarif', 'github', 'markdown']) {
        const forward = cli(root, ['lint', '--format', format, 'a', 'b', 'c.cxroadmap.yaml']);
        const backward = cli(root, ['lint', '--format', format, 'c.cxroadmap.yaml', 'b', 'a']);
        assert.equal(forward.status, 1);
        assert.notEqual(forward.stdout, '');
        assert.deepEqual(backward, forward);
      }
      const stylishPaths = cli(root, ['lint'])
        .stdout.split('\n')
        .filter((line) => line.endsWith('.yaml'));
      assert.deepEqual(stylishPaths, ['a/y.cxroadmap.yaml', 'b/x.cxroadmap.yaml', 'c.cxroadmap.yaml']);
    });

    it('links markdown lines to the repository, by the path from GITHUB_WORKSPACE, wherever it runs', () => {
      const root = project({ 'plans/plan.cxroadmap.yaml': WITH_ERROR });
      const sha = 'c'.repeat(40);
      const run = cli(path.join(root, 'plans'), ['lint', '--format', 'markdown'], {
        GITHUB_SERVER_URL: 'https://github.com',
        GITHUB_REPOSITORY: 'acme/plans',
        GITHUB_SHA: sha,
        GITHUB_WORKSPACE: root,
      });
      assert.equal(run.status, 1);
      assert.equal(run.stderr, '');
      const links = { repositoryUrl: 'https://github.com/acme/plans', commit: sha, workspace: root };
      const expected = FORMATTERS.markdown(
        [
          {
            path: 'plan.cxroadmap.yaml',
            absolutePath: path.join(root, 'plans', 'plan.cxroadmap.yaml'),
            diagnostics: analyzeRoadmap(WITH_ERROR).diagnostics,
          },
        ],
        {
          cwd: path.join(root, 'plans'),
          color: false,
          toolVersion: packageVersion,
          markdown: { limit: 65_536, links },
        },
      );
      assert.equal(run.stdout, expected);
      const line = analyzeRoadmap(WITH_ERROR).diagnostics[0].range.start.line + 1;
      assert.ok(run.stdout.includes(`](https://github.com/acme/plans/blob/${sha}/plans/plan.cxroadmap.yaml#L${line})`));
      assert.ok(
        run.stdout.startsWith('### cxroadmap lint\n\n**2 problems (1 error, 1 warning, 0 infos) in 1 of 1 file**\n'),
      );
    });

    it('reports a malformed .cxroadmaprc.yaml once, as an entry for the config file', () => {
      const config = 'rules:\n  short-horizn: off\n  no-sponsor: loud\n';
      const root = project({ '.cxroadmaprc.yaml': config, 'a.cxroadmap.yaml': CLEAN, 'sub/b.cxroadmap.yaml': CLEAN });
      const configDiagnostics = new ConfigLookup().forFile(path.join(root, 'a.cxroadmap.yaml')).diagnostics;
      assert.ok(configDiagnostics.length > 0);
      assert.ok(configDiagnostics.every((d) => d.code === 'config'));
      const { run, entries } = lintJson(root);
      assert.equal(run.status, 1);
      assert.deepEqual(entries, [
        { file: '.cxroadmaprc.yaml', diagnostics: configDiagnostics },
        { file: 'a.cxroadmap.yaml', diagnostics: [] },
        { file: 'sub/b.cxroadmap.yaml', diagnostics: [] },
      ]);
    });

    it('prints SARIF rooted at the current folder', () => {
      const root = project({ 'my plans/p.cxroadmap.yaml': WITH_ERROR });
      const run = cli(root, ['lint', '--format', 'sarif']);
      assert.equal(run.status, 1);
      const log = JSON.parse(run.stdout) as {
        runs: {
          originalUriBaseIds: unknown;
          artifacts: unknown;
          results: { ruleId: string }[];
          tool: { driver: { version: string } };
        }[];
      };
      const [sarifRun] = log.runs;
      assert.equal(sarifRun.tool.driver.version, packageVersion);
      assert.deepEqual(sarifRun.originalUriBaseIds, { '%SRCROOT%': { uri: `${pathToFileURL(root).href}/` } });
      assert.deepEqual(sarifRun.artifacts, [
        { location: { uri: 'my%20plans/p.cxroadmap.yaml', uriBaseId: '%SRCROOT%' } },
      ]);
      assert.deepEqual(
        sarifRun.results.map((r) => r.ruleId),
        analyzeRoadmap(WITH_ERROR).diagnostics.map((d) => d.code),
      );
    });

    it('prints GitHub workflow commands', () => {
      const root = project({ 'p.cxroadmap.yaml': WITH_WARNING });
      const [warning] = analyzeRoadmap(WITH_WARNING).diagnostics;
      const { start, end } = warning.range;
      assert.deepEqual(cli(root, ['lint', '--format', 'github']), {
        status: 0,
        stdout:
          `::warning file=p.cxroadmap.yaml,line=${start.line + 1},col=${start.character + 1},` +
          `endLine=${end.line + 1},endColumn=${end.character + 1},title=no-sponsor::${warning.message.replace(/%/g, '%25')}\n`,
        stderr: '',
      });
    });

    it('colours stylish output when FORCE_COLOR asks for it, and not otherwise when piped', () => {
      const root = project({ 'p.cxroadmap.yaml': WITH_WARNING });
      const escape = '\u001b[';
      assert.ok(cli(root, ['lint'], { FORCE_COLOR: '1' }).stdout.includes(`${escape}33mwarning${escape}39m`));
      assert.ok(cli(root, ['lint'], { FORCE_COLOR: '1', NO_COLOR: '1' }).stdout.includes(escape));
      assert.ok(!cli(root, ['lint'], { FORCE_COLOR: '0' }).stdout.includes(escape));
      assert.ok(!cli(root, ['lint'], { NO_COLOR: '1' }).stdout.includes(escape));
      assert.ok(!cli(root, ['lint']).stdout.includes(escape));
    });

    it('writes large reports to a pipe in full and leaves the inputs untouched', () => {
      const files: Record<string, string> = {};
      for (let i = 0; i < 300; i += 1) files[`many/plan-${String(i).padStart(3, '0')}.cxroadmap.yaml`] = WITH_ERROR;
      const root = project(files);
      const before = fs
        .readdirSync(path.join(root, 'many'))
        .map((name) => fs.statSync(path.join(root, 'many', name)).mtimeMs);
      const { run, entries } = lintJson(root);
      assert.equal(run.status, 1);
      assert.ok(run.stdout.length > 128 * 1024, `only ${run.stdout.length} characters: too small to test a pipe`);
      assert.equal(entries.length, 300);
      assert.equal(entries[299].file, 'many/plan-299.cxroadmap.yaml');
      assert.deepEqual(entries[299].diagnostics, analyzeRoadmap(WITH_ERROR).diagnostics);
      const after = fs
        .readdirSync(path.join(root, 'many'))
        .map((name) => fs.statSync(path.join(root, 'many', name)).mtimeMs);
      assert.deepEqual(after, before);
      assert.deepEqual(fs.readdirSync(root).sort(), ['.git', 'many']);
      assert.equal(fs.readFileSync(path.join(root, 'many', 'plan-000.cxroadmap.yaml'), 'utf8'), WITH_ERROR);
    });
  });
});
