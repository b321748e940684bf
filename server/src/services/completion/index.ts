import type { CompletionItem, CompletionList, Position, Range } from 'vscode-languageserver-types';
import type { CalendarDate } from '../../core/dates';
import type { DocumentContext } from '../documentContext';
import type { CompletionRequest } from './completionRequest';
import { keyItems, newItemItem, presentKeys } from './keyCompletions';
import { roadmapIndexOf } from '../modelIndex';
import { roadmapData } from '../roadmapData';
import type { RoadmapData } from '../roadmapData';
import { childSpot, schemaAt, shapeOf } from '../schemaLookup';
import { valueItems } from './valueCompletions';
import { samePath } from '../scan/scanModel';
import type { CursorSpot, PathSegment, ScanFrame, ScanResult, ScanToken } from '../scan/scanModel';
import { scanAround, splitItemAt } from '../scan/scanWindow';

/**
 * Completion for roadmap files: keys by where the cursor stands, values by key, new list
 * items as snippets. The cursor's place is read from the text, so completion works while
 * the line is half typed and while the file has a syntax error elsewhere; the analysis
 * model only supplies data (ids, titles, owners, stages) when the file parses.
 */
export function getCompletions(ctx: DocumentContext, position: Position, today: CalendarDate): CompletionList {
  const lines = ctx.analysis.lines;
  const scan = scanAround(ctx, lines.offsetAt(position), true);
  const spot = scan.spot;
  if (!spot) return { isIncomplete: false, items: [] };
  let range: Range = lines.rangeOf(spot.token.start, spot.token.end);
  // A client accepts only a one-line range around the cursor; a quoted value may span lines.
  if (range.start.line !== position.line || range.end.line !== position.line)
    range = { start: position, end: position };
  let data: RoadmapData | undefined;
  const req: CompletionRequest = {
    range,
    start: spot.token.start,
    column: range.start.character,
    flow: spot.kind === 'dash' ? false : spot.kind === 'slot' ? spot.flow : spot.map.flow,
    tight: spot.kind === 'value' && spot.tight,
    unit: indentUnit(scan),
    today,
    scan,
    model: ctx.analysis.model,
    index: () => roadmapIndexOf(ctx.analysis),
    itemStart: splitItemAt(ctx, spot.token.start)?.start,
    data: () => (data ??= roadmapData(ctx, scan)),
    typed: spot.token.text,
    incomplete: false,
  };
  const items = itemsFor(spot, req);
  // The order is meaningful (the schema's order, the nearest dates first), so clients keep it.
  return {
    isIncomplete: req.incomplete,
    items: items.map((item, i) => ({ ...item, sortText: String(i).padStart(3, '0') })),
  };
}

function itemsFor(spot: CursorSpot, req: CompletionRequest): CompletionItem[] {
  switch (spot.kind) {
    case 'key':
      return [
        ...newItemsAfterLists(spot, req),
        ...keyItems(spot.map.path, presentKeys([spot.map]), req, spot.hasColon),
      ];
    case 'value':
      return valueItems([...spot.map.path, spot.key], req);
    case 'dash': {
      const same = spot.sameColumnMap;
      return [
        ...listStartItems(spot.seq.path, req),
        ...(same ? keyItems(same.path, presentKeys([same]), req, false) : []),
      ];
    }
    case 'slot':
      return slotItems(spot, req);
  }
}

/**
 * A word typed on a line of its own, off the dashes' column of a list of initiatives (or
 * measures, milestones, links) that it ends or follows: the new item of each such list,
 * written at that list's column, nearest list first. So typing `initiative` at the end of
 * the file or inside the last initiative still offers a new initiative. Not offered while
 * the item the line is in goes on below it: the new item would take its last keys.
 */
