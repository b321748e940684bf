import * as fs from 'node:fs';
import * as path from 'node:path';
import { Severity } from '../core/diagnostic';
import { summarize } from '../core/diff/totals';
import { ConfigLookup } from '../host/configLookup';
import { Git, GitError } from '../host/git';
import { CliError, errorCode } from './cliError';
import { ConfigAtCommit } from './diff/configAt';
import { compareFile } from './diff/compareFile';
import type { FailOn } from './diff/failOn';
import type { LoadedVersion } from './diff/compareFile';
import { DIFF_FORMATTERS } from './diff/formats';
import type { DiffFormatName } from './diff/formats';
import { gitFilePairs } from './diff/gitFiles';
import type { FilePair } from './diff/gitFiles';
import type { DiffReport, FileDiff, Revision, VersionLabel } from './diff/report';
import { MAX_FILE_BYTES, readVersion } from './diff/versions';
import type { VersionSource } from './diff/versions';
import { displayPath } from './fileResult';
import { sourceLinksFromEnv } from './markdown/links';
import type { Environment } from './markdown/links';
import { writeFileSafely } from './safeWrite';

export interface DiffOptions {
  /** The revision to compare with; undefined for `diff OLD_FILE NEW_FILE`. */
  base: string | undefined;
  /** The new revision; undefined for the working tree. */
  head: string | undefined;
  /** Paths and globs with `base`, or exactly the two files without it. */
  paths: readonly string[];
  format: DiffFormatName;
  failOn: FailOn;
  out: string | undefined;
  cwd: string;
  color: boolean;
  toolVersion: string;
  /** The most bytes a markdown report may take. */
  markdownLimit: number;
  /** Where a markdown report finds GitHub's variables, to link lines to the repository. */
  env: Environment;
}

export interface DiffOutcome {
  /** The whole report, written to stdout in one piece; empty when it went to `out`. */
  output: string;
  exitCode: 0 | 1;
}

/** How the configuration of each version is found. */
interface Configs {
  base: (source: VersionSource) => LoadedVersion['config'];
  head: (source: VersionSource) => LoadedVersion['config'];
}

export function runDiff(options: DiffOptions): DiffOutcome {
  const read = new Set<string>();
  const report =
    options.base === undefined ? compareTwoFiles(options, read) : compareRevisions(options, options.base, read);
  const text = DIFF_FORMATTERS[options.format](report, {
    cwd: options.cwd,
    color: options.color,
    toolVersion: options.toolVersion,
    markdown: { limit: options.markdownLimit, links: sourceLinksFromEnv(options.env, options.cwd) },
  });
  let output = text;
  if (options.out !== undefined) {
    const out = path.resolve(options.cwd, options.out);
    // A report written over a roadmap or a configuration would destroy what it compares.
    const inputs = [...read].map((input) => ({ path: input, shown: displayPath(input, options.cwd) }));
    writeFileSafely(out, text, { shown: displayPath(out, options.cwd), inputs });
    output = '';
  }
  return { output, exitCode: fails(report, options.failOn) ? 1 : 0 };
}

function fails(report: DiffReport, failOn: FailOn): boolean {
  const errors = (key: 'new' | 'unchanged') =>
    report.files.some((file) => file.diff.findings[key].some((d) => d.severity === Severity.Error));
  if (failOn === 'new') return errors('new');
  if (failOn === 'all') return errors('new') || errors('unchanged');
  return false;
}

