import { roadmapAnchor } from './rule';
import type { Rule } from './rule';

export const noSponsor: Rule = {
  code: 'no-sponsor',
  checkRoadmap({ model, isInvalid }) {
    if (model.sponsor || isInvalid('/sponsor')) return [];
    return [
      {
        code: 'no-sponsor',
        ...roadmapAnchor(model),
        message: 'The roadmap names no executive `sponsor`: a CEO or top executive who gives the work political cover.',
      },
    ];
  },
};
