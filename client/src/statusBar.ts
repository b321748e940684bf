import * as vscode from 'vscode';
import { COMPETENCY_NAMES } from '../../server/src/core/competencyNames';
import { competencyCoverage } from './competencyCoverage';
import type { CompetencyCoverage } from './competencyCoverage';
import { COMMANDS, DIAGNOSTIC_SOURCE, LANGUAGE_ID } from './contributions';

/**
 * `$(error) N $(warning) M · K/5 competencies` while the active editor holds a roadmap;
 * hidden otherwise. A click opens the Problems view.
 */
export class RoadmapStatusBar implements vscode.Disposable {
  private readonly item: vscode.StatusBarItem;
  private readonly subscriptions: vscode.Disposable[];
  /** Diagnostics events come far more often than edits; the text is read once per version. */
  private coverage: { uri: string; version: number; coverage: CompetencyCoverage } | undefined;

  constructor() {
    this.item = vscode.window.createStatusBarItem('cxroadmap.status', vscode.StatusBarAlignment.Left, 0);
    this.item.name = vscode.l10n.t('CX Roadmap');
    this.item.command = COMMANDS.showProblems;
    this.subscriptions = [
      this.item,
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      vscode.languages.onDidChangeDiagnostics((e) => {
        const active = this.activeRoadmap();
        if (active && e.uris.some((uri) => uri.toString() === active.uri.toString())) this.update();
      }),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document === vscode.window.activeTextEditor?.document) this.update();
      }),
      // Changing a document's language closes and reopens it under the new language id.
      vscode.workspace.onDidOpenTextDocument((document) => {
        if (document === vscode.window.activeTextEditor?.document) this.update();
      }),
    ];
    this.update();
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
    this.coverage = undefined;
  }

  private activeRoadmap(): vscode.TextDocument | undefined {
    const document = vscode.window.activeTextEditor?.document;
    return document?.languageId === LANGUAGE_ID ? document : undefined;
  }

  private update(): void {
    const document = this.activeRoadmap();
    if (!document) {
      this.item.hide();
      return;
    }
    let errors = 0;
    let warnings = 0;
    for (const d of vscode.languages.getDiagnostics(document.uri)) {
      if (d.source !== DIAGNOSTIC_SOURCE) continue;
      if (d.severity === vscode.DiagnosticSeverity.Error) errors++;
      else if (d.severity === vscode.DiagnosticSeverity.Warning) warnings++;
    }
    const { covered, uncovered } = this.coverageOf(document);
    this.item.text = vscode.l10n.t(
      '$(error) {0} $(warning) {1} · {2}/5 competencies',
      errors,
      warnings,
      covered.length,
    );
    this.item.accessibilityInformation = {
      label: vscode.l10n.t(
        'Errors: {0}, warnings: {1}, competencies with an initiative: {2} of 5',
        errors,
        warnings,
        covered.length,
      ),
    };
    this.item.tooltip = tooltip(uncovered.map((id) => COMPETENCY_NAMES[id]));
    this.item.show();
  }

  private coverageOf(document: vscode.TextDocument): CompetencyCoverage {
    const uri = document.uri.toString();
    if (this.coverage?.uri !== uri || this.coverage.version !== document.version) {
      this.coverage = { uri, version: document.version, coverage: competencyCoverage(document.getText()) };
    }
    return this.coverage.coverage;
  }
}

function tooltip(uncoveredNames: readonly string[]): string {
  const lines =
    uncoveredNames.length === 0
      ? [vscode.l10n.t('Every one of the five competencies has an initiative.')]
      : [vscode.l10n.t('Competencies without an initiative:'), ...uncoveredNames.map((name) => `\u2022 ${name}`)];
  return [...lines, '', vscode.l10n.t('Click to open the Problems view.')].join('\n');
}
