import { ResponseError, ErrorCodes } from 'vscode-languageserver';
import type { Connection, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import {
  getDefinition,
  getDocumentSymbols,
  getFoldingRanges,
  getReferences,
  prepareRename,
  rename,
} from '../../services/navigation';
import type { RoadmapDocuments } from '../roadmapDocuments';
import { safeHandler } from '../safeHandler';

/** Outline, go to definition, references, rename and folding: all from the same model. */
export function registerNavigation(
  connection: Connection,
  documents: TextDocuments<TextDocument>,
  roadmaps: RoadmapDocuments,
  log: (m: string) => void,
): void {
  const context = (uri: string) => {
    const doc = documents.get(uri);
    return doc ? roadmaps.context(doc) : undefined;
  };
  connection.onDocumentSymbol(
    safeHandler('document symbols', log, [], (p) => {
      const c = context(p.textDocument.uri);
      return c ? getDocumentSymbols(c) : [];
    }),
  );
  connection.onDefinition(
    safeHandler('definition', log, [], (p) => {
      const c = context(p.textDocument.uri);
      return c ? getDefinition(c, p.position) : [];
    }),
  );
  connection.onReferences(
    safeHandler('references', log, [], (p) => {
      const c = context(p.textDocument.uri);
      return c ? getReferences(c, p.position, p.context.includeDeclaration) : [];
    }),
  );
  connection.onFoldingRanges(
    safeHandler('folding ranges', log, [], (p) => {
      const c = context(p.textDocument.uri);
      return c ? getFoldingRanges(c) : [];
    }),
  );
  connection.onPrepareRename(
    safeHandler('prepare rename', log, null, (p) => {
      const c = context(p.textDocument.uri);
      return c ? prepareRename(c, p.position) : null;
    }),
  );
  connection.onRenameRequest((p) => {
    const c = context(p.textDocument.uri);
    if (!c) return null;
    let result: ReturnType<typeof rename>;
    try {
      result = rename(c, p.position, p.newName);
    } catch (error) {
      log(`cxroadmap: rename failed: ${String(error)}`);
      return null;
    }
    // A refused name is the user's to correct, so it travels back as a visible error.
    if (result && 'error' in result) return new ResponseError(ErrorCodes.InvalidParams, result.error);
    return result;
  });
}
