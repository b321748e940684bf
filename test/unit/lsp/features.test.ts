import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import type {
  CodeAction,
  CompletionList,
  DocumentSymbol,
  Hover,
  Location,
  WorkspaceEdit,
} from 'vscode-languageserver-types';
import { analyzeRoadmap } from '../../../server/src/core/analyze';
import { getCodeActions } from '../../../server/src/services/codeActions';
import type { DocumentContext } from '../../../server/src/services/documentContext';
import { getHover } from '../../../server/src/services/hover';
import { getDocumentSymbols, getFoldingRanges } from '../../../server/src/services/navigation';
import { applyEdits } from '../../../server/src/services/codeActions/applyEdits';
import { LineIndex } from '../../../server/src/core/text/lineIndex';
import { fileUri, LspClient, repoRoot } from './lspClient';

const fixture = path.join(repoRoot, 'test', 'fixtures', 'lsp', 'features.cxroadmap.yaml');
const text = readFileSync(fixture, 'utf8');
const uri = fileUri(fixture);

/** The position of the first `needle` (after `from`), plus `delta` characters. */
function pos(needle: string, delta = 0, from?: string): { line: number; character: number } {
  const offset = text.indexOf(needle, from ? text.indexOf(from) : 0) + delta;
  const before = text.slice(0, offset).split('\n');
  return { line: before.length - 1, character: before[before.length - 1].length };
}

function local(source = text): DocumentContext {
  const analysis = analyzeRoadmap(source);
  return { uri, text: analysis.lines.text, analysis };
}

/** `value` as it arrives over JSON-RPC: what the server sends is compared with this. */
function overTheWire<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

