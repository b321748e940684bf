/**
 * Installs what a real VS Code needs on a machine whose only network is the npm registry
 * and Debian's archive, by a recipe checked on such a machine: Chromium and the headers
 * code-server's native modules build against from apt; Debian's ripgrep handed to
 * @vscode/ripgrep through its download cache, since its postinstall would otherwise fetch
 * it from the internet; then code-server from npm in a folder of its own under
 * `.vscode-test/`, its install scripts allowed to run as root and to call npx unprompted.
 */
import { spawnSync } from 'node:child_process';
import type { SpawnSyncOptions } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/** The last code-server release that runs on Node 20 (VS Code 1.100.3). */
export const CODE_SERVER_VERSION = '4.100.3';

/** Chromium drives the workbench; the rest are what code-server's native modules build against. */
export const SYSTEM_PACKAGES = [
  'chromium',
  'libkrb5-dev',
  'libsecret-1-dev',
  'libxkbfile-dev',
  'libx11-dev',
  'pkg-config',
  'ripgrep',
];

/** Debian's Chromium, from the `chromium` package above. */
export const CHROMIUM = '/usr/bin/chromium';

/**
 * Names another Chromium-based browser to drive instead, and drops the `chromium` package
 * from what the tests need: GitHub's Ubuntu runners have no Debian chromium package (Ubuntu
 * ships Chromium as a snap) but do have Google Chrome.
 */
export const CHROMIUM_PATH_ENV = 'CHROMIUM_PATH';

/** The browser executable the tests, the real-VS-Code runs and the benchmarks launch. */
export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string {
  return env[CHROMIUM_PATH_ENV] || CHROMIUM;
}

/** SYSTEM_PACKAGES, less Debian's Chromium when $CHROMIUM_PATH names the browser to use instead. */
export function systemPackages(env: NodeJS.ProcessEnv = process.env): string[] {
  return env[CHROMIUM_PATH_ENV] ? SYSTEM_PACKAGES.filter((name) => name !== 'chromium') : [...SYSTEM_PACKAGES];
}

/** The ripgrep archive name and cache folder that @vscode/ripgrep 1.15.11 looks for before downloading. */
const RIPGREP_CACHE = 'vscode-ripgrep-cache-1.15.11';
const RIPGREP_ARCHIVE = 'ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz';

export function log(message: string): void {
  process.stderr.write(`[code-server] ${message}\n`);
}

export function ensureSystemPackages(): void {
  const missing = systemPackages().filter((name) => spawnSync('dpkg', ['-s', name], { stdio: 'ignore' }).status !== 0);
  if (missing.length === 0) return;
  if (process.getuid?.() !== 0) throw new Error(`sudo apt-get install -y ${missing.join(' ')}`);
  log(`installing ${missing.join(', ')} with apt-get`);
  run('apt-get', ['update'], {});
  run('apt-get', ['install', '-y', ...missing], { env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
}

/** Installs code-server into `.vscode-test/code-server` unless that version is already there; returns its executable. */
export function ensureCodeServer(repoRoot: string): string {
  const folder = path.resolve(repoRoot, '.vscode-test', 'code-server');
  const bin = path.join(folder, 'node_modules', '.bin', 'code-server');
  if (installedVersion(folder) === CODE_SERVER_VERSION && existsSync(bin)) return bin;

  seedRipgrepCache();
  mkdirSync(folder, { recursive: true });
  if (!existsSync(path.join(folder, 'package.json'))) run('npm', ['init', '-y'], { cwd: folder, stdio: 'ignore' });
  log(`installing code-server@${CODE_SERVER_VERSION} into ${folder} (about a minute and a half)`);
  const started = Date.now();
  // The postinstall builds native modules: it must run as root and call npx without a prompt.
  run('npm', ['install', '--no-audit', '--no-fund', `code-server@${CODE_SERVER_VERSION}`], {
    cwd: folder,
    env: { ...process.env, npm_config_yes: 'true', npm_config_unsafe_perm: 'true' },
  });
  const found = installedVersion(folder);
  if (found !== CODE_SERVER_VERSION || !existsSync(bin)) {
    throw new Error(`code-server@${CODE_SERVER_VERSION} did not install into ${folder} (found ${found ?? 'nothing'})`);
  }
  log(`code-server@${CODE_SERVER_VERSION} installed in ${Math.round((Date.now() - started) / 1000)} s`);
  return bin;
}

function installedVersion(folder: string): string | undefined {
  try {
    const manifest = JSON.parse(
      readFileSync(path.join(folder, 'node_modules', 'code-server', 'package.json'), 'utf8'),
    ) as { version?: unknown };
    return typeof manifest.version === 'string' ? manifest.version : undefined;
  } catch {
    return undefined;
  }
}

/** @vscode/ripgrep's postinstall downloads rg from GitHub unless its cache already holds the archive: hand it Debian's rg. */
function seedRipgrepCache(): void {
  const cache = path.join(os.tmpdir(), RIPGREP_CACHE);
  const archive = path.join(cache, RIPGREP_ARCHIVE);
  if (existsSync(archive)) return;
  mkdirSync(cache, { recursive: true });
  log(`seeding ${archive} with /usr/bin/rg`);
  run('tar', ['czf', archive, '-C', '/usr/bin', 'rg'], {});
}

/** Runs a command with its output on our stderr (stdout is left to the caller's results). */
function run(command: string, args: string[], options: SpawnSyncOptions): void {
  const result = spawnSync(command, args, { stdio: ['ignore', 2, 2], ...options });
  if (result.error) throw new Error(`${command} could not start: ${result.error.message}`);
  if (result.status !== 0)
    throw new Error(`${command} ${args.join(' ')} failed with exit code ${result.status ?? result.signal}`);
}
