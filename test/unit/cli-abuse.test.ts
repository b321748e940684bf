import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

const repoRoot = path.resolve(__dirname, '../..', '..');
const cliPath = path.join(repoRoot, 'dist', 'cli.js');
const clean = readFileSync(path.join(repoRoot, 'examples', 'acme-five-year.cxroadmap.yaml'), 'utf8');
const broken = readFileSync(path.join(repoRoot, 'examples', 'needs-work.cxroadmap.yaml'), 'utf8');

function folder(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'cxroadmap-abuse-'));
  mkdirSync(path.join(dir, '.git'));
  return dir;
}

function cli(cwd: string, args: string[]): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, [cliPath, ...args], { cwd, encoding: 'utf8', timeout: 20_000 });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

function oneLine(stderr: string): string {
  const lines = stderr.split('\n').filter((l) => l !== '');
  assert.equal(lines.length, 1, `expected one line on stderr, got: ${stderr}`);
  assert.ok(!/\n[ \t]+at /.test(stderr), 'a stack trace');
  return lines[0];
}

describe('cxroadmap command line under abuse', function () {
  this.timeout(60_000);

  it('a dangling link named like a roadmap is a missing file: exit 2, one line', () => {
    const dir = folder();
    symlinkSync(path.join(dir, 'gone.cxroadmap.yaml'), path.join(dir, 'link.cxroadmap.yaml'));
    const run = cli(dir, ['lint', 'link.cxroadmap.yaml']);
    assert.equal(run.status, 2);
    assert.equal(oneLine(run.stderr), 'cxroadmap: no such file or folder: link.cxroadmap.yaml');
    assert.equal(run.stdout, '');
  });

  it('a named pipe is refused at once instead of blocking the run', () => {
    const dir = folder();
    const made = spawnSync('mkfifo', [path.join(dir, 'pipe.cxroadmap.yaml')]);
    assert.equal(made.status, 0, 'mkfifo is available');
    const run = cli(dir, ['lint', 'pipe.cxroadmap.yaml']);
    assert.equal(run.status, 2);
    assert.equal(oneLine(run.stderr), 'cxroadmap: not a regular file: pipe.cxroadmap.yaml');
  });

  it('a folder link that loops back up the tree is searched once, and the run ends', () => {
    const dir = folder();
    mkdirSync(path.join(dir, 'plans'));
    writeFileSync(path.join(dir, 'plans', 'a.cxroadmap.yaml'), clean);
    symlinkSync(dir, path.join(dir, 'plans', 'loop'));
    const run = cli(dir, ['lint', '--format', 'json', '.']);
    assert.equal(run.status, 0, run.stderr);
    assert.deepEqual(
      (JSON.parse(run.stdout) as { file: string }[]).map((e) => e.file),
      ['plans/a.cxroadmap.yaml'],
    );
  });

  it('a roadmap rewritten while it is linted gives one whole version or the other, never a crash', () => {
    const dir = folder();
    const file = path.join(dir, 'busy.cxroadmap.yaml');
    writeFileSync(file, clean);
    // A second process rewrites the file as fast as it can while the CLI runs.
    const writer = spawn(process.execPath, [
      '-e',
      `const fs = require('fs'); const a = ${JSON.stringify(clean)}, b = ${JSON.stringify(broken)}; let i = 0; for (;;) fs.writeFileSync(${JSON.stringify(file)}, i++ % 2 ? a : b);`,
    ]);
    try {
      for (let i = 0; i < 10; i++) {
        const run = cli(dir, ['lint', '--format', 'json', 'busy.cxroadmap.yaml']);
        assert.ok(run.status === 0 || run.status === 1, run.stderr);
        // The read may catch any moment of a rewrite (even a half-written file): the answer is
        // still one complete report for that one file.
        const report = JSON.parse(run.stdout) as { file: string; diagnostics: { code: string; source: string }[] }[];
        assert.deepEqual(
          report.map((e) => e.file),
          ['busy.cxroadmap.yaml'],
        );
        assert.ok(report[0].diagnostics.every((d) => d.source === 'cxroadmap' && d.code.length > 0));
      }
    } finally {
      writer.kill('SIGKILL');
    }
  });

  it('an unknown flag, a missing value and an unknown command each end with exit 2 and one line', () => {
    const dir = folder();
    for (const args of [
      ['lint', '--fromat', 'json'],
      ['lint', '--format'],
      ['lint', '--max-warnings', 'many'],
      ['frobnicate'],
    ]) {
      const run = cli(dir, args);
      assert.equal(run.status, 2, args.join(' '));
      assert.match(oneLine(run.stderr), /^cxroadmap: /);
      assert.equal(run.stdout, '');
    }
  });
});