function newItemsAfterLists(spot: Extract<CursorSpot, { kind: 'key' }>, req: CompletionRequest): CompletionItem[] {
  // Offered for a word that can still become the noun: a client filters the rest as it is typed.
  const typed = req.typed.toLowerCase();
  if (spot.hasColon || spot.map.flow || typed === '') return [];
  const lists: { seq: ScanFrame; item: number }[] = [];
  // The list the mapping's last key holds, when the cursor comes after its items.
  const ended = req.scan.frames.find(
    (f) => f.kind === 'seq' && !f.flow && f.parent === spot.map && f.path[f.path.length - 1] === spot.map.lastKey,
  );
  if (ended) lists.push({ seq: ended, item: ended.index });
  // The lists the mapping is an item of, at any depth.
  for (let child: ScanFrame = spot.map, f = spot.map.parent; f; child = f, f = f.parent) {
    const index = child.path[f.path.length];
    if (f.kind === 'seq' && !f.flow && typeof index === 'number') lists.push({ seq: f, item: index });
  }
  const next = firstTokenAfter(req.scan.tokens, spot.token.end);
  const out: CompletionItem[] = [];
  for (const { seq, item } of lists) {
    if (seq.indent === req.column) continue;
    if (next?.frame && startsWith(next.frame.path, [...seq.path, item])) continue;
    const list = schemaAt(seq.path);
    const offered = list && newItemItem(list, seq.path, req, true, seq.indent);
    if (offered?.filterText?.startsWith(typed)) out.push(offered);
  }
  return out;
}

/** The first token that starts at or after `offset` (tokens come in document order). */
function firstTokenAfter(tokens: readonly ScanToken[], offset: number): ScanToken | undefined {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return tokens[lo];
}

function startsWith(path: readonly PathSegment[], prefix: readonly PathSegment[]): boolean {
  return prefix.length <= path.length && prefix.every((s, i) => s === path[i]);
}

/** The first thing in a new node: keys of a mapping, a list's first item, or a value. */
function slotItems(spot: Extract<CursorSpot, { kind: 'slot' }>, req: CompletionRequest): CompletionItem[] {
  const schema = schemaAt(spot.path);
  if (!schema) return [];
  switch (shapeOf(schema)) {
    case 'list':
      return spot.flow ? [] : listStartItems(spot.path, req);
    case 'scalar':
      return valueItems(spot.path, req);
    case 'map': {
      const inList = typeof spot.path[spot.path.length - 1] === 'number';
      const list = inList ? schemaAt(spot.path.slice(0, -1)) : undefined;
      if (spot.flow) {
        const item = list && newItemItem(list, spot.path.slice(0, -1), req, false);
        return item ? [item] : [];
      }
      const maps = req.scan.frames.filter(
        (f) => f.kind === 'map' && f.parent === spot.parent && samePath(f.path, spot.path),
      );
      const present = presentKeys(maps);
      const keys = keyItems(spot.path, present, req, false);
      const item = list && present.size === 0 ? newItemItem(list, spot.path.slice(0, -1), req, false) : undefined;
      return item ? [item, ...keys] : keys;
    }
  }
}

/** Where a list's next `- ` goes: a whole new item, or a value with its dash. */
function listStartItems(listPath: readonly PathSegment[], req: CompletionRequest): CompletionItem[] {
  const list = schemaAt(listPath);
  if (!list || shapeOf(list) !== 'list') return [];
  const item = childSpot(list, 0);
  if (item && shapeOf(item) === 'map') {
    const snippet = newItemItem(list, listPath, req, true);
    return snippet ? [snippet] : [];
  }
  return valueItems([...listPath, 0], req, { prefix: '- ' });
}

/** The file's indentation step: the smallest one between a block mapping and a nested one. */
function indentUnit(scan: ScanResult): number {
  let unit = Infinity;
  for (const f of scan.frames) {
    const p = f.parent;
    if (f.kind === 'map' && !f.flow && p && !p.flow && p.kind === 'map' && f.indent > p.indent)
      unit = Math.min(unit, f.indent - p.indent);
  }
  return unit === Infinity ? 2 : unit;
}
