import type { OffsetDiagnostic } from '../diagnostic';
import type { Initiative } from '../model/types';
import type { DependencyEdge } from './dependencyGraph';
import type { Rule } from './rule';

const MAX_SHOWN = 6;

export const dependencyCycle: Rule = {
  code: 'dependency-cycle',
  checkRoadmap({ index }) {
    const cyclic = index.cyclicEdges;
    if (cyclic.size === 0) return [];
    const out: OffsetDiagnostic[] = [];
    const next = new Map<Initiative, Initiative[]>();
    for (const e of cyclic) {
      const list = next.get(e.from);
      if (list) list.push(e.to);
      else next.set(e.from, [e.to]);
    }
    for (const edge of cyclic) {
      const loop = loopThrough(edge, next);
      const shown = loop.length > MAX_SHOWN ? [...loop.slice(0, MAX_SHOWN), '...'] : [...loop, loop[0]];
      const message =
        edge.from === edge.to
          ? `\`${edge.dep.id}\` depends on itself, so it can never start.`
          : `These initiatives wait on each other in a circle, so none of them can start: ${shown.map((s) => (s === '...' ? s : `\`${s}\``)).join(' \u2192 ')}.`;
      out.push({ code: 'dependency-cycle', ...edge.dep.span, message });
    }
    return out;
  },
};

/** The ids along a shortest way from the edge's prerequisite back to its dependant. */
function loopThrough(edge: DependencyEdge, next: ReadonlyMap<Initiative, Initiative[]>): string[] {
  const previous = new Map<Initiative, Initiative>();
  const queue: Initiative[] = [edge.to];
  const seen = new Set<Initiative>([edge.to]);
  while (queue.length > 0 && !seen.has(edge.from)) {
    const v = queue.shift()!;
    for (const w of next.get(v) ?? []) {
      if (seen.has(w)) continue;
      seen.add(w);
      previous.set(w, v);
      queue.push(w);
    }
  }
  const path: Initiative[] = [edge.from];
  for (let v = edge.from; v !== edge.to && previous.has(v);) {
    v = previous.get(v)!;
    path.push(v);
  }
  path.reverse();
  // path runs prerequisite → ... → dependant; the loop reads dependant → prerequisite → ...
  const ids = [edge.from, ...path.slice(0, -1)].map((i) => i.id?.value ?? '?');
  return ids;
}
