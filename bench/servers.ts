/**
 * The two language servers under test, started the way an editor starts them: ours from
 * the bundle, yaml-language-server from its package with our JSON schema associated to
 * `*.cxroadmap.yaml` through its `yaml.schemas` setting.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { repoRoot } from './context';
import { LspSession } from './lspSession';
import type { Published } from './lspSession';

export const ourServerPath = path.join(repoRoot, 'dist', 'server.js');
export const ylsPath = path.join(repoRoot, 'node_modules', 'yaml-language-server', 'bin', 'yaml-language-server');
export const schemaPath = path.join(repoRoot, 'schemas', 'cxroadmap.schema.json');

export interface ServerUnderTest {
  name: string;
  session: LspSession;
  languageId: string;
  /** Whether its diagnostics carry the document version (ours does; yaml-language-server does not). */
  versioned: boolean;
}

export function uriOf(file: string): string {
  return pathToFileURL(file).toString();
}

/** The next diagnostics for `uri` at `version`, or (for a server without versions) the next for `uri`. */
export function diagnosticsAfter(
  server: ServerUnderTest,
  uri: string,
  version: number,
  timeoutMs: number,
): Promise<Published> {
  const match = (p: PublishDiagnosticsParams): boolean => p.uri === uri && (!server.versioned || p.version === version);
  return server.session.nextPublish(match, timeoutMs, `${server.name} ${path.basename(uri)} v${version}`);
}

export async function startOurs(workDir: string, nodeArgs: string[] = []): Promise<ServerUnderTest> {
  // `null` for our section means "no settings": the defaults apply, as for a file without `.cxroadmaprc.yaml`.
  const session = new LspSession({ args: [...nodeArgs, ourServerPath, '--stdio'], configuration: () => null });
  await session.initialize(uriOf(workDir));
  return { name: 'cxroadmap', session, languageId: 'cxroadmap', versioned: true };
}

function ylsSettings(section: string | undefined): unknown {
  switch (section) {
    case 'yaml':
      return {
        schemas: { [uriOf(schemaPath)]: '*.cxroadmap.yaml' },
        validate: true,
        hover: true,
        completion: true,
        // Offline and fair: no catalogue download, no Kubernetes schemas.
        schemaStore: { enable: false },
        kubernetesCRDStore: { enable: false },
        format: { enable: false },
      };
    case 'http':
      return { proxy: '', proxyStrictSSL: false };
    case '[yaml]':
    case 'editor':
      return {};
    default:
      return null;
  }
}

/** A roadmap that breaks our schema in two ways any schema validator reports. */
const SCHEMA_PROBE = [
  'cxroadmap: 1',
  'horizon:',
  '  start: 2027-01-01',
  '  end: 2031-12-31',
  'colour: blue',
  'initiatives: []',
  '',
].join('\n');

/**
 * Starts yaml-language-server and proves it validates against our schema: a file missing
 * `title` and carrying an unknown key must get the schema's diagnostics before any timing.
 */
export async function startYamlLanguageServer(workDir: string): Promise<ServerUnderTest> {
  const session = new LspSession({ args: [ylsPath, '--stdio'], configuration: ylsSettings });
  await session.initialize(uriOf(workDir));
  const server: ServerUnderTest = { name: 'yaml-language-server', session, languageId: 'yaml', versioned: false };
  await session.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
  const probe = path.join(workDir, 'schema-probe.cxroadmap.yaml');
  fs.writeFileSync(probe, SCHEMA_PROBE);
  const uri = uriOf(probe);
  const found = session.nextPublish(
    (p) =>
      p.uri === uri &&
      p.diagnostics.some((d) => /title/.test(d.message)) &&
      p.diagnostics.some((d) => /colour/.test(d.message)),
    30_000,
    'schema probe: missing title and unknown key colour',
  );
  await session.open(uri, 'yaml', SCHEMA_PROBE);
  try {
    await found;
  } catch (error) {
    await session.shutdown();
    throw new Error(`yaml-language-server did not apply our schema: ${String(error)}`);
  }
  await session.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  return server;
}
