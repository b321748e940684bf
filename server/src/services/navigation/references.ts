import type { Location, Position } from 'vscode-languageserver-types';
import type { DocumentContext } from '../documentContext';
import { idAt, idLocation, occurrencesOf } from './idAtPosition';

/** Every `depends_on` entry naming the id under the cursor, and its declaration if asked. */
export function getReferences(ctx: DocumentContext, position: Position, includeDeclaration: boolean): Location[] {
  const target = idAt(ctx, position);
  if (!target) return [];
  const { declaration, references } = occurrencesOf(ctx, target);
  const out: Location[] = [];
  if (includeDeclaration && declaration?.id) out.push(idLocation(ctx, declaration.id.span));
  for (const span of references) out.push(idLocation(ctx, span));
  return out;
}
