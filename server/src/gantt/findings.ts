/**
 * What the diagnostics say about each initiative, in the terms the chart draws: which
 * `depends_on` entries are violated (their arrow turns to the warning colour) and how many
 * problems each initiative holds (for its tooltip).
 */
import { Severity } from '../core/diagnostic';
import type { Diagnostic } from '../core/diagnostic';
import type { RoadmapModel } from '../core/model/types';
import type { LineIndex } from '../core/text/lineIndex';

export interface ProblemCount {
  errors: number;
  warnings: number;
  /** Information and hints together. */
  notes: number;
}

/** The worst finding an initiative holds, as the chart marks it: notes are information and hints. */
export type FindingLevel = 'error' | 'warning' | 'note';

/** `hasErrors`: the model's own mark, for a chart drawn without diagnostics. */
export function worstFinding(count: ProblemCount, hasErrors: boolean): FindingLevel | undefined {
  if (hasErrors || count.errors > 0) return 'error';
  if (count.warnings > 0) return 'warning';
  return count.notes > 0 ? 'note' : undefined;
}

export interface ChartFindings {
  /** Message of the diagnostic on each violated entry, keyed by `dependencyKey`. */
  violatedDependencies: ReadonlyMap<string, string>;
  /** By initiative index; initiatives without problems are absent. */
  problems: ReadonlyMap<number, ProblemCount>;
  /** Every diagnostic of the file, initiatives' or not. */
  totals: ProblemCount;
}

export const NO_FINDINGS: ChartFindings = {
  violatedDependencies: new Map(),
  problems: new Map(),
  totals: { errors: 0, warnings: 0, notes: 0 },
};

/** Identifies the `dependsOnIndex`th `depends_on` entry of the initiative at `initiativeIndex`. */
export function dependencyKey(initiativeIndex: number, dependsOnIndex: number): string {
  return `${initiativeIndex}/${dependsOnIndex}`;
}

const VIOLATION_CODES: ReadonlySet<string> = new Set(['dependency-order', 'dependency-cycle']);

function tally(count: ProblemCount, severity: Severity): void {
  if (severity === Severity.Error) count.errors += 1;
  else if (severity === Severity.Warning) count.warnings += 1;
  else count.notes += 1;
}

/** How many of `diagnostics` are errors, warnings and notes. */
export function problemTotals(diagnostics: readonly Diagnostic[]): ProblemCount {
  const totals: ProblemCount = { errors: 0, warnings: 0, notes: 0 };
  for (const d of diagnostics) tally(totals, d.severity);
  return totals;
}

export function chartFindings(
  model: RoadmapModel,
  diagnostics: readonly Diagnostic[],
  lines: LineIndex,
): ChartFindings {
  const entryAt = new Map<number, string>();
  for (const initiative of model.initiatives) {
    initiative.dependsOn.forEach((dependency, i) =>
      entryAt.set(dependency.span.start, dependencyKey(initiative.index, i)),
    );
  }
  // Initiatives follow one another in the text, so the one holding an offset is found by bisection.
  const starts = model.initiatives.map((i) => i.span.start);
  const holder = (offset: number): number | undefined => {
    let lo = 0;
    let hi = starts.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid]! <= offset) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    const initiative = model.initiatives[found];
    return initiative !== undefined && offset <= initiative.span.end ? initiative.index : undefined;
  };

  const violatedDependencies = new Map<string, string>();
  const problems = new Map<number, ProblemCount>();
  const totals: ProblemCount = { errors: 0, warnings: 0, notes: 0 };
  for (const d of diagnostics) {
    const offset = lines.offsetAt(d.range.start);
    tally(totals, d.severity);
    const key = VIOLATION_CODES.has(d.code) ? entryAt.get(offset) : undefined;
    if (key !== undefined && !violatedDependencies.has(key)) violatedDependencies.set(key, d.message);
    const index = holder(offset);
    if (index === undefined) continue;
    const count = problems.get(index) ?? { errors: 0, warnings: 0, notes: 0 };
    tally(count, d.severity);
    problems.set(index, count);
  }
  return { violatedDependencies, problems, totals };
}
