import * as vscode from 'vscode';
import { LANGUAGE_ID } from '../contributions';
import { roadmapSkeleton } from '../roadmapSkeleton';

/** The name "Save" proposes for a new roadmap: one the language and the command line recognise. */
export const NEW_ROADMAP_NAME = 'roadmap.cxroadmap.yaml';

/**
 * "CX Roadmap: New Roadmap": an untitled roadmap, checked by the server like any other. The
 * untitled document carries a file name, so that saving it proposes
 * `roadmap.cxroadmap.yaml` in the first workspace folder instead of a name made from the
 * first comment line, which would lose the `.cxroadmap.yaml` ending and with it the language.
 */
export function newRoadmap(today: () => Date = () => new Date()): () => Promise<void> {
  return async () => {
    const document = await emptyUntitledRoadmap();
    const editor = await vscode.window.showTextDocument(document);
    await editor.edit((builder) => builder.insert(new vscode.Position(0, 0), roadmapSkeleton(today())));
    if (document.languageId !== LANGUAGE_ID) await vscode.languages.setTextDocumentLanguage(document, LANGUAGE_ID);
  };
}

/**
 * An empty untitled document named `roadmap.cxroadmap.yaml`, else `roadmap-2.cxroadmap.yaml`,
 * …: the first name that is neither a file nor a document with text already (an earlier
 * new roadmap still open, or one VS Code has closed but not yet let go of).
 */
async function emptyUntitledRoadmap(): Promise<vscode.TextDocument> {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  for (let n = 1; ; n++) {
    const name = n === 1 ? NEW_ROADMAP_NAME : NEW_ROADMAP_NAME.replace('.cxroadmap.yaml', `-${n}.cxroadmap.yaml`);
    const file = folder ? vscode.Uri.joinPath(folder, name) : undefined;
    if (file && (await exists(file))) continue;
    const untitled = file ? file.with({ scheme: 'untitled' }) : vscode.Uri.from({ scheme: 'untitled', path: name });
    const document = await vscode.workspace.openTextDocument(untitled);
    if (document.getText() === '') return document;
  }
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}
