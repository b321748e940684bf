import type { OffsetDiagnostic } from '../diagnostic';
import { formatDay } from '../dates';
import type { Rule } from './rule';

export const dependencyOrder: Rule = {
  code: 'dependency-order',
  checkRoadmap({ index }) {
    const out: OffsetDiagnostic[] = [];
    const cyclic = index.cyclicEdges;
    for (const edge of index.edges) {
      // A cycle is its own problem; its order cannot be fixed until the circle is broken.
      if (cyclic.has(edge)) continue;
      const start = edge.from.start;
      const end = edge.to.end;
      if (!start || !end || start.day > end.day) continue;
      out.push({
        code: 'dependency-order',
        ...edge.dep.span,
        message: `This initiative starts on ${formatDay(start.day)}, but \`${edge.dep.id}\`, which it depends on, ends on ${formatDay(end.day)}; start it on ${formatDay(end.day + 1)} or later, or end \`${edge.dep.id}\` sooner.`,
        facts: { date: formatDay(end.day + 1) },
      });
    }
    return out;
  },
};
