import type { LanguageClient, State } from 'vscode-languageclient/node';

// The client library's enum value, written out: importing its runtime would put the whole
// client into the activation bundle (see languageClientBundle.ts).
export const STARTING: State = 3;

/** The part of the client that starting and stopping use. */
export type StoppableClient = Pick<LanguageClient, 'state' | 'start' | 'stop' | 'isRunning'>;

/**
 * Stops the client and with it the server process. A client can only be stopped once
 * running, so a start under way is waited for first (`start()` returns that start); a
 * client that is not running has no server to end.
 */
export async function stopClient(client: StoppableClient): Promise<void> {
  if (client.state === STARTING) await client.start().catch(() => undefined);
  if (client.isRunning()) await client.stop();
}
