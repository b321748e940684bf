import { cpSync, mkdirSync, readdirSync } from 'node:fs';
import * as path from 'node:path';

/**
 * A temporary copy of test/vscode/workspace with the repository's examples under
 * `examples/`: the tests edit, save and add files, and the repository stays untouched.
 */
export function prepareWorkspace(repoRoot: string, destination: string): string {
  cpSync(path.join(repoRoot, 'test', 'vscode', 'workspace'), destination, { recursive: true });
  const examples = path.join(repoRoot, 'examples');
  mkdirSync(path.join(destination, 'examples'), { recursive: true });
  for (const name of readdirSync(examples).filter((f) => /\.cxroadmap\.ya?ml$/.test(f))) {
    cpSync(path.join(examples, name), path.join(destination, 'examples', name));
  }
  return destination;
}
