import * as fs from 'node:fs';
import * as path from 'node:path';
import fg from 'fast-glob';
import { CliError, errorCode } from './cliError';

const ROADMAP_FILE = /\.cxroadmap\.ya?ml$/;

function statOrUndefined(absolutePath: string, shown: string): fs.Stats | undefined {
  try {
    return fs.statSync(absolutePath);
  } catch (error) {
    const code = errorCode(error);
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    throw new CliError(`cannot read ${shown}: ${code ?? String(error)}`);
  }
}

/** Folders named by the user are searched even when hidden; only folders found inside are skipped. */
function skipFolder(name: string): boolean {
  return name === 'node_modules' || name.startsWith('.');
}

function walk(folder: string, found: string[], visited: Set<string>): void {
  // Symbolic links may point back up the tree: each real folder is searched once.
  const real = fs.realpathSync(folder);
  if (visited.has(real)) return;
  visited.add(real);
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(folder, { withFileTypes: true });
  } catch (error) {
    throw new CliError(`cannot read folder ${folder}: ${errorCode(error) ?? String(error)}`);
  }
  for (const entry of entries) {
    const full = path.join(folder, entry.name);
    let isFolder = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      const target = statOrUndefined(full, full);
      isFolder = target?.isDirectory() ?? false;
      isFile = target?.isFile() ?? false;
    }
    if (isFolder && !skipFolder(entry.name)) walk(full, found, visited);
    else if (isFile && ROADMAP_FILE.test(entry.name)) found.push(full);
  }
}

function expandGlob(pattern: string, cwd: string): string[] {
  const matches = fg.sync(pattern, {
    cwd,
    dot: false,
    absolute: true,
    onlyFiles: true,
    ignore: ['**/node_modules/**'],
  });
  return matches.map((match) => path.resolve(match));
}

/**
 * The absolute paths of the roadmaps to lint, without duplicates: files as given (any
 * name), folders searched recursively, globs expanded; no pattern means the current folder.
 * A path that does not exist, or a folder or glob without a roadmap, is a usage error.
 */
export function discoverRoadmaps(patterns: readonly string[], cwd: string): string[] {
  const found = new Set<string>();
  for (const pattern of patterns.length === 0 ? ['.'] : patterns) {
    const absolute = path.resolve(cwd, pattern);
    // An existing path wins over glob syntax, so a file named `[draft].cxroadmap.yaml` still lints.
    const stat = statOrUndefined(absolute, pattern);
    let matches: string[];
    if (stat?.isDirectory()) {
      matches = [];
      walk(absolute, matches, new Set());
      if (matches.length === 0)
        throw new CliError(`no roadmap (*.cxroadmap.yaml, *.cxroadmap.yml) found in ${pattern}`);
    } else if (stat?.isFile()) {
      matches = [absolute];
    } else if (stat) {
      // A pipe or a device would block the read or never end: only plain files are roadmaps.
      throw new CliError(`not a regular file: ${pattern}`);
    } else if (fg.isDynamicPattern(pattern)) {
      matches = expandGlob(pattern, cwd);
      if (matches.length === 0) throw new CliError(`no file matches ${pattern}`);
    } else {
      throw new CliError(`no such file or folder: ${pattern}`);
    }
    for (const match of matches) found.add(match);
  }
  return [...found];
}
