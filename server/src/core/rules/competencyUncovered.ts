import { COMPETENCY_NAMES } from '../competencyNames';
import { COMPETENCY_IDS } from '../model/types';
import { roadmapAnchor } from './rule';
import type { Rule } from './rule';

export const competencyUncovered: Rule = {
  code: 'competency-uncovered',
  checkRoadmap({ model, index }) {
    // An initiative that does not parse may be the one that covers it.
    if (!model.initiativesValid || model.unparsedInitiatives) return [];
    const covered = index.coverage;
    const anchor = roadmapAnchor(model, 'initiatives');
    return COMPETENCY_IDS.filter((id) => !covered.has(id)).map((id) => ({
      code: 'competency-uncovered' as const,
      ...anchor,
      subject: id,
      message: `No initiative builds \u201c${COMPETENCY_NAMES[id]}\u201d (\`${id}\`); the five competencies work together, so plan at least one initiative for it.`,
    }));
  },
};
