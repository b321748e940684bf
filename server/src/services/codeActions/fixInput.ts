import type { CodeAction, Diagnostic as LspDiagnostic, TextEdit } from 'vscode-languageserver-types';
import type { Document } from 'yaml';
import type { Diagnostic } from '../../core/diagnostic';
import type { Initiative } from '../../core/model/types';
import type { DocumentContext } from '../documentContext';
import type { DocText } from './docText';

/** One diagnostic to fix, matched to the current analysis. */
export interface FixInput {
  ctx: DocumentContext;
  doc: DocText;
  /** Undefined while the document has a syntax error. */
  yaml: Document.Parsed | undefined;
  /** As the client sent it: the action lists it as it is. */
  diagnostic: LspDiagnostic;
  /** The same diagnostic in the current analysis. */
  current: Diagnostic;
  /** Offsets of the diagnostic's range. */
  start: number;
  end: number;
  /** The client's command that selects a range, called as `(uri, range)`, if it has one. */
  selectCommand?: string | undefined;
}

export type Fix = (input: FixInput) => CodeAction[];

export function quickFix(
  input: FixInput,
  title: string,
  edits: TextEdit[] | undefined,
  preferred = false,
): CodeAction[] {
  if (!edits || edits.length === 0) return [];
  const action: CodeAction = {
    title,
    kind: 'quickfix',
    diagnostics: [input.diagnostic],
    edit: { changes: { [input.ctx.uri]: edits } },
  };
  if (preferred) action.isPreferred = true;
  return [action];
}

export function sameSpan(span: { start: number; end: number } | undefined, input: FixInput): boolean {
  return span !== undefined && span.start === input.start && span.end === input.end;
}

/** The initiative whose problems are anchored at the diagnostic (its `id` value or first key). */
export function initiativeAtAnchor(input: FixInput): Initiative | undefined {
  return input.ctx.analysis.model.initiatives.find((i) => sameSpan(i.anchor, input));
}
