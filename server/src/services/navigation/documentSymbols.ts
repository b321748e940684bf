import { SymbolKind } from 'vscode-languageserver-types';
import type { DocumentSymbol, Range } from 'vscode-languageserver-types';
import { COMPETENCY_NAMES } from '../../core/competencyNames';
import { COMPETENCY_IDS } from '../../core/model/types';
import type { Initiative, Span } from '../../core/model/types';
import type { DocumentContext } from '../documentContext';
import { innerSpan } from './idAtPosition';
import { indentationBlocks } from './indentationBlocks';

/** Where initiatives whose competency is missing or unknown are listed. */
export const NO_COMPETENCY = 'Without a known competency';

/**
 * The outline: `horizon`, `governance` and `journey`, then one namespace per competency
 * (in the order of the five) holding its initiatives in file order. Built from the model,
 * so a document with a syntax error has an empty outline.
 */
export function getDocumentSymbols(ctx: DocumentContext): DocumentSymbol[] {
  const { model } = ctx.analysis;
  const blockEnd = blockEnds(ctx);
  const out: DocumentSymbol[] = [];
  const top = (name: string, keySpan: Span | undefined, detail: string | undefined) => {
    if (!keySpan) return;
    const line = ctx.analysis.lines.lineOf(keySpan.start);
    const end = ctx.analysis.lines.lineEnd(blockEnd.get(line) ?? line);
    const symbol: DocumentSymbol = {
      name,
      kind: SymbolKind.Object,
      range: rangeOf(ctx, { start: keySpan.start, end }),
      selectionRange: rangeOf(ctx, keySpan),
    };
    if (detail) symbol.detail = detail;
    out.push(symbol);
  };
  const h = model.horizon;
  top('horizon', h?.keySpan, h?.start || h?.end ? `${h.start?.value ?? '?'}\u2013${h.end?.value ?? '?'}` : undefined);
  top('governance', model.governance?.keySpan, model.governance?.board?.value);
  top('journey', model.journey?.keySpan, model.journey?.stages?.map((s) => s.value).join(', '));
  out.sort((a, b) => a.range.start.line - b.range.start.line);

  const groups = new Map<string, Initiative[]>();
  for (const initiative of model.initiatives) {
    const key = initiative.competency?.value ?? NO_COMPETENCY;
    const list = groups.get(key) ?? [];
    list.push(initiative);
    groups.set(key, list);
  }
  for (const key of [...COMPETENCY_IDS, NO_COMPETENCY]) {
    const list = groups.get(key);
    if (!list) continue;
    const children = list.map((i) => initiativeSymbol(ctx, i));
    const range = {
      start: children.map((c) => c.range.start).reduce((a, b) => (before(b, a) ? b : a)),
      end: children.map((c) => c.range.end).reduce((a, b) => (before(a, b) ? b : a)),
    };
    const namespace: DocumentSymbol = {
      name: key === NO_COMPETENCY ? NO_COMPETENCY : COMPETENCY_NAMES[key as keyof typeof COMPETENCY_NAMES],
      kind: SymbolKind.Namespace,
      range,
      // A group exists only once an initiative is in it.
      selectionRange: children[0]!.selectionRange,
      children,
    };
    if (key !== NO_COMPETENCY) namespace.detail = key;
    out.push(namespace);
  }
  return out;
}

function initiativeSymbol(ctx: DocumentContext, i: Initiative): DocumentSymbol {
  const end = trimmedEnd(ctx.text, i.span);
  const range = rangeOf(ctx, { start: i.span.start, end });
  let selectionRange = rangeOf(ctx, i.id ? innerSpan(ctx.text, i.id.span) : i.anchor);
  // An aliased item (`- *common`) has its id elsewhere; the selection must lie in the range.
  if (before(selectionRange.start, range.start) || before(range.end, selectionRange.end)) selectionRange = range;
  const parts: string[] = [];
  if (i.id) parts.push(i.id.value);
  if (i.start || i.end) parts.push(`${i.start?.value ?? '?'}\u2013${i.end?.value ?? '?'}`);
  const symbol: DocumentSymbol = {
    name: i.title?.value ?? i.id?.value ?? `Initiative ${i.index + 1}`,
    kind: i.start && i.end ? SymbolKind.Event : SymbolKind.Object,
    range,
    selectionRange,
  };
  if (parts.length > 0) symbol.detail = parts.join(' \u00b7 ');
  return symbol;
}

/** Start line → last line of the block it opens. */
function blockEnds(ctx: DocumentContext): Map<number, number> {
  const ends = new Map<number, number>();
  for (const r of indentationBlocks(ctx.text, ctx.analysis.lines).regions) ends.set(r.startLine, r.endLine);
  return ends;
}

function trimmedEnd(text: string, span: Span): number {
  let end = span.end;
  while (end > span.start && /\s/.test(text.charAt(end - 1))) end--;
  return end;
}

function rangeOf(ctx: DocumentContext, span: Span): Range {
  return ctx.analysis.lines.rangeOf(span.start, span.end);
}

function before(a: Range['start'], b: Range['start']): boolean {
  return a.line < b.line || (a.line === b.line && a.character < b.character);
}
