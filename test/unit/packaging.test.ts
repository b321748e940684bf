import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules, createRequire } from 'node:module';
import * as path from 'node:path';

const root = path.resolve(__dirname, '../../..');
const version = (JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string }).version;
const vsixPath = path.join(root, `cxroadmap-${version}.vsix`);

/** The part of yauzl (a dependency of @vscode/vsce, without type declarations) used here. */
interface ZipEntry {
  fileName: string;
}
interface ZipFile {
  readEntry(): void;
  openReadStream(entry: ZipEntry, callback: (error: Error | null, stream: NodeJS.ReadableStream) => void): void;
  close(): void;
  on(event: 'entry', listener: (entry: ZipEntry) => void): void;
  on(event: 'end', listener: () => void): void;
  on(event: 'error', listener: (error: Error) => void): void;
}
interface Yauzl {
  open(file: string, options: { lazyEntries: boolean }, callback: (error: Error | null, zip: ZipFile) => void): void;
}
const yauzl = createRequire(__filename)('yauzl') as Yauzl;

/** Every entry of the zip, with the text of the entries `wanted` names. */
function readZip(file: string, wanted: (name: string) => boolean): Promise<Map<string, string | undefined>> {
  return new Promise((resolve, reject) => {
    yauzl.open(file, { lazyEntries: true }, (openError, zip) => {
      if (openError) return reject(openError);
      const entries = new Map<string, string | undefined>();
      zip.on('error', reject);
      zip.on('end', () => resolve(entries));
      zip.on('entry', (entry) => {
        if (!wanted(entry.fileName)) {
          entries.set(entry.fileName, undefined);
          zip.readEntry();
          return;
        }
        zip.openReadStream(entry, (streamError, stream) => {
          if (streamError) return reject(streamError);
          const chunks: Buffer[] = [];
          stream.on('data', (chunk: Buffer) => chunks.push(chunk));
          stream.on('error', reject);
          stream.on('end', () => {
            entries.set(entry.fileName, Buffer.concat(chunks).toString('utf8'));
            zip.readEntry();
          });
        });
      });
      zip.readEntry();
    });
  });
}

function filesUnder(folder: string): string[] {
  return readdirSync(path.join(root, folder), { recursive: true, encoding: 'utf8' })
    .map((name) => `${folder}/${name.split(path.sep).join('/')}`)
    .filter((name) => statSync(path.join(root, name)).isFile());
}

/** What the extension needs at run time; vsce renames the readme, changelog and licence. */
function expectedEntries(): string[] {
  const folders = ['syntaxes', 'snippets', 'icons', 'l10n', 'media/walkthrough', 'media/preview', 'schemas'];
  const bundles = readdirSync(path.join(root, 'dist'))
    .filter((name) => name.endsWith('.js'))
    .map((name) => `dist/${name}`);
  const files = [
    'package.json',
    'readme.md',
    'changelog.md',
    'LICENSE.txt',
    'language-configuration.json',
    // The walkthrough's "Open the example" opens a copy of it where the workspace has none.
    'examples/needs-work.cxroadmap.yaml',
    ...bundles,
    ...folders.flatMap(filesUnder),
  ];
  return ['[Content_Types].xml', 'extension.vsixmanifest', ...files.map((f) => `extension/${f}`)].sort();
}

