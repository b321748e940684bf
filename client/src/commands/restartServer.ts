import * as vscode from 'vscode';
import { State } from 'vscode-languageclient/node';
import type { ClientContext } from '../context';

/**
 * "CX Roadmap: Restart Language Server": stops the client (and with it the server process)
 * and starts it again. Clicks while a restart runs join that restart instead of racing it.
 */
export function restartServer(ctx: ClientContext): () => Promise<void> {
  let pending: Promise<void> | undefined;
  return () => {
    pending ??= restart(ctx).finally(() => {
      pending = undefined;
    });
    return pending;
  };
}

async function restart({ client, output, crashPolicy }: ClientContext): Promise<void> {
  crashPolicy.reset();
  output.appendLine(vscode.l10n.t('Restarting the CX Roadmap language server.'));
  if (client.state === State.Starting) {
    // A client can only be stopped once running; start() returns the start already under way.
    await client.start().catch(() => undefined);
  }
  if (client.state === State.Running) {
    try {
      await client.stop();
    } catch (error) {
      // A server that does not answer the shutdown is ended anyway; starting again still helps.
      output.appendLine(vscode.l10n.t('The language server did not stop cleanly: {0}', message(error)));
    }
  }
  try {
    await client.start();
  } catch (error) {
    void vscode.window.showErrorMessage(vscode.l10n.t('The CX Roadmap language server could not be restarted: {0}', message(error)));
  }
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
