import type { OffsetDiagnostic } from '../diagnostic';
import type { Rule } from './rule';

export const duplicateId: Rule = {
  code: 'duplicate-id',
  checkRoadmap({ model, index, lineOf }) {
    const out: OffsetDiagnostic[] = [];
    let used: Set<string> | undefined;
    for (const initiative of model.initiatives) {
      const id = initiative.id;
      if (!id) continue;
      const first = index.byId.get(id.value);
      if (!first || first === initiative || !first.id) continue;
      used ??= new Set(
        model.initiatives.flatMap((i) => [...(i.id ? [i.id.value] : []), ...i.dependsOn.map((d) => d.id)]),
      );
      const suggestion = freshId(id.value, used);
      used.add(suggestion);
      out.push({
        code: 'duplicate-id',
        ...id.span,
        facts: { suggestion },
        message: `The id \`${id.value}\` is already used by the initiative on line ${lineOf(first.id.span.start)}; give this one an id of its own (dependencies always point to the first).`,
      });
    }
    return out;
  },
};

/**
 * `<id>-2`, `-3`… whichever is free. Ids named in any `depends_on` count as taken, so the
 * new id does not silently satisfy a dangling reference; each suggestion is taken in turn,
 * so two duplicates of one id are offered different ids.
 */
function freshId(id: string, used: ReadonlySet<string>): string {
  let n = 2;
  while (used.has(`${id}-${n}`)) n++;
  return `${id}-${n}`;
}
