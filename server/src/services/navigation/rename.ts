import type { Position, Range, TextEdit, WorkspaceEdit } from 'vscode-languageserver-types';
import type { DocumentContext } from '../documentContext';
import { idAt, idLocation, innerSpan, occurrencesOf, rangeOf } from './idAtPosition';

const ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;

/** Renaming is offered on an initiative id and on an id in `depends_on`, nowhere else. */
export function prepareRename(ctx: DocumentContext, position: Position): { range: Range; placeholder: string } | null {
  const target = idAt(ctx, position);
  if (!target) return null;
  return { range: rangeOf(ctx, innerSpan(ctx.text, target.span)), placeholder: target.id };
}

/** Renames the initiative and every `depends_on` entry that names it, or says why it cannot. */
export function rename(ctx: DocumentContext, position: Position, newName: string): WorkspaceEdit | { error: string } {
  const target = idAt(ctx, position);
  if (!target) return { error: 'Only an initiative id, or an id in `depends_on`, can be renamed.' };
  if (!ID_PATTERN.test(newName)) {
    return {
      error: `\`${newName}\` is not a valid initiative id: use lower-case letters, digits and hyphens, starting with a letter or digit.`,
    };
  }
  if (newName === target.id) return { changes: { [ctx.uri]: [] } };
  const taken = ctx.analysis.model.initiatives.find((i) => i.id?.value === newName);
  if (taken?.id) {
    const line = ctx.analysis.lines.lineOf(taken.id.span.start) + 1;
    return { error: `The id \`${newName}\` is already used by the initiative on line ${line}.` };
  }
  const { declaration, references } = occurrencesOf(ctx, target);
  const spans = [...(declaration?.id ? [declaration.id.span] : []), ...references].sort((a, b) => a.start - b.start);
  const edits: TextEdit[] = spans.map((span) => ({ range: idLocation(ctx, span).range, newText: newName }));
  return { changes: { [ctx.uri]: edits } };
}
