/** The test workspace (a temporary copy, so the tests may edit and save it) and its roadmaps. */
import * as vscode from 'vscode';
import { nextDiagnosticsChange } from './waitFor';

export const EXTENSION_ID = 'cxroadmap.cxroadmap';

export function extensionUnderTest(): vscode.Extension<unknown> {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  if (!extension) throw new Error(`${EXTENSION_ID} is not loaded in this VS Code`);
  return extension;
}

export function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the tests need the test workspace open as a folder');
  return folder.uri;
}

export function fixture(relativePath: string): vscode.Uri {
  return vscode.Uri.joinPath(workspaceRoot(), relativePath);
}

/**
 * Opens a roadmap and waits until the server has published for it. A document that is
 * already open was waited for when it was opened.
 */
export async function openRoadmap(uri: vscode.Uri): Promise<vscode.TextDocument> {
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  if (open) return open;
  const published = nextDiagnosticsChange(uri, `the first diagnostics of ${uri.fsPath}`);
  const document = await vscode.workspace.openTextDocument(uri);
  await published;
  return document;
}

/** Puts a file-backed document back to `text`, saved, so the next test starts from the fixture. */
export async function restore(document: vscode.TextDocument, text: string): Promise<void> {
  if (document.getText() !== text) {
    const edit = new vscode.WorkspaceEdit();
    edit.replace(
      document.uri,
      new vscode.Range(document.positionAt(0), document.positionAt(document.getText().length)),
      text,
    );
    if (!(await vscode.workspace.applyEdit(edit))) throw new Error(`could not restore ${document.uri.fsPath}`);
  }
  if (document.isDirty && !(await document.save())) throw new Error(`could not save ${document.uri.fsPath}`);
}

/**
 * Opens the fixture before the suite's tests and puts its text back after each, so that every
 * test starts from the fixture; `opened` receives the document and that text.
 */
export function restoredAfterEach(
  relativePath: string,
  opened: (document: vscode.TextDocument, original: string) => void,
): void {
  let document: vscode.TextDocument | undefined;
  let original = '';
  before(async () => {
    document = await openRoadmap(fixture(relativePath));
    original = document.getText();
    opened(document, original);
  });
  afterEach(async () => {
    if (document) await restore(document, original);
  });
}

/** The position of the first `needle` at or after `from` (when given), plus `delta` characters. */
export function positionOf(document: vscode.TextDocument, needle: string, delta = 0, from?: string): vscode.Position {
  const text = document.getText();
  const start = from === undefined ? 0 : text.indexOf(from);
  const offset = start < 0 ? -1 : text.indexOf(needle, start);
  if (offset < 0)
    throw new Error(`"${needle}"${from === undefined ? '' : ` after "${from}"`} is not in ${document.uri.fsPath}`);
  return document.positionAt(offset + delta);
}

/** The range `needle` covers, found as in positionOf. */
export function rangeOf(document: vscode.TextDocument, needle: string, from?: string): vscode.Range {
  const start = positionOf(document, needle, 0, from);
  return new vscode.Range(start, start.translate(0, needle.length));
}
