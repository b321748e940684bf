import type { CodeAction, Position, Range, TextEdit } from 'vscode-languageserver-types';
import type { FixInput } from './fixInput';
import { quickFix } from './fixInput';

/**
 * A fix that writes a placeholder value the user is expected to replace (a sponsor's or an
 * owner's name). The value is valid, so the finding goes away at once. A code action cannot
 * place the cursor, so when the client named a command that selects a range
 * (`selectCommand`), the action runs it after its edit: the placeholder is selected and
 * typing replaces it, as in a snippet.
 */
export function placeholderFix(
  input: FixInput,
  title: string,
  edits: TextEdit[] | undefined,
  placeholder: string,
): CodeAction[] {
  const actions = quickFix(input, title, edits);
  const command = input.selectCommand;
  const range = command && edits?.length === 1 ? rangeAfter(edits[0]!, placeholder) : undefined;
  for (const action of actions) {
    if (command && range) action.command = { title, command, arguments: [input.ctx.uri, range] };
  }
  return actions;
}

/**
 * Where `placeholder`, the last occurrence in the edit's new text, stands once the edit is
 * applied: nothing before the edit moves, so it is counted from the edit's start.
 */
function rangeAfter(edit: TextEdit, placeholder: string): Range | undefined {
  const at = edit.newText.lastIndexOf(placeholder);
  if (at < 0 || /[\r\n]/.test(placeholder)) return undefined;
  const before = edit.newText.slice(0, at).split(/\r\n|\r|\n/);
  const last = before[before.length - 1]!;
  const start: Position =
    before.length === 1
      ? { line: edit.range.start.line, character: edit.range.start.character + last.length }
      : { line: edit.range.start.line + before.length - 1, character: last.length };
  return { start, end: { line: start.line, character: start.character + placeholder.length } };
}
