import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { cliDiagnostics, expectCliDiagnostics, toLsp } from './cliDiagnostics';
import { fixture, openRoadmap } from './roadmapWorkspace';
import { WAIT_MS, waitFor } from './waitFor';
import { probeFolder, statusBarEntries } from './workbench';
import type { StatusBarEntry } from '../workbenchProbe';

describe('commands and status bar', () => {
  it('shows the status bar item with the counts of the active roadmap', async () => {
    const folder = probeFolder();
    const document = await openRoadmap(fixture('features.cxroadmap.yaml'));
    await vscode.window.showTextDocument(document);
    const cli = cliDiagnostics(document.uri.fsPath);
    await expectCliDiagnostics(document.uri, cli, 'the fixture diagnostics');
    const count = (severity: number) => cli.filter((d) => d.severity === severity).length;
    // The fixture's only known competency is customers-as-assets (the other is misspelt).
    const label = `Errors: ${count(1)}, warnings: ${count(2)}, competencies with an initiative: 1 of 5`;
    let seen: StatusBarEntry[] = [];
    const entry = await waitFor(
      async () => {
        seen = await statusBarEntries(folder);
        return seen.find((e) => e.id.endsWith('cxroadmap.status') && e.label === label);
      },
      WAIT_MS,
      () => `a status bar item labelled "${label}"; the status bar held ${JSON.stringify(seen)}`,
    );
    assert.equal(entry.label, label);
  });

  it('"CX Roadmap: Restart Language Server" restarts the server, and the diagnostics come back', async () => {
    const document = await openRoadmap(fixture('features.cxroadmap.yaml'));
    const cli = cliDiagnostics(document.uri.fsPath);
    await expectCliDiagnostics(document.uri, cli, 'the fixture diagnostics');
    let cleared = false;
    // Stopping the client drops its diagnostics: seeing them go shows the old server really stopped.
    const subscription = vscode.languages.onDidChangeDiagnostics((e) => {
      if (
        e.uris.some((u) => u.toString() === document.uri.toString()) &&
        vscode.languages.getDiagnostics(document.uri).length === 0
      )
        cleared = true;
    });
    try {
      await vscode.commands.executeCommand('cxroadmap.restartServer');
      assert.equal(cleared, true, 'the diagnostics were never cleared, so the server did not stop');
      await expectCliDiagnostics(document.uri, cli, 'the diagnostics after the restart');
    } finally {
      subscription.dispose();
    }
  });

  it('"CX Roadmap: New Roadmap" opens an untitled roadmap without problems', async () => {
    const published = new Set<string>();
    const subscription = vscode.languages.onDidChangeDiagnostics((e) => {
      for (const uri of e.uris) published.add(uri.toString());
    });
    try {
      await vscode.commands.executeCommand('cxroadmap.newRoadmap');
      const document = vscode.window.activeTextEditor?.document;
      assert.ok(document, 'no editor is active after New Roadmap');
      assert.equal(document.languageId, 'cxroadmap');
      assert.equal(document.isUntitled, true);
      assert.match(document.getText(), /^cxroadmap: 1$/m);
      await waitFor(() => published.has(document.uri.toString()), WAIT_MS, 'the server to publish for the new roadmap');
      assert.deepEqual(vscode.languages.getDiagnostics(document.uri).map(toLsp), []);
    } finally {
      subscription.dispose();
    }
    // Reverting first keeps the workbench from asking whether to save the untitled roadmap.
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
