/**
 * Edit → fresh diagnostics over stdio, ours against yaml-language-server with our schema:
 * each one-character edit is timed from sending `didChange` to reading the diagnostics for
 * it, both servers' own debounce included, and the next edit waits for them.
 */
import type { BenchContext } from './context';
import { titleEdits } from './editScript';
import { count, emptyResult, ms, ratio } from './result';
import type { SuiteResult } from './result';
import { diagnosticsAfter, startOurs, startYamlLanguageServer, uriOf } from './servers';
import type { ServerUnderTest } from './servers';
import { summarize } from './stats';
import type { Summary } from './stats';

interface Run {
  open: number;
  edits: Summary;
  diagnostics: number;
}

const TIMEOUT_MS = 120_000;

async function timeEdits(server: ServerUnderTest, file: string, text: string, edits: number): Promise<Run> {
  const uri = uriOf(file);
  const session = server.session;
  const first = diagnosticsAfter(server, uri, 1, TIMEOUT_MS);
  const opened = process.hrtime.bigint();
  await session.open(uri, server.languageId, text, 1);
  const firstAt = (await first).at;
  const samples: number[] = [];
  let last = 0;
  let version = 1;
  for (const edit of titleEdits(text, edits)) {
    version += 1;
    const fresh = diagnosticsAfter(server, uri, version, TIMEOUT_MS);
    const sent = process.hrtime.bigint();
    await session.change(uri, version, [edit.change]);
    const got = await fresh;
    samples.push(Number(got.at - sent) / 1e6);
    last = got.params.diagnostics.length;
  }
  return { open: Number(firstAt - opened) / 1e6, edits: summarize(samples), diagnostics: last };
}

async function measure(start: () => Promise<ServerUnderTest>, file: string, text: string, edits: number): Promise<Run> {
  const server = await start();
  try {
    return await timeEdits(server, file, text, edits);
  } finally {
    await server.session.shutdown();
  }
}

export async function runEditLatency(ctx: BenchContext): Promise<SuiteResult> {
  const result = emptyResult('edit', 'Edit → fresh diagnostics over stdio');
  const sizes = ctx.quick ? [1000] : [1000, 5000];
  // yaml-language-server needs seconds per edit at 5,000 initiatives: fewer edits keep the run within minutes.
  const editsAt = (size: number): number => (ctx.quick ? 10 : size >= 5000 ? 50 : 100);
  result.notes.push(
    `${sizes.map((s) => `${editsAt(s)} one-character edits at ${count(s)} initiatives`).join(', ')}, for each server, each typing into a different initiative's title (incremental \`didChange\` with a range); ` +
      'each timed from sending the change to reading its `publishDiagnostics` (ours: the one for that version; yaml-language-server sends no version: the first publish after the change). ' +
      'Both servers keep their own debounce (ours 10 ms, yaml-language-server 200 ms). yaml-language-server 1.25.0 is given our schema through `yaml.schemas` and must first report a schema error in a probe file.',
  );
  for (const size of sizes) {
    const file = ctx.roadmapFile(size);
    const text = ctx.text(size);
    const edits = editsAt(size);
    ctx.log(`edit: cxroadmap, ${size} initiatives`);
    const ours = await measure(() => startOurs(ctx.workDir), file, text, edits);
    result.rows.push({
      label: `cxroadmap, ${count(size)} initiatives`,
      summary: ours.edits,
      unit: 'ms',
      detail: `open → first diagnostics ${ms(ours.open)}; ${ours.diagnostics} diagnostics per publish`,
    });
    let theirs: Run | undefined;
    try {
      ctx.log(`edit: yaml-language-server, ${size} initiatives`);
      theirs = await measure(() => startYamlLanguageServer(ctx.workDir), file, text, edits);
      result.rows.push({
        label: `yaml-language-server, ${count(size)} initiatives`,
        summary: theirs.edits,
        unit: 'ms',
        detail: `open → first diagnostics ${ms(theirs.open)}; ${theirs.diagnostics} diagnostics per publish; ours faster by ${ratio(theirs.edits.median, ours.edits.median)} (median), ${ratio(theirs.edits.p95, ours.edits.p95)} (p95)`,
      });
    } catch (error) {
      result.notes.push(`yaml-language-server at ${count(size)} initiatives could not be measured: ${String(error)}`);
    }
    if (size === 1000) {
      result.goals.push({
        text: 'Edit → fresh diagnostics p95 ≤ 50 ms at 1,000 initiatives',
        measured: `p95 ${ms(ours.edits.p95)}`,
        met: ours.edits.p95 <= 50,
      });
    }
    result.goals.push({
      text: `≥ 10× faster than yaml-language-server at ${count(size)} initiatives (medians)`,
      measured: theirs
        ? `${ratio(theirs.edits.median, ours.edits.median)} (${ms(theirs.edits.median)} vs ${ms(ours.edits.median)})`
        : 'not measured',
      met: theirs ? theirs.edits.median >= 10 * ours.edits.median : undefined,
    });
  }
  if (ctx.quick)
    result.notes.push(
      'Quick mode: 1,000 initiatives only; the 5,000-initiative comparison runs in the full benchmark.',
    );
  return result;
}
