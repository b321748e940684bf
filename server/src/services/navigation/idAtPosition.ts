import type { Location, Position, Range } from 'vscode-languageserver-types';
import type { Initiative, Span } from '../../core/model/types';
import type { DocumentContext } from '../documentContext';

/** An initiative id under the cursor: an `id` value, or an entry of a `depends_on` list. */
export type IdTarget =
  | { kind: 'declaration'; id: string; span: Span; initiative: Initiative }
  | { kind: 'reference'; id: string; span: Span };

export function idAt(ctx: DocumentContext, position: Position): IdTarget | undefined {
  const offset = ctx.analysis.lines.offsetAt(position);
  // The end is included, so a cursor just after an id (where typing stops) still finds it.
  const within = (s: Span) => s.start <= offset && offset <= s.end;
  for (const initiative of ctx.analysis.model.initiatives) {
    if (initiative.id && within(initiative.id.span)) {
      return { kind: 'declaration', id: initiative.id.value, span: initiative.id.span, initiative };
    }
    for (const dep of initiative.dependsOn) {
      if (within(dep.span)) return { kind: 'reference', id: dep.id, span: dep.span };
    }
  }
  return undefined;
}

/** The initiative an id resolves to: the first that has it, as the rules resolve it. */
export function declarationOf(ctx: DocumentContext, id: string): Initiative | undefined {
  return ctx.analysis.model.initiatives.find((i) => i.id?.value === id);
}

/** The initiatives an id target stands for, and the `depends_on` entries that point to it. */
export function occurrencesOf(
  ctx: DocumentContext,
  target: IdTarget,
): { declaration?: Initiative; references: Span[] } {
  const first = declarationOf(ctx, target.id);
  // A later duplicate has no references: they all resolve to the first.
  if (target.kind === 'declaration' && target.initiative !== first)
    return { declaration: target.initiative, references: [] };
  const references = ctx.analysis.model.initiatives.flatMap((i) =>
    i.dependsOn.filter((d) => d.id === target.id).map((d) => d.span),
  );
  return first ? { declaration: first, references } : { references };
}

/** The id's text without the quotes it may be written in. */
export function innerSpan(text: string, span: Span): Span {
  const q = text[span.start];
  if ((q === '"' || q === "'") && span.end - span.start >= 2 && text[span.end - 1] === q)
    return { start: span.start + 1, end: span.end - 1 };
  return span;
}

export function rangeOf(ctx: DocumentContext, span: Span): Range {
  return ctx.analysis.lines.rangeOf(span.start, span.end);
}

export function idLocation(ctx: DocumentContext, span: Span): Location {
  return { uri: ctx.uri, range: rangeOf(ctx, innerSpan(ctx.text, span)) };
}
