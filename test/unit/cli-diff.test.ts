import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { analyzeRoadmap } from '../../server/src/core/analyze';
import type { Diagnostic } from '../../server/src/core/diagnostic';
import type { Change } from '../../server/src/core/diff/changes';
import { bySeverity } from '../support/findings';
import { GitRepo, gitEnv } from '../support/gitRepo';
import { changed, coreInitiative, roadmap } from '../support/roadmapBuilder';

/*
 * `cxroadmap diff` on real git repositories that each test builds commit by commit: what is
 * printed, and the exit status.
 */

const repoRoot = path.resolve(__dirname, '../../..');
const cliPath = path.join(repoRoot, 'dist', 'cli.js');
const goldenDir = path.join(repoRoot, 'test', 'golden');

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function cli(cwd: string, args: string[], env: Record<string, string> = {}): Run {
  const merged = gitEnv(env);
  if (!('FORCE_COLOR' in env)) delete merged.FORCE_COLOR;
  if (!('NO_COLOR' in env)) delete merged.NO_COLOR;
  const run = spawnSync(process.execPath, [cliPath, ...args], { cwd, env: merged, encoding: 'utf8', timeout: 60_000 });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

interface JsonFile {
  path: string;
  previousPath?: string;
  status: string;
  changes: Change[];
  coverage: unknown;
  findings: { new: Diagnostic[]; fixed: Diagnostic[]; unchanged: Diagnostic[] };
  notes?: { version: string; reason: string; message: string }[];
}

interface JsonReport {
  files: JsonFile[];
  summary: unknown;
}

function json(run: Run): JsonReport {
  assert.equal(run.stderr, '');
  return JSON.parse(run.stdout) as JsonReport;
}

/** Path, status and previous path of each file: what a test of file selection compares. */
function files(report: JsonReport): string[] {
  return report.files.map(
    (f) => `${f.status} ${f.path}${f.previousPath === undefined ? '' : ` (from ${f.previousPath})`}`,
  );
}

/** Exact comparison with a file under test/golden; UPDATE_GOLDEN=1 rewrites the file instead. */
function assertGolden(name: string, actual: string): void {
  const goldenPath = path.join(goldenDir, name);
  if (process.env.UPDATE_GOLDEN === '1') fs.writeFileSync(goldenPath, actual);
  assert.equal(actual, fs.readFileSync(goldenPath, 'utf8'));
}

function codes(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.map((d) => d.code);
}

/** No sponsor, and reliability-fixes without an owner: two warnings to start from. */
const BASE_PLAN = changed(roadmap({ set: { sponsor: null } }), ['    owner: Ana Ruiz\n', '']);

/**
 * The pull request: journey-map ends a quarter later, customer-room is at risk, a target
 * is lowered, listening-posts is dropped, a competency is misspelt (a new error), and the
 * sponsor is back (a fixed warning).
 */
const HEAD_PLAN = changed(
  roadmap({ replace: { 'listening-posts': null } }),
  ['    owner: Ana Ruiz\n', ''],
  ['    end: 2027-12-31', '    end: 2028-03-31'],
  ['    status: active\n    stage: join', '    status: at-risk\n    stage: join'],
  ['        target: -10%', '        target: -5%'],
  ['competency: reliability-innovation', 'competency: reliability-inovation'],
);

const PILOT = roadmap({ set: { title: 'Pilot' }, initiatives: [coreInitiative('asset-metrics')] });

describe('cxroadmap diff (dist/cli.js)', function () {
  this.timeout(120_000);
  let temp: string;

  before(() => {
    assert.ok(fs.existsSync(cliPath), 'dist/cli.js is missing: run `npm run build` first');
    temp = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'cxroadmap-diff-')));
  });
  after(() => fs.rmSync(temp, { recursive: true, force: true }));

  /** A repository whose `main` holds the base plan, a pilot and a retired plan, with the pull request in its working tree. */
  function pullRequest(): GitRepo {
    const repo = GitRepo.create(temp);
    repo.write({
      'plans/acme.cxroadmap.yaml': BASE_PLAN,
      'plans/pilot.cxroadmap.yaml': PILOT,
      'plans/retired.cxroadmap.yaml': PILOT.replace('title: Pilot', 'title: Retired'),
      'README.md': 'Not a roadmap.\n',
    });
    repo.commit('Base plan');
    repo.write({ 'plans/acme.cxroadmap.yaml': HEAD_PLAN });
    repo.git('mv', 'plans/pilot.cxroadmap.yaml', 'plans/archive-pilot.cxroadmap.yaml');
    repo.write({ 'plans/archive-pilot.cxroadmap.yaml': PILOT.replace('owner: Priya Nair', 'owner: Lee Chen') });
    repo.remove('plans/retired.cxroadmap.yaml');
    repo.write({ 'plans/new.cxroadmap.yaml': PILOT.replace('title: Pilot', 'title: New') });
    return repo;
  }

  describe('the report', () => {
    it('prints the changes, coverage and findings of each file in stylish by default (golden)', () => {
      const run = cli(pullRequest().root, ['diff', '--base', 'main']);
      assert.equal(run.stderr, '');
      assert.equal(run.status, 0);
      assertGolden('diff-stylish.txt', run.stdout);
    });

    it('prints the documented JSON shape (golden)', () => {
      const run = cli(pullRequest().root, ['diff', '--base', 'main', '--format', 'json']);
      assert.equal(run.status, 0);
      assertGolden('diff-json.json', run.stdout);
      const report = json(run);
      assert.deepEqual(files(report), [
        'modified plans/acme.cxroadmap.yaml',
        'renamed plans/archive-pilot.cxroadmap.yaml (from plans/pilot.cxroadmap.yaml)',
        'added plans/new.cxroadmap.yaml',
        'removed plans/retired.cxroadmap.yaml',
      ]);
      const acme = report.files[0];
      assert.deepEqual(
        acme.findings.new,
        analyzeRoadmap(HEAD_PLAN).diagnostics.filter((d) => d.code !== 'missing-owner'),
      );
      assert.deepEqual(
        acme.findings.fixed,
        analyzeRoadmap(BASE_PLAN).diagnostics.filter((d) => d.code === 'no-sponsor'),
      );
      assert.deepEqual(codes(acme.findings.unchanged), ['missing-owner']);
    });

    it('uses colour as lint does: on with FORCE_COLOR', () => {
      const run = cli(pullRequest().root, ['diff', '--base', 'main', 'plans/archive-pilot.cxroadmap.yaml'], {
        FORCE_COLOR: '1',
      });
      const unchanged = analyzeRoadmap(PILOT).diagnostics.length;
      assert.equal(
        run.stdout,
        '\u001b[4mplans/archive-pilot.cxroadmap.yaml\u001b[24m  renamed (was plans/pilot.cxroadmap.yaml)\n' +
          '  \u001b[2m19\u001b[22m  asset-metrics  owner Priya Nair \u2192 Lee Chen\n' +
          `  \u001b[2m${unchanged} unchanged findings\u001b[22m\n\n` +
          '\u001b[1m1 change \u00b7 no new finding\u001b[22m\n',
      );
    });
  });

  describe('--format markdown', () => {
    const SHA = 'c'.repeat(40);
    /** What a GitHub Actions runner sets; `cli` passes the rest of this process's environment. */
    const actions = (root: string): Record<string, string> => ({
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_REPOSITORY: 'acme/plans',
      GITHUB_SHA: SHA,
      GITHUB_WORKSPACE: root,
    });
    /** Outside Actions: none of its variables, even when this test runs in a workflow. */
    const LOCAL = { GITHUB_SERVER_URL: '', GITHUB_REPOSITORY: '', GITHUB_SHA: '', GITHUB_WORKSPACE: '' };

    it('links each line to the repository at the commit checked out, and the base to its commit (golden)', () => {
      const repo = pullRequest();
      const base = repo.git('rev-parse', 'main').trim();
      const run = cli(repo.root, ['diff', '--base', 'main', '--format', 'markdown'], actions(repo.root));
      assert.equal(run.stderr, '');
      assert.equal(run.status, 0);
      // The base commit's id depends on git's object format, not on cxroadmap: the golden file names it BASE.
      assertGolden('diff-markdown.md', run.stdout.split(base).join('BASE').split(base.slice(0, 7)).join('BASE'));
    });

    it('prints the same report with plain `path:line` outside GitHub Actions', () => {
      const root = pullRequest().root;
      const linked = cli(root, ['diff', '--base', 'main', '--format', 'markdown'], actions(root)).stdout;
      const plain = cli(root, ['diff', '--base', 'main', '--format', 'markdown'], LOCAL);
      assert.equal(plain.status, 0);
      assert.ok(linked.includes('](https://github.com/acme/plans/blob/'));
      assert.equal(plain.stdout, linked.replace(/\[([^[\]]*)\]\(https:\/\/github\.com\/acme\/[^)]*\)/g, '$1'));
    });

    it('links the lines of --head to that commit, whatever commit is checked out', () => {
      const repo = pullRequest();
      const base = repo.git('rev-parse', 'main').trim();
      const head = repo.commit('The pull request');
      const run = cli(repo.root, ['diff', '--base', base, '--head', head, '--format', 'markdown'], actions(repo.root));
      assert.equal(run.status, 0);
      assert.ok(run.stdout.includes(`/blob/${head}/plans/acme.cxroadmap.yaml#L`), run.stdout);
      assert.ok(!run.stdout.includes(SHA));
    });

    it('stays under --markdown-limit, saying what it left out', () => {
      const root = pullRequest().root;
      const run = cli(root, ['diff', '--base', 'main', '--format', 'markdown', '--markdown-limit', '4000'], LOCAL);
      assert.equal(run.status, 0);
      assert.ok(Buffer.byteLength(run.stdout) <= 4000, `${Buffer.byteLength(run.stdout)} bytes`);
      assert.match(run.stdout, /\n\*\u2026 \d+ (more )?unchanged findings not shown\.\*\n/);
      assert.ok(
        run.stdout.endsWith(
          '\n\n*The report is shortened to stay under 4000 bytes: run `cxroadmap diff` locally for all of it.*\n',
        ),
      );
    });
  });

  describe('exit status', () => {
    it('is 0 whatever the findings, unless --fail-on asks', () => {
      const root = pullRequest().root;
      assert.equal(cli(root, ['diff', '--base', 'main', '--format', 'json']).status, 0);
      assert.equal(cli(root, ['diff', '--base', 'main', '--format', 'json', '--fail-on', 'new']).status, 1);
    });

    it('with --fail-on new, counts only new errors; with --fail-on all, every error of the new version', () => {
      const repo = GitRepo.create(temp);
      const misspelt = changed(BASE_PLAN, ['competency: listening-path', 'competency: listening-pth']);
      repo.write({ 'plan.cxroadmap.yaml': misspelt });
      repo.commit('An error already');
      repo.write({ 'plan.cxroadmap.yaml': changed(misspelt, ['    end: 2027-12-31', '    end: 2028-03-31']) });
      const run = cli(repo.root, ['diff', '--base', 'HEAD', '--fail-on', 'new']);
      assert.deepEqual(run, {
        status: 0,
        stdout:
          'plan.cxroadmap.yaml  modified\n' +
          '  36  journey-map  end 2027-12-31 \u2192 2028-03-31, 91 days later, now in 2028-Q1\n' +
          '  4 unchanged findings\n\n' +
          '1 initiative slipped, 91 days in total \u00b7 no new finding\n',
        stderr: '',
      });
      assert.equal(cli(repo.root, ['diff', '--base', 'HEAD', '--fail-on', 'all']).status, 1);
      assert.equal(cli(repo.root, ['diff', '--base', 'HEAD', '--fail-on', 'none']).status, 0);
    });
  });

  describe('files', () => {
    it('follows a renamed file, and names a deleted one on the command line', () => {
      const root = pullRequest().root;
      const renamed = json(
        cli(root, ['diff', '--base', 'main', '--format', 'json', 'plans/archive-pilot.cxroadmap.yaml']),
      );
      assert.deepEqual(files(renamed), [
        'renamed plans/archive-pilot.cxroadmap.yaml (from plans/pilot.cxroadmap.yaml)',
      ]);
      assert.deepEqual(renamed.files[0].changes, [
        {
          kind: 'owner-changed',
          id: 'asset-metrics',
          before: 'Priya Nair',
          after: 'Lee Chen',
          line: 19,
          previousLine: 19,
        },
      ]);
      const removed = json(cli(root, ['diff', '--base', 'main', '--format', 'json', 'plans/retired.cxroadmap.yaml']));
      assert.deepEqual(files(removed), ['removed plans/retired.cxroadmap.yaml']);
      assert.deepEqual(removed.files[0].changes, [
        {
          kind: 'initiative-removed',
          id: 'asset-metrics',
          title: 'Monthly customer gain and loss report',
          previousLine: 16,
        },
      ]);
      assert.deepEqual(
        removed.files[0].findings.fixed,
        analyzeRoadmap(PILOT.replace('title: Pilot', 'title: Retired')).diagnostics,
      );
    });

    it('searches folders and expands globs in both versions, from the current folder', () => {
      const repo = pullRequest();
      const plans = path.join(repo.root, 'plans');
      assert.deepEqual(files(json(cli(plans, ['diff', '--base', 'main', '--format', 'json']))), [
        'modified acme.cxroadmap.yaml',
        'renamed archive-pilot.cxroadmap.yaml (from pilot.cxroadmap.yaml)',
        'added new.cxroadmap.yaml',
        'removed retired.cxroadmap.yaml',
      ]);
      assert.deepEqual(files(json(cli(repo.root, ['diff', '--base', 'main', '--format', 'json', 'plans/r*.yaml']))), [
        'removed plans/retired.cxroadmap.yaml',
      ]);
    });

    it('compares --head with --base, two commits, leaving the working tree aside', () => {
      const repo = GitRepo.create(temp);
      repo.write({ 'plan.cxroadmap.yaml': BASE_PLAN });
      const first = repo.commit('First');
      repo.write({ 'plan.cxroadmap.yaml': changed(BASE_PLAN, ['    owner: Lee Chen\n', '    owner: Dana Reyes\n']) });
      repo.commit('Second');
      repo.write({ 'plan.cxroadmap.yaml': 'not: [even yaml\n' });
      const report = json(cli(repo.root, ['diff', '--base', first, '--head', 'main', '--format', 'json']));
      assert.deepEqual(report.files[0].changes, [
        {
          kind: 'owner-changed',
          id: 'journey-map',
          before: 'Lee Chen',
          after: 'Dana Reyes',
          line: 34,
          previousLine: 34,
        },
      ]);
    });

    it('judges each version by its own .cxroadmaprc.yaml', () => {
      const repo = GitRepo.create(temp);
      repo.write({ 'plan.cxroadmap.yaml': BASE_PLAN, '.cxroadmaprc.yaml': 'rules:\n  missing-owner: off\n' });
      repo.commit('Plan');
      repo.write({ '.cxroadmaprc.yaml': 'rules:\n  no-sponsor: off\n' });
      const report = json(cli(repo.root, ['diff', '--base', 'HEAD', '--format', 'json', 'plan.cxroadmap.yaml']));
      assert.deepEqual(codes(report.files[0].findings.new), ['missing-owner']);
      assert.deepEqual(codes(report.files[0].findings.fixed), ['no-sponsor']);
    });
  });

  describe('bad input', () => {
    it('reports a roadmap that does not parse at the base, and still compares the head', () => {
      const repo = GitRepo.create(temp);
      const broken = changed(BASE_PLAN, ['    owner: Lee Chen\n', '    owner: [Lee Chen\n']);
      repo.write({ 'plan.cxroadmap.yaml': broken });
      repo.commit('Broken');
      repo.write({ 'plan.cxroadmap.yaml': BASE_PLAN });
      const report = json(cli(repo.root, ['diff', '--base', 'HEAD', '--format', 'json']));
      const [file] = report.files;
      assert.deepEqual(file.notes, [
        { version: 'base', reason: 'syntax', message: 'does not parse at HEAD, so no change is listed' },
      ]);
      assert.deepEqual(file.changes, []);
      // The parts that parse at the base keep their findings: only the syntax error is gone.
      const head = analyzeRoadmap(BASE_PLAN).diagnostics;
      const base = analyzeRoadmap(broken).diagnostics;
      assert.deepEqual(codes(head), ['no-sponsor', 'missing-owner']);
      assert.deepEqual(codes(base), ['no-sponsor', 'syntax', 'missing-owner']);
      assert.deepEqual(file.findings, { new: [], fixed: [base[1]], unchanged: head });
      const stylish = cli(repo.root, ['diff', '--base', 'HEAD']);
      assert.equal(
        stylish.stdout.split('\n').slice(0, 2).join('\n'),
        'plan.cxroadmap.yaml  modified\n  note  does not parse at HEAD, so no change is listed',
      );
    });

    it('says that a binary or too large version is not compared, at the base or in the working tree', () => {
      const repo = GitRepo.create(temp);
      const binary = Buffer.from([0x63, 0x78, 0x00, 0x01]);
      const large = `# ${'x'.repeat(32 * 1024 * 1024)}\n`;
      repo.write({ 'a.cxroadmap.yaml': binary, 'b.cxroadmap.yaml': BASE_PLAN, 'c.cxroadmap.yaml': large });
      repo.commit('Odd files');
      repo.write({ 'a.cxroadmap.yaml': BASE_PLAN, 'b.cxroadmap.yaml': large, 'c.cxroadmap.yaml': binary });
      const report = json(cli(repo.root, ['diff', '--base', 'HEAD', '--format', 'json']));
      const tooLarge = (where: string) => `is larger than 32 MiB ${where}, so it is not compared`;
      const isBinary = (where: string) => `is a binary file ${where}, so it is not compared`;
      assert.deepEqual(
        report.files.map((f) => [f.path, f.notes, f.changes, codes(f.findings.new), codes(f.findings.fixed)]),
        [
          [
            'a.cxroadmap.yaml',
            [{ version: 'base', reason: 'binary', message: isBinary('at HEAD') }],
            [],
            ['no-sponsor', 'missing-owner'],
            [],
          ],
          [
            'b.cxroadmap.yaml',
            [{ version: 'head', reason: 'too-large', message: tooLarge('in the working tree') }],
            [],
            [],
            [],
          ],
          [
            'c.cxroadmap.yaml',
            [
              { version: 'base', reason: 'too-large', message: tooLarge('at HEAD') },
              { version: 'head', reason: 'binary', message: isBinary('in the working tree') },
            ],
            [],
            [],
            [],
          ],
        ],
      );
    });

    it('is 2 for an unknown revision, with one line on stderr', () => {
      const repo = pullRequest();
      assert.deepEqual(cli(repo.root, ['diff', '--base', 'no-such-branch']), {
        status: 2,
        stdout: '',
        stderr: "cxroadmap: unknown git revision 'no-such-branch'\n",
      });
      assert.deepEqual(cli(repo.root, ['diff', '--base', 'main', '--head', 'main~5']), {
        status: 2,
        stdout: '',
        stderr: "cxroadmap: unknown git revision 'main~5'\n",
      });
    });

    it('is 2 in a shallow clone that lacks the base, saying to fetch the history', () => {
      const origin = GitRepo.create(temp);
      origin.write({ 'plan.cxroadmap.yaml': BASE_PLAN });
      origin.commit('First');
      origin.write({ 'plan.cxroadmap.yaml': HEAD_PLAN });
      origin.commit('Second');
      const clone = path.join(temp, `shallow-${path.basename(origin.root)}`);
      const run = spawnSync('git', ['clone', '-q', '--depth', '1', `file://${origin.root}`, clone], {
        env: gitEnv(),
        encoding: 'utf8',
      });
      assert.equal(run.status, 0, run.stderr);
      assert.deepEqual(cli(clone, ['diff', '--base', 'HEAD~1']), {
        status: 2,
        stdout: '',
        stderr:
          "cxroadmap: unknown git revision 'HEAD~1': this is a shallow clone, which lacks the history that holds it; fetch the whole history (git fetch --unshallow, or fetch-depth: 0 with actions/checkout)\n",
      });
      assert.equal(cli(clone, ['diff', '--base', 'HEAD']).status, 0);
    });

    it('passes revisions and paths with shell metacharacters to git as they are, never to a shell', () => {
      const repo = GitRepo.create(temp);
      const name = 'plans/a;b $(touch pwned-path) `touch pwned-tick`.cxroadmap.yaml';
      repo.write({ [name]: BASE_PLAN });
      repo.commit('Odd name');
      const branch = 'x;touch${IFS}pwned-ref&&$(touch${IFS}pwned-sub)|y';
      repo.git('branch', branch);
      repo.write({ [name]: changed(BASE_PLAN, ['    owner: Lee Chen\n', '    owner: Dana Reyes\n']) });
      const report = json(cli(repo.root, ['diff', '--base', branch, '--format', 'json', name]));
      assert.deepEqual(files(report), [`modified ${name}`]);
      assert.deepEqual(
        report.files[0].changes.map((c) => c.kind),
        ['owner-changed'],
      );
      assert.deepEqual(fs.readdirSync(repo.root).sort(), ['.git', 'plans']);
      assert.deepEqual(fs.readdirSync(path.join(repo.root, 'plans')), [path.basename(name)]);
    });

    it('is 2 when git is not on PATH, or the folder is not a repository', () => {
      const repo = pullRequest();
      const empty = fs.mkdtempSync(path.join(temp, 'bin-'));
      assert.deepEqual(cli(repo.root, ['diff', '--base', 'main'], { PATH: empty }), {
        status: 2,
        stdout: '',
        stderr: 'cxroadmap: git was not found on PATH: --base reads the other version with git\n',
      });
      const plain = fs.mkdtempSync(path.join(temp, 'plain-'));
      fs.writeFileSync(path.join(plain, 'plan.cxroadmap.yaml'), BASE_PLAN);
      assert.deepEqual(cli(plain, ['diff', '--base', 'main'], { GIT_CEILING_DIRECTORIES: temp }), {
        status: 2,
        stdout: '',
        stderr: `cxroadmap: not inside a git repository (${plain}): --base compares with a git revision\n`,
      });
    });

    it('is 2 for a path in neither version, a folder without roadmaps, or a path outside the repository', () => {
      const root = pullRequest().root;
      const usage: [string[], string][] = [
        [['missing.cxroadmap.yaml'], 'cxroadmap: no such file or folder in either version: missing.cxroadmap.yaml\n'],
        [['drafts/*.yaml'], 'cxroadmap: no file matches drafts/*.yaml in either version\n'],
        [['README.md', 'plans', 'docs'], 'cxroadmap: no such file or folder in either version: docs\n'],
        [['..'], `cxroadmap: .. is outside the git repository (${root})\n`],
      ];
      for (const [paths, stderr] of usage) {
        assert.deepEqual(cli(root, ['diff', '--base', 'main', ...paths]), { status: 2, stdout: '', stderr });
      }
      fs.mkdirSync(path.join(root, 'docs'));
      fs.writeFileSync(path.join(root, 'docs', 'notes.yaml'), 'a: 1\n');
      fs.mkdirSync(path.join(root, 'empty'));
      for (const folder of ['docs', 'empty']) {
        assert.deepEqual(cli(root, ['diff', '--base', 'main', folder]), {
          status: 2,
          stdout: '',
          stderr: `cxroadmap: no roadmap (*.cxroadmap.yaml, *.cxroadmap.yml) found in ${folder}\n`,
        });
      }
    });

    it('is 2 for usage errors', () => {
      const root = pullRequest().root;
      const usage: [string[], string][] = [
        [
          ['diff'],
          "cxroadmap: diff needs --base REF, or exactly two files: 'cxroadmap diff --base REF [PATH ...]' or 'cxroadmap diff OLD_FILE NEW_FILE'\n",
        ],
        [['diff', '--head', 'main', 'a', 'b'], 'cxroadmap: --head needs --base: the revision to compare with\n'],
        [['diff', '--base=-p'], "cxroadmap: --base needs a git revision, not '-p'\n"],
        [
          ['diff', '--base', 'main', '--format', 'sarif'],
          "cxroadmap: unknown format 'sarif' for diff: use one of stylish, json, markdown\n",
        ],
        [
          ['diff', '--base', 'main', '--fail-on', 'warnings'],
          "cxroadmap: --fail-on takes none, new, all, not 'warnings'\n",
        ],
        [['diff', '--base', 'main', '--max-warnings', '0'], "cxroadmap: unknown option '--max-warnings'\n"],
        [
          ['diff', '--base', 'main', '--markdown-limit', '2000'],
          'cxroadmap: --markdown-limit applies to --format markdown, not stylish\n',
        ],
        [
          ['diff', '--base', 'main', '--format', 'markdown', '--markdown-limit', '1023'],
          "cxroadmap: --markdown-limit needs a whole number of bytes, 1024 or more, not '1023'\n",
        ],
        [
          ['diff', '--base', 'main', '--format', 'markdown', '--markdown-limit', '64k'],
          "cxroadmap: --markdown-limit needs a whole number of bytes, 1024 or more, not '64k'\n",
        ],
      ];
      for (const [args, stderr] of usage) assert.deepEqual(cli(root, args), { status: 2, stdout: '', stderr });
    });

    it('escapes control characters that a roadmap holds', () => {
      const repo = GitRepo.create(temp);
      repo.write({ 'plan.cxroadmap.yaml': BASE_PLAN });
      repo.commit('Plan');
      repo.write({
        'plan.cxroadmap.yaml': changed(BASE_PLAN, ['    owner: Lee Chen\n', '    owner: "Lee\\e[2J\\u0085Chen"\n']),
      });
      const run = cli(repo.root, ['diff', '--base', 'HEAD']);
      assert.equal(run.stdout.split('\n')[1], '  34  journey-map  owner Lee Chen \u2192 Lee\\x1b[2J\\x85Chen');
    });
  });

  describe('two files, without git', () => {
    it('compares OLD_FILE with NEW_FILE, each with its configuration', () => {
      const folder = fs.mkdtempSync(path.join(temp, 'files-'));
      fs.mkdirSync(path.join(folder, '.git'));
      fs.writeFileSync(path.join(folder, 'old.cxroadmap.yaml'), BASE_PLAN);
      fs.writeFileSync(path.join(folder, 'new.cxroadmap.yaml'), HEAD_PLAN);
      const report = json(cli(folder, ['diff', 'old.cxroadmap.yaml', 'new.cxroadmap.yaml', '--format', 'json']));
      assert.deepEqual(files(report), ['modified new.cxroadmap.yaml (from old.cxroadmap.yaml)']);
      assert.deepEqual(
        report.files[0].changes.map((c) => `${c.kind} ${'id' in c ? c.id : ''}`),
        [
          'sponsor-changed ',
          'measure-changed asset-metrics',
          'end-moved journey-map',
          'status-changed customer-room',
          'initiative-removed listening-posts',
        ],
      );
      assert.deepEqual(report.summary, {
        changes: 5,
        initiatives: { slipped: 1, slippedDays: 91, added: 0, removed: 1, renamed: 0 },
        findings: { new: bySeverity(1, 2), fixed: bySeverity(0, 1), unchanged: bySeverity(0, 1) },
      });
      assert.deepEqual(cli(folder, ['diff', 'old.cxroadmap.yaml', 'gone.cxroadmap.yaml']), {
        status: 2,
        stdout: '',
        stderr: 'cxroadmap: no such file: gone.cxroadmap.yaml\n',
      });
    });

    it('writes the report with --out, never over a file it compares', () => {
      const folder = fs.mkdtempSync(path.join(temp, 'out-'));
      fs.mkdirSync(path.join(folder, '.git'));
      fs.writeFileSync(path.join(folder, 'old.cxroadmap.yaml'), BASE_PLAN);
      fs.writeFileSync(path.join(folder, 'new.cxroadmap.yaml'), HEAD_PLAN);
      const args = ['diff', 'old.cxroadmap.yaml', 'new.cxroadmap.yaml', '--format', 'json'];
      assert.deepEqual(cli(folder, [...args, '--out', 'report.json']), { status: 0, stdout: '', stderr: '' });
      assert.equal(fs.readFileSync(path.join(folder, 'report.json'), 'utf8'), cli(folder, args).stdout);
      assert.deepEqual(cli(folder, [...args, '--out', 'old.cxroadmap.yaml']), {
        status: 2,
        stdout: '',
        stderr: 'cxroadmap: will not write old.cxroadmap.yaml: it is the same file as old.cxroadmap.yaml\n',
      });
      assert.equal(fs.readFileSync(path.join(folder, 'old.cxroadmap.yaml'), 'utf8'), BASE_PLAN);
    });
  });
});
