import * as vscode from 'vscode';

/**
 * Opens the Problems view. The status bar runs this command of ours rather than the
 * workbench's directly, so the walkthrough can count the click (`onCommand:cxroadmap.showProblems`).
 */
export function showProblems(): () => Thenable<unknown> {
  return () => vscode.commands.executeCommand('workbench.actions.view.problems');
}
