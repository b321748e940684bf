import type { ClientCapabilities, Connection, ServerCapabilities, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { registerChart } from './handlers/chartHandler';
import { registerCodeActions } from './handlers/codeActionHandler';
import { registerCompletion } from './handlers/completionHandler';
import { registerHover } from './handlers/hoverHandler';
import { registerNavigation } from './handlers/navigationHandlers';
import { registerWorkspaceSymbols } from './handlers/workspaceSymbolHandler';
import type { CodeActionClient } from '../services/codeActions';
import type { RoadmapDocuments } from './roadmapDocuments';

/** The language features, each in a handler module of its own; capabilities computed once. */
export const registerFeatures = {
  capabilities(caps: ClientCapabilities): ServerCapabilities {
    return {
      completionProvider: { triggerCharacters: [':', ' ', '-', '[', ','], resolveProvider: false },
      hoverProvider: true,
      codeActionProvider: caps.textDocument?.codeAction?.codeActionLiteralSupport
        ? { codeActionKinds: ['quickfix'] }
        : true,
      documentSymbolProvider: true,
      definitionProvider: true,
      referencesProvider: true,
      renameProvider: caps.textDocument?.rename?.prepareSupport ? { prepareProvider: true } : true,
      foldingRangeProvider: true,
      workspaceSymbolProvider: true,
    };
  },
  handlers(
    connection: Connection,
    documents: TextDocuments<TextDocument>,
    roadmaps: RoadmapDocuments,
    roots: () => readonly string[],
    log: (message: string) => void,
    client: CodeActionClient = {},
  ): void {
    registerCompletion(connection, documents, roadmaps, log);
    registerHover(connection, documents, roadmaps, log);
    registerCodeActions(connection, documents, roadmaps, log, client);
    registerNavigation(connection, documents, roadmaps, log);
    registerWorkspaceSymbols(connection, documents, roadmaps, roots, log);
    registerChart(connection, documents, roadmaps, log);
  },
};
