import { Severity } from '../diagnostic';
import type { Diagnostic } from '../diagnostic';
import type { Change } from './changes';
import type { FindingsDiff } from './findings';

/** What happened to the initiatives. An initiative slipped when its end moved later; `slippedDays` adds those moves up. */
export interface InitiativeTotals {
  slipped: number;
  slippedDays: number;
  added: number;
  removed: number;
  renamed: number;
}

export interface DiffTotals {
  changes: number;
  initiatives: InitiativeTotals;
}

export interface SeverityCounts {
  errors: number;
  warnings: number;
  infos: number;
  hints: number;
}

export interface FindingTotals {
  new: SeverityCounts;
  fixed: SeverityCounts;
  unchanged: SeverityCounts;
}

/** The totals of every file compared, with their findings counted by severity. */
export interface DiffSummary extends DiffTotals {
  findings: FindingTotals;
}

export function totalsOf(changes: readonly Change[]): DiffTotals {
  const initiatives: InitiativeTotals = { slipped: 0, slippedDays: 0, added: 0, removed: 0, renamed: 0 };
  for (const change of changes) {
    if (change.kind === 'end-moved' && change.days > 0) {
      initiatives.slipped += 1;
      initiatives.slippedDays += change.days;
    } else if (change.kind === 'initiative-added') initiatives.added += 1;
    else if (change.kind === 'initiative-removed') initiatives.removed += 1;
    else if (change.kind === 'initiative-renamed') initiatives.renamed += 1;
  }
  return { changes: changes.length, initiatives };
}

export function countBySeverity(diagnostics: readonly Diagnostic[]): SeverityCounts {
  const counts: SeverityCounts = { errors: 0, warnings: 0, infos: 0, hints: 0 };
  for (const d of diagnostics) {
    if (d.severity === Severity.Error) counts.errors += 1;
    else if (d.severity === Severity.Warning) counts.warnings += 1;
    else if (d.severity === Severity.Information) counts.infos += 1;
    else counts.hints += 1;
  }
  return counts;
}

function addCounts(a: SeverityCounts, b: SeverityCounts): SeverityCounts {
  return {
    errors: a.errors + b.errors,
    warnings: a.warnings + b.warnings,
    infos: a.infos + b.infos,
    hints: a.hints + b.hints,
  };
}

export function summarize(files: readonly { totals: DiffTotals; findings: FindingsDiff }[]): DiffSummary {
  const none: SeverityCounts = { errors: 0, warnings: 0, infos: 0, hints: 0 };
  const summary: DiffSummary = {
    changes: 0,
    initiatives: { slipped: 0, slippedDays: 0, added: 0, removed: 0, renamed: 0 },
    findings: { new: none, fixed: none, unchanged: none },
  };
  for (const { totals, findings } of files) {
    summary.changes += totals.changes;
    const sum = summary.initiatives;
    const add = totals.initiatives;
    sum.slipped += add.slipped;
    sum.slippedDays += add.slippedDays;
    sum.added += add.added;
    sum.removed += add.removed;
    sum.renamed += add.renamed;
    summary.findings = {
      new: addCounts(summary.findings.new, countBySeverity(findings.new)),
      fixed: addCounts(summary.findings.fixed, countBySeverity(findings.fixed)),
      unchanged: addCounts(summary.findings.unchanged, countBySeverity(findings.unchanged)),
    };
  }
  return summary;
}