describe('packaging (npm run package)', function () {
  this.timeout(180_000);
  let entries: Map<string, string | undefined>;

  before(async () => {
    const run = spawnSync('npm', ['run', 'package'], { cwd: root, encoding: 'utf8', timeout: 170_000 });
    assert.equal(run.status, 0, `npm run package failed:\n${run.stdout}\n${run.stderr}`);
    entries = await readZip(
      vsixPath,
      (name) => name === 'extension/package.json' || /^extension\/dist\/.*\.js$/.test(name),
    );
  });

  it(`writes cxroadmap-${version}.vsix at the repository root, under 3 MB`, () => {
    const size = statSync(vsixPath).size;
    assert.ok(size > 0 && size < 3 * 1024 * 1024, `the vsix is ${size} bytes`);
  });

  it('holds exactly the files the extension needs at run time', () => {
    assert.deepEqual([...entries.keys()].sort(), expectedEntries());
  });

  it('holds the bundles, the manifest, the readme, the changelog and the licence', () => {
    for (const name of [
      'dist/extension.js',
      'dist/languageClient.js',
      'dist/server.js',
      'package.json',
      'readme.md',
      'changelog.md',
      'LICENSE.txt',
    ]) {
      assert.ok(entries.has(`extension/${name}`), `missing extension/${name}`);
    }
  });

  it('holds no node_modules and no TypeScript sources', () => {
    const names = [...entries.keys()];
    assert.deepEqual(
      names.filter((n) => n.includes('node_modules/')),
      [],
    );
    assert.deepEqual(
      names.filter((n) => /\.ts$|\.map$/.test(n)),
      [],
    );
  });

  it('bundles every dependency: the bundles require only Node built-ins and vscode', () => {
    const builtins = new Set(builtinModules);
    for (const [name, text] of entries) {
      if (text === undefined || !name.startsWith('extension/dist/')) continue;
      // A require inside a string literal is code ajv can emit, not a call of the bundle.
      const required = [...text.matchAll(/(?<![`'\w.$])require\("([^"]+)"\)/g)].map((m) => m[1]);
      const foreign = required.filter((id) => id !== 'vscode' && !id.startsWith('node:') && !builtins.has(id));
      assert.deepEqual([...new Set(foreign)], [], `${name} requires modules that are not bundled`);
    }
  });

  it('activates from a small bundle that loads the language client from beside itself', () => {
    const extension = entries.get('extension/dist/extension.js') ?? '';
    const client = entries.get('extension/dist/languageClient.js') ?? '';
    // A message of vscode-languageclient's own: in the client bundle only.
    const clientLibrary = "Client got disposed and can't be restarted.";
    assert.deepEqual(
      {
        extensionUnder64KiB: Buffer.byteLength(extension) < 64 * 1024,
        extensionLoadsClient: extension.includes('"./languageClient.js"'),
        extensionHasClientLibrary: extension.includes(clientLibrary),
        clientHasClientLibrary: client.includes(clientLibrary),
      },
      {
        extensionUnder64KiB: true,
        extensionLoadsClient: true,
        extensionHasClientLibrary: false,
        clientHasClientLibrary: true,
      },
      `dist/extension.js is ${Buffer.byteLength(extension)} bytes`,
    );
  });

  it('declares the engine, the entry point and an icon that is inside the package', () => {
    const manifest = JSON.parse(entries.get('extension/package.json') ?? '{}') as {
      engines?: { vscode?: string };
      main?: string;
      icon?: string;
    };
    assert.deepEqual(
      { vscode: manifest.engines?.vscode, main: manifest.main, icon: manifest.icon },
      { vscode: '^1.90.0', main: './dist/extension.js', icon: 'icons/cxroadmap.png' },
    );
    assert.ok(entries.has(`extension/${manifest.icon}`), `the icon ${manifest.icon} is not in the package`);
  });
});

describe('npm package', function () {
  this.timeout(120_000);

  it('holds the bundles, the schema and the documentation, and no sources or tests', () => {
    const run = spawnSync('npm', ['pack', '--dry-run', '--json'], { cwd: root, encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    const files = (JSON.parse(run.stdout) as { files: { path: string }[] }[])[0].files.map((f) => f.path);
    for (const required of [
      'dist/cli.js',
      'dist/server.js',
      'schemas/cxroadmap.schema.json',
      'docs/format.md',
      'docs/competencies.md',
      'docs/rules/README.md',
      'README.md',
      'LICENSE',
      'package.json',
    ]) {
      assert.ok(files.includes(required), `${required} is missing`);
    }
    assert.deepEqual(
      files.filter((f) => /\.ts$|^test\/|^bench\/|^server\/|^client\/|^node_modules\//.test(f)),
      [],
    );
  });
});
