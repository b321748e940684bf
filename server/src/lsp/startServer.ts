import { DidChangeWatchedFilesNotification, TextDocumentSyncKind } from 'vscode-languageserver';
import type { Connection, InitializeParams, InitializeResult, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { version } from '../../../package.json';
import type { CodeActionClient } from '../services/codeActions';
import { DiagnosticsPublisher } from './diagnosticsPublisher';
import { registerFeatures } from './features';
import { fileSystemPath, RoadmapDocuments } from './roadmapDocuments';
import { SettingsCache } from './settings';

export function startServer(connection: Connection, documents: TextDocuments<TextDocument>): void {
  const log = (message: string): void => connection.console.log(message);
  const settings = new SettingsCache(connection, log);
  const roadmaps = new RoadmapDocuments(settings);
  const publisher = new DiagnosticsPublisher(connection, documents, roadmaps, log);
  let watchFilesDynamically = false;
  let roots: string[] = [];
  const client: CodeActionClient = {};

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const caps = params.capabilities;
    settings.supported = caps.workspace?.configuration === true;
    watchFilesDynamically = caps.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    roots = (params.workspaceFolders ?? [])
      .map((f) => fileSystemPath(f.uri))
      .filter((p): p is string => p !== undefined);
    roadmaps.setWorkspaceRoots(roots);
    const selectCommand = (params.initializationOptions as { selectCommand?: unknown } | null | undefined)
      ?.selectCommand;
    if (typeof selectCommand === 'string' && selectCommand !== '') client.selectCommand = selectCommand;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        ...registerFeatures.capabilities(caps),
      },
      serverInfo: { name: 'cxroadmap-language-server', version },
    };
  });

  connection.onInitialized(() => {
    if (watchFilesDynamically) {
      // Clients without dynamic registration are expected to send these events themselves.
      connection.client
        .register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/.cxroadmaprc.{yaml,yml}' }] })
        .catch((error: unknown) => log(`cxroadmap: could not watch .cxroadmaprc files: ${String(error)}`));
    }
  });

  connection.onDidChangeConfiguration(() => {
    settings.clear();
    publisher.revalidateAll();
  });

  connection.onDidChangeWatchedFiles(() => {
    roadmaps.lookup.clear();
    publisher.revalidateAll();
  });

  documents.onDidChangeContent((e) => publisher.schedule(e.document.uri));
  documents.onDidClose((e) => {
    roadmaps.close(e.document.uri);
    publisher
      .clear(e.document.uri)
      .catch((error: unknown) => log(`cxroadmap: clearing diagnostics failed: ${String(error)}`));
  });

  registerFeatures.handlers(connection, documents, roadmaps, () => roots, log, client);
  documents.listen(connection);
  connection.listen();
}
