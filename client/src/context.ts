import type { OutputChannel } from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { CrashPolicy } from './crashPolicy';
import type { LazyClient } from './lazyClient';

/** What the commands are given. */
export interface ClientContext {
  /** Loaded from its own bundle just after activation, or by the first command that needs it; loading it starts it. */
  readonly client: LazyClient<LanguageClient>;
  /** "CX Roadmap": the server's log and the LSP trace. */
  readonly output: OutputChannel;
  /** Restarts after crashes; a manual restart starts its count afresh. */
  readonly crashPolicy: CrashPolicy;
}
