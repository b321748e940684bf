import * as vscode from 'vscode';
import type { ClientContext } from '../context';
import { stopClient } from '../stopClient';

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

async function restart({ client: lazy, output, crashPolicy }: ClientContext): Promise<void> {
  crashPolicy.reset();
  output.appendLine(vscode.l10n.t('Restarting the CX Roadmap language server.'));
  // Not loaded yet (the command came with activation): loading it starts a server, which is all a restart would do.
  const loadedBefore = lazy.current !== undefined;
  try {
    const client = await lazy.get();
    if (loadedBefore) {
      try {
        await stopClient(client);
      } catch (error) {
        // A server that does not answer the shutdown is ended anyway; starting again still helps.
        output.appendLine(vscode.l10n.t('The language server did not stop cleanly: {0}', message(error)));
      }
    }
    await client.start();
  } catch (error) {
    void vscode.window.showErrorMessage(
      vscode.l10n.t('The CX Roadmap language server could not be restarted: {0}', message(error)),
    );
  }
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
