/**
 * Extension activation, each run in a fresh process (`activationProbe`), and the sizes of
 * the bundles: as `npm run build` leaves them in dist/ and as `npm run package` ships them
 * (minified), each raw and gzipped.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as zlib from 'node:zlib';
import * as esbuild from 'esbuild';
import type { ProbeResult } from './activationProbe';
import type { BenchContext } from './context';
import { repoRoot } from './context';
import { timeProcess } from './processTimer';
import { emptyResult, ms } from './result';
import type { SuiteResult } from './result';
import { summarize } from './stats';

const BUNDLES = [
  { name: 'extension', entry: 'client/src/extension.ts' },
  { name: 'languageClient', entry: 'client/src/languageClient.ts' },
  { name: 'preview', entry: 'client/src/preview/webview/main.ts', platform: 'browser' as const },
  { name: 'server', entry: 'server/src/server.ts' },
  { name: 'cli', entry: 'server/src/cli/main.ts' },
];

function kib(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KiB`;
}

async function measureActivation(ctx: BenchContext, result: SuiteResult): Promise<void> {
  const runs = ctx.quick ? 3 : 10;
  const probe = path.join(__dirname, 'activationProbe.js');
  const probes: ProbeResult[] = [];
  for (let i = 0; i < runs; i++) {
    const run = await timeProcess(process.execPath, [probe], repoRoot);
    const line = run.stdout.trim().split('\n').pop() ?? '';
    const parsed = JSON.parse(line) as ProbeResult;
    if (parsed.error !== undefined)
      throw new Error(`activation failed: ${parsed.error}; ${parsed.messages?.join(' | ') ?? ''}`);
    probes.push(parsed);
  }
  const required = summarize(probes.map((p) => p.requireMs));
  const activated = summarize(probes.map((p) => p.activateMs));
  const total = summarize(probes.map((p) => p.requireMs + p.activateMs));
  const forked = probes.filter((p) => p.serverForkedAtMs !== undefined);
  // The server's first answer (its initialize result) arriving before activate returned means activate waited for it.
  const waited = probes.filter((p) => p.serverAnsweredAtMs !== undefined && p.serverAnsweredAtMs <= p.activateMs);
  result.rows.push({ label: 'require dist/extension.js', summary: required, unit: 'ms' });
  result.rows.push({ label: 'activate() until it returns', summary: activated, unit: 'ms' });
  result.rows.push({
    label: 'activation total (require + activate)',
    summary: total,
    unit: 'ms',
    detail: [
      forked.length > 0
        ? `the server process was forked during activate in ${forked.length} of ${runs} runs (${ms(summarize(forked.map((p) => p.serverForkedAtMs!)).median)} into it, median)`
        : 'no server process forked during activate',
      waited.length > 0
        ? `activate waited for the server's first answer in ${waited.length} of ${runs} runs`
        : 'activate returned before the server answered',
    ].join('; '),
  });
  result.goals.push({
    text: 'Extension activation ≤ 50 ms (the server starts lazily)',
    measured: `${ms(total.median)} median, ${ms(total.p95)} p95; ${waited.length > 0 ? 'activate waits for the language server' : forked.length > 0 ? 'the server is forked during activate but not awaited' : 'the server is not started by activate'}`,
    met: total.p95 <= 50 && waited.length === 0,
  });
  const messages = [...new Set(probes.flatMap((p) => p.messages))];
  if (messages.length > 0)
    result.notes.push(`The extension logged during activation: ${messages.slice(0, 5).join(' | ')}`);
  result.notes.push(
    `Activation: ${runs} runs, each a fresh \`node\` process that requires dist/extension.js with a stub of the \`vscode\` module and awaits \`activate(context)\`. The language client (dist/languageClient.js, with vscode-languageclient) is loaded right after activation returns, so it is not part of this time; it then forks dist/server.js over IPC. ` +
      "This leaves out VS Code's own extension-host overhead.",
  );
}

async function measureBundles(result: SuiteResult): Promise<void> {
  for (const bundle of BUNDLES) {
    const file = path.join(repoRoot, 'dist', `${bundle.name}.js`);
    if (!fs.existsSync(file)) {
      result.notes.push(`dist/${bundle.name}.js is missing; run \`npm run build\`.`);
      continue;
    }
    const built = fs.readFileSync(file);
    // The same options as esbuild.mjs with --production: what the .vsix ships.
    const production = await esbuild.build({
      entryPoints: [path.join(repoRoot, bundle.entry)],
      bundle: true,
      platform: bundle.platform ?? 'node',
      format: bundle.platform === 'browser' ? 'iife' : 'cjs',
      target: 'node20',
      minify: true,
      external: ['vscode'],
      write: false,
      logLevel: 'silent',
    });
    const minified = Buffer.from(production.outputFiles[0].contents);
    result.rows.push({
      label: `dist/${bundle.name}.js as built`,
      value: built.length,
      unit: 'bytes',
      detail: `${kib(built.length)}, gzip ${kib(zlib.gzipSync(built).length)}`,
    });
    result.rows.push({
      label: `dist/${bundle.name}.js minified (package)`,
      value: minified.length,
      unit: 'bytes',
      detail: `${kib(minified.length)}, gzip ${kib(zlib.gzipSync(minified).length)}`,
    });
  }
}

export async function runActivation(ctx: BenchContext): Promise<SuiteResult> {
  const result = emptyResult('activation', 'Extension activation and bundle sizes');
  ctx.log('activation and bundle sizes');
  await measureActivation(ctx, result);
  await measureBundles(result);
  result.goals.push({
    text: 'Bundle sizes reported',
    measured: 'see the table',
    met: result.rows.some((r) => r.unit === 'bytes'),
  });
  return result;
}
