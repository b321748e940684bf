import type { DocumentContext } from '../documentContext';
import type { ScanResult } from './scanModel';
import { scanYaml } from './yamlScan';

/**
 * Scans only the part of the text that decides the context at `at`: in a roadmap read
 * initiative by initiative, the header plus the one initiative around `at`. A request then
 * costs the same on a 5,000-initiative file as on a small one. Offsets in the result are
 * offsets in the whole text. `cursor`: mark `at` as the cursor (completion does).
 */
export function scanAround(ctx: DocumentContext, at: number, cursor: boolean): ScanResult {
  const split = ctx.analysis.split;
  if (!split) return scanYaml(ctx.text, cursor ? at : undefined);
  const header = ctx.text.slice(0, split.headerEnd);
  if (at < split.headerEnd) return scanYaml(header, cursor ? at : undefined);
  const item = itemAt(split.items, at);
  if (!item) return scanYaml(ctx.text, cursor ? at : undefined);
  return scanItem(ctx, item, cursor ? at : undefined);
}

/** The header and one initiative of a split roadmap, scanned, with offsets in the whole text. */
export function scanItem(ctx: DocumentContext, item: { start: number; end: number }, cursor?: number): ScanResult {
  const headerEnd = ctx.analysis.split?.headerEnd ?? 0;
  const shift = item.start - headerEnd;
  const scan = scanYaml(
    ctx.text.slice(0, headerEnd) + ctx.text.slice(item.start, item.end),
    cursor === undefined ? undefined : cursor - shift,
  );
  // Tokens are the only holders of offsets (frames and the cursor spot refer to them).
  for (const token of scan.tokens) {
    if (token.start < headerEnd) continue;
    const moved = token as { start: number; end: number };
    moved.start += shift;
    moved.end += shift;
  }
  return scan;
}

/** Where the initiative around `at` lies, in a roadmap read initiative by initiative. */
export function splitItemAt(ctx: DocumentContext, at: number): { start: number; end: number } | undefined {
  const split = ctx.analysis.split;
  return split && at >= split.headerEnd ? itemAt(split.items, at) : undefined;
}

function itemAt(
  items: readonly { start: number; end: number }[],
  at: number,
): { start: number; end: number } | undefined {
  let lo = 0;
  let hi = items.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const item = items[mid]!;
    if (item.end <= at && mid < items.length - 1) lo = mid + 1;
    else if (item.start > at) hi = mid - 1;
    else return item;
  }
  return undefined;
}
