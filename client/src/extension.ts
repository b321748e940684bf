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
import { createLanguageClient } from './languageClient';
import { RoadmapStatusBar } from './statusBar';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  // The channel's name is the product's name, the same in every language.
  const output = vscode.window.createOutputChannel('CX Roadmap');
  client = createLanguageClient(context, output);
  const ctx: ClientContext = { client, output };
  context.subscriptions.push(
    output,
    new RoadmapStatusBar(),
    vscode.commands.registerCommand(COMMANDS.restartServer, restartServer(ctx)),
    vscode.commands.registerCommand(COMMANDS.newRoadmap, newRoadmap()),
    vscode.commands.registerCommand(COMMANDS.showProblems, showProblems()),
  );
  try {
    await client.start();
  } catch {
    // The client has already written the failure to the output channel and shown it; the
    // extension stays active so that "Restart Language Server" can try again.
  }
}

export async function deactivate(): Promise<void> {
  // Only a running client can be stopped; one that never started has no server to end.
  if (client?.isRunning()) await client.stop();
  client = undefined;
}
