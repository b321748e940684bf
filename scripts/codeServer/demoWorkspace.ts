/**
 * What `npm start` sets up before code-server starts: a scratch copy of `examples/` (the
 * demo saves edits as they are made, and trying a quick fix must never change tracked
 * files), user settings without VS Code's own welcome page or git prompts, and a small
 * starter extension that opens the example roadmap, its Gantt preview beside it and the
 * CX walkthrough. The starter is the demo's, not the product's: it is never packaged.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';

/** The roadmap the demo opens: the example with problems to try the checks and fixes on. */
export const DEMO_ROADMAP = 'needs-work.cxroadmap.yaml';

/** The walkthrough the starter opens, as `workbench.action.openWalkthrough` names it. */
export const WALKTHROUGH_ID = 'cxroadmap.cxroadmap#cxroadmap.gettingStarted';

export const DEMO_SETTINGS = {
  // VS Code's own "Welcome" page would cover the roadmap; the starter opens ours instead.
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  // The scratch folder sits inside this repository: no "open the parent repository?" prompt.
  'git.openRepositoryInParentFolders': 'never',
  'git.autoRepositoryDetection': false,
};

export interface DemoWorkspace {
  /** The folder code-server opens: a fresh copy of `examples/`. */
  folder: string;
  /** The starter extension's vsix, to install beside the product's. */
  starterVsix: string;
}

/** Makes the roadmaps folder and the starter in `demoDir` anew, and the user settings in `userDataDir`. */
export function prepareDemoWorkspace(root: string, demoDir: string, userDataDir: string): DemoWorkspace {
  const folder = path.join(demoDir, 'roadmaps');
  rmSync(folder, { recursive: true, force: true });
  cpSync(path.join(root, 'examples'), folder, { recursive: true });
  mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
  writeFileSync(path.join(userDataDir, 'User', 'settings.json'), `${JSON.stringify(DEMO_SETTINGS, null, 2)}\n`);
  return { folder, starterVsix: packageStarter(root, path.join(demoDir, 'starter')) };
}

function packageStarter(root: string, dir: string): string {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'package.json'), `${JSON.stringify(STARTER_MANIFEST, null, 2)}\n`);
  writeFileSync(path.join(dir, 'extension.js'), STARTER_SOURCE);
  writeFileSync(
    path.join(dir, 'README.md'),
    '# CX Roadmap demo starter\n\nOpens the example roadmap for `npm start`.\n',
  );
  const vsix = path.join(dir, 'cxroadmap-demo-starter.vsix');
  const vsce = path.join(root, 'node_modules', '@vscode', 'vsce', 'vsce');
  const run = spawnSync(
    process.execPath,
    [vsce, 'package', '--no-dependencies', '--allow-missing-repository', '--skip-license', '--out', vsix],
    { cwd: dir, encoding: 'utf8' },
  );
  if (run.status !== 0) throw new Error(`packaging the demo starter failed:\n${run.stdout}${run.stderr}`);
  return vsix;
}

const STARTER_MANIFEST = {
  name: 'cxroadmap-demo-starter',
  displayName: 'CX Roadmap demo starter',
  description: 'Opens the example roadmap, its Gantt preview and the walkthrough when the demo starts.',
  version: '0.0.1',
  publisher: 'cxroadmap',
  private: true,
  engines: { vscode: '^1.90.0' },
  extensionDependencies: ['cxroadmap.cxroadmap'],
  activationEvents: ['onStartupFinished'],
  main: './extension.js',
};

/**
 * Runs once per window. The walkthrough goes first, so that the roadmap opened after it is
 * the active editor in the same group and the preview goes beside that. The roadmap opens
 * pinned: opened as a preview editor it would replace the walkthrough's tab.
 */
const STARTER_SOURCE = `'use strict';
const vscode = require('vscode');

exports.activate = async function activate() {
  const folder = vscode.workspace.workspaceFolders && vscode.workspace.workspaceFolders[0];
  if (!folder) return;
  const roadmap = vscode.Uri.joinPath(folder.uri, ${JSON.stringify(DEMO_ROADMAP)});
  await vscode.commands.executeCommand('workbench.action.openWalkthrough', ${JSON.stringify(WALKTHROUGH_ID)}, false);
  const document = await vscode.workspace.openTextDocument(roadmap);
  await vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.One, preview: false });
  await vscode.commands.executeCommand('cxroadmap.openPreviewToSide', roadmap);
};

exports.deactivate = function deactivate() {};
`;
