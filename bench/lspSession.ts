/**
 * A language client over stdio for any server (ours or yaml-language-server), built for
 * timing: each `publishDiagnostics` is stamped the moment it is read, and waits have
 * deadlines instead of sleeps.
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import type { MessageConnection } from 'vscode-jsonrpc/node';
import type { PublishDiagnosticsParams, TextDocumentContentChangeEvent } from 'vscode-languageserver-protocol';

export interface SessionOptions {
  /** Node arguments, then the server script and its arguments. */
  args: string[];
  /** The answer to one `workspace/configuration` item. */
  configuration: (section: string | undefined) => unknown;
}

export interface Published {
  params: PublishDiagnosticsParams;
  /** `process.hrtime.bigint()` when the notification was read. */
  at: bigint;
}

interface Waiter {
  match: (p: PublishDiagnosticsParams) => boolean;
  resolve: (p: Published) => void;
}

export class LspSession {
  readonly connection: MessageConnection;
  readonly child: ChildProcess;
  private waiters: Waiter[] = [];
  private stderr = '';
  configurationRequests = 0;
  readonly exited: Promise<number | null>;

  constructor(options: SessionOptions) {
    this.child = spawn(process.execPath, options.args, { stdio: ['pipe', 'pipe', 'pipe'] });
    this.exited = new Promise((resolve) => this.child.once('exit', (code) => resolve(code)));
    this.child.stderr!.on('data', (chunk: Buffer) => {
      // Only the tail matters for an error message.
      this.stderr = (this.stderr + chunk.toString()).slice(-4000);
    });
    this.connection = createMessageConnection(
      new StreamMessageReader(this.child.stdout!),
      new StreamMessageWriter(this.child.stdin!),
    );
    this.connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
      const at = process.hrtime.bigint();
      this.waiters = this.waiters.filter((w) => {
        if (!w.match(params)) return true;
        w.resolve({ params, at });
        return false;
      });
    });
    this.connection.onRequest('workspace/configuration', (p: { items: { section?: string }[] }) => {
      this.configurationRequests += 1;
      return p.items.map((item) => options.configuration(item.section));
    });
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.onRequest('client/unregisterCapability', () => null);
    this.connection.onRequest('window/workDoneProgress/create', () => null);
    this.connection.onNotification(() => undefined);
    this.connection.listen();
  }

  get pid(): number {
    return this.child.pid ?? -1;
  }

  get stderrTail(): string {
    return this.stderr;
  }

  async initialize(rootUri: string | null): Promise<unknown> {
    const result = await this.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri,
      workspaceFolders: null,
      capabilities: {
        workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true } },
        textDocument: {
          synchronization: { dynamicRegistration: false, didSave: false },
          publishDiagnostics: { versionSupport: true },
          completion: { completionItem: { snippetSupport: true, documentationFormat: ['markdown', 'plaintext'] } },
          hover: { contentFormat: ['markdown', 'plaintext'] },
        },
      },
    });
    await this.connection.sendNotification('initialized', {});
    return result;
  }

  open(uri: string, languageId: string, text: string, version = 1): Promise<void> {
    return this.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId, version, text },
    });
  }

  change(uri: string, version: number, changes: TextDocumentContentChangeEvent[]): Promise<void> {
    return this.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: changes,
    });
  }

  /** The next publish (from now on) that `match` accepts. Register before causing it. */
  nextPublish(match: (p: PublishDiagnosticsParams) => boolean, timeoutMs: number, what: string): Promise<Published> {
    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        match,
        resolve: (p) => {
          clearTimeout(timer);
          resolve(p);
        },
      };
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w !== waiter);
        reject(
          new Error(
            `no diagnostics (${what}) within ${timeoutMs} ms${this.stderr ? `; stderr: ${this.stderr.slice(-500)}` : ''}`,
          ),
        );
      }, timeoutMs);
      this.waiters.push(waiter);
    });
  }

  request<T>(method: string, params: unknown): Promise<T> {
    return this.connection.sendRequest<T>(method, params);
  }

  async shutdown(): Promise<void> {
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 5_000);
    try {
      await this.connection.sendRequest('shutdown');
      await this.connection.sendNotification('exit');
    } catch {
      // Already gone; the timer above ends it if it is not.
    }
    await this.exited;
    clearTimeout(timer);
    this.connection.dispose();
  }
}
