/**
 * `npm start`: the packaged extension in a real VS Code (code-server) on this machine,
 * with a scratch copy of the example roadmaps open (edits never reach `examples/`), until Ctrl+C. Everything it installs stays under
 * `.vscode-test/` (git-ignored); nothing reaches the network beyond npm and apt.
 */
import { rmSync } from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';
import { ensureCodeServer, ensureSystemPackages } from './codeServer/install';
import { DEMO_ROADMAP, prepareDemoWorkspace } from './codeServer/demoWorkspace';
import { installExtension, startCodeServer } from './codeServer/server';
import { packageVsix } from './vsix';

const root = path.resolve(__dirname, '../..');
const PREFERRED_PORT = 8080;

async function main(): Promise<void> {
  // Listening before anything starts: a Ctrl+C while code-server boots must still stop it.
  const stopRequested = new Promise<NodeJS.Signals>((resolve) => {
    process.once('SIGINT', () => resolve('SIGINT'));
    process.once('SIGTERM', () => resolve('SIGTERM'));
  });
  const requestedPort = parsePort(process.env.PORT);
  const vsix = packageVsix(root);
  ensureSystemPackages();
  const bin = ensureCodeServer(root);

  const demo = path.join(root, '.vscode-test', 'demo');
  const extensionsDir = path.join(demo, 'extensions');
  const userDataDir = path.join(demo, 'user-data');
  // A fresh extensions folder: the demo always shows the vsix just built, never an older one.
  rmSync(extensionsDir, { recursive: true, force: true });
  installExtension(bin, vsix, extensionsDir, userDataDir);
  const workspace = prepareDemoWorkspace(root, demo, userDataDir);
  installExtension(bin, workspace.starterVsix, extensionsDir, userDataDir);

  // Any free port (undefined lets the starter pick) when 8080 is taken.
  const port = requestedPort ?? ((await isFree(PREFERRED_PORT)) ? PREFERRED_PORT : undefined);
  const server = await startCodeServer({ bin, extensionsDir, userDataDir, folder: workspace.folder, port });
  process.stdout.write(
    `\nCX Roadmap demo: open ${server.url}/ in a browser. It shows ${DEMO_ROADMAP} from a fresh copy of examples/ ` +
      `(${path.relative(root, workspace.folder)}; edits stay there and are replaced at the next start). Press Ctrl+C to stop.\n\n`,
  );

  const signal = await stopRequested;
  process.stderr.write(`${signal}: stopping code-server\n`);
  await server.stop();
}

/** The `PORT` variable, checked before the minutes of packaging and installing. */
function parsePort(fromEnv: string | undefined): number | undefined {
  if (fromEnv === undefined || fromEnv === '') return undefined;
  const port = Number(fromEnv);
  if (!Number.isInteger(port) || port < 1 || port > 65535)
    throw new Error(`PORT must be a port number (1-65535), not "${fromEnv}"`);
  return port;
}

function isFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}

main().catch((error: unknown) => {
  process.stderr.write(`npm start failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
