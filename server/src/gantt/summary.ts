/** What a reader of the exported page sees first: how the roadmap's initiatives stand. */
import { COMPETENCY_NAMES } from '../core/competencyNames';
import { COMPETENCY_IDS, STATUSES } from '../core/model/types';
import type { CompetencyId, RoadmapModel, Status } from '../core/model/types';

export interface RoadmapSummary {
  initiatives: number;
  /** Counts in the order of the format's statuses, then initiatives without one; zeros left out. */
  byStatus: { status: Status | 'none'; count: number }[];
  covered: CompetencyId[];
  uncovered: { id: CompetencyId; name: string }[];
}

export function summarize(model: RoadmapModel): RoadmapSummary {
  const counts = new Map<Status | 'none', number>();
  const covered = new Set<CompetencyId>();
  for (const i of model.initiatives) {
    const status = i.status?.value ?? 'none';
    counts.set(status, (counts.get(status) ?? 0) + 1);
    if (i.competency) covered.add(i.competency.value);
  }
  return {
    initiatives: model.initiatives.length,
    byStatus: [...STATUSES, 'none' as const]
      .filter((s) => counts.has(s))
      .map((status) => ({ status, count: counts.get(status)! })),
    covered: COMPETENCY_IDS.filter((id) => covered.has(id)),
    uncovered: COMPETENCY_IDS.filter((id) => !covered.has(id)).map((id) => ({ id, name: COMPETENCY_NAMES[id] })),
  };
}
