import { spawnSync } from 'node:child_process';
import * as path from 'node:path';

/**
 * A problem with git or the repository that the user must fix (git missing, not a
 * repository, an unknown revision): its message is one line, ready to print.
 */
export class GitError extends Error {
  override readonly name = 'GitError';
}

/** A file of a commit's tree. */
export interface TreeFile {
  /** Relative to the repository's top folder, with `/` separators. */
  path: string;
  /** The blob's object id, to read it with `readBlob`. */
  oid: string;
}

/** A file that git's rename detection followed from one path to another. */
export interface Rename {
  from: string;
  to: string;
}

/** Past this, git's output is not a list of roadmap files but something gone wrong. */
const MAX_OUTPUT = 512 * 1024 * 1024;

/**
 * Runs git itself, never a library re-implementing it, and never through a shell: every
 * argument is passed as it is, so a revision or a path may hold `;`, `$(…)` or quotes.
 * Revisions the user gives are checked once by `resolveCommit`, which turns them into
 * commit ids; everything after that names commits by id and paths as literal pathspecs.
 */
export class Git {
  private emptyTree: string | undefined;

  private constructor(
    /** The repository's top folder, where every command runs. */
    readonly topLevel: string,
    private readonly executable: string,
  ) {}

  /** The repository that holds `cwd`. */
  static open(cwd: string, executable = 'git'): Git {
    const args = ['rev-parse', '--show-toplevel'];
    const top = check(spawnGit(executable, cwd, args), args, (stderr) =>
      /not a git repository/i.test(stderr)
        ? `not inside a git repository (${cwd}): --base compares with a git revision`
        : undefined,
    );
    return new Git(path.resolve(top.toString('utf8').replace(/\r?\n$/, '')), executable);
  }

