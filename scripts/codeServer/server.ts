/**
 * Starts and stops code-server on loopback, offline, with its own extensions and user
 * data folders, so a run never touches the user's VS Code or the network.
 */
import { spawn, spawnSync } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { closeSync, mkdirSync, openSync, readFileSync } from 'node:fs';
import * as http from 'node:http';
import * as net from 'node:net';
import * as path from 'node:path';

export interface CodeServer {
  url: string;
  port: number;
  stop(): Promise<void>;
  logFile: string;
}

export interface CodeServerOptions {
  bin: string;
  extensionsDir: string;
  userDataDir: string;
  folder?: string;
  env?: NodeJS.ProcessEnv;
  port?: number;
}

const HOST = '127.0.0.1';
const START_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 10_000;
/** A gallery that refuses connections at once: no marketplace lookups that could only time out. */
const OFFLINE_GALLERY = JSON.stringify({ serviceUrl: `http://${HOST}:9` });

export async function startCodeServer(o: CodeServerOptions): Promise<CodeServer> {
  const port = o.port ?? (await freePort());
  mkdirSync(o.userDataDir, { recursive: true });
  mkdirSync(o.extensionsDir, { recursive: true });
  const logFile = path.join(o.userDataDir, `code-server-${port}.log`);
  const out = openSync(logFile, 'a');
  const args = [
    ...commonArgs(o.extensionsDir, o.userDataDir),
    '--auth',
    'none',
    '--bind-addr',
    `${HOST}:${port}`,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    ...(o.folder ? [o.folder] : []),
  ];
  // A process group of its own, so that stop() also ends the extension host and language servers.
  const child = spawn(o.bin, args, { env: serverEnv(o.env), detached: true, stdio: ['ignore', out, out] });
  closeSync(out);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `http://${HOST}:${port}`;
  const stop = async (): Promise<void> => {
    signalGroup(child, 'SIGTERM');
    if (child.exitCode === null && child.signalCode === null && !(await within(exited, STOP_TIMEOUT_MS))) {
      signalGroup(child, 'SIGKILL');
      await exited;
    }
    // A process forked while the group was being signalled (an extension host starting up)
    // missed the SIGTERM and would outlive code-server.
    signalGroup(child, 'SIGKILL');
  };
  try {
    await waitUntilServing(url, child, logFile);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, port, stop, logFile };
}

export function installExtension(bin: string, vsix: string, extensionsDir: string, userDataDir: string): void {
  const result = spawnSync(bin, [...commonArgs(extensionsDir, userDataDir), '--install-extension', vsix, '--force'], {
    env: serverEnv(undefined),
    encoding: 'utf8',
  });
  if (result.status !== 0) {
    throw new Error(
      `code-server could not install ${vsix} (exit ${result.status ?? result.signal}):\n${result.stdout}${result.stderr}`,
    );
  }
}

function commonArgs(extensionsDir: string, userDataDir: string): string[] {
  // --config keeps code-server from writing its default config (with a password) into the home folder.
  return [
    '--config',
    path.join(userDataDir, 'config.yaml'),
    '--extensions-dir',
    extensionsDir,
    '--user-data-dir',
    userDataDir,
  ];
}

function serverEnv(extra: NodeJS.ProcessEnv | undefined): NodeJS.ProcessEnv {
  return { ...process.env, ...extra, EXTENSIONS_GALLERY: OFFLINE_GALLERY };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, HOST, () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => (port ? resolve(port) : reject(new Error('no free port on 127.0.0.1'))));
    });
  });
}

async function waitUntilServing(url: string, child: ChildProcess, logFile: string): Promise<void> {
  const deadline = Date.now() + START_TIMEOUT_MS;
  let exit: string | undefined;
  child.once('exit', (code, signal) => (exit = `exited with ${code ?? signal}`));
  while (Date.now() < deadline) {
    if (exit) throw new Error(`code-server ${exit} before serving ${url}:\n${tail(logFile)}`);
    if ((await answers(`${url}/healthz`)) || (await answers(`${url}/`))) return;
    await pause(100);
  }
  throw new Error(`code-server did not answer on ${url} within ${START_TIMEOUT_MS / 1000} s:\n${tail(logFile)}`);
}

function answers(url: string): Promise<boolean> {
  return new Promise((resolve) => {
    const request = http.get(url, { timeout: 2_000 }, (response) => {
      response.resume();
      resolve(response.statusCode !== undefined && response.statusCode < 500);
    });
    request.once('timeout', () => request.destroy());
    request.once('error', () => resolve(false));
  });
}

function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // The group is already gone.
  }
}

async function within(promise: Promise<void>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), ms)));
  try {
    return await Promise.race([promise.then(() => true), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** The interval between polls of a condition that has its own deadline. */
function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export function tail(file: string, lines = 40): string {
  try {
    return readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
  } catch {
    return `(no log at ${file})`;
  }
}
