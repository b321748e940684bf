/**
 * Our server's memory with a large roadmap open, read from `/proc` as the operating system
 * sees it: after the first diagnostics, then along 1,000 one-character edits. Nothing is
 * forced (no GC calls): this is what an editor would live with.
 */
import type { BenchContext } from './context';
import { titleEdits } from './editScript';
import { processMemory } from './machine';
import { count, emptyResult } from './result';
import type { SuiteResult } from './result';
import { diagnosticsAfter, startOurs, uriOf } from './servers';

export async function runServerMemory(ctx: BenchContext): Promise<SuiteResult> {
  const result = emptyResult('memory', 'Language server memory');
  const size = ctx.quick ? 1000 : 5000;
  const total = ctx.quick ? 200 : 1000;
  const every = 50;
  const file = ctx.roadmapFile(size);
  const text = ctx.text(size);
  const uri = uriOf(file);
  ctx.log(`memory: ${size} initiatives, ${total} edits`);
  const server = await startOurs(ctx.workDir);
  try {
    const pid = server.session.pid;
    const before = processMemory(pid);
    if (!before) {
      result.notes.push('Memory could not be read: /proc/<pid>/status is not available on this system.');
      return result;
    }
    const opened = diagnosticsAfter(server, uri, 1, 60_000);
    await server.session.open(uri, server.languageId, text, 1);
    await opened;
    const afterOpen = processMemory(pid)!;
    const series: { edits: number; rssMB: number; peakMB: number }[] = [{ edits: 0, ...afterOpen }];
    let version = 1;
    const edits = titleEdits(text, total);
    for (let i = 0; i < edits.length; i++) {
      version += 1;
      const checkpoint = (i + 1) % every === 0;
      // Edits go out as fast as they are typed; every 50th waits for its diagnostics, so the work really happens.
      const fresh = checkpoint ? diagnosticsAfter(server, uri, version, 60_000) : undefined;
      await server.session.change(uri, version, [edits[i].change]);
      if (fresh) {
        await fresh;
        series.push({ edits: i + 1, ...processMemory(pid)! });
      }
    }
    const last = series[series.length - 1];
    const peak = Math.max(...series.map((s) => s.peakMB));
    const mb = (v: number): string => `${v.toFixed(1)} MB`;
    result.rows.push({ label: 'RSS at start (before opening)', value: before.rssMB, unit: 'MB' });
    result.rows.push({
      label: `peak RSS (VmHWM) after opening ${count(size)} initiatives`,
      value: afterOpen.peakMB,
      unit: 'MB',
      detail: `RSS now ${mb(afterOpen.rssMB)}`,
    });
    result.rows.push({
      label: `peak RSS after ${count(total)} edits`,
      value: peak,
      unit: 'MB',
      detail: `RSS now ${mb(last.rssMB)}`,
    });
    result.rows.push({
      label: `RSS growth over ${count(total)} edits`,
      value: last.rssMB - afterOpen.rssMB,
      unit: 'MB',
      detail: `RSS along the edits: ${series
        .filter((_, i) => i % 4 === 0 || i === series.length - 1)
        .map((s) => `${s.edits}: ${mb(s.rssMB)}`)
        .join(', ')}`,
    });
    const where = ctx.quick ? ` (quick mode: ${count(size)} initiatives and ${count(total)} edits)` : '';
    result.goals.push({
      text: `Server peak memory ≤ 250 MB with a 5,000-initiative roadmap open${where}`,
      measured: `peak ${mb(peak)}`,
      met: ctx.quick ? undefined : peak <= 250,
    });
    // Growth is judged on the floor of RSS (the samples taken just after the collector ran):
    // a leak raises it, while single samples land anywhere on the collector's sawtooth.
    // The first quarter of the edits lets caches and the heap settle.
    const settled = series.filter((s) => s.edits > total / 4);
    const firstHalf = settled.filter((s) => s.edits <= total / 2);
    const secondHalf = settled.filter((s) => s.edits > total / 2);
    const floor = (samples: typeof series): number => Math.min(...samples.map((s) => s.rssMB));
    const growth = floor(secondHalf) - floor(firstHalf);
    result.goals.push({
      text: `No growth over 1,000 edits${where}`,
      measured: `lowest RSS ${mb(floor(firstHalf))} from edit ${firstHalf[0].edits} to ${total / 2}, ${mb(floor(secondHalf))} from ${secondHalf[0].edits} to ${total} (${growth >= 0 ? '+' : ''}${mb(growth)})`,
      met: ctx.quick ? undefined : growth <= Math.max(10, 0.05 * floor(firstHalf)),
    });
    result.notes.push(
      `VmHWM (peak) and VmRSS from /proc/<pid>/status of the server process, over stdio, ${count(total)} one-character edits into different titles, every ${every}th awaited until its diagnostics arrived. ` +
        '"No growth" compares the lowest RSS sampled in the second half of the edits with the lowest in the first half (after the first quarter, while caches fill): met when it is within 10 MB (or 5%). A leak raises that floor; single samples land anywhere on the collector\'s sawtooth. The heap is never forced to collect.',
    );
  } finally {
    await server.session.shutdown();
  }
  return result;
}
