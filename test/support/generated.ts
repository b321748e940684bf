import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';

/** The repository, from out/test/support. */
const ROOT = path.resolve(__dirname, '../../..');

/**
 * Runs `scripts/<script> --check`, which fails when the committed file it generates differs
 * from what it would generate now: generated code must be committed, and committed fresh.
 */
export function assertGeneratedUpToDate(script: string): void {
  const run = spawnSync(process.execPath, [path.join(ROOT, 'scripts', script), '--check'], { encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
}
