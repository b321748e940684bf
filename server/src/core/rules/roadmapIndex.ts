import type { CompetencyId, Initiative } from '../model/types';
import { cyclicEdges, dependencyEdges } from './dependencyGraph';
import type { DependencyEdge } from './dependencyGraph';

/** What several cross-initiative rules need, computed once per analysis and only on demand. */
export class RoadmapIndex {
  /** Initiatives by id; with duplicate ids, the first one (references resolve to it). */
  readonly byId = new Map<string, Initiative>();
  private edgeList?: DependencyEdge[];
  private cyclic?: Set<DependencyEdge>;
  private covered?: Map<CompetencyId, number>;

  constructor(private readonly initiatives: readonly Initiative[]) {
    for (const i of initiatives) if (i.id && !this.byId.has(i.id.value)) this.byId.set(i.id.value, i);
  }

  get edges(): readonly DependencyEdge[] {
    this.edgeList ??= dependencyEdges(this.initiatives, this.byId);
    return this.edgeList;
  }

  get cyclicEdges(): ReadonlySet<DependencyEdge> {
    this.cyclic ??= cyclicEdges(this.initiatives, this.edges);
    return this.cyclic;
  }

  /** How many initiatives build each competency (a competency none builds is absent). */
  get coverage(): ReadonlyMap<CompetencyId, number> {
    if (!this.covered) {
      this.covered = new Map();
      for (const i of this.initiatives)
        if (i.competency) this.covered.set(i.competency.value, (this.covered.get(i.competency.value) ?? 0) + 1);
    }
    return this.covered;
  }
}
