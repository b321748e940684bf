/**
 * The extension as users get it: built, packaged with vsce, and unpacked again, so the
 * tests load exactly the files the .vsix ships (a file missing from the package fails them).
 */
import { spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { pipeline } from 'node:stream/promises';

interface ZipEntry {
  fileName: string;
}

interface ZipFile {
  readEntry(): void;
  openReadStream(entry: ZipEntry, callback: (error: Error | null, stream?: NodeJS.ReadableStream) => void): void;
  close(): void;
  on(event: 'entry', listener: (entry: ZipEntry) => void): this;
  on(event: 'end', listener: () => void): this;
  on(event: 'error', listener: (error: Error) => void): this;
}

interface Yauzl {
  open(file: string, options: { lazyEntries: boolean }, callback: (error: Error | null, zip?: ZipFile) => void): void;
}

/** Builds and packages the extension; returns the .vsix. `npm run package` (which builds) when the project has it, build and vsce otherwise. */
export function packageExtension(repoRoot: string, scratch: string): string {
  const manifest = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as {
    version: string;
    scripts?: Record<string, string>;
  };
  if (manifest.scripts?.package) {
    npm(repoRoot, ['run', 'package']);
    const vsix = path.join(repoRoot, `cxroadmap-${manifest.version}.vsix`);
    if (!existsSync(vsix)) throw new Error(`npm run package did not write ${vsix}`);
    return vsix;
  }
  npm(repoRoot, ['run', 'build']);
  const vsix = path.join(scratch, 'cxroadmap.vsix');
  run(repoRoot, path.join(repoRoot, 'node_modules', '.bin', 'vsce'), [
    'package',
    '--no-dependencies',
    '--allow-missing-repository',
    '-o',
    vsix,
  ]);
  return vsix;
}

/** Unpacks a .vsix (a zip) into `destination`; returns its `extension/` folder. */
export async function unpackVsix(vsix: string, destination: string): Promise<string> {
  // yauzl ships with @vscode/vsce, which reads .vsix files with it too.
  const yauzl = createRequire(__filename)('yauzl') as Yauzl;
  const zip = await new Promise<ZipFile>((resolve, reject) =>
    yauzl.open(vsix, { lazyEntries: true }, (error, opened) =>
      error || !opened ? reject(error ?? new Error(`cannot open ${vsix}`)) : resolve(opened),
    ),
  );
  const root = path.resolve(destination);
  try {
    await new Promise<void>((resolve, reject) => {
      zip.on('error', reject);
      zip.on('end', resolve);
      zip.on('entry', (entry) => {
        extract(zip, entry, root).then(() => zip.readEntry(), reject);
      });
      zip.readEntry();
    });
  } finally {
    zip.close();
  }
  const extension = path.join(root, 'extension');
  if (!existsSync(path.join(extension, 'package.json'))) throw new Error(`${vsix} holds no extension/package.json`);
  return extension;
}

async function extract(zip: ZipFile, entry: ZipEntry, root: string): Promise<void> {
  const target = path.resolve(root, entry.fileName);
  if (target !== root && !target.startsWith(root + path.sep))
    throw new Error(`${entry.fileName} would unpack outside ${root}`);
  if (entry.fileName.endsWith('/')) {
    mkdirSync(target, { recursive: true });
    return;
  }
  mkdirSync(path.dirname(target), { recursive: true });
  const stream = await new Promise<NodeJS.ReadableStream>((resolve, reject) =>
    zip.openReadStream(entry, (error, opened) =>
      error || !opened ? reject(error ?? new Error(`cannot read ${entry.fileName}`)) : resolve(opened),
    ),
  );
  await pipeline(stream, createWriteStream(target));
}

function npm(cwd: string, args: string[]): void {
  run(cwd, 'npm', args);
}

/** Output goes to stderr: stdout carries only the test results. */
function run(cwd: string, command: string, args: string[]): void {
  const result = spawnSync(command, args, { cwd, stdio: ['ignore', 2, 2] });
  if (result.error) throw new Error(`${command} could not start: ${result.error.message}`);
  if (result.status !== 0)
    throw new Error(`${command} ${args.join(' ')} failed with exit code ${result.status ?? result.signal}`);
}
