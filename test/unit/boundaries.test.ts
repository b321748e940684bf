/**
 * The boundaries between the parts of the code are checked by tools, not by review: these
 * tests show that each check bites (and lets the allowed imports through), so that a config
 * edit that silently disables one fails here.
 */
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { ESLint } from 'eslint';
import * as ts from 'typescript';

const root = path.resolve(__dirname, '../../..');

/** The reasons eslint.config.mjs gives, as far as needed to tell the rules apart. */
const PURE = 'server/src/core and server/src/gantt run in the server, the CLI and a browser alike';
const SERVICES = 'server/src/services is the editor-neutral language service';
const PROTOCOL = 'protocol/ is bundled into the server, the extension and the webview';
const CLIENT = 'The extension reaches the server only through protocol/';

describe('import boundaries (ESLint no-restricted-imports)', function () {
  // Loading typescript-eslint takes a few seconds on a busy machine.
  this.timeout(20_000);

  const eslint = new ESLint({
    cwd: root,
    // Only the rule under test: the others need type information, which a scratch text has not.
    ruleFilter: ({ ruleId }) => ruleId === 'no-restricted-imports',
    overrideConfig: { languageOptions: { parserOptions: { project: null, projectService: false } } },
  });

  /** The no-restricted-imports messages for `code` as if it were the file `filePath`. */
  async function restricted(code: string, filePath: string): Promise<string[]> {
    const [result] = await eslint.lintText(`${code}\nexport {};\n`, { filePath: path.join(root, filePath) });
    assert.deepEqual(
      result.messages.filter((m) => m.ruleId !== 'no-restricted-imports'),
      [],
      'only the rule under test reports',
    );
    return result.messages.map((m) => m.message);
  }

  const forbidden: [string, string, string][] = [
    ["import { createHash } from 'node:crypto';", 'server/src/core/scratch.ts', PURE],
    ["import { createHash } from 'node:crypto';", 'server/src/gantt/scratch.ts', PURE],
    ["import * as fs from 'fs';", 'server/src/core/model/scratch.ts', PURE],
    ["import { join } from 'path';", 'server/src/gantt/scratch.ts', PURE],
    ["import { createConnection } from 'vscode-languageserver';", 'server/src/core/scratch.ts', PURE],
    ["import { createConnection } from 'vscode-languageserver/node';", 'server/src/gantt/scratch.ts', PURE],
    ["import type { Range } from 'vscode-languageserver-types';", 'server/src/core/scratch.ts', PURE],
    ["import type { LanguageClient } from 'vscode-languageclient/node';", 'server/src/gantt/scratch.ts', PURE],
    ["import * as vscode from 'vscode';", 'server/src/core/scratch.ts', PURE],
    ["import * as vscode from 'vscode';", 'server/src/services/hover/scratch.ts', SERVICES],
    ["import { readFileSync } from 'node:fs';", 'server/src/services/scratch.ts', SERVICES],
    ["import { createHash } from 'crypto';", 'server/src/services/chart/scratch.ts', SERVICES],
    ["import { x } from '../../../../server/src/x';", 'client/src/preview/webview/scratch.ts', CLIENT],
    ["import { analyzeRoadmap } from '../../server/src/core/analyze';", 'client/src/scratch.ts', CLIENT],
    ["import { renderSvg } from '../../../server/src/gantt/svg';", 'client/src/preview/scratch.ts', CLIENT],
    ["import * as vscode from 'vscode';", 'protocol/scratch.ts', PROTOCOL],
    ["import { readFileSync } from 'node:fs';", 'protocol/scratch.ts', PROTOCOL],
    ["import { formatDay } from '../server/src/core/dates';", 'protocol/scratch.ts', PROTOCOL],
  ];
  for (const [code, file, reason] of forbidden) {
    it(`refuses ${code} in ${file}`, async () => {
      const messages = await restricted(code, file);
      assert.equal(messages.length, 1, messages.join('\n'));
      assert.ok(messages[0].includes(reason), messages[0]);
    });
  }

  const allowed: [string, string][] = [
    ["import { formatDay } from './dates';\nimport { parseDocument } from 'yaml';", 'server/src/core/scratch.ts'],
    ["import { escapeXml } from './escapeXml';", 'server/src/gantt/scratch.ts'],
    ["import type { Range } from 'vscode-languageserver-types';", 'server/src/services/scratch.ts'],
    ["import { createHash } from 'node:crypto';", 'server/src/host/scratch.ts'],
    ["import { createConnection } from 'vscode-languageserver/node';", 'server/src/lsp/scratch.ts'],
    ["import * as fs from 'node:fs';", 'server/src/cli/scratch.ts'],
    [
      "import * as vscode from 'vscode';\nimport { ChartRequest } from '../../../protocol/chartRequests';",
      'client/src/preview/scratch.ts',
    ],
    ["import { formatDay } from '../../../../server/src/core/dates';", 'client/src/preview/webview/scratch.ts'],
    ["import type { IsoDay } from './chartWire';", 'protocol/scratch.ts'],
  ];
  for (const [code, file] of allowed) {
    it(`allows ${code.replace(/\n/g, ' ')} in ${file}`, async () => {
      assert.deepEqual(await restricted(code, file), []);
    });
  }
});

