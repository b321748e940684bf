import * as fs from 'node:fs';
import * as path from 'node:path';
import fg from 'fast-glob';
import { literalPathspec } from '../../host/git';
import type { Git } from '../../host/git';
import { CliError } from '../cliError';
import type { FileStatus } from './report';
import type { VersionSource } from './versions';

const ROADMAP_FILE = /\.cxroadmap\.ya?ml$/;

/** Every roadmap file by its name, wherever it is: what rename detection looks among. */
const ROADMAP_PATHSPECS = [':(glob)**/*.cxroadmap.yaml', ':(glob)**/*.cxroadmap.yml'];

/** One file to compare, and where each of its versions is read from. */
export interface FilePair {
  /** Relative to the repository's top folder: the new path, or the old one for a removed file. */
  repoPath: string;
  previousRepoPath?: string;
  /** `modified` until the texts are read and found equal. */
  status: Exclude<FileStatus, 'unchanged'>;
  before?: VersionSource;
  after?: VersionSource;
}

/** One side of the comparison: a commit, or the working tree when `commit` is undefined. */
class Side {
  private readonly known = new Map<string, VersionSource>();
  /** Folders listed whole (relative to the top, '' for all of it): a file below them that is not known is not there. */
  private readonly listed: string[] = [];

  constructor(
    private readonly git: Git,
    readonly commit: string | undefined,
  ) {}

  /** The files `pathspecs` match, by path relative to the top folder. */
  list(pathspecs: readonly string[]): string[] {
    if (pathspecs.length === 0) this.listed.push('');
    if (this.commit !== undefined) {
      const commit = this.commit;
      return this.git.listTree(commit, pathspecs).map((file) => {
        this.known.set(file.path, { kind: 'blob', oid: file.oid, repoPath: file.path, commit });
        return file.path;
      });
    }
    return this.git.listWorkingTree(pathspecs).filter((relative) => this.addFile(relative));
  }

  /**
   * A working-tree file counts when it is a regular file: a deleted one is still in the
   * index, and a link is left out on both sides, since at a commit it is only its target's name.
   */
  addFile(relative: string): boolean {
    const absolutePath = path.join(this.git.topLevel, ...relative.split('/'));
    let stat: fs.Stats;
    try {
      stat = fs.lstatSync(absolutePath);
    } catch {
      return false;
    }
    if (!stat.isFile()) return false;
    this.known.set(relative, { kind: 'file', absolutePath });
    return true;
  }

  /** Records that the folder `relative` was listed whole. */
  listedFolder(relative: string): void {
    this.listed.push(relative);
  }

  source(relative: string): VersionSource | undefined {
    const covered = this.listed.some((folder) => folder === '' || relative.startsWith(`${folder}/`));
    if (!this.known.has(relative) && !covered) this.list([literalPathspec(relative)]);
    return this.known.get(relative);
  }
}

function isFolder(absolute: string): boolean {
  try {
    return fs.statSync(absolute).isDirectory();
  } catch {
    return false;
  }
}

/** Whether a folder search would take `relative` (below `folder`): a roadmap's name, no dot-folder, no node_modules. */
function searched(relative: string, folder: string): boolean {
  const below = folder === '' ? relative : relative.slice(folder.length + 1);
  const segments = below.split('/');
  const name = segments.pop() ?? '';
  return ROADMAP_FILE.test(name) && !segments.some((s) => s === 'node_modules' || s.startsWith('.'));
}

/**
 * The roadmap files to compare between `base` and `head` (the working tree when
 * undefined), chosen as `lint` chooses them (docs/format.md, "cxroadmap lint") but in both
 * versions: a file named, whatever its name; a folder searched for roadmaps; a glob (git's
 * pathspec syntax); the current folder when there is no pattern. A file that exists in
 * only one version is added or removed, and git's rename detection pairs a removed file
 * with an added one.
 */
export function gitFilePairs(
  git: Git,
  base: string,
  head: string | undefined,
  patterns: readonly string[],
  cwd: string,
): FilePair[] {
  const before = new Side(git, base);
  const after = new Side(git, head);
  const chosen = new Set<string>();
  for (const pattern of patterns.length === 0 ? ['.'] : patterns) {
    for (const relative of choose(pattern, git, cwd, before, after)) chosen.add(relative);
  }

  const unusual = [...chosen].filter((p) => !ROADMAP_FILE.test(p)).map(literalPathspec);
  const renames = git.renames(base, head, [...ROADMAP_PATHSPECS, ...unusual]);
  const pairs: FilePair[] = [];
  const paired = new Set<string>();
  for (const { from, to } of renames) {
    if (!chosen.has(from) && !chosen.has(to)) continue;
    const old = before.source(from);
    const next = after.source(to);
    // A rename into a file that is not in the working tree (a link, say) is a removal.
    if (!old || !next) continue;
    pairs.push({ repoPath: to, previousRepoPath: from, status: 'renamed', before: old, after: next });
    paired.add(from);
    paired.add(to);
  }
  for (const relative of chosen) {
    if (paired.has(relative)) continue;
    const old = before.source(relative);
    const next = after.source(relative);
    if (old && next) pairs.push({ repoPath: relative, status: 'modified', before: old, after: next });
    else if (next) pairs.push({ repoPath: relative, status: 'added', after: next });
    else if (old) pairs.push({ repoPath: relative, status: 'removed', before: old });
  }
  return pairs;
}

/** The files one pattern names, in either version; a usage error when it names none. */
function choose(pattern: string, git: Git, cwd: string, before: Side, after: Side): string[] {
  const absolute = path.resolve(cwd, pattern);
  const fromTop = path.relative(git.topLevel, absolute);
  if (fromTop === '..' || fromTop.startsWith(`..${path.sep}`) || path.isAbsolute(fromTop)) {
    throw new CliError(`${pattern} is outside the git repository (${git.topLevel})`);
  }
  const relative = fromTop.split(path.sep).join('/');
  const literal = relative === '' ? [] : [literalPathspec(relative)];
  const found = new Set([...before.list(literal), ...after.list(literal)]);
  // A file git ignores is still compared when it is named.
  if (after.commit === undefined && relative !== '' && !found.has(relative) && after.addFile(relative)) {
    found.add(relative);
  }
  if (found.has(relative)) return [relative];
  if (found.size > 0) {
    before.listedFolder(relative);
    after.listedFolder(relative);
    const roadmaps = [...found].filter((p) => searched(p, relative));
    if (roadmaps.length === 0) throw new CliError(`no roadmap (*.cxroadmap.yaml, *.cxroadmap.yml) found in ${pattern}`);
    return roadmaps;
  }
  if (isFolder(absolute)) throw new CliError(`no roadmap (*.cxroadmap.yaml, *.cxroadmap.yml) found in ${pattern}`);
  if (fg.isDynamicPattern(pattern)) {
    const glob = [`:(glob)${relative}`];
    const matches = [...new Set([...before.list(glob), ...after.list(glob)])].filter(
      (p) => !p.split('/').includes('node_modules'),
    );
    if (matches.length === 0) throw new CliError(`no file matches ${pattern} in either version`);
    return matches;
  }
  throw new CliError(`no such file or folder in either version: ${pattern}`);
}
