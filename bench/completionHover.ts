/**
 * Completion and hover latency over stdio on a large open roadmap: requests at many
 * positions of four kinds (competency values, keys, depends_on ids, dates), each timed
 * from sending to the response; then completion typed right after an edit, before the
 * edit's diagnostics, as an editor asks for it while someone types.
 */
import type { CompletionList, Hover } from 'vscode-languageserver-protocol';
import type { BenchContext } from './context';
import { titleEdits } from './editScript';
import { count, emptyResult, ms } from './result';
import type { SuiteResult } from './result';
import { diagnosticsAfter, startOurs, uriOf } from './servers';
import { msSince, summarize } from './stats';

interface Spot {
  kind: string;
  line: number;
  character: number;
}

/** Positions of each kind, spread evenly over the file. */
export function requestSpots(text: string, perKind: number): Spot[] {
  const lines = text.split('\n');
  const found: Record<string, Spot[]> = { 'competency value': [], key: [], 'depends_on id': [], date: [] };
  lines.forEach((line, i) => {
    if (line.startsWith('    competency: '))
      found['competency value'].push({ kind: 'competency value', line: i, character: line.length });
    else if (line.startsWith('    owner: ')) found.key.push({ kind: 'key', line: i, character: 6 });
    else if (line.startsWith('    depends_on: ['))
      found['depends_on id'].push({ kind: 'depends_on id', line: i, character: '    depends_on: [initiative-'.length });
    else if (line.startsWith('    start: '))
      found.date.push({ kind: 'date', line: i, character: '    start: 2027-0'.length });
  });
  return Object.values(found).flatMap((spots) => {
    const stride = Math.max(1, Math.floor(spots.length / perKind));
    return spots.filter((_, i) => i % stride === 0).slice(0, perKind);
  });
}

function isEmptyCompletion(result: CompletionList | null): boolean {
  return result === null || result.items.length === 0;
}

export async function runCompletionHover(ctx: BenchContext): Promise<SuiteResult> {
  const result = emptyResult('completion', 'Completion and hover latency over stdio');
  const size = ctx.quick ? 1000 : 5000;
  const perKind = ctx.quick ? 10 : 50;
  const file = ctx.roadmapFile(size);
  const text = ctx.text(size);
  const uri = uriOf(file);
  ctx.log(`completion and hover: ${size} initiatives`);
  const server = await startOurs(ctx.workDir);
  try {
    const opened = diagnosticsAfter(server, uri, 1, 60_000);
    await server.session.open(uri, server.languageId, text, 1);
    await opened;
    const spots = requestSpots(text, perKind);
    const completion: number[] = [];
    const hover: number[] = [];
    const byKind = new Map<string, { completion: number[]; hover: number[] }>();
    let emptyCompletions = 0;
    let emptyHovers = 0;
    for (const spot of spots) {
      const position = { line: spot.line, character: spot.character };
      const params = { textDocument: { uri }, position };
      let start = process.hrtime.bigint();
      const list = await server.session.request<CompletionList | null>('textDocument/completion', params);
      const c = msSince(start);
      start = process.hrtime.bigint();
      const h = await server.session.request<Hover | null>('textDocument/hover', params);
      const hv = msSince(start);
      completion.push(c);
      hover.push(hv);
      const kind = byKind.get(spot.kind) ?? { completion: [], hover: [] };
      kind.completion.push(c);
      kind.hover.push(hv);
      byKind.set(spot.kind, kind);
      if (isEmptyCompletion(list)) emptyCompletions += 1;
      if (h === null) emptyHovers += 1;
    }
    const all = { completion: summarize(completion), hover: summarize(hover) };
    result.rows.push({
      label: `completion, all positions (${count(size)} initiatives)`,
      summary: all.completion,
      unit: 'ms',
      detail: `${emptyCompletions} of ${spots.length} answered with no items`,
    });
    result.rows.push({
      label: `hover, all positions (${count(size)} initiatives)`,
      summary: all.hover,
      unit: 'ms',
      detail: `${emptyHovers} of ${spots.length} answered with no hover`,
    });
    for (const [kind, samples] of byKind) {
      result.rows.push({ label: `completion at ${kind}`, summary: summarize(samples.completion), unit: 'ms' });
      result.rows.push({ label: `hover at ${kind}`, summary: summarize(samples.hover), unit: 'ms' });
    }

    // Completion while typing: the document has just changed and has not been analysed yet.
    const afterEdit: number[] = [];
    let version = 1;
    const edits = titleEdits(text, perKind);
    const competencySpots = spots.filter((s) => s.kind === 'competency value');
    for (let i = 0; i < edits.length; i++) {
      version += 1;
      const fresh = diagnosticsAfter(server, uri, version, 60_000);
      await server.session.change(uri, version, [edits[i].change]);
      const spot = competencySpots[i % competencySpots.length];
      const start = process.hrtime.bigint();
      await server.session.request('textDocument/completion', {
        textDocument: { uri },
        position: { line: spot.line, character: spot.character },
      });
      afterEdit.push(msSince(start));
      await fresh;
    }
    const typed = summarize(afterEdit);
    result.rows.push({ label: 'completion right after an edit (before its diagnostics)', summary: typed, unit: 'ms' });

    const label = `at ${count(size)} initiatives`;
    const goalText = ctx.quick
      ? `Completion and hover p95 ≤ 20 ms (quick mode: ${label}, the goal is at 5,000)`
      : 'Completion and hover p95 ≤ 20 ms at 5,000 initiatives';
    result.goals.push({
      text: goalText,
      measured: `completion p95 ${ms(all.completion.p95)}, hover p95 ${ms(all.hover.p95)}; right after an edit p95 ${ms(typed.p95)}`,
      met: ctx.quick ? undefined : all.completion.p95 <= 20 && all.hover.p95 <= 20,
    });
    result.notes.push(
      `${spots.length} positions (${perKind} of each kind: competency values, keys, depends_on ids, dates) on the open ${count(size)}-initiative roadmap after its first diagnostics; each request timed from sending to its response, one at a time. ` +
        'The goal is judged on these; "right after an edit" asks for completion immediately after a one-character change, before the change has been analysed, and is shown for information.',
    );
  } finally {
    await server.session.shutdown();
  }
  return result;
}