function compareRevisions(options: DiffOptions, base: string, read: Set<string>): DiffReport {
  try {
    const git = Git.open(options.cwd);
    const baseRevision: Revision = { ref: base, commit: git.resolveCommit(base) };
    const headRevision: Revision | undefined =
      options.head === undefined ? undefined : { ref: options.head, commit: git.resolveCommit(options.head) };
    const baseConfigs = new ConfigAtCommit(git, baseRevision.commit);
    const headConfigs = headRevision === undefined ? undefined : new ConfigAtCommit(git, headRevision.commit);
    const worktree = new ConfigLookup();
    const configOf = (source: VersionSource, atCommit: ConfigAtCommit | undefined) => {
      if (source.kind === 'blob') return (atCommit ?? baseConfigs).forFile(source.repoPath);
      const loaded = worktree.forFile(source.absolutePath);
      if (loaded.configPath !== undefined) read.add(loaded.configPath);
      return loaded.config;
    };
    const configs: Configs = { base: (s) => configOf(s, baseConfigs), head: (s) => configOf(s, headConfigs) };
    const where: Record<VersionLabel, string> = {
      base: `at ${base}`,
      head: headRevision === undefined ? 'in the working tree' : `at ${headRevision.ref}`,
    };
    const pairs = gitFilePairs(git, baseRevision.commit, headRevision?.commit, options.paths, options.cwd);
    const shown = (relative: string) => displayPath(path.join(git.topLevel, ...relative.split('/')), options.cwd);
    const files = pairs.map((pair) => compareGitPair(pair, git, configs, where, shown, read));
    return finish(files, baseRevision, headRevision);
  } catch (error) {
    if (error instanceof GitError) throw new CliError(error.message);
    throw error;
  }
}

function compareGitPair(
  pair: FilePair,
  git: Git,
  configs: Configs,
  where: Record<VersionLabel, string>,
  shown: (relative: string) => string,
  read: Set<string>,
): FileDiff {
  const load = (source: VersionSource | undefined, config: (s: VersionSource) => LoadedVersion['config']) => {
    if (source === undefined) return undefined;
    if (source.kind === 'file') read.add(source.absolutePath);
    return { read: readVersion(source, git, shown(pair.repoPath)), config: config(source) };
  };
  const compared = compareFile(
    pair.status,
    load(pair.before, configs.base),
    load(pair.after, configs.head),
    where,
    MAX_FILE_BYTES,
  );
  return {
    path: shown(pair.repoPath),
    ...(pair.previousRepoPath === undefined ? {} : { previousPath: shown(pair.previousRepoPath) }),
    repoPath: pair.repoPath,
    ...(pair.previousRepoPath === undefined ? {} : { previousRepoPath: pair.previousRepoPath }),
    ...compared,
  };
}

function compareTwoFiles(options: DiffOptions, read: Set<string>): DiffReport {
  const [oldFile, newFile, ...rest] = options.paths;
  if (oldFile === undefined || newFile === undefined || rest.length > 0) {
    throw new CliError(
      "diff needs --base REF, or exactly two files: 'cxroadmap diff --base REF [PATH ...]' or 'cxroadmap diff OLD_FILE NEW_FILE'",
    );
  }
  const lookup = new ConfigLookup();
  const load = (file: string): { version: LoadedVersion; shown: string } => {
    const absolutePath = path.resolve(options.cwd, file);
    let stat: fs.Stats;
    try {
      stat = fs.statSync(absolutePath);
    } catch (error) {
      const code = errorCode(error);
      throw new CliError(
        code === 'ENOENT' || code === 'ENOTDIR'
          ? `no such file: ${file}`
          : `cannot read ${file}: ${code ?? String(error)}`,
      );
    }
    if (stat.isDirectory()) throw new CliError(`diff compares two files, and ${file} is a folder`);
    if (!stat.isFile()) throw new CliError(`not a regular file: ${file}`);
    read.add(absolutePath);
    const loaded = lookup.forFile(absolutePath);
    if (loaded.configPath !== undefined) read.add(loaded.configPath);
    return {
      version: { read: readVersion({ kind: 'file', absolutePath }, undefined, file), config: loaded.config },
      shown: displayPath(absolutePath, options.cwd),
    };
  };
  const before = load(oldFile);
  const after = load(newFile);
  const where = { base: `in ${before.shown}`, head: `in ${after.shown}` };
  const compared = compareFile('modified', before.version, after.version, where, MAX_FILE_BYTES);
  const file: FileDiff = {
    path: after.shown,
    ...(before.shown === after.shown ? {} : { previousPath: before.shown }),
    ...compared,
  };
  return finish([file], undefined, undefined);
}

function finish(files: FileDiff[], base: Revision | undefined, head: Revision | undefined): DiffReport {
  // Plain code-unit order, as lint's: the same on every machine, whatever the locale.
  const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return {
    files: sorted,
    summary: summarize(sorted.map((file) => ({ totals: file.diff.totals, findings: file.diff.findings }))),
    ...(base === undefined ? {} : { base }),
    ...(head === undefined ? {} : { head }),
  };
}
