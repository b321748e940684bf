import { childSpot, choicesOf, shapeOf } from '../schemaLookup';
import type { SchemaSpot } from '../schemaLookup';

/**
 * Snippet text for keys and new list items. Block snippets carry their full indentation
 * (items are sent with `insertTextMode: asIs`), so they land right whatever the client's
 * own indentation rules.
 */

/** The keys a new mapping of this kind starts with: the required ones, in the order the format shows them. */
const BODY_KEYS: Readonly<Record<string, readonly string[]>> = {
  // The owner is not required by the schema, but personal accountability is the first lesson.
  initiative: ['id', 'title', 'competency', 'owner', 'start', 'end'],
  competencyIntent: ['goal'],
};

export function bodyKeys(spot: SchemaSpot): readonly string[] {
  return (spot.defName && BODY_KEYS[spot.defName]) || spot.resolved.required || [];
}

function placeholder(spot: SchemaSpot | undefined, tab: number): string {
  if (spot?.resolved.const !== undefined) return String(spot.resolved.const);
  const choices = spot && choicesOf(spot);
  return choices ? `\${${tab}|${choices.join(',')}|}` : `\${${tab}}`;
}

/** `key: ${n}` lines for the body of a new mapping, tab stops from 1. */
function fields(spot: SchemaSpot): string[] {
  return bodyKeys(spot).map((key, i) => `${key}: ${placeholder(childSpot(spot, key), i + 1)}`);
}

/** The body of a new mapping: its first line unindented, the next ones at `indent`. */
export function mappingBody(spot: SchemaSpot, indent: number, flow: boolean): string {
  const lines = fields(spot);
  if (flow) return `{${lines.length > 0 ? lines.join(', ') : '${1}'}}`;
  return lines.length > 0 ? lines.join(`\n${' '.repeat(indent)}`) : '${1}';
}

/** `key: ...` for a key written at `column`; `unit` is the file's indentation step. */
export function keySnippet(key: string, spot: SchemaSpot, column: number, unit: number, flow: boolean): string {
  const inner = ' '.repeat(column + unit);
  switch (shapeOf(spot)) {
    case 'scalar':
      return `${key}: ${placeholder(spot, 1)}`;
    case 'map': {
      if (flow) return `${key}: ${mappingBody(spot, 0, true)}`;
      return `${key}:\n${inner}${mappingBody(spot, column + unit, false)}`;
    }
    case 'list': {
      if (flow) return `${key}: [\${1}]`;
      const item = childSpot(spot, 0);
      const body = item && shapeOf(item) === 'map' ? mappingBody(item, column + unit + 2, false) : '${1}';
      return `${key}:\n${inner}- ${body}`;
    }
  }
}
