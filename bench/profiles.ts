/**
 * Where the time goes: `node --cpu-prof` on the CLI linting the 5,000-initiative roadmap
 * and on the language server through an edit loop, summarised by area and by function.
 * The raw profiles are kept for DevTools.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { BenchContext } from './context';
import { repoRoot } from './context';
import { summarizeProfile } from './cpuProfile';
import type { ProfileSummary } from './cpuProfile';
import { titleEdits } from './editScript';
import { timeProcess } from './processTimer';
import { count, emptyResult } from './result';
import type { SuiteResult } from './result';
import { diagnosticsAfter, startOurs, uriOf } from './servers';

function newestProfile(dir: string): string {
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.cpuprofile'));
  if (files.length === 0) throw new Error(`no .cpuprofile written in ${dir}`);
  return path.join(dir, files.sort().pop()!);
}

function keep(ctx: BenchContext, profile: string, name: string): string {
  const kept = path.join(ctx.outDir, name);
  fs.copyFileSync(profile, kept);
  return path.relative(repoRoot, kept);
}

function pct(part: number, whole: number): string {
  return `${((100 * part) / whole).toFixed(1)}%`;
}

function markdown(title: string, summary: ProfileSummary, kept: string): string {
  const lines = [
    `#### ${title}`,
    '',
    `${summary.busyMs.toFixed(0)} ms on the CPU${summary.idleMs >= 1 ? ` (${summary.idleMs.toFixed(0)} ms idle, waiting for messages, left out)` : ''}. Profile: \`${kept}\` (open in Chrome DevTools → Performance).`,
    '',
    `Most of it: ${summary.areas
      .slice(0, 4)
      .map((a) => `${a.area} ${pct(a.ms, summary.busyMs)}`)
      .join(', ')}.`,
    '',
    '| area | self time | share |',
    '|---|---:|---:|',
    ...summary.areas.slice(0, 10).map((a) => `| ${a.area} | ${a.ms.toFixed(0)} ms | ${pct(a.ms, summary.busyMs)} |`),
    '',
    '| function | where | self time | share |',
    '|---|---|---:|---:|',
    ...summary.functions.map(
      (f) => `| \`${f.name}\` | ${f.where} | ${f.ms.toFixed(1)} ms | ${pct(f.ms, summary.busyMs)} |`,
    ),
    '',
  ];
  return lines.join('\n');
}

function row(result: SuiteResult, label: string, summary: ProfileSummary): void {
  const top = summary.areas
    .slice(0, 3)
    .map((a) => `${a.area} ${pct(a.ms, summary.busyMs)}`)
    .join(', ');
  result.rows.push({ label, value: summary.busyMs, unit: 'ms', detail: `CPU time; most in ${top}` });
}

async function profileCli(ctx: BenchContext, result: SuiteResult, size: number): Promise<string> {
  const dir = path.join(ctx.workDir, 'profile-cli');
  fs.mkdirSync(dir, { recursive: true });
  const file = ctx.roadmapFile(size);
  const run = await timeProcess(
    process.execPath,
    ['--cpu-prof', `--cpu-prof-dir=${dir}`, path.join(repoRoot, 'dist', 'cli.js'), 'lint', file, '--format', 'json'],
    repoRoot,
  );
  if (run.exitCode !== 0 && run.exitCode !== 1)
    throw new Error(`cxroadmap lint exited with ${run.exitCode}: ${run.stderr.slice(-300)}`);
  const profile = newestProfile(dir);
  const kept = keep(ctx, profile, `cli-lint-${size}.cpuprofile`);
  const summary = summarizeProfile(profile, repoRoot);
  row(result, `cxroadmap lint, one ${count(size)}-initiative file`, summary);
  return markdown(
    `\`cxroadmap lint\` of one ${count(size)}-initiative file (${run.ms.toFixed(0)} ms wall, process start included)`,
    summary,
    kept,
  );
}

async function profileServer(ctx: BenchContext, result: SuiteResult, size: number, edits: number): Promise<string> {
  const dir = path.join(ctx.workDir, 'profile-server');
  fs.mkdirSync(dir, { recursive: true });
  const server = await startOurs(ctx.workDir, ['--cpu-prof', `--cpu-prof-dir=${dir}`]);
  const text = ctx.text(size);
  const uri = uriOf(ctx.roadmapFile(size));
  try {
    const opened = diagnosticsAfter(server, uri, 1, 60_000);
    await server.session.open(uri, server.languageId, text, 1);
    await opened;
    let version = 1;
    for (const edit of titleEdits(text, edits)) {
      version += 1;
      const fresh = diagnosticsAfter(server, uri, version, 60_000);
      await server.session.change(uri, version, [edit.change]);
      await fresh;
    }
  } finally {
    // The profile is written when the process exits, so it must exit normally.
    await server.session.shutdown();
  }
  const profile = newestProfile(dir);
  const kept = keep(ctx, profile, `server-edits-${size}.cpuprofile`);
  const summary = summarizeProfile(profile, repoRoot);
  row(result, `language server, open ${count(size)} initiatives and ${edits} edits`, summary);
  return markdown(
    `Language server: open ${count(size)} initiatives, then ${edits} one-character edits, each awaited until its diagnostics`,
    summary,
    kept,
  );
}

export async function runProfiles(ctx: BenchContext): Promise<SuiteResult> {
  const result = emptyResult('profile', 'Where the time goes (CPU profiles)');
  const size = ctx.quick ? 1000 : 5000;
  const edits = ctx.quick ? 20 : 100;
  ctx.log(`profile: cli at ${size}`);
  const cli = await profileCli(ctx, result, size);
  ctx.log(`profile: server, ${edits} edits at ${size}`);
  const server = await profileServer(ctx, result, size, edits);
  result.markdown = `${cli}\n${server}`;
  result.notes.push(
    'Self time is the time a function spent in its own code (not in what it called), from V8\'s sampling profiler (`node --cpu-prof`); positions are mapped back to the sources through the bundles\' source maps. "V8 builtins" are native functions such as regular expressions, string and array operations.',
  );
  return result;
}
