/** The results as a plain-text table for the terminal and as BENCHMARKS.md. */
import { gapExplanation } from './gapAnalysis';
import type { Machine } from './machine';
import { ms } from './result';
import type { Goal, Row, SuiteResult } from './result';

export interface ReportInput {
  machine: Machine;
  loadAfter: number[];
  tools: Record<string, string>;
  quick: boolean;
  only: string[];
  results: SuiteResult[];
  command: string;
}

function value(row: Row): { n: string; median: string; p95: string } {
  if (row.summary) {
    if (row.summary.n === 0) return { n: '0', median: 'n/a', p95: 'n/a' };
    return { n: String(row.summary.n), median: ms(row.summary.median), p95: ms(row.summary.p95) };
  }
  if (row.value === undefined) return { n: '', median: '', p95: '' };
  const text =
    row.unit === 'MB'
      ? `${row.value.toFixed(1)} MB`
      : row.unit === 'bytes'
        ? `${row.value.toLocaleString('en-US')} B`
        : ms(row.value);
  return { n: '1', median: text, p95: '' };
}

function verdict(goal: Goal): string {
  return goal.met === undefined ? 'not judged' : goal.met ? 'met' : 'NOT met';
}

function mdCell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

function pad(cells: string[][]): string {
  const widths = cells[0].map((_, c) => Math.max(...cells.map((row) => row[c].length)));
  return cells
    .map((row) =>
      row
        .map((cell, c) => cell.padEnd(widths[c]))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

export function textTable(input: ReportInput): string {
  const rows: string[][] = [['measurement', 'n', 'median', 'p95', 'notes']];
  for (const result of input.results) {
    rows.push([`[${result.name}] ${result.title}`, '', '', '', '']);
    for (const row of result.rows) {
      const v = value(row);
      rows.push([`  ${row.label}`, v.n, v.median, v.p95, row.detail ?? '']);
    }
  }
  const goals: string[][] = [['goal', 'measured', 'verdict']];
  for (const result of input.results)
    for (const goal of result.goals) goals.push([goal.text, goal.measured, verdict(goal)]);
  return `${pad(rows)}\n\n${pad(goals)}\n`;
}

export function markdownReport(input: ReportInput): string {
  const { machine } = input;
  const out: string[] = ['# Benchmarks', ''];
  const partial = input.only.length > 0 ? ` Only: ${input.only.join(', ')}.` : '';
  if (input.quick) {
    out.push(
      `> Quick smoke run (\`${input.command}\`): fewer repetitions and smaller sizes, for checking the harness. Not the numbers to quote.${partial}`,
      '',
    );
  } else if (partial) {
    out.push(`> Partial run (\`${input.command}\`).${partial}`, '');
  }
  out.push(
    `Written by \`npm run bench\` (the harness in \`bench/\`) on ${machine.date}; do not edit by hand, run it again. Medians and 95th percentiles (nearest rank: with few samples p95 is the largest).`,
    '',
    '## Machine',
    '',
    '| CPU | cores | memory | Node.js | OS | load average before → after (1, 5, 15 min) |',
    '|---|---:|---:|---|---|---|',
    `| ${mdCell(machine.cpu)} | ${machine.cores} | ${machine.memoryGiB} GiB | ${machine.node} | ${mdCell(machine.platform)} | ${machine.loadBefore.join(', ')} → ${input.loadAfter.join(', ')} |`,
    '',
    `Tools: ${Object.entries(input.tools)
      .map(([name, version]) => `${name} ${version}`)
      .join(', ')}.`,
    '',
  );
  if (machine.loadBefore[0] > machine.cores * 0.5) {
    out.push(
      `The machine was busy with other work when this run started (load ${machine.loadBefore[0]} on ${machine.cores} cores): expect noise, especially in p95.`,
      '',
    );
  }
  out.push('## Goals', '', '| goal | measured | verdict |', '|---|---|---|');
  for (const result of input.results)
    for (const goal of result.goals) out.push(`| ${mdCell(goal.text)} | ${mdCell(goal.measured)} | ${verdict(goal)} |`);
  out.push('');
  const missed = input.results.flatMap((r) => r.goals).filter((g) => !g.met);
  if (missed.length > 0) {
    out.push('## Goals not met: why, and what would close them', '');
    for (const goal of missed)
      out.push(
        `- **${goal.text}** (${goal.measured}). ${gapExplanation(goal.text) ?? 'No analysis recorded for this goal yet.'}`,
      );
    out.push('');
  }
  for (const result of input.results) {
    out.push(`## ${result.title}`, '');
    if (result.rows.length > 0) {
      out.push('| measurement | n | median | p95 | notes |', '|---|---:|---:|---:|---|');
      for (const row of result.rows) {
        const v = value(row);
        out.push(`| ${mdCell(row.label)} | ${v.n} | ${v.median} | ${v.p95} | ${mdCell(row.detail ?? '')} |`);
      }
      out.push('');
    }
    for (const note of result.notes) out.push(note, '');
    if (result.markdown) out.push(result.markdown, '');
  }
  out.push(
    '## How to reproduce',
    '',
    '```sh',
    'npm ci',
    'npm run bench                        # everything; writes BENCHMARKS.md',
    'npm run bench -- --quick             # smoke run; writes test-output/BENCHMARKS.quick.md',
    'npm run bench -- --only edit,cli     # some measurements; writes test-output/BENCHMARKS.only.md',
    '```',
    '',
    "Measurements: `edit`, `completion`, `cli`, `memory`, `activation`, `chart`, `profile`. The roadmaps come from `scripts/generateRoadmap.ts` (deterministic: the same count always gives the same text); Chromium is Debian's `/usr/bin/chromium`, driven by playwright-core. Screenshots and CPU profiles land in `test-output/bench/`. Run on a quiet machine: other load shows up directly in the numbers.",
    '',
  );
  return out.join('\n');
}
