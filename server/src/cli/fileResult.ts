import * as path from 'node:path';
import { compareDiagnostics } from '../core/diagnostic';
import type { Diagnostic } from '../core/diagnostic';

/** One linted file (or a config file with problems) and what was found in it. */
export interface FileResult {
  /** Display path: relative to cwd with '/' separators, absolute when outside cwd. */
  path: string;
  absolutePath: string;
  diagnostics: Diagnostic[];
  /** With a base version to compare with: its findings that this version no longer has, at their old positions. */
  fixed?: Diagnostic[];
}

/**
 * The path of `absolutePath` relative to `cwd` with '/' separators, or undefined when
 * it lies outside `cwd` (including another drive on Windows).
 */
export function relativeToCwd(absolutePath: string, cwd: string): string | undefined {
  const relative = path.relative(cwd, absolutePath);
  if (relative === '' || path.isAbsolute(relative)) return undefined;
  if (relative === '..' || relative.startsWith(`..${path.sep}`)) return undefined;
  return relative.split(path.sep).join('/');
}

export function displayPath(absolutePath: string, cwd: string): string {
  return relativeToCwd(absolutePath, cwd) ?? absolutePath.split(path.sep).join('/');
}

/**
 * Every format prints files by path and diagnostics in catalogue order, whatever order
 * discovery or analysis produced them in, so that output can be diffed between runs.
 * Plain code-unit comparison, not localeCompare: the order must not depend on the locale.
 */
export function sortResults(results: readonly FileResult[]): FileResult[] {
  return [...results]
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
    .map((r) => ({ ...r, diagnostics: [...r.diagnostics].sort(compareDiagnostics) }));
}
