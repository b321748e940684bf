/**
 * One cold activation of the bundled extension, in a process of its own:
 * `node out/bench/activationProbe.js` prints one JSON line with the time to require
 * `dist/extension.js`, the time until `activate` returned, and when (if at all) a language
 * server process was started during activation.
 */
import type * as ChildProcessModule from 'node:child_process';
import Module, { createRequire } from 'node:module';
import * as path from 'node:path';
import { createVscodeStub } from './vscodeStub';

const repoRoot = path.resolve(__dirname, '../..');
// The module object itself (not an import's copy of it), so that wrapping `fork` is seen by the bundle.
const load = createRequire(__filename);
const childProcess = load('node:child_process') as typeof ChildProcessModule;

export interface ProbeResult {
  requireMs: number;
  activateMs: number;
  /** Milliseconds after the start of `activate` at which a server process was forked; absent when none was. */
  serverForkedAtMs?: number;
  /** When the server's first message arrived, from the start of `activate`: before `activate` returned means it waited for the server. */
  serverAnsweredAtMs?: number;
  messages: string[];
  error?: string;
}

type ResolveFilename = (request: string, ...rest: unknown[]) => string;

function installStub(messages: string[]): void {
  const loader = Module as unknown as { _resolveFilename: ResolveFilename; _cache: Record<string, unknown> };
  const resolve = loader._resolveFilename;
  loader._resolveFilename = function (this: unknown, request: string, ...rest: unknown[]): string {
    return request === 'vscode' ? 'vscode' : resolve.call(this, request, ...rest);
  };
  const stub = new Module('vscode');
  stub.exports = createVscodeStub(messages);
  stub.loaded = true;
  loader._cache.vscode = stub;
}

async function probe(): Promise<ProbeResult> {
  const messages: string[] = [];
  installStub(messages);
  let forkedAt: bigint | undefined;
  let answeredAt: bigint | undefined;
  const fork = childProcess.fork;
  // Wrapped, not replaced: the fork still happens; only its moment, and its first answer's, are noted.
  childProcess.fork = ((...args: Parameters<typeof fork>) => {
    forkedAt ??= process.hrtime.bigint();
    const child = fork(...args);
    child.once('message', () => (answeredAt ??= process.hrtime.bigint()));
    return child;
  }) as typeof fork;
  const context = {
    subscriptions: [] as { dispose(): unknown }[],
    extensionPath: repoRoot,
    extensionUri: { fsPath: repoRoot, scheme: 'file', path: repoRoot },
    asAbsolutePath: (p: string) => path.join(repoRoot, p),
    storagePath: undefined,
    globalStoragePath: path.join(repoRoot, 'test-output', 'bench-storage'),
    logPath: path.join(repoRoot, 'test-output', 'bench-storage'),
    extensionMode: 1,
    environmentVariableCollection: {
      replace: () => undefined,
      append: () => undefined,
      prepend: () => undefined,
      clear: () => undefined,
    },
    workspaceState: { get: (_k: string, d?: unknown) => d, update: () => Promise.resolve(), keys: () => [] },
    globalState: {
      get: (_k: string, d?: unknown) => d,
      update: () => Promise.resolve(),
      keys: () => [],
      setKeysForSync: () => undefined,
    },
  };
  const start = process.hrtime.bigint();
  const extension = load(path.join(repoRoot, 'dist', 'extension.js')) as {
    activate(ctx: unknown): unknown;
    deactivate?(): unknown;
  };
  const required = process.hrtime.bigint();
  let error: string | undefined;
  try {
    await extension.activate(context);
  } catch (e) {
    error = String(e);
  }
  const activated = process.hrtime.bigint();
  const result: ProbeResult = {
    requireMs: Number(required - start) / 1e6,
    activateMs: Number(activated - required) / 1e6,
    serverForkedAtMs: forkedAt === undefined ? undefined : Number(forkedAt - required) / 1e6,
    serverAnsweredAtMs: answeredAt === undefined ? undefined : Number(answeredAt - required) / 1e6,
    messages,
    error,
  };
  try {
    await extension.deactivate?.();
  } catch {
    // Stopping a client that never started may throw; the measurement is already taken.
  }
  for (const item of context.subscriptions) item.dispose();
  return result;
}

if (require.main === module) {
  probe().then(
    (result) => {
      process.stdout.write(`${JSON.stringify(result)}\n`);
      process.exit(0);
    },
    (error: unknown) => {
      process.stdout.write(`${JSON.stringify({ error: String(error) })}\n`);
      process.exit(1);
    },
  );
}
