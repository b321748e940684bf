import type { FoldingRange } from 'vscode-languageserver-types';
import type { DocumentContext } from '../documentContext';
import { indentationBlocks } from './indentationBlocks';

/**
 * Folds every block (initiatives, each initiative, horizon, governance, journey, measures,
 * milestones, links...) and every comment block, from indentation: it works the same
 * while the document has a syntax error.
 */
export function getFoldingRanges(ctx: DocumentContext): FoldingRange[] {
  const { regions, comments } = indentationBlocks(ctx.text, ctx.analysis.lines);
  const out: FoldingRange[] = [
    ...regions.map((r) => ({ startLine: r.startLine, endLine: r.endLine })),
    ...comments.map((c) => ({ startLine: c.startLine, endLine: c.endLine, kind: 'comment' })),
  ];
  return out.sort((a, b) => a.startLine - b.startLine || a.endLine - b.endLine);
}
