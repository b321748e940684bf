import * as vscode from 'vscode';
import { LANGUAGE_ID } from '../contributions';
import { roadmapSkeleton } from '../roadmapSkeleton';

/** "CX Roadmap: New Roadmap": an untitled roadmap, checked by the server like any other. */
export function newRoadmap(today: () => Date = () => new Date()): () => Promise<void> {
  return async () => {
    const document = await vscode.workspace.openTextDocument({
      language: LANGUAGE_ID,
      content: roadmapSkeleton(today()),
    });
    await vscode.window.showTextDocument(document);
  };
}
