import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { ChartExportRequest } from '../../../protocol/chartRequests';
import type { ExportFormat } from '../../../protocol/chartWire';
import { isoToday } from './today';

/** Where the save dialog starts: beside the roadmap, named after it, as `cxroadmap gantt` names its output. */
function suggestedTarget(document: vscode.Uri, format: ExportFormat): vscode.Uri | undefined {
  const extension = `.${format}`;
  if (document.scheme === 'untitled') {
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    return folder ? vscode.Uri.joinPath(folder, `roadmap${extension}`) : undefined;
  }
  const path = /\.ya?ml$/i.test(document.path)
    ? document.path.replace(/\.ya?ml$/i, extension)
    : `${document.path}${extension}`;
  return document.with({ path });
}

/**
 * "Export as SVG/HTML…": the file `cxroadmap gantt` would write for the text as it is in the
 * editor, saved where the user chooses. With no format given, the chosen name decides it.
 */
export async function exportChart(
  client: () => Promise<LanguageClient>,
  document: vscode.Uri,
  format: ExportFormat | undefined,
): Promise<void> {
  const filters: Record<string, string[]> = {};
  if (format !== 'svg') filters[vscode.l10n.t('HTML page')] = ['html'];
  if (format !== 'html') filters[vscode.l10n.t('SVG image')] = ['svg'];
  const target = await vscode.window.showSaveDialog({
    title: vscode.l10n.t('Export the Gantt chart'),
    saveLabel: vscode.l10n.t('Export'),
    defaultUri: suggestedTarget(document, format ?? 'html'),
    filters,
  });
  if (!target) return;
  const chosen: ExportFormat = format ?? (/\.svg$/i.test(target.path) ? 'svg' : 'html');
  const params: ChartExportRequest['params'] = { uri: document.toString(), format: chosen, today: isoToday() };
  const result = await (await client()).sendRequest<ChartExportRequest['result']>(ChartExportRequest.method, params);
  if (!result) {
    void vscode.window.showWarningMessage(
      vscode.l10n.t('The language server has not read this roadmap yet; try again in a moment.'),
    );
    return;
  }
  if (result.content === null) {
    void vscode.window.showWarningMessage(
      vscode.l10n.t('The roadmap has syntax errors: fix them to export its chart.'),
    );
    return;
  }
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(result.content));
  void offerExported(target);
}

/** The notice that the file is written, with what one usually does next: look at it, or find it to share it. */
async function offerExported(target: vscode.Uri): Promise<void> {
  const open = vscode.l10n.t('Open');
  const reveal = vscode.l10n.t('Reveal');
  const choice = await vscode.window.showInformationMessage(
    vscode.l10n.t('Exported the Gantt chart to {0}.', vscode.workspace.asRelativePath(target)),
    open,
    reveal,
  );
  // On a desktop the page and the image are for the system's browser or image viewer. In a
  // browser-based or remote VS Code the system cannot reach the file: VS Code shows it itself.
  const local = vscode.env.uiKind === vscode.UIKind.Desktop && vscode.env.remoteName === undefined;
  if (choice === open) {
    if (local) await vscode.env.openExternal(target);
    else await vscode.commands.executeCommand('vscode.open', target);
  } else if (choice === reveal) {
    await vscode.commands.executeCommand(local ? 'revealFileInOS' : 'revealInExplorer', target);
  }
}
