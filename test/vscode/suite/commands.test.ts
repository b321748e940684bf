import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import * as path from 'node:path';
import { cliDiagnostics, cliDiagnosticsWithoutConfig, expectCliDiagnostics, toLsp } from './cliDiagnostics';
import { extensionUnderTest, fixture, openRoadmap, workspaceRoot } from './roadmapWorkspace';
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
      // "Save" proposes this name, so the saved file keeps the language.
      assert.equal(document.uri.path, vscode.Uri.joinPath(workspaceRoot(), 'roadmap.cxroadmap.yaml').path);
      assert.match(document.getText(), /^cxroadmap: 1$/m);
      // The document opens empty and then gets its text: the publish that counts is the last.
      await waitFor(
        () => published.has(document.uri.toString()) && vscode.languages.getDiagnostics(document.uri).length === 0,
        WAIT_MS,
        () =>
          `no problems on the new roadmap, not ${JSON.stringify(vscode.languages.getDiagnostics(document.uri).map(toLsp))}`,
      );
      assert.deepEqual(vscode.languages.getDiagnostics(document.uri).map(toLsp), []);
    } finally {
      subscription.dispose();
    }
    // Reverting first keeps the workbench from asking whether to save the untitled roadmap.
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('"CX Roadmap: New Roadmap" proposes the next free name while the first is open', async () => {
    await vscode.commands.executeCommand('cxroadmap.newRoadmap');
    const first = vscode.window.activeTextEditor?.document;
    await vscode.commands.executeCommand('cxroadmap.newRoadmap');
    const second = vscode.window.activeTextEditor?.document;
    try {
      assert.deepEqual(
        [first, second].map((d) => d && path.posix.basename(d.uri.path)),
        ['roadmap.cxroadmap.yaml', 'roadmap-2.cxroadmap.yaml'],
      );
      assert.equal(second?.languageId, 'cxroadmap');
    } finally {
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      if (first) await vscode.window.showTextDocument(first);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
  });

  it('"CX Roadmap: Open Example Roadmap" opens the workspace\'s example', async () => {
    await vscode.commands.executeCommand('cxroadmap.openExample');
    const document = vscode.window.activeTextEditor?.document;
    assert.equal(document?.uri.toString(), fixture('examples/needs-work.cxroadmap.yaml').toString());
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  it('"CX Roadmap: Open Example Roadmap" opens an untitled copy of the shipped example where the workspace has none', async () => {
    const inWorkspace = fixture('examples/needs-work.cxroadmap.yaml');
    const aside = fixture('examples/needs-work.cxroadmap.yaml.aside');
    const shipped = vscode.Uri.joinPath(extensionUnderTest().extensionUri, 'examples', 'needs-work.cxroadmap.yaml');
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(shipped));
    const expected = cliDiagnosticsWithoutConfig(text);
    await vscode.workspace.fs.rename(inWorkspace, aside);
    let document: vscode.TextDocument | undefined;
    try {
      await vscode.commands.executeCommand('cxroadmap.openExample');
      document = vscode.window.activeTextEditor?.document;
      assert.ok(document, 'no editor is active after Open Example Roadmap');
      assert.equal(document.uri.scheme, 'untitled');
      assert.equal(document.uri.path, 'needs-work.cxroadmap.yaml');
      assert.equal(document.languageId, 'cxroadmap');
      assert.equal(document.getText(), text);
      const uri = document.uri;
      await waitFor(
        () => vscode.languages.getDiagnostics(uri).length === expected.length,
        WAIT_MS,
        () => `${expected.length} diagnostics on the example, not ${vscode.languages.getDiagnostics(uri).length}`,
      );
      assert.deepEqual(vscode.languages.getDiagnostics(uri).map(toLsp), expected);
      // From the walkthrough, opened over the example in its group, "Open the chart" still
      // means the example: no text editor is active or visible then.
      await vscode.commands.executeCommand(
        'workbench.action.openWalkthrough',
        'cxroadmap.cxroadmap#cxroadmap.gettingStarted',
        false,
      );
      await waitFor(() => vscode.window.activeTextEditor === undefined, WAIT_MS, 'the walkthrough to be active');
      await vscode.commands.executeCommand('cxroadmap.openPreviewToSide');
      await waitFor(
        () =>
          vscode.window.tabGroups.all.some((g) => g.tabs.some((t) => t.label === 'Gantt: needs-work.cxroadmap.yaml')),
        WAIT_MS,
        'a Gantt preview tab for the example',
      );
    } finally {
      await vscode.workspace.fs.rename(aside, inWorkspace);
      // The preview and the walkthrough go, then the untitled example without a save prompt.
      const pages = vscode.window.tabGroups.all.flatMap((g) =>
        g.tabs.filter((t) => t.label === 'Gantt: needs-work.cxroadmap.yaml' || t.label === 'Walkthrough: CX Roadmap'),
      );
      await vscode.window.tabGroups.close(pages);
      if (document) {
        await vscode.window.showTextDocument(document);
        await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      }
    }
  });
});