describe('language server: features over stdio', function () {
  this.timeout(60_000);
  let client: LspClient;

  before(async () => {
    client = new LspClient({ workspaceFolders: [path.dirname(fixture)] });
    await client.initialize();
    await client.open(uri, text, 1);
    await client.diagnostics(uri, 1);
  });

  after(async () => {
    await client.shutdown();
  });

  it('advertises exactly the features it serves', async () => {
    const probe = new LspClient();
    try {
      const result = (await probe.initialize()) as {
        capabilities: Record<string, unknown>;
        serverInfo: { name: string };
      };
      assert.equal(result.serverInfo.name, 'cxroadmap-language-server');
      assert.deepEqual(Object.keys(result.capabilities).sort(), [
        'codeActionProvider',
        'completionProvider',
        'definitionProvider',
        'documentSymbolProvider',
        'foldingRangeProvider',
        'hoverProvider',
        'referencesProvider',
        'renameProvider',
        'textDocumentSync',
        'workspaceSymbolProvider',
      ]);
      assert.deepEqual(result.capabilities.renameProvider, { prepareProvider: true });
    } finally {
      await probe.shutdown();
    }
  });

  it('completes the five competency ids over a typo, replacing the whole word', async () => {
    const position = pos('align-around-experiance');
    const list = await client.connection.sendRequest<CompletionList>('textDocument/completion', {
      textDocument: { uri },
      position,
    });
    const range = {
      start: position,
      end: { line: position.line, character: position.character + 'align-around-experiance'.length },
    };
    // Only `customers-as-assets` has an initiative (the typo counts for none): it comes last.
    assert.deepEqual(
      list.items.map((i) => [i.label, i.detail, i.textEdit]),
      [
        ['align-around-experience', 'Align Around Experience', { range, newText: 'align-around-experience' }],
        ['listening-path', 'Build a Customer Listening Path', { range, newText: 'listening-path' }],
        [
          'reliability-innovation',
          'Proactive Experience Reliability and Innovation',
          { range, newText: 'reliability-innovation' },
        ],
        [
          'one-company-leadership',
          'One-Company Leadership, Accountability and Culture',
          { range, newText: 'one-company-leadership' },
        ],
        ['customers-as-assets', 'Honor and Manage Customers as Assets', { range, newText: 'customers-as-assets' }],
      ],
    );
  });

  it('offers the other initiatives inside depends_on, never the initiative itself', async () => {
    const position = pos('[asset-metrics]', 1);
    const list = await client.connection.sendRequest<CompletionList>('textDocument/completion', {
      textDocument: { uri },
      position,
    });
    assert.deepEqual(
      list.items.map((i) => i.label),
      ['asset-metrics'],
    );
  });

  it('hovers a competency id with the same Markdown the service writes', async () => {
    const position = pos('customers-as-assets', 2, '  - id: asset-metrics');
    const hover = await client.connection.sendRequest<Hover>('textDocument/hover', {
      textDocument: { uri },
      position,
    });
    assert.deepEqual(hover, overTheWire(getHover(local(), position)));
    const value = (hover.contents as { value: string }).value;
    assert.ok(value.startsWith('**Honor and Manage Customers as Assets** (`customers-as-assets`)'), value);
    assert.ok(value.includes('Chief Customer Officer 2.0'), value);
  });

  it('hovers a depends_on id with the target initiative, and a date with its weekday and quarter', async () => {
    const dep = await client.connection.sendRequest<Hover>('textDocument/hover', {
      textDocument: { uri },
      position: pos('[asset-metrics]', 3),
    });
    assert.ok((dep.contents as { value: string }).value.includes('Monthly customer gain and loss report'));
    const date = await client.connection.sendRequest<Hover>('textDocument/hover', {
      textDocument: { uri },
      position: pos('2027-01-04', 2),
    });
    assert.ok((date.contents as { value: string }).value.includes('Monday'), JSON.stringify(date));
    assert.ok((date.contents as { value: string }).value.includes('2027-Q1'), JSON.stringify(date));
  });

  it('offers the competency quick fix, and applying it clears the diagnostic', async () => {
    const diagnostics = await client.diagnostics(uri, 1);
    const typo = diagnostics.find((d) => d.code === 'unknown-competency');
    assert.ok(typo);
    const actions = await client.connection.sendRequest<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: typo.range,
      context: { diagnostics: [typo], only: ['quickfix'] },
    });
    assert.deepEqual(actions, overTheWire(getCodeActions(local(), typo.range, [typo as never], ['quickfix'])));
    const preferred = actions.find((a) => a.isPreferred);
    assert.equal(preferred?.title, 'Change to align-around-experience (Align Around Experience)');
    const fixed = applyEdits(text, new LineIndex(text), preferred.edit!.changes![uri]);
    const next = client.nextDiagnostics(uri, 2);
    await client.replace(uri, fixed, 2);
    assert.deepEqual(
      (await next).filter((d) => d.code === 'unknown-competency'),
      [],
    );
    await client.replace(uri, text, 3);
    await client.diagnostics(uri, 3);
  });

  it('names the select command the client gave it in a fix that writes a placeholder', async () => {
    const withCommand = new LspClient({ initializationOptions: { selectCommand: 'client.selectRange' } });
    try {
      await withCommand.initialize();
      const unsponsored = text.replace('sponsor: Sam Ortiz\n', '');
      await withCommand.open(uri, unsponsored, 1);
      const noSponsor = (await withCommand.diagnostics(uri, 1)).find((d) => d.code === 'no-sponsor');
      assert.ok(noSponsor);
      const actions = await withCommand.connection.sendRequest<CodeAction[]>('textDocument/codeAction', {
        textDocument: { uri },
        range: noSponsor.range,
        context: { diagnostics: [noSponsor], only: ['quickfix'] },
      });
      const expected = getCodeActions(local(unsponsored), noSponsor.range, [noSponsor], ['quickfix'], {
        selectCommand: 'client.selectRange',
      });
      assert.deepEqual(actions, overTheWire(expected));
      assert.deepEqual(actions[0]?.command, {
        title: 'Add a sponsor line',
        command: 'client.selectRange',
        arguments: [uri, { start: { line: 3, character: 9 }, end: { line: 3, character: 32 } }],
      });
    } finally {
      await withCommand.shutdown();
    }
  });

  it('goes from a depends_on id to its definition and finds its references', async () => {
    const definition = await client.connection.sendRequest<Location[]>('textDocument/definition', {
      textDocument: { uri },
      position: pos('[asset-metrics]', 2),
    });
    const idStart = pos('asset-metrics');
    const idRange = {
      start: idStart,
      end: { line: idStart.line, character: idStart.character + 'asset-metrics'.length },
    };
    assert.deepEqual(definition, [{ uri, range: idRange }]);
    const refs = await client.connection.sendRequest<Location[]>('textDocument/references', {
      textDocument: { uri },
      position: idStart,
      context: { includeDeclaration: true },
    });
    const depStart = pos('[asset-metrics]', 1);
    assert.deepEqual(refs, [
      { uri, range: idRange },
      {
        uri,
        range: {
          start: depStart,
          end: { line: depStart.line, character: depStart.character + 'asset-metrics'.length },
        },
      },
    ]);
  });

  it('renames an id with its dependants, and refuses to rename what is not an id', async () => {
    const refused = await client.connection.sendRequest('textDocument/prepareRename', {
      textDocument: { uri },
      position: pos('Features fixture', 2),
    });
    assert.equal(refused, null);
    const prepared = await client.connection.sendRequest<{ placeholder: string }>('textDocument/prepareRename', {
      textDocument: { uri },
      position: pos('asset-metrics', 1),
    });
    assert.equal(prepared.placeholder, 'asset-metrics');
    const edit = await client.connection.sendRequest<WorkspaceEdit>('textDocument/rename', {
      textDocument: { uri },
      position: pos('asset-metrics', 1),
      newName: 'customer-metrics',
    });
    const renamed = applyEdits(text, new LineIndex(text), edit.changes![uri]);
    assert.equal(renamed, text.split('asset-metrics').join('customer-metrics'));
    await assert.rejects(
      client.connection.sendRequest('textDocument/rename', {
        textDocument: { uri },
        position: pos('asset-metrics', 1),
        newName: 'Not An Id',
      }),
      /Not An Id/,
    );
  });

  it('outlines the roadmap by competency and folds it, as the services do', async () => {
    const symbols = await client.connection.sendRequest<DocumentSymbol[]>('textDocument/documentSymbol', {
      textDocument: { uri },
    });
    assert.deepEqual(symbols, overTheWire(getDocumentSymbols(local())));
    assert.ok(
      symbols.some(
        (s) =>
          s.name === 'Honor and Manage Customers as Assets' &&
          s.children?.[0].name === 'Monthly customer gain and loss report',
      ),
    );
    const folds = await client.connection.sendRequest('textDocument/foldingRange', { textDocument: { uri } });
    assert.deepEqual(folds, overTheWire(getFoldingRanges(local())));
  });

  it('finds initiatives across the workspace by id or title', async () => {
    const found = await client.connection.sendRequest<
      {
        name: string;
        containerName?: string;
      }[]
    >('workspace/symbol', { query: 'journey' });
    assert.deepEqual(
      found.map((s) => [s.name, s.containerName]),
      [['Agreed journey stages (journey-stages)', 'Features fixture']],
    );
  });

  it('answers every request on a document with a syntax error', async () => {
    const broken = 'broken.cxroadmap.yaml';
    const brokenUri = `untitled:${broken}`;
    await client.open(brokenUri, 'cxroadmap: 1\ninitiatives:\n  - id: a\n    competency: [\n', 1);
    const diagnostics = await client.diagnostics(brokenUri, 1);
    assert.ok(diagnostics.some((d) => d.code === 'syntax'));
    const position = { line: 3, character: 17 };
    for (const method of [
      'textDocument/hover',
      'textDocument/completion',
      'textDocument/definition',
      'textDocument/documentSymbol',
      'textDocument/foldingRange',
    ]) {
      const params =
        method.endsWith('Symbol') || method.endsWith('Range')
          ? { textDocument: { uri: brokenUri } }
          : { textDocument: { uri: brokenUri }, position };
      await client.connection.sendRequest(method, params);
    }
    await client.close(brokenUri);
  });
});
