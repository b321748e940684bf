import { analyzeRoadmap } from '../analyze';
import type { AnalysisResult } from '../analyze';
import type { Field, Initiative, RoadmapModel } from '../model/types';
import type { ResolvedConfig } from '../options';
import { DEFAULT_CONFIG } from '../options';
import type { Change, InitiativeChange } from './changes';
import { changedInitiative } from './changedInitiatives';
import type { ChangedInitiative } from './changedInitiatives';
import { coverageOf } from './coverage';
import type { Coverage } from './coverage';
import { compareFindings } from './findings';
import type { FindingsDiff } from './findings';
import { addedChange, initiativeChanges, removedChange } from './initiativeChanges';
import type { Side, Sides } from './initiativeChanges';
import { matchInitiatives } from './matchInitiatives';
import { roadmapChanges } from './roadmapChanges';
import { totalsOf } from './totals';
import type { DiffTotals } from './totals';

export type VersionName = 'before' | 'after';

/** What changed in one roadmap between two versions. */
export interface RoadmapDiff {
  /**
   * The roadmap's own changes first, then each initiative's in the order of the new
   * version, then the initiatives removed, in the order of the old one.
   */
  changes: Change[];
  /** The initiatives those changes are about, once each, in the same order. */
  initiatives: ChangedInitiative[];
  /** Null for a version that does not exist or does not parse. */
  coverage: { before: Coverage | null; after: Coverage | null };
  findings: FindingsDiff;
  totals: DiffTotals;
  /**
   * The versions that do not parse. Their plan cannot be read, so no change is listed
   * when either is here; their findings (the syntax problems) are still compared.
   */
  unparsed: VersionName[];
}

/** One version of a roadmap file and the configuration that applies to it. */
export interface RoadmapVersion {
  text: string;
  config?: ResolvedConfig;
}

/**
 * Compares two versions of a roadmap: `undefined` for a file that does not exist in that
 * version (every initiative is then added, or removed). Pure, like the analysis.
 */
export function diffRoadmapTexts(before: RoadmapVersion | undefined, after: RoadmapVersion | undefined): RoadmapDiff {
  const analyse = (version: RoadmapVersion | undefined) =>
    version === undefined ? undefined : analyzeRoadmap(version.text, version.config ?? DEFAULT_CONFIG);
  return diffAnalyses(analyse(before), analyse(after));
}

function parses(analysis: AnalysisResult): boolean {
  return !analysis.diagnostics.some((d) => d.code === 'syntax');
}

function sideOf(analysis: AnalysisResult | undefined): Side {
  const horizon = analysis?.model.horizon;
  return {
    lineOf: (offset) => (analysis ? analysis.lines.lineOf(offset) + 1 : 0),
    horizon:
      horizon?.start && horizon.end && horizon.start.day <= horizon.end.day
        ? { start: horizon.start.day, end: horizon.end.day }
        : undefined,
  };
}

type WithId = Initiative & { id: Field<string> };

/**
 * Whether two initiatives are written the same, so that nothing in them can differ: most
 * of a large roadmap, whose comparison this skips. An alias (`*name`) reads text from
 * elsewhere, so an item that may hold one is always compared.
 */
function sameItem(
  before: AnalysisResult | undefined,
  after: AnalysisResult | undefined,
): (old: Initiative, next: Initiative) => boolean {
  if (!before || !after) return () => false;
  const oldText = before.lines.text;
  const newText = after.lines.text;
  return (old, next) => {
    if (old.span.end - old.span.start !== next.span.end - next.span.start) return false;
    const text = newText.slice(next.span.start, next.span.end);
    return !text.includes('*') && text === oldText.slice(old.span.start, old.span.end);
  };
}

export function diffAnalyses(before: AnalysisResult | undefined, after: AnalysisResult | undefined): RoadmapDiff {
  const unparsed: VersionName[] = [];
  if (before && !parses(before)) unparsed.push('before');
  if (after && !parses(after)) unparsed.push('after');
  const findings = compareFindings(before?.diagnostics ?? [], after?.diagnostics ?? []);
  const coverage = {
    before: before && parses(before) ? coverageOf(before.model) : null,
    after: after && parses(after) ? coverageOf(after.model) : null,
  };
  const { changes, initiatives } =
    unparsed.length > 0
      ? { changes: [], initiatives: [] }
      : planChanges(before?.model, after?.model, sideOf(before), sideOf(after), sameItem(before, after));
  return { changes, initiatives, coverage, findings, totals: totalsOf(changes), unparsed };
}

function planChanges(
  before: RoadmapModel | undefined,
  after: RoadmapModel | undefined,
  beforeSide: Side,
  afterSide: Side,
  same: (old: Initiative, next: Initiative) => boolean,
): { changes: Change[]; initiatives: ChangedInitiative[] } {
  const sides: Sides = { before: beforeSide, after: afterSide };
  const { pairs, added, removed } = matchInitiatives(before?.initiatives ?? [], after?.initiatives ?? []);
  const changes: Change[] = before && after ? roadmapChanges(before, after, sides) : [];
  const initiatives: ChangedInitiative[] = [];
  const pairOf = new Map(pairs.map((pair) => [pair.after, pair.before]));
  const isAdded = new Set(added);
  const add = (own: [InitiativeChange, ...InitiativeChange[]], old?: Initiative, next?: Initiative) => {
    changes.push(...own);
    initiatives.push(changedInitiative(own, old, next));
  };
  for (const initiative of after?.initiatives ?? []) {
    const old = pairOf.get(initiative);
    if (old) {
      const [first, ...rest] = same(old, initiative) ? [] : initiativeChanges(old, initiative, sides);
      if (first) add([first, ...rest], old, initiative);
    } else if (isAdded.has(initiative)) add([addedChange(initiative as WithId, sides)], undefined, initiative);
  }
  for (const initiative of removed) add([removedChange(initiative as WithId, sides)], initiative);
  return { changes, initiatives };
}
