import assert from 'node:assert/strict';
import type * as ChildProcessModule from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import * as path from 'node:path';
import { createVscodeStub } from '../../../bench/vscodeStub';
import { EXTENSION_COMMANDS } from '../../support/expected';

const root = path.resolve(__dirname, '../../../..');
const extensionBundle = path.join(root, 'dist', 'extension.js');
const clientBundle = path.join(root, 'dist', 'languageClient.js');
// The module objects themselves (an import gets a copy), so that wrapping `fork` is seen by the bundles.
const load = createRequire(__filename);
const childProcess = load('node:child_process') as typeof ChildProcessModule;

type ResolveFilename = (request: string, ...rest: unknown[]) => string;
const loader = Module as unknown as { _resolveFilename: ResolveFilename; _cache: Record<string, unknown> };

interface Extension {
  activate(context: unknown): Promise<void>;
  deactivate(): Promise<void>;
}

function exited(child: ChildProcess): Promise<void> {
  return child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve()
    : new Promise((resolve) => child.once('exit', () => resolve()));
}

/**
 * The built dist/extension.js, activated with the benchmark's stub of `vscode`: what
 * activation loads and starts, and what it leaves for later. The language client and
 * server run for real.
 */
describe('client: activation of the built bundle', function () {
  this.timeout(30_000);
  const commands = new Map<string, (...args: unknown[]) => unknown>();
  const forked: ChildProcess[] = [];
  const messages: string[] = [];
  const subscriptions: { dispose(): unknown }[] = [];
  const resolve = loader._resolveFilename;
  const fork = childProcess.fork;
  let extension: Extension | undefined;

  before(() => {
    // `npm test` builds them before the unit tests.
    assert.deepEqual(
      [extensionBundle, clientBundle].filter((file) => !existsSync(file)),
      [],
      'run `npm run build` first',
    );
    for (const file of [extensionBundle, clientBundle]) delete loader._cache[file];
    const base = createVscodeStub(messages) as Record<PropertyKey, unknown>;
    const registry = {
      registerCommand: (id: string, run: (...args: unknown[]) => unknown) => {
        commands.set(id, run);
        return { dispose: () => commands.delete(id) };
      },
      executeCommand: () => Promise.resolve(undefined),
    };
    const stub = new Module('vscode');
    stub.exports = new Proxy(base, { get: (target, prop) => (prop === 'commands' ? registry : target[prop]) });
    stub.loaded = true;
    loader._cache.vscode = stub;
    loader._resolveFilename = function (this: unknown, request: string, ...rest: unknown[]): string {
      return request === 'vscode' ? 'vscode' : resolve.call(this, request, ...rest);
    };
    childProcess.fork = ((...args: Parameters<typeof fork>) => {
      const child = fork(...args);
      forked.push(child);
      return child;
    }) as typeof fork;
  });

  after(async () => {
    await extension?.deactivate();
    for (const s of subscriptions) s.dispose();
    for (const child of forked) if (child.exitCode === null && child.signalCode === null) child.kill();
    childProcess.fork = fork;
    loader._resolveFilename = resolve;
    delete loader._cache.vscode;
  });

  it('registers every command without loading the language client, which it loads on the next turn', async () => {
    extension = load(extensionBundle) as Extension;
    assert.equal(loader._cache[clientBundle], undefined, 'requiring dist/extension.js loaded dist/languageClient.js');
    await extension.activate({
      subscriptions,
      extensionUri: { fsPath: root, scheme: 'file', path: root },
      asAbsolutePath: (p: string) => path.join(root, p),
    });
    assert.deepEqual(
      {
        commands: [...commands.keys()].sort(),
        clientLoaded: loader._cache[clientBundle] !== undefined,
        servers: forked.length,
      },
      {
        commands: EXTENSION_COMMANDS,
        clientLoaded: false,
        servers: 0,
      },
    );
    await new Promise<void>((resolve) => setImmediate(resolve));
    assert.deepEqual(
      { clientLoaded: loader._cache[clientBundle] !== undefined, servers: forked.length },
      { clientLoaded: true, servers: 1 },
    );
  });

  it('"Restart Language Server" ends the server the load started and starts another', async () => {
    assert.equal(forked.length, 1);
    await commands.get('cxroadmap.restartServer')?.();
    await exited(forked[0]);
    assert.deepEqual(
      forked.map((child) => child.exitCode !== null || child.signalCode !== null),
      [true, false],
    );
    assert.deepEqual(
      messages.filter((m) => /could not|not running/.test(m)),
      [],
    );
  });

  it('deactivation stops the running server', async () => {
    await extension?.deactivate();
    extension = undefined;
    await exited(forked[1]);
    assert.equal(forked.length, 2);
  });
});
