import type { OffsetDiagnostic } from '../diagnostic';
import type { Rule } from './rule';

export const duplicateId: Rule = {
  code: 'duplicate-id',
  checkRoadmap({ model, index, lineOf }) {
    const out: OffsetDiagnostic[] = [];
    for (const initiative of model.initiatives) {
      const id = initiative.id;
      if (!id) continue;
      const first = index.byId.get(id.value);
      if (!first || first === initiative || !first.id) continue;
      out.push({
        code: 'duplicate-id',
        ...id.span,
        message: `The id \`${id.value}\` is already used by the initiative on line ${lineOf(first.id.span.start)}; give this one an id of its own (dependencies always point to the first).`,
      });
    }
    return out;
  },
};