  /**
   * The id of the commit `ref` names (a branch, a tag, a commit id, `HEAD~2`, …). An
   * unknown revision in a shallow clone most likely lies beyond its history: say so.
   */
  resolveCommit(ref: string): string {
    if (ref === '' || ref.startsWith('-')) throw new GitError(`not a git revision: '${ref}'`);
    // Refused above when it starts with `-`, so git cannot take it for an option.
    const result = this.spawn(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
    if (result.status === 0) return result.stdout.toString('utf8').trim();
    if (this.isShallow()) {
      throw new GitError(
        `unknown git revision '${ref}': this is a shallow clone, which lacks the history that holds it; fetch the whole history (git fetch --unshallow, or fetch-depth: 0 with actions/checkout)`,
      );
    }
    throw new GitError(`unknown git revision '${ref}'`);
  }

  isShallow(): boolean {
    return this.git(['rev-parse', '--is-shallow-repository']).toString('utf8').trim() === 'true';
  }

  /**
   * The files (blobs, not links or submodules) of `commit` that `pathspecs` match. Listed
   * as a diff from the empty tree, because `ls-tree` does not take pathspec magic (`glob`).
   */
  listTree(commit: string, pathspecs: readonly string[]): TreeFile[] {
    this.emptyTree ??= this.git(['hash-object', '-t', 'tree', '--stdin'], '').toString('utf8').trim();
    const out = this.git([
      'diff-tree',
      '-r',
      '-z',
      '--raw',
      '--no-renames',
      this.emptyTree,
      commit,
      '--',
      ...pathspecs,
    ]);
    const fields = splitZ(out);
    const files: TreeFile[] = [];
    for (let i = 0; i + 1 < fields.length; i += 2) {
      // `:<old mode> <new mode> <old oid> <new oid> <status>`, then the path.
      const [, mode, , oid] = fields[i]!.split(' ');
      if ((mode === '100644' || mode === '100755') && oid !== undefined) files.push({ path: fields[i + 1]!, oid });
    }
    return files;
  }

  /**
   * The files of the working tree that `pathspecs` match: tracked ones still present and
   * untracked ones git does not ignore. Paths are relative to the top folder.
   */
  listWorkingTree(pathspecs: readonly string[]): string[] {
    const out = this.git(['ls-files', '-z', '--cached', '--others', '--exclude-standard', '--', ...pathspecs]);
    // A file in conflict is listed once per stage.
    return [...new Set(splitZ(out))];
  }

  /**
   * The renames git's rename detection finds between `base` and `head` (a commit id, or
   * undefined for the working tree), among the paths `pathspecs` match.
   */
  renames(base: string, head: string | undefined, pathspecs: readonly string[]): Rename[] {
    const revisions = head === undefined ? [base] : [base, head];
    const out = this.git([
      'diff',
      '--name-status',
      '-z',
      '-M',
      '--no-ext-diff',
      '--no-color',
      '--no-relative',
      ...revisions,
      '--',
      ...pathspecs,
    ]);
    const fields = splitZ(out);
    const renames: Rename[] = [];
    for (let i = 0; i < fields.length;) {
      const status = fields[i] ?? '';
      if (status.startsWith('R') || status.startsWith('C')) {
        const [from, to] = [fields[i + 1], fields[i + 2]];
        if (status.startsWith('R') && from !== undefined && to !== undefined) renames.push({ from, to });
        i += 3;
      } else i += 2;
    }
    return renames;
  }

  /** The bytes of a blob, as committed, or undefined when it has more than `limit` bytes (it is then not read whole). */
  readBlob(oid: string, limit: number): Buffer | undefined {
    const result = spawnGit(this.executable, this.topLevel, ['cat-file', 'blob', oid], { maxBuffer: limit });
    if (codeOf(result.error) === 'ENOBUFS') return undefined;
    return check(result, ['cat-file'], () => undefined);
  }

  private spawn(args: readonly string[]) {
    return spawnGit(this.executable, this.topLevel, args);
  }

  private git(args: readonly string[], input?: string): Buffer {
    return check(spawnGit(this.executable, this.topLevel, args, { input }), args, () => undefined);
  }
}

/** A pathspec that matches exactly `relativePath`, whatever characters it holds. */
export function literalPathspec(relativePath: string): string {
  return `:(literal)${relativePath}`;
}

function splitZ(out: Buffer): string[] {
  const text = out.toString('utf8');
  const fields = text.split('\0');
  if (fields[fields.length - 1] === '') fields.pop();
  return fields;
}

function spawnGit(
  executable: string,
  cwd: string,
  args: readonly string[],
  extra: { maxBuffer?: number; input?: string | undefined } = {},
) {
  return spawnSync(executable, ['-c', 'core.quotePath=false', ...args], {
    cwd,
    maxBuffer: extra.maxBuffer ?? MAX_OUTPUT,
    input: extra.input,
    windowsHide: true,
    // Reading must not take the index lock (a `git diff` refreshes it) from someone's
    // editor or their own git, nor ask anything on a terminal.
    env: { ...process.env, GIT_OPTIONAL_LOCKS: '0', GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' },
  });
}

function codeOf(error: Error | undefined): string | undefined {
  const code = (error as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** Git's output, or a GitError that says what went wrong in one line. */
function check(
  result: ReturnType<typeof spawnGit>,
  args: readonly string[],
  explain: (stderr: string) => string | undefined,
): Buffer {
  if (result.error) {
    const code = codeOf(result.error);
    if (code === 'ENOENT') throw new GitError('git was not found on PATH: --base reads the other version with git');
    throw new GitError(`could not run git: ${code ?? result.error.message}`);
  }
  if (result.status === 0) return result.stdout;
  const stderr = result.stderr.toString('utf8');
  const firstLine = stderr.split('\n').find((line) => line.trim() !== '') ?? `exit status ${String(result.status)}`;
  throw new GitError(explain(stderr) ?? `git ${args[0] ?? ''} failed: ${firstLine.replace(/^(fatal|error): /, '')}`);
}
