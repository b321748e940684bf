import assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { cliDiagnosticsOfText, expectCliDiagnostics } from './cliDiagnostics';
import { positionOf, rangeOf, restoredAfterEach } from './roadmapWorkspace';
import { codeOf, diagnosticsWhen } from './waitFor';

/** The five competency ids and their names (docs/format.md#competency-ids). */
const COMPETENCIES: [string, string][] = [
  ['align-around-experience', 'Align Around Experience'],
  ['customers-as-assets', 'Honor and Manage Customers as Assets'],
  ['listening-path', 'Build a Customer Listening Path'],
  ['one-company-leadership', 'One-Company Leadership, Accountability and Culture'],
  ['reliability-innovation', 'Proactive Experience Reliability and Innovation'],
];

function plain(range: vscode.Range): { start: vscode.Position; end: vscode.Position } {
  return { start: range.start, end: range.end };
}

describe('language features', () => {
  let document: vscode.TextDocument;
  let original: string;
  restoredAfterEach('features.cxroadmap.yaml', (opened, text) => {
    document = opened;
    original = text;
  });

  it('completes the five competency ids after `competency: `', async () => {
    const position = positionOf(document, 'competency: ', 'competency: '.length);
    const list = await vscode.commands.executeCommand<vscode.CompletionList>(
      'vscode.executeCompletionItemProvider',
      document.uri,
      position,
    );
    const label = (item: vscode.CompletionItem) => (typeof item.label === 'string' ? item.label : item.label.label);
    // Other providers (words in the document, snippets) may add items; the server's carry the competency's name.
    const competencies = list.items.filter((item) =>
      COMPETENCIES.some(([id, name]) => id === label(item) && item.detail === name),
    );
    assert.deepEqual(competencies.map((item) => [label(item), item.detail]).sort(), COMPETENCIES);
  });

  it('shows the full name of a competency id on hover', async () => {
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
      'vscode.executeHoverProvider',
      document.uri,
      positionOf(document, 'customers-as-assets', 2, 'competency:'),
    );
    const texts = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value)));
    assert.equal(texts.length, 1, texts.join('\n---\n'));
    assert.ok(texts[0].startsWith('**Honor and Manage Customers as Assets** (`customers-as-assets`)'), texts[0]);
  });

  it('offers the fix for an unknown competency, and applying it clears the diagnostic', async () => {
    const isTypo = (d: vscode.Diagnostic) => codeOf(d) === 'unknown-competency';
    const [diagnostic] = (
      await diagnosticsWhen(document.uri, (ds) => ds.some(isTypo), 'the unknown-competency diagnostic')
    ).filter(isTypo);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      document.uri,
      diagnostic.range,
      vscode.CodeActionKind.QuickFix.value,
    );
    const fix = actions.find((a) => a.title === 'Change to align-around-experience (Align Around Experience)');
    assert.ok(fix?.edit, `offered: ${actions.map((a) => a.title).join('; ')}`);
    assert.equal(fix.isPreferred, true);
    assert.equal(fix.kind?.value, 'quickfix');
    assert.equal(await vscode.workspace.applyEdit(fix.edit), true);
    assert.equal(document.getText(), original.replace('align-around-experiance', 'align-around-experience'));
    const expected = cliDiagnosticsOfText(document.getText(), path.dirname(document.uri.fsPath));
    assert.deepEqual(
      expected.filter((d) => d.code === 'unknown-competency'),
      [],
    );
    await expectCliDiagnostics(document.uri, expected, 'the diagnostics after the fix');
  });

  it('goes from a depends_on id to the initiative id', async () => {
    const found = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>(
      'vscode.executeDefinitionProvider',
      document.uri,
      positionOf(document, 'asset-metrics', 2, 'depends_on:'),
    );
    const targets = found.map((l) =>
      'targetUri' in l
        ? { uri: l.targetUri.toString(), range: plain(l.targetRange) }
        : { uri: l.uri.toString(), range: plain(l.range) },
    );
    assert.deepEqual(targets, [{ uri: document.uri.toString(), range: plain(rangeOf(document, 'asset-metrics')) }]);
  });

  it('renames an initiative id together with the depends_on entries that name it', async () => {
    const edit = await vscode.commands.executeCommand<vscode.WorkspaceEdit>(
      'vscode.executeDocumentRenameProvider',
      document.uri,
      positionOf(document, 'asset-metrics', 1),
      'customer-metrics',
    );
    assert.deepEqual(
      edit.entries().map(([uri, edits]) => [uri.toString(), edits.map((e) => [plain(e.range), e.newText])]),
      [
        [
          document.uri.toString(),
          [
            [plain(rangeOf(document, 'asset-metrics')), 'customer-metrics'],
            [plain(rangeOf(document, 'asset-metrics', 'depends_on:')), 'customer-metrics'],
          ],
        ],
      ],
    );
    assert.equal(await vscode.workspace.applyEdit(edit), true);
    assert.equal(document.getText(), original.split('asset-metrics').join('customer-metrics'));
    await expectCliDiagnostics(
      document.uri,
      cliDiagnosticsOfText(document.getText(), path.dirname(document.uri.fsPath)),
      'the diagnostics after the rename',
    );
  });

  it('outlines the roadmap by competency group', async () => {
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>(
      'vscode.executeDocumentSymbolProvider',
      document.uri,
    );
    const outline = (s: vscode.DocumentSymbol): unknown[] => [
      s.name,
      vscode.SymbolKind[s.kind],
      s.children.map((c) => c.name),
    ];
    assert.deepEqual(symbols.map(outline), [
      ['horizon', 'Object', []],
      ['governance', 'Object', []],
      ['journey', 'Object', []],
      ['Honor and Manage Customers as Assets', 'Namespace', ['Monthly customer gain and loss report']],
      ['Without a known competency', 'Namespace', ['Agreed journey stages']],
    ]);
  });
});
