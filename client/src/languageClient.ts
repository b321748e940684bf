import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind } from 'vscode-languageclient/node';
import type { LanguageClientOptions, NodeModule, ServerOptions } from 'vscode-languageclient/node';
import { COMMANDS, LANGUAGE_ID, SETTINGS_SECTION } from './contributions';
import type { LanguageClientBundle } from './languageClientBundle';

/**
 * The client for `dist/server.js` (the bundled language server), over node IPC. Created
 * stopped; `start()` launches the server. This module is the entry of `dist/languageClient.js`.
 */
export const createLanguageClient: LanguageClientBundle['createLanguageClient'] = (context, output, crashPolicy) => {
  const server: NodeModule = {
    module: context.asAbsolutePath(path.join('dist', 'server.js')),
    transport: TransportKind.ipc,
  };
  const serverOptions: ServerOptions = { run: server, debug: server };
  const clientOptions: LanguageClientOptions = {
    // No scheme: roadmaps are checked wherever they live, untitled and virtual documents too.
    documentSelector: [{ language: LANGUAGE_ID }],
    diagnosticCollectionName: LANGUAGE_ID,
    outputChannel: output,
    traceOutputChannel: output,
    synchronize: { configurationSection: SETTINGS_SECTION },
    errorHandler: crashPolicy,
    // Quick fixes that write a placeholder select it with this command (docs/format.md#language-server).
    initializationOptions: { selectCommand: COMMANDS.selectRange },
  };
  // The id is also the settings prefix the client reads its trace level from: `cxroadmap.trace.server`.
  return new LanguageClient(LANGUAGE_ID, vscode.l10n.t('CX Roadmap Language Server'), serverOptions, clientOptions);
};
