import type { Connection, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from '../../core/diagnostic';
import { getCodeActions } from '../../services/codeActions';
import type { CodeActionClient } from '../../services/codeActions';
import type { RoadmapDocuments } from '../roadmapDocuments';
import { safeHandler } from '../safeHandler';

export function registerCodeActions(
  connection: Connection,
  documents: TextDocuments<TextDocument>,
  roadmaps: RoadmapDocuments,
  log: (m: string) => void,
  client: CodeActionClient,
): void {
  connection.onCodeAction(
    safeHandler('code actions', log, [], (params) => {
      const doc = documents.get(params.textDocument.uri);
      if (!doc) return [];
      // Only our own diagnostics carry codes the fixes understand.
      const ours = params.context.diagnostics.filter((d) => d.source === 'cxroadmap') as Diagnostic[];
      return getCodeActions(roadmaps.context(doc), params.range, ours, params.context.only, client);
    }),
  );
}
