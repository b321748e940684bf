/**
 * The command line on one file, process start included: `cxroadmap lint` against Spectral
 * with a ruleset applying our schema, and against the floor of merely parsing the YAML with
 * js-yaml in a fresh Node. Then linearity: one run over 1, 4 and 16 files.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { BenchContext } from './context';
import { repoRoot } from './context';
import { timeProcess } from './processTimer';
import type { ProcessRun } from './processTimer';
import { count, emptyResult, ms, ratio } from './result';
import type { SuiteResult } from './result';
import { spectralCli, writeSpectralRuleset } from './spectralRuleset';
import { summarize } from './stats';
import type { Summary } from './stats';

const cli = path.join(repoRoot, 'dist', 'cli.js');
const node = process.execPath;

interface Tool {
  name: string;
  args: (file: string) => string[];
  /** Exit codes that mean "ran to the end" (a linter exits 1 when it finds errors). */
  ok: readonly number[];
}

function jsYamlAvailable(): boolean {
  try {
    require.resolve('js-yaml', { paths: [repoRoot] });
    return true;
  } catch {
    return false;
  }
}

async function checked(tool: Tool, file: string): Promise<ProcessRun> {
  const run = await timeProcess(node, tool.args(file), repoRoot);
  if (run.exitCode === null || !tool.ok.includes(run.exitCode)) {
    throw new Error(`${tool.name} exited with ${run.exitCode}: ${run.stderr.slice(-400) || run.stdout.slice(-400)}`);
  }
  return run;
}

/** Spectral must really apply the schema: a file missing `title` has to fail its rule. */
async function proveSpectral(tool: Tool, dir: string): Promise<void> {
  const probe = path.join(dir, 'spectral-probe.cxroadmap.yaml');
  fs.writeFileSync(
    probe,
    'cxroadmap: 1\nhorizon:\n  start: 2027-01-01\n  end: 2031-12-31\ncolour: blue\ninitiatives: []\n',
  );
  const run = await timeProcess(node, tool.args(probe), repoRoot);
  if (!/title/.test(run.stdout) || !/colour/.test(run.stdout)) {
    throw new Error(
      `Spectral did not report the schema errors of the probe file (exit ${run.exitCode}): ${run.stdout.slice(0, 400)}${run.stderr.slice(0, 400)}`,
    );
  }
}

