import type { Connection, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { getCompletions } from '../../services/completion';
import type { RoadmapDocuments } from '../roadmapDocuments';
import { safeHandler } from '../safeHandler';

export function registerCompletion(
  connection: Connection,
  documents: TextDocuments<TextDocument>,
  roadmaps: RoadmapDocuments,
  log: (m: string) => void,
): void {
  connection.onCompletion(
    safeHandler('completion', log, null, (params) => {
      const doc = documents.get(params.textDocument.uri);
      if (!doc) return null;
      const now = new Date();
      // The clock is read here, at the edge; the service itself stays deterministic.
      const today = { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() };
      return getCompletions(roadmaps.context(doc), params.position, today);
    }),
  );
}
