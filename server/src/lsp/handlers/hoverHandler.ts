import type { Connection, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { getHover } from '../../services/hover';
import type { RoadmapDocuments } from '../roadmapDocuments';
import { safeHandler } from '../safeHandler';

export function registerHover(
  connection: Connection,
  documents: TextDocuments<TextDocument>,
  roadmaps: RoadmapDocuments,
  log: (m: string) => void,
): void {
  connection.onHover(
    safeHandler('hover', log, null, (params) => {
      const doc = documents.get(params.textDocument.uri);
      return doc ? getHover(roadmaps.context(doc), params.position) : null;
    }),
  );
}