export async function runCliLint(ctx: BenchContext): Promise<SuiteResult> {
  const result = emptyResult('cli', 'Command line on one file, and on many');
  const sizes = ctx.quick ? [1000] : [1000, 5000];
  const repeats = ctx.quick ? 3 : 10;
  const ruleset = writeSpectralRuleset(ctx.workDir);
  const ours: Tool = { name: 'cxroadmap lint', args: (f) => [cli, 'lint', f, '--format', 'json'], ok: [0, 1] };
  const spectral: Tool = {
    name: 'spectral lint',
    args: (f) => [spectralCli, 'lint', f, '--ruleset', ruleset, '--format', 'json'],
    ok: [0, 1],
  };
  const floor: Tool = {
    name: 'js-yaml parse (floor)',
    args: (f) => ['-e', "require('js-yaml').load(require('fs').readFileSync(process.argv[1], 'utf8'))", f],
    ok: [0],
  };
  const tools: Tool[] = [ours];
  try {
    await proveSpectral(spectral, ctx.workDir);
    tools.push(spectral);
  } catch (error) {
    result.notes.push(`Spectral was not measured: ${String(error)}`);
  }
  if (jsYamlAvailable()) tools.push(floor);
  else
    result.notes.push(
      'js-yaml is not installed (it normally comes in through other dev dependencies), so the parse floor was not measured.',
    );

  for (const size of sizes) {
    const file = ctx.roadmapFile(size);
    ctx.log(`cli: ${size} initiatives, ${repeats} runs of ${tools.map((t) => t.name).join(', ')}`);
    const samples = new Map<Tool, number[]>(tools.map((t) => [t, []]));
    // Interleaved, so that a burst of load elsewhere hits every tool alike.
    for (let r = 0; r < repeats; r++) {
      for (const tool of tools) samples.get(tool)!.push((await checked(tool, file)).ms);
    }
    const summaries = new Map<Tool, Summary>([...samples].map(([t, s]) => [t, summarize(s)]));
    const mine = summaries.get(ours)!;
    const theirs = summaries.get(spectral);
    const parse = summaries.get(floor);
    for (const [tool, summary] of summaries) {
      const detail =
        tool === ours
          ? undefined
          : tool === spectral
            ? `cxroadmap faster by ${ratio(summary.median, mine.median)}`
            : `cxroadmap takes ${ratio(mine.median, summary.median)} the floor`;
      result.rows.push({ label: `${tool.name}, ${count(size)} initiatives`, summary, unit: 'ms', detail });
    }
    if (size === 5000 || ctx.quick) {
      const where = ctx.quick ? ` (quick mode: ${count(size)} initiatives; the goal is at 5,000)` : '';
      result.goals.push({
        text: `cxroadmap lint of one 5,000-initiative file ≥ 3× faster than Spectral with our schema${where}`,
        measured: theirs
          ? `${ratio(theirs.median, mine.median)} (${ms(theirs.median)} vs ${ms(mine.median)})`
          : 'Spectral not measured',
        met: theirs && !ctx.quick ? theirs.median >= 3 * mine.median : undefined,
      });
      result.goals.push({
        text: `… within about 2× of the js-yaml parse floor, process start included${where}`,
        measured: parse
          ? `${ratio(mine.median, parse.median)} the floor (${ms(mine.median)} vs ${ms(parse.median)})`
          : 'floor not measured',
        met: parse && !ctx.quick ? mine.median <= 2 * parse.median : undefined,
      });
    }
  }
  result.notes.push(
    `Each tool runs ${repeats} times per size in a fresh \`node\` process, interleaved, timed from spawn to exit (process start included); output is \`--format json\` for both linters. ` +
      'Spectral gets a generated ruleset with one rule applying schemas/cxroadmap.schema.json to the whole document (`given: $`, the core `schema` function, `allErrors`), and must first report the schema errors of a probe file. ' +
      'The floor is `node -e "require(\'js-yaml\').load(fs.readFileSync(file))"`: start Node, read and parse, nothing else.',
  );
  await measureLinearity(ctx, ours, result);
  return result;
}

async function measureLinearity(ctx: BenchContext, ours: Tool, result: SuiteResult): Promise<void> {
  const counts = ctx.quick ? [1, 2, 4] : [1, 4, 16];
  const repeats = ctx.quick ? 2 : 5;
  const text = ctx.text(1000);
  const medians: number[] = [];
  for (const n of counts) {
    const dir = path.join(ctx.workDir, `linear-${n}`);
    fs.mkdirSync(dir, { recursive: true });
    for (let i = 0; i < n; i++) fs.writeFileSync(path.join(dir, `roadmap-${i + 1}.cxroadmap.yaml`), text);
    ctx.log(`cli: linearity, ${n} files of 1,000 initiatives`);
    const samples: number[] = [];
    for (let r = 0; r < repeats; r++) samples.push((await checked(ours, dir)).ms);
    const summary = summarize(samples);
    medians.push(summary.median);
    result.rows.push({
      label: `cxroadmap lint, ${n} file${n === 1 ? '' : 's'} of 1,000 initiatives`,
      summary,
      unit: 'ms',
      detail: `${ms(summary.median / n)} per file`,
    });
  }
  const [t1, t2, t3] = medians;
  const [n1, n2, n3] = counts;
  const early = (t2 - t1) / (n2 - n1);
  const late = (t3 - t2) / (n3 - n2);
  result.goals.push({
    text: 'Linear in the number of files (the cost of each added file does not grow)',
    measured: `each added file costs ${ms(early)} from ${n1} to ${n2} files and ${ms(late)} from ${n2} to ${n3}`,
    met: late <= 1.25 * early,
  });
  result.notes.push(
    `Linearity: one \`cxroadmap lint DIR --format json\` over ${counts.join(', ')} copies of the 1,000-initiative roadmap, ${repeats} runs each; judged met when an added file costs at most 1.25× more from ${n2} to ${n3} files than from ${n1} to ${n2}.`,
  );
}
