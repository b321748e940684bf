/**
 * The CX Roadmap extension. VS Code activates it only for roadmaps (a `cxroadmap` document,
 * or a workspace that contains `*.cxroadmap.yaml`), or when one of its commands runs; the
 * language server starts here and nowhere else.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { newRoadmap } from './commands/newRoadmap';
import { restartServer } from './commands/restartServer';
import { showProblems } from './commands/showProblems';
import type { ClientContext } from './context';
import { COMMANDS } from './contributions';
import { CrashPolicy } from './crashPolicy';
import { createLanguageClient } from './languageClient';
import { PreviewManager } from './preview/previewManager';
import { RoadmapStatusBar } from './statusBar';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  // The channel's name is the product's name, the same in every language.
  const output = vscode.window.createOutputChannel('CX Roadmap');
  const crashPolicy = new CrashPolicy(
    (message) => void vscode.window.showErrorMessage(message),
    vscode.l10n.t('The CX Roadmap language server stopped several times in a row and will not be restarted automatically. Run "CX Roadmap: Restart Language Server" to try again; the "CX Roadmap" output shows what happened.'),
  );
  client = createLanguageClient(context, output, crashPolicy);
  const ctx: ClientContext = { client, output, crashPolicy };
  const previews = new PreviewManager({ client, output, extensionUri: context.extensionUri });
  context.subscriptions.push(
    output,
    previews,
    new RoadmapStatusBar(),
    vscode.commands.registerCommand(COMMANDS.restartServer, restartServer(ctx)),
    vscode.commands.registerCommand(COMMANDS.newRoadmap, newRoadmap()),
    vscode.commands.registerCommand(COMMANDS.showProblems, showProblems()),
    vscode.commands.registerCommand(COMMANDS.openPreview, (resource: unknown) => previews.open(resource, false)),
    vscode.commands.registerCommand(COMMANDS.openPreviewToSide, (resource: unknown) => previews.open(resource, true)),
    vscode.commands.registerCommand(COMMANDS.exportChart, (resource: unknown) => previews.export(resource)),
  );
  // Activation returns at once; the server starts in the background. A failed start has
  // already been written to the output channel and shown by the client, and the extension
  // stays active so that "Restart Language Server" can try again.
  client.start().catch(() => undefined);
}

export async function deactivate(): Promise<void> {
  // Only a running client can be stopped; one that never started has no server to end.
  if (client?.isRunning()) await client.stop();
  client = undefined;
}
