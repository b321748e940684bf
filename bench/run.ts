/**
 * `npm run bench`: every measurement of the project in one run, a table on stdout and the
 * report in BENCHMARKS.md (`--quick`: a smoke run into test-output/BENCHMARKS.quick.md;
 * `--only a,b`: some measurements into test-output/BENCHMARKS.only.md).
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runActivation } from './activation';
import { parseArgs } from './args';
import { runChart } from './chart';
import { runCliDiff } from './cliDiff';
import { runCliLint } from './cliLint';
import { runCompletionHover } from './completionHover';
import { BenchContext, repoRoot } from './context';
import { runEditLatency } from './editLatency';
import { describeMachine } from './machine';
import { runProfiles } from './profiles';
import { markdownReport, textTable } from './report';
import { emptyResult } from './result';
import type { SuiteResult } from './result';
import { runServerMemory } from './serverMemory';

const SUITES: { name: string; title: string; run: (ctx: BenchContext) => Promise<SuiteResult> }[] = [
  { name: 'edit', title: 'Edit → fresh diagnostics over stdio', run: runEditLatency },
  { name: 'completion', title: 'Completion and hover latency over stdio', run: runCompletionHover },
  { name: 'cli', title: 'Command line on one file, and on many', run: runCliLint },
  { name: 'diff', title: 'Command line: diff of a pull request', run: runCliDiff },
  { name: 'memory', title: 'Language server memory', run: runServerMemory },
  { name: 'activation', title: 'Extension activation and bundle sizes', run: runActivation },
  { name: 'chart', title: 'Gantt chart in Chromium, against Mermaid', run: runChart },
  { name: 'profile', title: 'Where the time goes (CPU profiles)', run: runProfiles },
];

function versionOf(pkg: string): string {
  try {
    const file = path.join(repoRoot, 'node_modules', pkg, 'package.json');
    return (JSON.parse(fs.readFileSync(file, 'utf8')) as { version: string }).version;
  } catch {
    return 'not installed';
  }
}

function reportPath(quick: boolean, only: string[]): string {
  if (quick) return path.join(repoRoot, 'test-output', 'BENCHMARKS.quick.md');
  if (only.length > 0) return path.join(repoRoot, 'test-output', 'BENCHMARKS.only.md');
  return path.join(repoRoot, 'BENCHMARKS.md');
}

async function main(): Promise<number> {
  const args = parseArgs(
    process.argv.slice(2),
    SUITES.map((s) => s.name),
  );
  const machine = describeMachine();
  const ctx = BenchContext.create(args.quick);
  const results: SuiteResult[] = [];
  let failed = 0;
  try {
    for (const suite of SUITES) {
      if (args.only.length > 0 && !args.only.includes(suite.name)) continue;
      try {
        results.push(await suite.run(ctx));
      } catch (error) {
        // One broken measurement must not hide the others; the report says what happened.
        failed += 1;
        const result = emptyResult(suite.name, suite.title);
        result.notes.push(
          `This measurement could not run: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
        );
        results.push(result);
        ctx.log(`${suite.name} failed: ${String(error)}`);
      }
    }
  } finally {
    ctx.dispose();
  }
  const input = {
    machine,
    loadAfter: os.loadavg().map((l) => Math.round(l * 100) / 100),
    tools: {
      'yaml-language-server': versionOf('yaml-language-server'),
      '@stoplight/spectral-cli': versionOf('@stoplight/spectral-cli'),
      mermaid: versionOf('mermaid'),
      'js-yaml': versionOf('js-yaml'),
      'playwright-core': versionOf('playwright-core'),
    },
    quick: args.quick,
    only: args.only,
    results,
    command: ['npm run bench', ...(process.argv.length > 2 ? ['--', ...process.argv.slice(2)] : [])].join(' '),
  };
  process.stdout.write(textTable(input));
  const out = reportPath(args.quick, args.only);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, markdownReport(input));
  process.stdout.write(`\nwrote ${path.relative(repoRoot, out)}\n`);
  return failed > 0 ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`bench: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
