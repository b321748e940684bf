import { COMPETENCY_IDS } from '../model/types';
import type { CompetencyId, RoadmapModel } from '../model/types';

/** How many initiatives build each competency, in the order of COMPETENCY_IDS. */
export type Coverage = Record<CompetencyId, number>;

/** Counted as `competency-uncovered` counts: every initiative with a valid competency, whatever its status. */
export function coverageOf(model: RoadmapModel): Coverage {
  const coverage = Object.fromEntries(COMPETENCY_IDS.map((id) => [id, 0])) as Coverage;
  for (const initiative of model.initiatives) {
    if (initiative.competency) coverage[initiative.competency.value] += 1;
  }
  return coverage;
}

/** The competencies that had an initiative before and have none after. */
export function coverageLost(before: Coverage | null, after: Coverage | null): CompetencyId[] {
  if (before === null || after === null) return [];
  return COMPETENCY_IDS.filter((id) => before[id] > 0 && after[id] === 0);
}

/** A competency whose count of initiatives changed, and whether it became covered or uncovered. */
export interface CoverageMove {
  id: CompetencyId;
  before: number;
  after: number;
  note: 'now covered' | 'no longer covered' | undefined;
}

/** The competencies whose count changed, in the order of COMPETENCY_IDS. */
export function coverageMoves(before: Coverage | null, after: Coverage | null): CoverageMove[] {
  if (before === null || after === null) return [];
  return COMPETENCY_IDS.filter((id) => before[id] !== after[id]).map((id) => ({
    id,
    before: before[id],
    after: after[id],
    note: before[id] > 0 && after[id] === 0 ? 'no longer covered' : before[id] === 0 ? 'now covered' : undefined,
  }));
}
