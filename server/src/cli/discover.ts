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

/** Links met while searching a folder or expanding a glob that were not followed. */
export interface SkippedLinks {
  /** Links whose real path lies outside the folder searched. */
  outside: string[];
  /** Links that resolve to themselves, ELOOP. */
  loops: string[];
}

function isInside(real: string, folder: string): boolean {
  const relative = path.relative(folder, real);
  return relative === '' || (relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative));
}

/**
 * Whether a folder search would use an entry of this name: a folder it goes down, or a
 * roadmap. Undefined stands for a link whose target cannot be known (a loop).
 */
function searched(name: string, stat: fs.Stats | undefined): boolean {
  if (stat === undefined) return !skipFolder(name) || ROADMAP_FILE.test(name);
  return stat.isDirectory() ? !skipFolder(name) : stat.isFile() && ROADMAP_FILE.test(name);
}

/** A glob match is used when it is a file, whatever its name. */
function globbed(_name: string, stat: fs.Stats | undefined): boolean {
  return stat === undefined || stat.isFile();
}

/**
 * What a link found by searching `root` leads to, or undefined when it is not followed. A
 * checkout decides where its links point: one to a credentials file would put its keys into
 * the report, one to /usr would make the search read all of it. So a link is followed only
 * when its real path stays inside the folder searched; the others, and loops, are recorded
 * to be reported once.
 */
function followLink(
  link: string,
  root: string,
  skipped: SkippedLinks,
  used: (name: string, stat: fs.Stats | undefined) => boolean,
): fs.Stats | undefined {
  const name = path.basename(link);
  let real: string;
  try {
    real = fs.realpathSync(link);
  } catch (error) {
    const code = errorCode(error);
    if (code === 'ELOOP') {
      if (used(name, undefined)) skipped.loops.push(link);
      return undefined;
    }
    // A dangling link is a file that is not there.
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    throw new CliError(`cannot read ${link}: ${code ?? String(error)}`);
  }
  const target = statOrUndefined(real, link);
  if (target === undefined || !used(name, target)) return undefined;
  if (!isInside(real, root)) {
    skipped.outside.push(link);
    return undefined;
  }
  return target;
}

function walk(folder: string, root: string, found: string[], visited: Set<string>, skipped: SkippedLinks): void {
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
  // In name order, so that the link reported first is the same on every file system.
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const full = path.join(folder, entry.name);
    let isFolder = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      const target = followLink(full, root, skipped, searched);
      isFolder = target?.isDirectory() ?? false;
      isFile = target?.isFile() ?? false;
    }
    if (isFolder && !skipFolder(entry.name)) walk(full, root, found, visited, skipped);
    else if (isFile && ROADMAP_FILE.test(entry.name)) found.push(full);
  }
}

/** The folder a glob searches: its leading segments without glob syntax. */
function globBase(pattern: string, cwd: string): string {
  const segments = pattern.split('/');
  const end = segments.findIndex((segment) => fg.isDynamicPattern(segment));
  return path.resolve(cwd, segments.slice(0, end === -1 ? segments.length : end).join('/') || '.');
}

/**
 * Files only. Folder links are not gone down at all (fast-glob would follow them anywhere);
 * a file link counts when it stays inside the glob's base folder, as in a folder search.
 */
function expandGlob(pattern: string, cwd: string, skipped: SkippedLinks): string[] {
  const matches = fg.sync(pattern, {
    cwd,
    dot: false,
    absolute: true,
    onlyFiles: false,
    followSymbolicLinks: false,
    ignore: ['**/node_modules/**'],
  });
  let root: string | undefined;
  const files: string[] = [];
  for (const match of matches.map((m) => path.resolve(m))) {
    let stat: fs.Stats;
    try {
      stat = fs.lstatSync(match);
    } catch {
      continue;
    }
    if (stat.isSymbolicLink()) {
      root ??= fs.realpathSync(globBase(pattern, cwd));
      if (followLink(match, root, skipped, globbed)?.isFile() !== true) continue;
    } else if (!stat.isFile()) continue;
    files.push(match);
  }
  return files;
}

/**
 * The absolute paths of the roadmaps to lint, without duplicates: files as given (any
 * name), folders searched recursively, globs expanded; no pattern means the current folder.
 * A path that does not exist, or a folder or glob without a roadmap, is a usage error.
 * Links found by searching are followed only inside the folder searched (`skipped` says
 * which were not); a file named on the command line is read wherever it leads.
 */
export function discoverRoadmaps(patterns: readonly string[], cwd: string, skipped: SkippedLinks): string[] {
  const found = new Set<string>();
  for (const pattern of patterns.length === 0 ? ['.'] : patterns) {
    const absolute = path.resolve(cwd, pattern);
    // An existing path wins over glob syntax, so a file named `[draft].cxroadmap.yaml` still lints.
    const stat = statOrUndefined(absolute, pattern);
    let matches: string[];
    if (stat?.isDirectory()) {
      matches = [];
      walk(absolute, fs.realpathSync(absolute), matches, new Set(), skipped);
      if (matches.length === 0)
        throw new CliError(`no roadmap (*.cxroadmap.yaml, *.cxroadmap.yml) found in ${pattern}`);
    } else if (stat?.isFile()) {
      matches = [absolute];
    } else if (stat) {
      // A pipe or a device would block the read or never end: only plain files are roadmaps.
      throw new CliError(`not a regular file: ${pattern}`);
    } else if (fg.isDynamicPattern(pattern)) {
      matches = expandGlob(pattern, cwd, skipped);
      if (matches.length === 0) throw new CliError(`no file matches ${pattern}`);
    } else {
      throw new CliError(`no such file or folder: ${pattern}`);
    }
    for (const match of matches) found.add(match);
  }
  return [...found];
}
