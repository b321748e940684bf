import type { OutputChannel } from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { CrashPolicy } from './crashPolicy';

/**
 * What the commands are given. The client exists by construction (it is created before any
 * command is registered), so no command has to check for it.
 */
export interface ClientContext {
  readonly client: LanguageClient;
  /** "CX Roadmap": the server's log and the LSP trace. */
  readonly output: OutputChannel;
  /** Restarts after crashes; a manual restart starts its count afresh. */
  readonly crashPolicy: CrashPolicy;
}
