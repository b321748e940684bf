import { COMPETENCY_IDS } from '../../core/model/types';
import type { CompetencyId } from '../../core/model/types';
import { initiativesAround } from '../modelIndex';
import type { PathSegment } from '../scan/scanModel';
import type { CompletionRequest } from './completionRequest';

/**
 * The competencies that no initiative builds, in the book's order, leaving out the one at
 * `path` itself: the initiative being written counts for nothing yet, and its competency
 * is what is being chosen.
 */
export function uncoveredCompetencies(req: CompletionRequest, path: readonly PathSegment[]): CompetencyId[] {
  const coverage = req.index().coverage;
  const own =
    path[0] === 'initiatives'
      ? initiativesAround(req.model, req.start, req.itemStart).own?.competency?.value
      : undefined;
  return COMPETENCY_IDS.filter((id) => (coverage.get(id) ?? 0) - (id === own ? 1 : 0) === 0);
}
