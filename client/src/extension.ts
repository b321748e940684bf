/**
 * The CX Roadmap extension. VS Code activates it only for roadmaps (a `cxroadmap` document,
 * or a workspace that contains `*.cxroadmap.yaml`), or when one of its commands runs; the
 * language server starts here and nowhere else.
 *
 * Activation only registers: the language client, most of the extension's code, is loaded
 * from its own bundle (`dist/languageClient.js`) on the next turn of the event loop, or
 * earlier by the first command or preview that needs it, and loading it starts the server.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { newRoadmap } from './commands/newRoadmap';
import { openExample } from './commands/openExample';
import { restartServer } from './commands/restartServer';
import { selectRange } from './commands/selectRange';
import { showProblems } from './commands/showProblems';
import type { ClientContext } from './context';
import { COMMANDS } from './contributions';
import { CrashPolicy } from './crashPolicy';
import { loadLanguageClientBundle } from './languageClientBundle';
import { LazyClient } from './lazyClient';
import { PreviewManager } from './preview/previewManager';
import { RoadmapStatusBar } from './statusBar';
import { stopClient } from './stopClient';

let lazyClient: LazyClient<LanguageClient> | undefined;

export function activate(context: vscode.ExtensionContext): void {
  // The channel's name is the product's name, the same in every language.
  const output = vscode.window.createOutputChannel('CX Roadmap');
  const crashPolicy = new CrashPolicy(
    (message) => void vscode.window.showErrorMessage(message),
    vscode.l10n.t(
      'The CX Roadmap language server stopped several times in a row and will not be restarted automatically. Run "CX Roadmap: Restart Language Server" to try again; the "CX Roadmap" output shows what happened.',
    ),
  );
  // The preview asks for the client only once a panel is shown, never during activation.
  const previews = new PreviewManager({ client: () => lazy.get(), output, extensionUri: context.extensionUri });
  const lazy = new LazyClient<LanguageClient>(
    () => {
      const client = loadLanguageClientBundle().createLanguageClient(context, output, crashPolicy);
      previews.attach(client);
      // A failed start has already been written to the output channel and shown by the
      // client, and the extension stays active so that "Restart Language Server" can try again.
      client.start().catch(() => undefined);
      return client;
    },
    (error) => {
      // Only a broken installation gets here: the output channel says what is missing.
      output.appendLine(
        `The language client could not be loaded, so the language server is not running: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
      );
      output.show(true);
      void vscode.window.showErrorMessage(
        vscode.l10n.t(
          'CX Roadmap could not start its language server: the extension looks incomplete. Reinstalling it usually helps; the "CX Roadmap" output has the details.',
        ),
      );
    },
  );
  lazyClient = lazy;
  const ctx: ClientContext = { client: lazy, output, crashPolicy };
  context.subscriptions.push(
    output,
    previews,
    new RoadmapStatusBar(),
    vscode.commands.registerCommand(COMMANDS.restartServer, restartServer(ctx)),
    vscode.commands.registerCommand(COMMANDS.newRoadmap, newRoadmap()),
    vscode.commands.registerCommand(COMMANDS.openExample, openExample(context.extensionUri)),
    vscode.commands.registerCommand(COMMANDS.showProblems, showProblems()),
    vscode.commands.registerCommand(COMMANDS.openPreview, (resource: unknown) => previews.open(resource, false)),
    vscode.commands.registerCommand(COMMANDS.openPreviewToSide, (resource: unknown) => previews.open(resource, true)),
    vscode.commands.registerCommand(COMMANDS.exportChart, (resource: unknown) => previews.export(resource)),
    vscode.commands.registerCommand(COMMANDS.selectRange, selectRange()),
  );
  lazy.loadSoon();
}

export async function deactivate(): Promise<void> {
  // A load still waiting for its turn is cancelled: no server starts after deactivation.
  const client = lazyClient?.close();
  lazyClient = undefined;
  if (client) await stopClient(client);
}
