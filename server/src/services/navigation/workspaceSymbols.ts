import { SymbolKind } from 'vscode-languageserver-types';
import type { SymbolInformation } from 'vscode-languageserver-types';
import type { DocumentContext } from '../documentContext';
import { innerSpan } from './idAtPosition';

/**
 * Initiatives of every open roadmap whose id or title contains the query's characters in
 * order (case-insensitive). The name carries both title and id, because editors filter the
 * results by name again: a query typed from the id must still match it.
 */
export function getWorkspaceSymbols(contexts: DocumentContext[], query: string): SymbolInformation[] {
  const q = query.toLowerCase();
  const out: SymbolInformation[] = [];
  for (const ctx of contexts) {
    const { model, lines } = ctx.analysis;
    for (const i of model.initiatives) {
      const id = i.id?.value;
      const title = i.title?.value;
      if (!isSubsequence(q, id) && !isSubsequence(q, title)) continue;
      const span = i.id ? innerSpan(ctx.text, i.id.span) : i.anchor;
      const symbol: SymbolInformation = {
        name: title && id ? `${title} (${id})` : (title ?? id ?? `Initiative ${i.index + 1}`),
        kind: i.start && i.end ? SymbolKind.Event : SymbolKind.Object,
        location: { uri: ctx.uri, range: lines.rangeOf(span.start, span.end) },
      };
      if (model.title) symbol.containerName = model.title.value;
      out.push(symbol);
    }
  }
  return out;
}

function isSubsequence(query: string, candidate: string | undefined): boolean {
  if (candidate === undefined) return false;
  const c = candidate.toLowerCase();
  let at = 0;
  for (const ch of query) {
    at = c.indexOf(ch, at);
    if (at < 0) return false;
    at += ch.length;
  }
  return true;
}
