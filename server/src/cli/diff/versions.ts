import * as fs from 'node:fs';
import { MAX_TEXT_LENGTH } from '../../core/analyze';
import type { Git } from '../../host/git';
import { CliError, errorCode } from '../cliError';

/** Where one version of a file is read from. */
export type VersionSource =
  { kind: 'file'; absolutePath: string } | { kind: 'blob'; oid: string; repoPath: string; commit: string };

export type ReadVersion = { text: string; bytes: Buffer } | { unreadable: 'binary' | 'too-large' };

/**
 * The largest file read: the analysis gives anything longer one diagnostic and no plan,
 * so reading more would only cost memory.
 */
export const MAX_FILE_BYTES = MAX_TEXT_LENGTH;

/** A NUL byte never occurs in YAML text, and is how git itself tells a binary file. */
function decode(bytes: Buffer): ReadVersion {
  if (bytes.includes(0)) return { unreadable: 'binary' };
  return { text: bytes.toString('utf8'), bytes };
}

export function readVersion(source: VersionSource, git: Git | undefined, shown: string): ReadVersion {
  if (source.kind === 'blob') {
    if (!git) throw new Error('a blob needs git to be read');
    const bytes = git.readBlob(source.oid, MAX_FILE_BYTES);
    return bytes === undefined ? { unreadable: 'too-large' } : decode(bytes);
  }
  try {
    if (fs.statSync(source.absolutePath).size > MAX_FILE_BYTES) return { unreadable: 'too-large' };
    return decode(fs.readFileSync(source.absolutePath));
  } catch (error) {
    throw new CliError(`cannot read ${shown}: ${errorCode(error) ?? String(error)}`);
  }
}
