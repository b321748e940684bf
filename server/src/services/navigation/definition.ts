import type { Location, Position } from 'vscode-languageserver-types';
import type { DocumentContext } from '../documentContext';
import { declarationOf, idAt, idLocation } from './idAtPosition';

/** From a `depends_on` id to the `id` of the initiative it names; an `id` leads to itself. */
export function getDefinition(ctx: DocumentContext, position: Position): Location[] {
  const target = idAt(ctx, position);
  if (!target) return [];
  if (target.kind === 'declaration') return [idLocation(ctx, target.span)];
  const declaration = declarationOf(ctx, target.id);
  return declaration?.id ? [idLocation(ctx, declaration.id.span)] : [];
}
