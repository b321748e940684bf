/**
 * `cxroadmap diff --base` on the pull request the issue names: a 5,000-initiative roadmap
 * in a git repository with 100 of its initiatives changed in the working tree, as a fresh
 * process, against linting both versions in one process.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { BenchContext } from './context';
import { repoRoot } from './context';
import { timeProcess } from './processTimer';
import type { ProcessRun } from './processTimer';
import { count, emptyResult, ms, ratio } from './result';
import type { SuiteResult } from './result';
import { summarize } from './stats';

const cli = path.join(repoRoot, 'dist', 'cli.js');
const node = process.execPath;

const INITIATIVES = 5000;
const CHANGED = 100;

/** Initiatives 1, 51, 101, …: each gets a new owner and ends a year later. */
export function changeInitiatives(text: string, every: number): string {
  let current = 0;
  return text
    .split('\n')
    .map((line) => {
      const id = /^ {2}- id: initiative-(\d+)$/.exec(line);
      if (id) current = Number(id[1]);
      if ((current - 1) % every !== 0) return line;
      const end = /^( {4}end: )(\d{4})(-\d\d-\d\d)$/.exec(line);
      if (end) return `${end[1]}${Number(end[2]) + 1}${end[3]}`;
      return line.replace(/^( {4}owner: )(.*)$/, '$1New owner of $2');
    })
    .join('\n');
}

function git(cwd: string, ...args: string[]): void {
  const run = spawnSync('git', ['-c', 'user.name=Bench', '-c', 'user.email=bench@example.com', ...args], {
    cwd,
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`git ${args.join(' ')}: ${run.stderr}`);
}

async function checked(args: string[], cwd: string): Promise<ProcessRun> {
  const run = await timeProcess(node, args, cwd);
  if (run.exitCode !== 0 && run.exitCode !== 1) {
    throw new Error(`${args.join(' ')} exited with ${run.exitCode}: ${run.stderr.slice(-400)}`);
  }
  return run;
}

export async function runCliDiff(ctx: BenchContext): Promise<SuiteResult> {
  const result = emptyResult('diff', 'Command line: diff of a pull request');
  const repeats = ctx.quick ? 3 : 10;
  const repo = path.join(ctx.workDir, 'diff-repo');
  const versions = path.join(ctx.workDir, 'diff-versions');
  fs.mkdirSync(repo, { recursive: true });
  fs.mkdirSync(versions, { recursive: true });
  const base = ctx.text(INITIATIVES);
  const head = changeInitiatives(base, INITIATIVES / CHANGED);
  git(repo, 'init', '-q', '-b', 'main');
  fs.writeFileSync(path.join(repo, 'plan.cxroadmap.yaml'), base);
  git(repo, 'add', '-A');
  git(repo, 'commit', '-q', '-m', 'Base');
  fs.writeFileSync(path.join(repo, 'plan.cxroadmap.yaml'), head);
  fs.writeFileSync(path.join(versions, 'base.cxroadmap.yaml'), base);
  fs.writeFileSync(path.join(versions, 'head.cxroadmap.yaml'), head);

  const diff = [cli, 'diff', '--base', 'main', '--format', 'json'];
  const lint = [cli, 'lint', 'base.cxroadmap.yaml', 'head.cxroadmap.yaml', '--format', 'json'];
  // The comparison must see the pull request it is timed on.
  const probe = JSON.parse((await checked(diff, repo)).stdout) as { files: { changes: { id?: string }[] }[] };
  const changed = new Set(probe.files.flatMap((f) => f.changes.map((c) => c.id)));
  if (changed.size !== CHANGED) throw new Error(`diff reported ${changed.size} changed initiatives, not ${CHANGED}`);

  ctx.log(`diff: ${count(INITIATIVES)} initiatives, ${CHANGED} changed, ${repeats} runs of diff and of lint`);
  const diffTimes: number[] = [];
  const lintTimes: number[] = [];
  // Interleaved, so that a burst of load elsewhere hits both alike.
  for (let r = 0; r < repeats; r++) {
    diffTimes.push((await checked(diff, repo)).ms);
    lintTimes.push((await checked(lint, versions)).ms);
  }
  const diffed = summarize(diffTimes);
  const linted = summarize(lintTimes);
  result.rows.push(
    {
      label: `cxroadmap diff --base, ${count(INITIATIVES)} initiatives, ${CHANGED} changed`,
      summary: diffed,
      unit: 'ms',
      detail: `${ratio(diffed.median, linted.median)} linting both versions`,
    },
    { label: `cxroadmap lint of both versions, one process`, summary: linted, unit: 'ms' },
  );
  result.goals.push(
    {
      text: `cxroadmap diff --base of a ${count(INITIATIVES)}-initiative roadmap with ${CHANGED} changed initiatives ≤ 1.5 s as a fresh process`,
      measured: ms(diffed.median),
      met: ctx.quick ? undefined : diffed.median <= 1500,
    },
    {
      text: '… and no more than 2× the time of linting both versions',
      measured: `${ratio(diffed.median, linted.median)} (${ms(diffed.median)} vs ${ms(linted.median)})`,
      met: ctx.quick ? undefined : diffed.median <= 2 * linted.median,
    },
  );
  result.notes.push(
    `A git repository whose commit holds the generated ${count(INITIATIVES)}-initiative roadmap; in its working tree, every ${INITIATIVES / CHANGED}th initiative has a new owner and ends a year later (${CHANGED} initiatives, ${2 * CHANGED} changes). ` +
      `\`cxroadmap diff --base main --format json\` (git reads the base version, both versions are analysed and compared) against \`cxroadmap lint base head --format json\` on copies of the two versions, ${repeats} runs each in fresh \`node\` processes, interleaved, timed from spawn to exit.`,
  );
  return result;
}
