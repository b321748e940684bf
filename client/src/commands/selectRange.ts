import * as vscode from 'vscode';

interface WirePosition {
  line: number;
  character: number;
}

/**
 * Selects a range of an open roadmap. A quick fix that writes a placeholder (a sponsor's
 * or an owner's name) runs it after its edit, so that typing replaces the placeholder: an
 * LSP code action cannot place the cursor itself. The language server learns the
 * command's name from the client's initialization options.
 */
export function selectRange(): (uri: unknown, range: unknown) => void {
  return (uri, range) => {
    if (typeof uri !== 'string' || !isWireRange(range)) return;
    const editor = [vscode.window.activeTextEditor, ...vscode.window.visibleTextEditors].find(
      (e) => e?.document.uri.toString() === uri,
    );
    if (!editor) return;
    const selection = new vscode.Selection(
      range.start.line,
      range.start.character,
      range.end.line,
      range.end.character,
    );
    editor.selection = selection;
    editor.revealRange(selection);
  };
}

function isWireRange(value: unknown): value is { start: WirePosition; end: WirePosition } {
  if (typeof value !== 'object' || value === null) return false;
  const { start, end } = value as { start?: unknown; end?: unknown };
  return isWirePosition(start) && isWirePosition(end);
}

function isWirePosition(value: unknown): value is WirePosition {
  if (typeof value !== 'object' || value === null) return false;
  const { line, character } = value as { line?: unknown; character?: unknown };
  return Number.isInteger(line) && Number.isInteger(character) && (line as number) >= 0 && (character as number) >= 0;
}
