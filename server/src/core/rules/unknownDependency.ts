import type { OffsetDiagnostic } from '../diagnostic';
import { closest } from '../text/closest';
import type { Rule } from './rule';

export const unknownDependency: Rule = {
  code: 'unknown-dependency',
  checkRoadmap({ model, index }) {
    // The id may be that of an initiative that does not parse.
    if (model.unparsedInitiatives) return [];
    const out: OffsetDiagnostic[] = [];
    let ids: string[] | undefined;
    for (const initiative of model.initiatives) {
      for (const dep of initiative.dependsOn) {
        if (index.byId.has(dep.id)) continue;
        ids ??= [...index.byId.keys()];
        const guess = closest(dep.id, ids);
        out.push({
          code: 'unknown-dependency',
          ...dep.span,
          facts: guess ? { dependency: dep.id, suggestion: guess } : { dependency: dep.id },
          message: `No initiative in this roadmap has the id \`${dep.id}\`.${guess ? ` Did you mean \`${guess}\`?` : ' Add that initiative, or remove it from `depends_on`.'}`,
        });
      }
    }
    return out;
  },
};
