import { analyzeRoadmap } from '../../core/analyze';
import type { AnalysisResult } from '../../core/analyze';
import { diffAnalyses } from '../../core/diff/diffRoadmaps';
import type { RoadmapDiff } from '../../core/diff/diffRoadmaps';
import { totalsOf } from '../../core/diff/totals';
import { InitiativeCache } from '../../core/initiativeUnit';
import type { ResolvedConfig } from '../../core/options';
import type { FileNote, FileStatus, VersionLabel } from './report';
import type { ReadVersion } from './versions';

/** One version of a file, read, with its configuration; undefined when the file does not exist in it. */
export interface LoadedVersion {
  read: ReadVersion;
  config: ResolvedConfig;
}

export interface ComparedFile {
  status: FileStatus;
  diff: RoadmapDiff;
  notes: FileNote[];
}

const MIB = 1024 * 1024;

/**
 * Compares two versions of one file. A version that cannot be read (binary, too large)
 * gets a note and takes no part: no change is listed, and its findings are unknown, so
 * those of the other version count as new (base unreadable) or are not listed (head).
 */
export function compareFile(
  status: Exclude<FileStatus, 'unchanged'>,
  before: LoadedVersion | undefined,
  after: LoadedVersion | undefined,
  where: Readonly<Record<VersionLabel, string>>,
  maxBytes: number,
): ComparedFile {
  const notes: FileNote[] = [];
  const note = (version: VersionLabel, loaded: LoadedVersion | undefined): void => {
    if (loaded === undefined || !('unreadable' in loaded.read)) return;
    const reason = loaded.read.unreadable;
    const message =
      reason === 'binary'
        ? `is a binary file ${where[version]}, so it is not compared`
        : `is larger than ${maxBytes / MIB} MiB ${where[version]}, so it is not compared`;
    notes.push({ version, reason, message });
  };
  note('base', before);
  note('head', after);

  const old = textOf(before);
  const next = textOf(after);
  const same = old !== undefined && next !== undefined && old.bytes.equals(next.bytes) && sameConfig(before!, after!);
  // The new version is read as an edit of the old one: only the initiatives whose text
  // changed are analysed again, as in the editor. The same text under the same rules is
  // analysed once.
  const cache = new InitiativeCache();
  const beforeAnalysis = old === undefined ? undefined : analyzeRoadmap(old.text, before!.config, cache);
  const afterAnalysis: AnalysisResult | undefined =
    next === undefined ? undefined : same ? beforeAnalysis : analyzeRoadmap(next.text, after!.config, cache);
  let diff = diffAnalyses(beforeAnalysis, afterAnalysis);
  if (notes.length > 0) {
    const findings = after !== undefined && next === undefined ? { new: [], fixed: [], unchanged: [] } : diff.findings;
    diff = { ...diff, changes: [], initiatives: [], totals: totalsOf([]), findings };
  }
  for (const version of diff.unparsed) {
    const label: VersionLabel = version === 'before' ? 'base' : 'head';
    notes.push({ version: label, reason: 'syntax', message: `does not parse ${where[label]}, so no change is listed` });
  }
  const unchanged = status === 'modified' && old !== undefined && next !== undefined && old.bytes.equals(next.bytes);
  return { status: unchanged ? 'unchanged' : status, diff, notes };
}

function textOf(loaded: LoadedVersion | undefined): { text: string; bytes: Buffer } | undefined {
  return loaded !== undefined && 'text' in loaded.read ? loaded.read : undefined;
}

function sameConfig(a: LoadedVersion, b: LoadedVersion): boolean {
  return a.config === b.config || JSON.stringify(a.config) === JSON.stringify(b.config);
}
