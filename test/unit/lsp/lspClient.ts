import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import type { MessageConnection } from 'vscode-jsonrpc/node';
import type { Diagnostic, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';

export const repoRoot = path.resolve(__dirname, '../../../..');
export const serverPath = path.join(repoRoot, 'dist', 'server.js');

export interface ClientOptions {
  /** What the client answers to `workspace/configuration` for section `cxroadmap`. */
  settings?: { rules?: Record<string, string>; options?: Record<string, number> };
  workspaceFolders?: string[];
  /** Sent as `initializationOptions`. */
  initializationOptions?: unknown;
  /** Extra arguments for node before the server script (e.g. a `-r` preload). */
  nodeArgs?: string[];
  env?: NodeJS.ProcessEnv;
}

/**
 * A real JSON-RPC client talking to the bundled server over stdio, as any editor would.
 * Waits are on events with a deadline, never on fixed sleeps.
 */
export class LspClient {
  readonly connection: MessageConnection;
  private readonly process: ChildProcess;
  private readonly published: PublishDiagnosticsParams[] = [];
  private waiters: {
    match: (p: PublishDiagnosticsParams) => boolean;
    resolve: (p: PublishDiagnosticsParams) => void;
  }[] = [];
  readonly logs: string[] = [];
  settings: ClientOptions['settings'];
  exited: Promise<number | null>;

  constructor(private readonly options: ClientOptions = {}) {
    this.settings = options.settings;
    this.process = spawn(process.execPath, [...(options.nodeArgs ?? []), serverPath, '--stdio'], {
      stdio: ['pipe', 'pipe', 'pipe'],
      env: options.env ?? process.env,
    });
    this.exited = new Promise((resolve) => this.process.once('exit', (code) => resolve(code)));
    this.connection = createMessageConnection(
      new StreamMessageReader(this.process.stdout!),
      new StreamMessageWriter(this.process.stdin!),
    );
    this.connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      this.published.push(p);
      this.waiters = this.waiters.filter((w) => {
        if (!w.match(p)) return true;
        w.resolve(p);
        return false;
      });
    });
    this.connection.onNotification('window/logMessage', (p: { message: string }) => this.logs.push(p.message));
    this.connection.onRequest('workspace/configuration', (p: { items: { section?: string }[] }) =>
      p.items.map((item) => (item.section === 'cxroadmap' ? (this.settings ?? null) : null)),
    );
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.listen();
  }

  async initialize(): Promise<unknown> {
    const folders = (this.options.workspaceFolders ?? []).map((f) => ({ uri: fileUri(f), name: path.basename(f) }));
    const result = await this.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: folders[0]?.uri ?? null,
      workspaceFolders: folders,
      ...(this.options.initializationOptions !== undefined
        ? { initializationOptions: this.options.initializationOptions }
        : {}),
      capabilities: {
        workspace: {
          configuration: true,
          didChangeWatchedFiles: { dynamicRegistration: true },
          workspaceFolders: true,
        },
        textDocument: {
          publishDiagnostics: { versionSupport: true },
          completion: { completionItem: { snippetSupport: true, documentationFormat: ['markdown', 'plaintext'] } },
          hover: { contentFormat: ['markdown', 'plaintext'] },
          documentSymbol: { hierarchicalDocumentSymbolSupport: true },
          rename: { prepareSupport: true },
          codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix'] } } },
        },
      },
    });
    await this.connection.sendNotification('initialized', {});
    return result;
  }

  open(uri: string, text: string, version = 1): Promise<void> {
    return this.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId: 'cxroadmap', version, text },
    });
  }

  /** Replaces the whole text (a full-document change event). */
  replace(uri: string, text: string, version: number): Promise<void> {
    return this.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: [{ text }],
    });
  }

  close(uri: string): Promise<void> {
    return this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  /** Resolves with the first diagnostics published for `uri` (and `version`, when given) from now on or already received. */
  diagnostics(uri: string, version?: number, timeoutMs = 15_000): Promise<Diagnostic[]> {
    const match = (p: PublishDiagnosticsParams): boolean =>
      p.uri === uri && (version === undefined || p.version === version);
    const already = [...this.published].reverse().find(match);
    if (already) return Promise.resolve(already.diagnostics);
    return this.nextDiagnostics(uri, version, timeoutMs);
  }

  /** Only diagnostics published after this call. */
  nextDiagnostics(uri: string, version?: number, timeoutMs = 15_000): Promise<Diagnostic[]> {
    const match = (p: PublishDiagnosticsParams): boolean =>
      p.uri === uri && (version === undefined || p.version === version);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`no diagnostics for ${uri} v${version ?? '*'} within ${timeoutMs} ms`)),
        timeoutMs,
      );
      this.waiters.push({
        match,
        resolve: (p) => {
          clearTimeout(timer);
          resolve(p.diagnostics);
        },
      });
    });
  }

  publishedFor(uri: string): PublishDiagnosticsParams[] {
    return this.published.filter((p) => p.uri === uri);
  }

  /** The server's resident memory now, in MiB (Linux). */
  residentMiB(): number {
    const status = readFileSync(`/proc/${this.process.pid}/status`, 'utf8');
    return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? NaN) / 1024;
  }

  async shutdown(): Promise<void> {
    try {
      await this.connection.sendRequest('shutdown');
      await this.connection.sendNotification('exit');
    } catch {
      // The server may already be gone; the kill below makes sure.
    }
    const timer = setTimeout(() => this.process.kill('SIGKILL'), 5_000);
    await this.exited;
    clearTimeout(timer);
    this.connection.dispose();
  }
}

export function fileUri(p: string): string {
  return new URL(`file://${path.resolve(p)}`).toString();
}
