import * as vscode from 'vscode';
import type { ChartInitiative } from '../../../protocol/chartRequests';
import type { WireRange } from '../../../protocol/chartWire';

export function toRange(range: WireRange): vscode.Range {
  return new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
}

/**
 * Shows the roadmap with the initiative's id selected: in the editor that already shows it,
 * else in a column other than the preview's.
 */
export async function revealInitiative(
  document: vscode.TextDocument,
  initiative: ChartInitiative,
  previewColumn: vscode.ViewColumn | undefined,
): Promise<void> {
  const selection = toRange(initiative.idRange);
  const shown = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === document.uri.toString());
  const viewColumn =
    shown?.viewColumn ?? (previewColumn === vscode.ViewColumn.One ? vscode.ViewColumn.Two : vscode.ViewColumn.One);
  const editor = await vscode.window.showTextDocument(document, { viewColumn, selection, preserveFocus: false });
  editor.revealRange(selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}
