import { SymbolKind } from 'vscode-languageserver-types';
import type { DocumentSymbol, Range } from 'vscode-languageserver-types';
import { COMPETENCY_NAMES } from '../../core/competencyNames';
import { isCompetencyId } from '../../core/model/types';
import type { Initiative, Span } from '../../core/model/types';
import type { DocumentContext } from '../documentContext';
import { innerSpan } from './idAtPosition';
import { indentationBlocks } from './indentationBlocks';

/** Where initiatives whose competency is missing or unknown are listed. */
export const NO_COMPETENCY = 'Without a known competency';

/**
 * The outline: `horizon`, `governance` and `journey`, then the initiatives in file order,
 * each run of neighbours with the same competency under one namespace of that competency.
 * A competency whose initiatives are spread over the list gets a namespace per run: a
 * namespace holding them all would span the others' initiatives, and breadcrumbs, sticky
 * scroll and badges would name the wrong competency there. Ranges nest and never overlap.
 * Built from the model: a document that does not parse has an empty outline, and one whose
 * initiatives are read one by one keeps those that parse.
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

  let run: { key: string; children: DocumentSymbol[] } | undefined;
  const closeRun = () => {
    if (run) out.push(namespaceSymbol(run.key, run.children));
  };
  for (const initiative of model.initiatives) {
    const competency = initiative.competency?.value;
    const key = competency !== undefined && isCompetencyId(competency) ? competency : NO_COMPETENCY;
    const symbol = initiativeSymbol(ctx, initiative);
    if (run?.key === key) {
      run.children.push(symbol);
      continue;
    }
    closeRun();
    run = { key, children: [symbol] };
  }
  closeRun();
  return out.sort(
    (a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character,
  );
}

/** One run of neighbouring initiatives of one competency (or of none known). */
function namespaceSymbol(key: string, children: DocumentSymbol[]): DocumentSymbol {
  const namespace: DocumentSymbol = {
    name: isCompetencyId(key) ? COMPETENCY_NAMES[key] : NO_COMPETENCY,
    kind: SymbolKind.Namespace,
    range: { start: children[0]!.range.start, end: children[children.length - 1]!.range.end },
    // A run exists only once an initiative is in it.
    selectionRange: children[0]!.selectionRange,
    children,
  };
  if (key !== NO_COMPETENCY) namespace.detail = key;
  return namespace;
}

function initiativeSymbol(ctx: DocumentContext, i: Initiative): DocumentSymbol {
  const end = trimmedEnd(ctx.text, i.span);
  const range = rangeOf(ctx, { start: withDash(ctx.text, i.span.start), end });
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

/**
 * The `- ` that opens a list item on the line of its first key: the item's mapping starts
 * after it, but a cursor on the dash is in the initiative too.
 */
function withDash(text: string, start: number): number {
  let at = start;
  while (at > 0 && text.charCodeAt(at - 1) === 32) at--;
  if (at === start || text.charCodeAt(at - 1) !== 45 /* - */) return start;
  for (let k = at - 2; k >= 0; k--) {
    const c = text.charCodeAt(k);
    if (c === 10 || c === 13) break;
    if (c !== 32) return start;
  }
  return at - 1;
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
