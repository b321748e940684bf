import assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';
import {
  cliDiagnostics,
  cliDiagnosticsOfText,
  cliDiagnosticsWithoutConfig,
  expectCliDiagnostics,
  sorted,
} from './cliDiagnostics';
import { fixture, openRoadmap, rangeOf, restore, workspaceRoot } from './roadmapWorkspace';

/** Replaces the `.cxroadmaprc.yaml` above team/ for team/ alone: the nearest file applies, never merged. */
const TEAM_CONFIG = `root: true
rules:
  competency-uncovered: off
  missing-owner: warning
options:
  minHorizonYears: 2
`;

describe('diagnostics', () => {
  it('equal the command line JSON for every roadmap in the workspace, the examples included', async () => {
    const files = (await vscode.workspace.findFiles('**/*.cxroadmap.{yaml,yml}')).sort((a, b) =>
      a.fsPath.localeCompare(b.fsPath),
    );
    const relative = files.map((f) => path.relative(workspaceRoot().fsPath, f.fsPath).split(path.sep).join('/'));
    assert.ok(
      relative.some((f) => f.startsWith('examples/')),
      `the harness copies the repository's examples into the workspace; found ${relative.join(', ')}`,
    );
    const codes = new Set<unknown>();
    for (const [i, uri] of files.entries()) {
      await openRoadmap(uri);
      const cli = cliDiagnostics(uri.fsPath);
      for (const d of cli) codes.add(d.code);
      await expectCliDiagnostics(uri, cli, `the diagnostics of ${relative[i]} to equal the CLI's`);
    }
    // The fixtures were chosen to reach these; missing-measures is a warning only by the workspace's rc file.
    for (const code of ['syntax', 'schema', 'unknown-competency', 'end-before-start', 'missing-measures']) {
      assert.ok(codes.has(code), `no fixture produced ${code}`);
    }
  });

  it('follow edits to the document', async () => {
    const document = await openRoadmap(fixture('features.cxroadmap.yaml'));
    const original = document.getText();
    const before = cliDiagnostics(document.uri.fsPath);
    await expectCliDiagnostics(document.uri, before, 'the fixture diagnostics');
    try {
      const competencyValue = rangeOf(document, 'customers-as-assets', 'competency:');
      const edit = new vscode.WorkspaceEdit();
      edit.replace(document.uri, competencyValue, 'customer-assets');
      assert.equal(await vscode.workspace.applyEdit(edit), true);
      const after = cliDiagnosticsOfText(document.getText(), path.dirname(document.uri.fsPath));
      assert.deepEqual(
        after.filter((d) => d.code === 'unknown-competency').map((d) => d.range),
        [rangeOf(document, 'customer-assets'), rangeOf(document, 'align-around-experiance')].map((r) => ({
          start: { line: r.start.line, character: r.start.character },
          end: { line: r.end.line, character: r.end.character },
        })),
      );
      await expectCliDiagnostics(document.uri, after, 'the diagnostics of the edited text');
    } finally {
      await restore(document, original);
    }
    await expectCliDiagnostics(document.uri, before, 'the diagnostics of the restored fixture');
  });

  it('are re-validated on open roadmaps when a .cxroadmaprc.yaml changes', async () => {
    const document = await openRoadmap(fixture('team/onboarding.cxroadmap.yaml'));
    const before = cliDiagnostics(document.uri.fsPath);
    await expectCliDiagnostics(document.uri, before, 'the diagnostics under the workspace rc file');
    const config = fixture('team/.cxroadmaprc.yaml');
    await vscode.workspace.fs.writeFile(config, Buffer.from(TEAM_CONFIG));
    try {
      const after = cliDiagnostics(document.uri.fsPath);
      assert.notDeepEqual(sorted(after), sorted(before));
      await expectCliDiagnostics(document.uri, after, 'the diagnostics under team/.cxroadmaprc.yaml');
    } finally {
      await vscode.workspace.fs.delete(config);
    }
    await expectCliDiagnostics(document.uri, before, 'the diagnostics once team/.cxroadmaprc.yaml is gone');
  });

  it('are given to an untitled roadmap, by the default rules', async () => {
    const content = [
      'cxroadmap: 1',
      'title: Untitled draft',
      'horizon:',
      '  start: 2027-01-01',
      '  end: 2031-12-31',
      'initiatives:',
      '  - id: listening-posts',
      '    title: Listening posts in every channel',
      '    competency: listening-paths',
      '    start: 2027-Q1',
      '    end: 2027-Q2',
      '',
    ].join('\n');
    const document = await vscode.workspace.openTextDocument({ language: 'cxroadmap', content });
    assert.equal(document.isUntitled, true);
    const expected = cliDiagnosticsWithoutConfig(content);
    assert.ok(expected.some((d) => d.code === 'unknown-competency' && d.severity === 1));
    // Without an rc file missing-measures keeps its default severity, information.
    assert.ok(expected.some((d) => d.code === 'missing-measures' && d.severity === 3));
    await expectCliDiagnostics(document.uri, expected, 'the diagnostics of the untitled roadmap');
  });
});
