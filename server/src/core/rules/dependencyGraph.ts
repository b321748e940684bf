import type { Dependency, Initiative } from '../model/types';

export interface DependencyEdge {
  from: Initiative;
  to: Initiative;
  dep: Dependency;
}

/** Every `depends_on` entry that names a known initiative, as an edge dependant → prerequisite. */
export function dependencyEdges(
  initiatives: readonly Initiative[],
  byId: ReadonlyMap<string, Initiative>,
): DependencyEdge[] {
  const edges: DependencyEdge[] = [];
  for (const from of initiatives) {
    for (const dep of from.dependsOn) {
      const to = byId.get(dep.id);
      if (to) edges.push({ from, to, dep });
    }
  }
  return edges;
}

/**
 * Strongly connected components (Tarjan's algorithm, iterative so that a long chain of
 * dependencies cannot overflow the stack). Returns each initiative's component number.
 */
export function componentsOf(
  initiatives: readonly Initiative[],
  edges: readonly DependencyEdge[],
): Map<Initiative, number> {
  const out = new Map<Initiative, Initiative[]>();
  for (const e of edges) {
    const list = out.get(e.from);
    if (list) list.push(e.to);
    else out.set(e.from, [e.to]);
  }
  const indexOf = new Map<Initiative, number>();
  const low = new Map<Initiative, number>();
  const onStack = new Set<Initiative>();
  const stack: Initiative[] = [];
  const component = new Map<Initiative, number>();
  let counter = 0;
  let components = 0;
  for (const root of initiatives) {
    if (indexOf.has(root)) continue;
    const work: [Initiative, number][] = [[root, 0]];
    indexOf.set(root, counter);
    low.set(root, counter++);
    stack.push(root);
    onStack.add(root);
    for (let frame = work.at(-1); frame !== undefined; frame = work.at(-1)) {
      const [v, i] = frame;
      const next = out.get(v) ?? [];
      if (i < next.length) {
        frame[1] = i + 1;
        const w = next[i]!;
        if (!indexOf.has(w)) {
          indexOf.set(w, counter);
          low.set(w, counter++);
          stack.push(w);
          onStack.add(w);
          work.push([w, 0]);
        } else if (onStack.has(w)) {
          low.set(v, Math.min(low.get(v)!, indexOf.get(w)!));
        }
        continue;
      }
      work.pop();
      const parent = work.at(-1)?.[0];
      if (parent !== undefined) {
        low.set(parent, Math.min(low.get(parent)!, low.get(v)!));
      }
      if (low.get(v) === indexOf.get(v)) {
        let w: Initiative;
        do {
          w = stack.pop()!;
          onStack.delete(w);
          component.set(w, components);
        } while (w !== v);
        components++;
      }
    }
  }
  return component;
}

/** Edges that lie on a cycle: both ends in one component that loops (or a self-reference). */
export function cyclicEdges(initiatives: readonly Initiative[], edges: readonly DependencyEdge[]): Set<DependencyEdge> {
  const component = componentsOf(initiatives, edges);
  const size = new Map<number, number>();
  for (const c of component.values()) size.set(c, (size.get(c) ?? 0) + 1);
  const result = new Set<DependencyEdge>();
  for (const e of edges) {
    const c = component.get(e.from);
    if (e.from === e.to || (c !== undefined && c === component.get(e.to) && (size.get(c) ?? 0) > 1)) result.add(e);
  }
  return result;
}
