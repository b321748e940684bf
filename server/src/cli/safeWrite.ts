import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CliError, errorCode } from './cliError';

export interface SafeWriteOptions {
  /** How the target is named in messages (already relative to the current folder). */
  shown: string;
  /** Files the command read, with how each is named: the target must not be one of them. */
  inputs: readonly { path: string; shown: string }[];
}

function lstatOrUndefined(file: string): fs.Stats | undefined {
  try {
    return fs.lstatSync(file);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return undefined;
    throw error;
  }
}

/**
 * Why `target` must not be replaced, if it must not. A link is refused rather than followed:
 * in a checkout it is whatever a pull request made it, for example `~/.ssh/authorized_keys`.
 * An input is recognised by device and inode, which no spelling of its path can disguise.
 */
function refusal(target: string, inputs: SafeWriteOptions['inputs']): string | undefined {
  const stat = lstatOrUndefined(target);
  if (stat === undefined) return undefined;
  if (stat.isSymbolicLink()) return 'it is a symbolic link';
  if (!stat.isFile()) return 'it is not a regular file';
  for (const input of inputs) {
    let read: fs.Stats;
    try {
      read = fs.statSync(input.path);
    } catch {
      continue;
    }
    if (read.dev === stat.dev && read.ino === stat.ino) return `it is the same file as ${input.shown}`;
  }
  return undefined;
}

/**
 * Writes `data` to a new file beside `target` and renames it over `target`. The exclusive
 * create never follows or reuses an existing name, and the rename replaces the directory
 * entry, never the file behind it, so a link or a second hard link is never written through;
 * a reader sees the old file or the new one, never half of it.
 */
export function writeFileSafely(target: string, data: string, options: SafeWriteOptions): void {
  const fail = (reason: string) => new CliError(`will not write ${options.shown}: ${reason}`);
  const temporary = path.join(
    path.dirname(target),
    // Shortened so that a target name near the 255-byte limit still leaves room for the suffix.
    `.${path.basename(target).slice(0, 100)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`,
  );
  let created = false;
  try {
    const early = refusal(target, options.inputs);
    if (early !== undefined) throw fail(early);
    const fd = fs.openSync(temporary, 'wx', 0o644);
    created = true;
    try {
      fs.writeFileSync(fd, data);
    } finally {
      fs.closeSync(fd);
    }
    // Checked again at the last moment: the target may have changed while the data was written.
    const late = refusal(target, options.inputs);
    if (late !== undefined) throw fail(late);
    fs.renameSync(temporary, target);
    created = false;
  } catch (error) {
    if (created) fs.rmSync(temporary, { force: true });
    if (error instanceof CliError) throw error;
    throw new CliError(`cannot write ${options.shown}: ${errorCode(error) ?? String(error)}`);
  }
}
