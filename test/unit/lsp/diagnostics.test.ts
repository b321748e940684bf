import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileUri, LspClient, repoRoot } from './lspClient';

function cliJson(files: string[], cwd = repoRoot): { file: string; diagnostics: unknown[] }[] {
  const run = spawnSync(
    process.execPath,
    [path.join(repoRoot, 'dist', 'cli.js'), 'lint', '--format', 'json', ...files],
    { cwd, encoding: 'utf8' },
  );
  return JSON.parse(run.stdout) as { file: string; diagnostics: unknown[] }[];
}

function roadmapFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...roadmapFiles(full));
    else if (/\.cxroadmap\.ya?ml$/.test(entry.name)) out.push(full);
  }
  return out;
}

describe('language server: diagnostics over stdio', function () {
  this.timeout(60_000);
  let client: LspClient;

  beforeEach(async () => {
    client = new LspClient({ workspaceFolders: [repoRoot] });
    await client.initialize();
  });

  afterEach(async () => {
    await client.shutdown();
  });

  it('publishes exactly what `cxroadmap lint --format json` prints, for every example and fixture', async () => {
    const files = [...roadmapFiles(path.join(repoRoot, 'examples')), ...roadmapFiles(path.join(repoRoot, 'test'))];
    assert.ok(files.length >= 2);
    const expected = cliJson(files.map((f) => path.relative(repoRoot, f)));
    for (const file of files) {
      const uri = fileUri(file);
      await client.open(uri, readFileSync(file, 'utf8'));
      const published = await client.diagnostics(uri, 1);
      const entry = expected.find((e) => path.resolve(repoRoot, e.file) === file);
      assert.ok(entry, `the CLI reported ${file}`);
      assert.deepEqual(published, entry.diagnostics, file);
    }
  });

  it('follows edits by version and clears diagnostics when the document closes', async () => {
    const uri = 'untitled:Untitled-1';
    await client.open(uri, 'cxroadmap: 1\n', 1);
    const first = await client.diagnostics(uri, 1);
    assert.deepEqual(
      first.map((d) => [d.code, d.range.start.line, d.range.start.character]),
      [
        ['no-accountability-review', 0, 0],
        ['no-customer-room', 0, 0],
        ['no-governance', 0, 0],
        ['no-sponsor', 0, 0],
        ['schema', 0, 0],
      ],
    );
    const waitV3 = client.nextDiagnostics(uri, 3);
    await client.replace(uri, 'cxroadmap: [\n', 2);
    await client.replace(uri, 'cxroadmap: 2\n', 3);
    const third = await waitV3;
    assert.ok(third.some((d) => d.message === '`cxroadmap` is the format version and must be the number 1, not `2`.'));
    // Version 2 was replaced before its analysis ran, so nothing was published for it.
    assert.deepEqual(
      client.publishedFor(uri).filter((p) => p.version === 2),
      [],
    );
    const cleared = client.nextDiagnostics(uri);
    await client.close(uri);
    assert.deepEqual(await cleared, []);
  });

  it('keeps the findings of the other initiatives while one of them does not parse', async () => {
    const text = readFileSync(path.join(repoRoot, 'examples', 'needs-work.cxroadmap.yaml'), 'utf8');
    const uri = 'untitled:needs-work.cxroadmap.yaml';
    await client.open(uri, text, 1);
    const before = await client.diagnostics(uri, 1);
    const lines = text.split('\n');
    const first = lines.indexOf('  - id: claim-moments');
    const next = lines.indexOf('  - id: claims-portal');
    const inside = (d: { range: { start: { line: number } } }) =>
      d.range.start.line >= first && d.range.start.line < next;
    // The rules that conclude something is missing wait while an initiative cannot be read.
    const waiting = (d: { code?: unknown }) => d.code === 'competency-uncovered' || d.code === 'unknown-dependency';
    assert.deepEqual([before.filter(inside).length, before.filter(waiting).length, before.length], [1, 2, 21]);

    const broken = text.replace(
      'title: Map the moments of truth in a motor claim',
      'title: Claims: map the moments of truth',
    );
    const waitV2 = client.nextDiagnostics(uri, 2);
    await client.replace(uri, broken, 2);
    const after = await waitV2;
    assert.deepEqual(
      after.filter((d) => d.code !== 'syntax'),
      before.filter((d) => !inside(d) && !waiting(d)),
    );
    const line = lines.indexOf('    title: Map the moments of truth in a motor claim');
    const fingerprint = (after.find((d) => d.code === 'syntax')?.data as { fingerprint?: unknown } | undefined)
      ?.fingerprint;
    assert.match(String(fingerprint), /^[0-9a-f]{16}$/);
    assert.deepEqual(
      after.filter((d) => d.code === 'syntax'),
      [
        {
          range: { start: { line, character: 11 }, end: { line, character: 43 } },
          severity: 1,
          code: 'syntax',
          codeDescription: { href: 'https://github.com/cxroadmap/cxroadmap/blob/main/docs/rules/syntax.md' },
          source: 'cxroadmap',
          message: 'This text contains `: `, which YAML reads as the start of a new key; put the whole text in quotes.',
          data: { fingerprint, repair: 'quote', replacement: '"Claims: map the moments of truth"' },
        },
      ],
    );
  });

  it('applies editor settings only to roadmaps without a .cxroadmaprc.yaml, and re-validates when the rc file changes', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'cxroadmap-lsp-'));
    mkdirSync(path.join(dir, '.git'));
    mkdirSync(path.join(dir, 'with-rc'));
    const roadmap = 'cxroadmap: 1\ntitle: T\n';
    const withRc = path.join(dir, 'with-rc', 'a.cxroadmap.yaml');
    const withoutRc = path.join(dir, 'b.cxroadmap.yaml');
    writeFileSync(withRc, roadmap);
    writeFileSync(withoutRc, roadmap);
    writeFileSync(path.join(dir, 'with-rc', '.cxroadmaprc.yaml'), 'rules:\n  no-sponsor: info\n');
    await client.shutdown();
    client = new LspClient({ workspaceFolders: [dir], settings: { rules: { 'no-sponsor': 'off' } } });
    await client.initialize();

    await client.open(fileUri(withRc), roadmap);
    await client.open(fileUri(withoutRc), roadmap);
    const sponsor = (ds: { code?: unknown; severity?: number }[]): number | undefined =>
      ds.find((d) => d.code === 'no-sponsor')?.severity;
    assert.equal(sponsor(await client.diagnostics(fileUri(withRc), 1)), 3);
    assert.equal(sponsor(await client.diagnostics(fileUri(withoutRc), 1)), undefined);

    writeFileSync(path.join(dir, 'with-rc', '.cxroadmaprc.yaml'), 'rules:\n  no-sponsor: hint\n');
    const next = client.nextDiagnostics(fileUri(withRc));
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{ uri: fileUri(path.join(dir, 'with-rc', '.cxroadmaprc.yaml')), type: 2 }],
    });
    assert.equal(sponsor(await next), 4);
  });

  it('shows a broken .cxroadmaprc.yaml on the configuration file', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'cxroadmap-lsp-'));
    mkdirSync(path.join(dir, '.git'));
    const rc = path.join(dir, '.cxroadmaprc.yaml');
    writeFileSync(rc, 'rules:\n  no-sponser: off\n');
    const file = path.join(dir, 'a.cxroadmap.yaml');
    const rcDiagnostics = client.nextDiagnostics(fileUri(rc));
    await client.open(fileUri(file), 'cxroadmap: 1\n');
    const published = await rcDiagnostics;
    assert.deepEqual(
      published.map((d) => [d.code, d.range.start.line, d.range.start.character, d.message]),
      [['config', 1, 2, '`no-sponser` is not a cxroadmap rule. Did you mean `no-sponsor`?']],
    );
  });
});
