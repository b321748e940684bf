/**
 * The command line's view of a roadmap, to hold the editor to it: docs/format.md#diagnostics
 * promises that `cxroadmap lint --format json` and the language server give identical diagnostics.
 * The CLI is the one packaged with the extension under test.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import * as vscode from 'vscode';
import { extensionUnderTest } from './roadmapWorkspace';
import { codeOf, diagnosticsWhen } from './waitFor';

/** An LSP `Diagnostic` as the CLI prints it. */
export interface LspDiagnostic {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  severity: number;
  code: string | number | undefined;
  codeDescription: { href: string } | undefined;
  source: string | undefined;
  message: string;
}

interface CliFileResult {
  file: string;
  diagnostics: (LspDiagnostic & { data?: unknown })[];
}

/** The CLI's diagnostics for a file on disk, in its own (deterministic) order. */
export function cliDiagnostics(file: string): LspDiagnostic[] {
  const cwd = path.dirname(file);
  // In desktop VS Code the extension host's executable is Electron: this makes it a plain Node.
  const result = spawnSync(process.execPath, [cliPath(), 'lint', '--format', 'json', file], {
    cwd,
    env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
    encoding: 'utf8',
  });
  if (result.status !== 0 && result.status !== 1) {
    throw new Error(
      `cxroadmap lint ${file} exited with ${result.status ?? result.signal}: ${result.stderr}${result.error?.message ?? ''}`,
    );
  }
  const entries = JSON.parse(result.stdout) as CliFileResult[];
  const entry = entries.find((e) => path.resolve(cwd, e.file) === file);
  if (!entry) throw new Error(`cxroadmap lint printed no entry for ${file}: ${result.stdout}`);
  // VS Code's Diagnostic has no `data`: the language client keeps it aside and sends it back
  // with code-action requests (the quick-fix test shows that round trip), so it is left out
  // of the comparison here. The stdio suite compares it too (test/unit/lsp/diagnostics.test.ts).
  return entry.diagnostics.map(({ data: _data, ...diagnostic }) => diagnostic);
}

/**
 * The CLI's diagnostics for `text` as if it were a roadmap in `folder` (so the same
 * `.cxroadmaprc.yaml` applies): written to a file of its own there and removed again.
 */
export function cliDiagnosticsOfText(text: string, folder: string): LspDiagnostic[] {
  const file = path.join(folder, `.vscode-test-${process.pid}-${Date.now()}.cxroadmap.yaml`);
  writeFileSync(file, text);
  try {
    return cliDiagnostics(file);
  } finally {
    rmSync(file, { force: true });
  }
}

/** The CLI's diagnostics for `text` where no `.cxroadmaprc.yaml` applies, as for an untitled roadmap. */
export function cliDiagnosticsWithoutConfig(text: string): LspDiagnostic[] {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'cxroadmap-untitled-'));
  try {
    // A `.git` folder ends the search for an rc file, wherever the temporary folder lies.
    mkdirSync(path.join(folder, '.git'));
    return cliDiagnosticsOfText(text, folder);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** A VS Code diagnostic in the CLI's JSON shape: 1-based LSP severity, `code` and its link apart. */
export function toLsp(d: vscode.Diagnostic): LspDiagnostic {
  const target = typeof d.code === 'object' ? d.code.target : undefined;
  return {
    range: {
      start: { line: d.range.start.line, character: d.range.start.character },
      end: { line: d.range.end.line, character: d.range.end.character },
    },
    severity: d.severity + 1,
    code: codeOf(d),
    codeDescription: target ? { href: target.toString(true) } : undefined,
    source: d.source,
    message: d.message,
  };
}

/** The CLI's order (line, character, code), with the message as a last tie-break. */
export function sorted(list: readonly LspDiagnostic[]): LspDiagnostic[] {
  const key = (d: LspDiagnostic) => [d.range.start.line, d.range.start.character, String(d.code), d.message] as const;
  return [...list].sort((a, b) => {
    const [ka, kb] = [key(a), key(b)];
    for (let i = 0; i < ka.length; i++) {
      if (ka[i] < kb[i]) return -1;
      if (ka[i] > kb[i]) return 1;
    }
    return 0;
  });
}

/** Whether the editor shows exactly what the CLI printed. */
export function sameAsCli(editor: readonly vscode.Diagnostic[], cli: readonly LspDiagnostic[]): boolean {
  return isDeepStrictEqual(sorted(editor.map(toLsp)), sorted(cli));
}

/**
 * Waits until the editor shows exactly `cli` for `uri`; when it does not in time, fails
 * with the difference between the two.
 */
export async function expectCliDiagnostics(
  uri: vscode.Uri,
  cli: readonly LspDiagnostic[],
  what: string,
): Promise<void> {
  try {
    await diagnosticsWhen(uri, (d) => sameAsCli(d, cli), what);
  } catch (error) {
    assert.deepEqual(
      sorted(vscode.languages.getDiagnostics(uri).map(toLsp)),
      sorted(cli),
      error instanceof Error ? error.message : String(error),
    );
  }
}

function cliPath(): string {
  return path.join(extensionUnderTest().extensionPath, 'dist', 'cli.js');
}
