import type { RoadmapDiff } from '../../core/diff/diffRoadmaps';
import type { DiffSummary } from '../../core/diff/totals';

/** What became of a file between the two versions; `unchanged` means the same text. */
export type FileStatus = 'added' | 'removed' | 'renamed' | 'modified' | 'unchanged';

export type VersionLabel = 'base' | 'head';

/** Why a version of a file could not be compared, said once for that file. */
export interface FileNote {
  version: VersionLabel;
  reason: 'syntax' | 'binary' | 'too-large';
  message: string;
}

/** One roadmap file compared. */
export interface FileDiff {
  /** Display path (relative to the current folder, `/` separators): the new one, or the old one for a removed file. */
  path: string;
  /** The old display path, for a renamed file (or the first file of `diff OLD NEW` when it is another). */
  previousPath?: string;
  /** Relative to the repository's top folder, for links to the file at a commit; undefined without git. */
  repoPath?: string;
  previousRepoPath?: string;
  status: FileStatus;
  diff: RoadmapDiff;
  notes: FileNote[];
}

/** A revision as the user named it and the commit it resolved to. */
export interface Revision {
  ref: string;
  commit: string;
}

/** Everything `cxroadmap diff` found, for the formats to print. */
export interface DiffReport {
  /** In order of path. */
  files: FileDiff[];
  summary: DiffSummary;
  /** The revisions compared, with git; `head` is undefined for the working tree. */
  base?: Revision;
  head?: Revision;
}
