import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { analyzeRoadmap } from '../../server/src/core/analyze';
import { ConfigLookup } from '../../server/src/host/configLookup';
import { roadmap } from '../support/roadmapBuilder';

/*
 * The reproductions of issue 12 ("what an adversarial review found"), each against the
 * built CLI in real folders with real symbolic links: what is printed, the exit status, and
 * the bytes of every file that must stay as it was.
 */

const repoRoot = path.resolve(__dirname, '../../..');
const cliPath = path.join(repoRoot, 'dist', 'cli.js');

const CLEAN = roadmap();
const SECRET = '[default]\naws_access_key_id = AKIAEXAMPLE\naws_secret_access_key = TOPSECRETVALUE\n';
const KEYS = 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOwner owner@laptop\n';

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function cli(cwd: string, args: string[], env: Record<string, string> = {}): Run {
  const merged: NodeJS.ProcessEnv = { ...process.env, ...env };
  if (!('FORCE_COLOR' in env)) delete merged.FORCE_COLOR;
  if (!('NO_COLOR' in env)) delete merged.NO_COLOR;
  const run = spawnSync(process.execPath, [cliPath, ...args], { cwd, env: merged, encoding: 'utf8', timeout: 30_000 });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

let tempRoot: string;

/**
 * A scratch area with `repo/` (a repository: its `.git` ends the configuration walk) and
 * `outside/` next to it, standing for the rest of the reviewer's disk.
 */
function scratch(): { repo: string; outside: string } {
  const base = fs.mkdtempSync(path.join(tempRoot, 's-'));
  const repo = path.join(base, 'repo');
  const outside = path.join(base, 'outside');
  fs.mkdirSync(path.join(repo, '.git'), { recursive: true });
  fs.mkdirSync(outside);
  return { repo, outside };
}

function write(file: string, text: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
}

/** The folder's entries, so that a stray temporary file is caught. */
function entries(folder: string): string[] {
  return fs.readdirSync(folder).sort();
}

/** What `printable` must turn a name into: every C0 and C1 control as \xHH. */
function escaped(text: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are what it escapes
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

/** A file name that, printed raw at the start of a line, is a workflow command to the Actions runner. */
const INJECTED = 'a\n::error title=pwned::owned.cxroadmap.yaml';

/** The CLI wrote nothing: it refused its target, with this reason, and exit status 2. */
function refusesToWrite(cwd: string, args: string[], reason: string): void {
  assert.deepEqual(cli(cwd, args), { status: 2, stdout: '', stderr: `cxroadmap: will not write ${reason}\n` });
}

describe('cxroadmap command line: safety (issue 12)', function () {
  this.timeout(60_000);

  before(() => {
    assert.ok(fs.existsSync(cliPath), 'dist/cli.js is missing: run `npm run build` first');
    tempRoot = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'cxroadmap-safety-')));
  });

  after(() => {
    fs.rmSync(tempRoot, { recursive: true, force: true });
  });

  describe('writes', () => {
    it('gantt refuses a default output that is a link to a file outside the repository', () => {
      const { repo, outside } = scratch();
      const keys = path.join(outside, 'authorized_keys');
      write(keys, KEYS);
      // A title with a line break would put a line of the attacker's choosing into the file.
      write(
        path.join(repo, 'plan.cxroadmap.yaml'),
        CLEAN.replace(/^title: .*$/m, 'title: "Plan\\nssh-ed25519 AAAAattacker attacker@evil"'),
      );
      fs.symlinkSync('../outside/authorized_keys', path.join(repo, 'plan.cxroadmap.html'));

      refusesToWrite(repo, ['gantt', 'plan.cxroadmap.yaml'], 'plan.cxroadmap.html: it is a symbolic link');
      assert.equal(fs.readFileSync(keys, 'utf8'), KEYS);
      assert.equal(fs.readlinkSync(path.join(repo, 'plan.cxroadmap.html')), '../outside/authorized_keys');
      assert.deepEqual(entries(repo), ['.git', 'plan.cxroadmap.html', 'plan.cxroadmap.yaml']);
    });

    it('gantt refuses an --out that is a link to the roadmap, or a hard link to it', () => {
      const { repo } = scratch();
      const plan = path.join(repo, 'plan.cxroadmap.yaml');
      write(plan, CLEAN);
      fs.symlinkSync('plan.cxroadmap.yaml', path.join(repo, 'alias.svg'));
      fs.linkSync(plan, path.join(repo, 'hard.html'));

      refusesToWrite(repo, ['gantt', 'plan.cxroadmap.yaml', '--out', 'alias.svg'], 'alias.svg: it is a symbolic link');
      // Strings differ, the file is the same: compared by device and inode.
      refusesToWrite(
        repo,
        ['gantt', 'plan.cxroadmap.yaml', '--out', 'hard.html'],
        'hard.html: it is the same file as plan.cxroadmap.yaml',
      );
      assert.equal(fs.readFileSync(plan, 'utf8'), CLEAN);
      assert.deepEqual(entries(repo), ['.git', 'alias.svg', 'hard.html', 'plan.cxroadmap.yaml']);
    });

    it('gantt replaces an existing output by renaming a new file over it, leaving no temporary file', () => {
      const { repo } = scratch();
      write(path.join(repo, 'plan.cxroadmap.yaml'), CLEAN);
      const out = path.join(repo, 'plan.cxroadmap.html');
      write(out, 'old chart');
      // A second name for the old output: a write in place would change it too.
      fs.linkSync(out, path.join(repo, 'kept.html'));

      assert.deepEqual(cli(repo, ['gantt', 'plan.cxroadmap.yaml']), {
        status: 0,
        stdout: 'plan.cxroadmap.html\n',
        stderr: '',
      });
      assert.ok(fs.readFileSync(out, 'utf8').startsWith('<!DOCTYPE html>\n'));
      assert.equal(fs.readFileSync(path.join(repo, 'kept.html'), 'utf8'), 'old chart');
      assert.deepEqual(entries(repo), ['.git', 'kept.html', 'plan.cxroadmap.html', 'plan.cxroadmap.yaml']);
    });

    it('lint --out writes the report through the same writer, and refuses a link or a roadmap', () => {
      const { repo, outside } = scratch();
      const plan = path.join(repo, 'plan.cxroadmap.yaml');
      write(plan, CLEAN);
      const elsewhere = path.join(outside, 'target');
      write(elsewhere, KEYS);
      fs.symlinkSync(elsewhere, path.join(repo, 'link.sarif'));

      const written = cli(repo, ['lint', '--format', 'json', '--out', 'report.json']);
      assert.deepEqual(written, { status: 0, stdout: '', stderr: '' });
      assert.deepEqual(JSON.parse(fs.readFileSync(path.join(repo, 'report.json'), 'utf8')), [
        { file: 'plan.cxroadmap.yaml', diagnostics: [] },
      ]);

      refusesToWrite(repo, ['lint', '--format', 'sarif', '-o', 'link.sarif'], 'link.sarif: it is a symbolic link');
      refusesToWrite(
        repo,
        ['lint', 'plan.cxroadmap.yaml', '--out', 'plan.cxroadmap.yaml'],
        'plan.cxroadmap.yaml: it is the same file as plan.cxroadmap.yaml',
      );
      assert.equal(fs.readFileSync(elsewhere, 'utf8'), KEYS);
      assert.equal(fs.readFileSync(plan, 'utf8'), CLEAN);
      assert.deepEqual(entries(repo), ['.git', 'link.sarif', 'plan.cxroadmap.yaml', 'report.json']);
    });
  });

  describe('control characters', () => {
    it('stylish shows escape sequences in keys escaped, with and without colour', () => {
      const { repo } = scratch();
      // Clears the screen, then sets the clipboard (OSC 52) and rings the bell.
      const key = 'evil\u001b[2Jkey\u001b]52;c;cm0gLXJmIH4=\u0007';
      const text = `${CLEAN}"${key.split('\u001b').join('\\e').split('\u0007').join('\\a')}": 1\n`;
      const file = path.join(repo, 'a.cxroadmap.yaml');
      write(file, text);
      const [d, ...rest] = analyzeRoadmap(text, new ConfigLookup().forFile(file).config).diagnostics;
      assert.ok(d !== undefined && rest.length === 0 && d.message.includes(key), 'one diagnostic that quotes the key');

      const row = `  ${d.range.start.line + 1}:${d.range.start.character + 1}  error  ${escaped(d.message)}  ${d.code}`;
      assert.deepEqual(cli(repo, ['lint']), {
        status: 1,
        stdout: `a.cxroadmap.yaml\n${row}\n\n\u2716 1 problem (1 error, 0 warnings, 0 infos)\n`,
        stderr: '',
      });
      const coloured = cli(repo, ['lint'], { FORCE_COLOR: '1' });
      assert.equal(coloured.status, 1);
      // Only the report's own colours (SGR `ESC [ n m`) remain.
      assert.deepEqual(
        coloured.stdout
          .split('\u001b')
          .slice(1)
          .filter((after) => !/^\[\d+m/.test(after)),
        [],
      );
      assert.ok(coloured.stdout.includes('evil\\x1b[2Jkey\\x1b]52;c;cm0gLXJmIH4=\\x07'));
    });

    it('a file name with a line break cannot start a workflow command, in stylish or github', () => {
      const { repo } = scratch();
      write(path.join(repo, INJECTED), CLEAN.replace(/^sponsor: .*\n/m, ''));

      const stylish = cli(repo, ['lint', '--format', 'stylish']);
      assert.equal(stylish.status, 0);
      assert.deepEqual(stylish.stdout.split('\n').slice(0, 1), ['a\\x0a::error title=pwned::owned.cxroadmap.yaml']);
      assert.deepEqual(
        stylish.stdout.split('\n').filter((line) => line.startsWith('::')),
        [],
      );

      const github = cli(repo, ['lint', '--format', 'github']);
      assert.equal(github.status, 0);
      assert.match(
        github.stdout,
        /^::warning file=a\\x0a%3A%3Aerror title=pwned%3A%3Aowned\.cxroadmap\.yaml,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=no-sponsor::[^\n]+\n$/,
      );
    });

    it('json and sarif carry C1 controls as \\u escapes, never raw', () => {
      const { repo } = scratch();
      write(path.join(repo, 'a.cxroadmap.yaml'), `${CLEAN}"next\\Nline\\x9b2J": 1\n`);
      for (const format of ['json', 'sarif']) {
        const run = cli(repo, ['lint', '--format', format]);
        assert.equal(run.status, 1, format);
        assert.equal(/[\u007f-\u009f]/.test(run.stdout), false, format);
        assert.ok(run.stdout.includes('next\\u0085line\\u009b2J'), format);
        assert.ok(JSON.stringify(JSON.parse(run.stdout)).includes('next\u0085line\u009b2J'), format);
      }
    });

    it('a self-referencing link named to inject commands is skipped with an escaped warning', () => {
      const { repo } = scratch();
      write(path.join(repo, 'ok.cxroadmap.yaml'), CLEAN);
      const name = 'b\n::error title=pwned::loop.cxroadmap.yaml';
      fs.symlinkSync(name, path.join(repo, name));

      assert.deepEqual(cli(repo, ['lint', '--format', 'github']), {
        status: 0,
        stdout: '',
        stderr: 'cxroadmap: skipped a symbolic link that loops: b\\x0a::error title=pwned::loop.cxroadmap.yaml\n',
      });
      // Named on the command line it cannot be read: a one-line error, still escaped.
      assert.deepEqual(cli(repo, ['lint', name]), {
        status: 2,
        stdout: '',
        stderr: 'cxroadmap: cannot read b\\x0a::error title=pwned::loop.cxroadmap.yaml: ELOOP\n',
      });
    });

    it('gantt escapes the names it prints, on stdout and stderr', () => {
      const { repo } = scratch();
      const name = 'x\u001b]0;owned\u0007.cxroadmap.yaml';
      write(path.join(repo, name), CLEAN.replace(/^sponsor: .*\n/m, ''));

      assert.deepEqual(cli(repo, ['gantt', name]), {
        status: 0,
        stdout: 'x\\x1b]0;owned\\x07.cxroadmap.html\n',
        stderr:
          "cxroadmap: 0 errors and 1 warning marked on the chart; 'cxroadmap lint x\\x1b]0;owned\\x07.cxroadmap.yaml' lists them\n",
      });
      assert.deepEqual(cli(repo, ['gantt', 'gone\u001b[2J\u0085.cxroadmap.yaml']), {
        status: 2,
        stdout: '',
        stderr: 'cxroadmap: no such file: gone\\x1b[2J\\x85.cxroadmap.yaml\n',
      });
    });
  });

  describe('links that lead outside the folder searched', () => {
    it('are skipped (files and folders), said once; links inside are followed', () => {
      const { repo, outside } = scratch();
      write(path.join(repo, 'plans', 'ok.cxroadmap.yaml'), CLEAN);
      // A dot-folder is not searched: its roadmap is found only through the links to it.
      write(path.join(repo, 'plans', '.shared', 'team.cxroadmap.yaml'), CLEAN);
      write(path.join(outside, 'credentials'), SECRET);
      write(path.join(outside, 'tree', 'far.cxroadmap.yaml'), CLEAN);
      fs.symlinkSync('../../outside/credentials', path.join(repo, 'plans', 'creds.cxroadmap.yaml'));
      fs.symlinkSync('../../outside/tree', path.join(repo, 'plans', 'usr'));
      fs.symlinkSync('.shared/team.cxroadmap.yaml', path.join(repo, 'plans', 'team.cxroadmap.yaml'));
      fs.symlinkSync('.shared', path.join(repo, 'plans', 'shared'));

      // A glob does not go down folder links, so it meets only the file link that leads out.
      const cases = [
        {
          args: ['plans'],
          skipped: '2 symbolic links that lead outside the folder searched, the first: plans/creds.cxroadmap.yaml',
          // The folder link inside is followed: its roadmap is the one team.cxroadmap.yaml names.
          files: ['plans/ok.cxroadmap.yaml', 'plans/shared/team.cxroadmap.yaml', 'plans/team.cxroadmap.yaml'],
        },
        {
          args: ['plans/**/*.cxroadmap.yaml'],
          skipped: 'a symbolic link that leads outside the folder searched: plans/creds.cxroadmap.yaml',
          files: ['plans/ok.cxroadmap.yaml', 'plans/team.cxroadmap.yaml'],
        },
      ];
      for (const { args, skipped, files } of cases) {
        const run = cli(repo, ['lint', '--format', 'json', ...args]);
        assert.equal(run.status, 0, run.stderr);
        assert.equal(run.stderr, `cxroadmap: skipped ${skipped}\n`, args[0]);
        assert.deepEqual(
          (JSON.parse(run.stdout) as { file: string }[]).map((e) => e.file),
          files,
          args[0],
        );
        assert.equal(run.stdout.includes('TOPSECRETVALUE'), false);
      }
    });

    it('are the only roadmaps: nothing is linted, exit 2', () => {
      const { repo, outside } = scratch();
      write(path.join(outside, 'credentials'), SECRET);
      fs.symlinkSync('../outside/credentials', path.join(repo, 'creds.cxroadmap.yaml'));

      assert.deepEqual(cli(repo, ['lint', '--format', 'sarif']), {
        status: 2,
        stdout: '',
        stderr:
          'cxroadmap: skipped a symbolic link that leads outside the folder searched: creds.cxroadmap.yaml\n' +
          'cxroadmap: no roadmap (*.cxroadmap.yaml, *.cxroadmap.yml) found in .\n',
      });
    });

    it('a link named on the command line is the user’s choice and is read', () => {
      const { repo, outside } = scratch();
      write(path.join(outside, 'far.cxroadmap.yaml'), CLEAN);
      fs.symlinkSync('../outside/far.cxroadmap.yaml', path.join(repo, 'far.cxroadmap.yaml'));

      const run = cli(repo, ['lint', '--format', 'json', 'far.cxroadmap.yaml']);
      assert.deepEqual(run, { status: 0, stdout: run.stdout, stderr: '' });
      assert.deepEqual(JSON.parse(run.stdout), [{ file: 'far.cxroadmap.yaml', diagnostics: [] }]);
    });
  });

  it('a configuration that links outside the repository is not read; one inside is', () => {
    const { repo, outside } = scratch();
    write(path.join(repo, 'plan.cxroadmap.yaml'), CLEAN);
    write(path.join(outside, 'credentials'), SECRET);
    fs.symlinkSync('../outside/credentials', path.join(repo, '.cxroadmaprc.yaml'));

    const run = cli(repo, ['lint', '--format', 'json']);
    assert.deepEqual({ status: run.status, stderr: run.stderr }, { status: 1, stderr: '' });
    assert.equal(run.stdout.includes('aws_'), false);
    const [config] = JSON.parse(run.stdout) as { file: string; diagnostics: { message: string }[] }[];
    assert.deepEqual(
      { file: config?.file, messages: config?.diagnostics.map((d) => d.message) },
      {
        file: '.cxroadmaprc.yaml',
        messages: [
          'The configuration file is a symbolic link to a file outside the repository; it is not read, and the defaults apply.',
        ],
      },
    );

    // A link to a shared configuration elsewhere in the same repository is the team's choice.
    fs.rmSync(path.join(repo, '.cxroadmaprc.yaml'));
    write(path.join(repo, 'shared', 'rc.yaml'), 'rules:\n  no-sponsor: off\n');
    fs.symlinkSync('shared/rc.yaml', path.join(repo, '.cxroadmaprc.yaml'));
    assert.deepEqual(new ConfigLookup().forFile(path.join(repo, 'plan.cxroadmap.yaml')).config.rules, {
      'no-sponsor': 'off',
    });
  });

  it('gantt on a folder says that it needs a roadmap file', () => {
    const { repo } = scratch();
    write(path.join(repo, 'plans', 'a.cxroadmap.yaml'), CLEAN);
    assert.deepEqual(cli(repo, ['gantt', 'plans']), {
      status: 2,
      stdout: '',
      stderr: 'cxroadmap: gantt needs a roadmap file, and plans is a folder\n',
    });
    assert.deepEqual(entries(path.join(repo, 'plans')), ['a.cxroadmap.yaml']);
  });
});
