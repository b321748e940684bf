import { childSpot, choicesOf, shapeOf } from '../schemaLookup';
import type { SchemaSpot } from '../schemaLookup';
import type { FieldDefaults } from './fieldDefaults';

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

/** Text taken as it is inside a snippet placeholder. */
function escaped(text: string): string {
  return text.replace(/[$}\\]/g, (c) => `\\${c}`);
}

/**
 * A tab stop: a choice of the allowed words (`value` first, when it is one of them), the
 * default `value`, or an empty stop.
 */
function placeholder(spot: SchemaSpot | undefined, tab: number, value?: string): string {
  if (spot?.resolved.const !== undefined) return String(spot.resolved.const);
  const choices = spot && choicesOf(spot);
  if (choices) {
    const ordered =
      value !== undefined && choices.includes(value) ? [value, ...choices.filter((c) => c !== value)] : choices;
    return `\${${tab}|${ordered.join(',')}|}`;
  }
  return value === undefined ? `\${${tab}}` : `\${${tab}:${escaped(value)}}`;
}

/** `key: ${n:default}` lines for the body of a new mapping, tab stops from 1. */
function fields(spot: SchemaSpot, defaults: FieldDefaults): string[] {
  return bodyKeys(spot).map(
    (key, i) =>
      `${key}: ${placeholder(childSpot(spot, key), i + 1, Object.hasOwn(defaults, key) ? defaults[key] : undefined)}`,
  );
}

/**
 * The body of a new mapping: its first line unindented, the next ones at `indent`. Its
 * fields start with `defaults`, so that taken as it comes the mapping is valid.
 */
export function mappingBody(spot: SchemaSpot, indent: number, flow: boolean, defaults: FieldDefaults = {}): string {
  const lines = fields(spot, defaults);
  if (flow) return `{${lines.length > 0 ? lines.join(', ') : '${1}'}}`;
  return lines.length > 0 ? lines.join(`\n${' '.repeat(indent)}`) : '${1}';
}

/**
 * `key: ...` for a key written at `column`; `unit` is the file's indentation step. A
 * mapping, or a list of mappings, comes with its first fields, filled from
 * `defaultsOf(the mapping's definition)`.
 */
export function keySnippet(
  key: string,
  spot: SchemaSpot,
  column: number,
  unit: number,
  flow: boolean,
  defaultsOf: (defName: string | undefined) => FieldDefaults = () => ({}),
): string {
  const inner = ' '.repeat(column + unit);
  switch (shapeOf(spot)) {
    case 'scalar':
      return `${key}: ${placeholder(spot, 1)}`;
    case 'map': {
      const defaults = defaultsOf(spot.defName);
      if (flow) return `${key}: ${mappingBody(spot, 0, true, defaults)}`;
      return `${key}:\n${inner}${mappingBody(spot, column + unit, false, defaults)}`;
    }
    case 'list': {
      if (flow) return `${key}: [\${1}]`;
      const item = childSpot(spot, 0);
      const body =
        item && shapeOf(item) === 'map'
          ? mappingBody(item, column + unit + 2, false, defaultsOf(item.defName))
          : '${1}';
      return `${key}:\n${inner}- ${body}`;
    }
  }
}
