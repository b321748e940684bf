/**
 * The packaged extension, as users install it: `npm run package` writes
 * `cxroadmap-<version>.vsix` at the repository root (docs/format.md#packages).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';

export function vsixPath(repoRoot: string): string {
  const manifest = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as {
    name: string;
    version: string;
  };
  return path.join(repoRoot, `${manifest.name}-${manifest.version}.vsix`);
}

/** Runs `npm run package` (production bundle, then vsce) with its output on stderr; returns the vsix. */
export function packageVsix(repoRoot: string): string {
  const result = spawnSync('npm', ['run', 'package'], { cwd: repoRoot, stdio: ['ignore', 2, 2] });
  if (result.error) throw new Error(`npm run package could not start: ${result.error.message}`);
  if (result.status !== 0) throw new Error(`npm run package failed with exit code ${result.status ?? result.signal}`);
  const vsix = vsixPath(repoRoot);
  if (!existsSync(vsix)) throw new Error(`npm run package did not write ${vsix}`);
  return vsix;
}
