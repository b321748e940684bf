import * as vscode from 'vscode';
import { LANGUAGE_ID } from '../contributions';

/** The example the walkthrough opens: a roadmap with problems of every kind to try the checks and fixes on. */
export const EXAMPLE_NAME = 'needs-work.cxroadmap.yaml';

/**
 * "CX Roadmap: Open Example Roadmap". A workspace that has the example (this repository,
 * the demo) gets its own file; anywhere else an untitled copy of the one shipped with the
 * extension opens, so that trying quick fixes on it changes nothing on disk until the user
 * chooses to save.
 */
export function openExample(extensionUri: vscode.Uri): () => Promise<void> {
  return async () => {
    const [inWorkspace] = await vscode.workspace.findFiles(`**/${EXAMPLE_NAME}`, '**/node_modules/**', 1);
    const document = inWorkspace
      ? await vscode.workspace.openTextDocument(inWorkspace)
      : await untitledCopy(vscode.Uri.joinPath(extensionUri, 'examples', EXAMPLE_NAME));
    await vscode.window.showTextDocument(document, { preview: false });
  };
}

async function untitledCopy(source: vscode.Uri): Promise<vscode.TextDocument> {
  const uri = vscode.Uri.from({ scheme: 'untitled', path: EXAMPLE_NAME });
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  if (open) return open;
  const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(source));
  const document = await vscode.workspace.openTextDocument(uri);
  const edit = new vscode.WorkspaceEdit();
  edit.insert(uri, new vscode.Position(0, 0), text);
  await vscode.workspace.applyEdit(edit);
  if (document.languageId !== LANGUAGE_ID) return vscode.languages.setTextDocumentLanguage(document, LANGUAGE_ID);
  return document;
}