describe('DOM globals (tsconfig lib)', function () {
  this.timeout(20_000);

  const WINDOW_SCRATCH = 'export const width = window.innerWidth;\n';

  function parsedConfig(configFile: string): ts.ParsedCommandLine {
    const read = ts.readConfigFile(configFile, (f) => ts.sys.readFile(f));
    assert.equal(read.error, undefined);
    return ts.parseJsonConfigFileContent(read.config, ts.sys, path.dirname(configFile));
  }

  /** The diagnostics of `text` as the file `scratch`, compiled with `others` under `config`'s options. */
  function diagnosticsOf(
    config: ts.ParsedCommandLine,
    scratch: string,
    text: string,
    others: string[],
  ): ts.Diagnostic[] {
    const host = ts.createCompilerHost(config.options);
    const getSourceFile = host.getSourceFile.bind(host);
    const fileExists = host.fileExists.bind(host);
    const readFile = host.readFile.bind(host);
    host.getSourceFile = (name, version, ...rest) =>
      path.resolve(name) === scratch ? ts.createSourceFile(name, text, version) : getSourceFile(name, version, ...rest);
    host.fileExists = (name) => path.resolve(name) === scratch || fileExists(name);
    host.readFile = (name) => (path.resolve(name) === scratch ? text : readFile(name));
    const program = ts.createProgram([...others, scratch], { ...config.options, noEmit: true }, host);
    const source = program.getSourceFile(scratch);
    assert.ok(source);
    return [...program.getSyntacticDiagnostics(source), ...program.getSemanticDiagnostics(source)];
  }

  it('the root tsconfig rejects `window` in server code', () => {
    const config = parsedConfig(path.join(root, 'tsconfig.json'));
    const scratch = path.join(root, 'server', 'src', 'core', 'scratch.ts');
    const found = diagnosticsOf(config, scratch, WINDOW_SCRATCH, []).map((d) => [
      d.code,
      ts.flattenDiagnosticMessageText(d.messageText, '\n'),
    ]);
    assert.deepEqual(found, [[2304, "Cannot find name 'window'."]]);
  });

  it('no file the root tsconfig checks brings the DOM back', () => {
    // A `/// <reference lib="dom" />` in any one file gives the DOM to the whole program; reading
    // the files is much quicker than compiling them all with the scratch file.
    const config = parsedConfig(path.join(root, 'tsconfig.json'));
    const webview = path.join(root, 'client', 'src', 'preview', 'webview') + path.sep;
    assert.ok(config.fileNames.length > 100);
    assert.deepEqual(
      config.fileNames.filter((f) => path.resolve(f).startsWith(webview)),
      [],
      'the webview has its own tsconfig',
    );
    assert.deepEqual(
      config.fileNames.filter((f) => /^\/\/\/\s*<reference\s+lib=["']dom/im.test(ts.sys.readFile(f) ?? '')),
      [],
    );
  });

  it('the webview tsconfig accepts it', () => {
    const config = parsedConfig(path.join(root, 'client', 'src', 'preview', 'webview', 'tsconfig.json'));
    const scratch = path.join(root, 'client', 'src', 'preview', 'webview', 'scratch.ts');
    assert.deepEqual(diagnosticsOf(config, scratch, WINDOW_SCRATCH, []), []);
  });
});
