import type { ClientCapabilities, Connection, ServerCapabilities, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { RoadmapDocuments } from './roadmapDocuments';

/**
 * The language features, each in a handler module of its own. Until a feature is wired
 * here the server advertises nothing for it, so clients never ask.
 */
export const registerFeatures = {
  capabilities(_caps: ClientCapabilities): ServerCapabilities {
    return {};
  },
  handlers(
    _connection: Connection,
    _documents: TextDocuments<TextDocument>,
    _roadmaps: RoadmapDocuments,
    _log: (message: string) => void,
  ): void {},
};
