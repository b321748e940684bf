import * as vscode from 'vscode';
import { COMPETENCY_NAMES } from '../../server/src/core/competencyNames';
import { competencyCoverage } from './competencyCoverage';
import type { CompetencyCoverage } from './competencyCoverage';
import { COMMANDS, DIAGNOSTIC_SOURCE, LANGUAGE_ID } from './contributions';
import { syntaxLines } from './syntaxLines';

/**
 * `$(error) N $(warning) M · K/5 competencies` while the active editor holds a roadmap,
 * followed by where it does not parse (`· line L does not parse`) when it does not: the
 * counts then leave out what is there. Hidden otherwise. A click opens the Problems view.
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
    const diagnostics = vscode.languages.getDiagnostics(document.uri);
    for (const d of diagnostics) {
      if (d.source !== DIAGNOSTIC_SOURCE) continue;
      if (d.severity === vscode.DiagnosticSeverity.Error) errors++;
      else if (d.severity === vscode.DiagnosticSeverity.Warning) warnings++;
    }
    const { covered, uncovered } = this.coverageOf(document);
    const counts = vscode.l10n.t('$(error) {0} $(warning) {1} · {2}/5 competencies', errors, warnings, covered.length);
    const label = vscode.l10n.t(
      'Errors: {0}, warnings: {1}, competencies with an initiative: {2} of 5',
      errors,
      warnings,
      covered.length,
    );
    const broken = syntaxLines(diagnostics, DIAGNOSTIC_SOURCE);
    const notParsing =
      broken.length === 0
        ? undefined
        : broken.length === 1
          ? vscode.l10n.t('line {0} does not parse', broken[0]!)
          : vscode.l10n.t('{0} lines do not parse', broken.length);
    this.item.text = notParsing ? `${counts} · ${notParsing}` : counts;
    this.item.accessibilityInformation = { label: notParsing ? `${label}, ${notParsing}` : label };
    this.item.tooltip = tooltip(
      uncovered.map((id) => COMPETENCY_NAMES[id]),
      broken,
    );
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

function tooltip(uncoveredNames: readonly string[], brokenLines: readonly number[]): string {
  const lines =
    uncoveredNames.length === 0
      ? [vscode.l10n.t('Every one of the five competencies has an initiative.')]
      : [vscode.l10n.t('Competencies without an initiative:'), ...uncoveredNames.map((name) => `\u2022 ${name}`)];
  if (brokenLines.length === 1)
    lines.unshift(
      vscode.l10n.t(
        'YAML cannot read line {0}: the part of the roadmap there is left out of the checks and the chart until it is fixed.',
        brokenLines[0]!,
      ),
      '',
    );
  else if (brokenLines.length > 1)
    lines.unshift(
      vscode.l10n.t(
        'YAML cannot read lines {0}: the parts of the roadmap there are left out of the checks and the chart until they are fixed.',
        brokenLines.join(', '),
      ),
      '',
    );
  return [...lines, '', vscode.l10n.t('Click to open the Problems view.')].join('\n');
}
