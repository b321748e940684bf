import schemaJson from '../../../schemas/cxroadmap.schema.json';
import { isSpellingVariant } from '../core/model/types';
import type { PathSegment } from './scan/scanModel';

/**
 * The JSON Schema as the help source: every key, definition and enum value carries a
 * Markdown description there, so completion and hover say the same as the schema.
 */

export interface SchemaNode {
  description?: string;
  markdownDescription?: string;
  $ref?: string;
  type?: string;
  /** The schema's consts are JSON scalars. */
  const?: string | number | boolean | null;
  enum?: string[];
  enumDescriptions?: string[];
  markdownEnumDescriptions?: string[];
  properties?: Record<string, SchemaNode>;
  patternProperties?: Record<string, SchemaNode>;
  additionalProperties?: SchemaNode | boolean;
  items?: SchemaNode;
  required?: string[];
  pattern?: string;
}

const ROOT = schemaJson as unknown as SchemaNode & { definitions: Record<string, SchemaNode> };

/** A place in the schema: the node as written there (with its own description) and what it refers to. */
export interface SchemaSpot {
  node: SchemaNode;
  resolved: SchemaNode;
  /** The definition it refers to (`initiative`, `status`...), or `roadmap` for the root. */
  defName: string | undefined;
}

export const ROOT_SPOT: SchemaSpot = { node: ROOT, resolved: ROOT, defName: 'roadmap' };

export function definition(name: string): SchemaNode {
  const node = ROOT.definitions[name];
  // Names come from the schema's own `$ref`s or from this code: a missing one is a bug.
  if (!node) throw new Error(`The roadmap schema has no definition '${name}'`);
  return node;
}

function spotOf(node: SchemaNode): SchemaSpot {
  let resolved = node;
  let defName: string | undefined;
  for (let hops = 0; resolved.$ref && hops < 8; hops++) {
    defName = resolved.$ref.replace('#/definitions/', '');
    const target = ROOT.definitions[defName];
    if (!target) return { node, resolved: node, defName: undefined };
    resolved = target;
  }
  return { node, resolved, defName };
}

export function childSpot(parent: SchemaSpot, segment: PathSegment): SchemaSpot | undefined {
  const r = parent.resolved;
  let child: SchemaNode | undefined;
  if (typeof segment === 'number') {
    child = r.items;
  } else {
    // A key of the document names a property only if the schema has it as its own, not
    // `constructor` or another name every object inherits.
    child = r.properties && Object.hasOwn(r.properties, segment) ? r.properties[segment] : undefined;
    if (!child && segment.startsWith('x-')) child = r.patternProperties?.['^x-'];
  }
  return child ? spotOf(child) : undefined;
}

export function schemaAt(path: readonly PathSegment[]): SchemaSpot | undefined {
  let spot: SchemaSpot | undefined = ROOT_SPOT;
  for (const segment of path) {
    if (!spot) return undefined;
    spot = childSpot(spot, segment);
  }
  return spot;
}

export type Shape = 'map' | 'list' | 'scalar';

export function shapeOf(spot: SchemaSpot): Shape {
  const t = spot.resolved.type;
  if (t === 'object') return 'map';
  if (t === 'array') return 'list';
  return 'scalar';
}

export function markdownOf(spot: SchemaSpot): string {
  return spot.node.markdownDescription ?? spot.resolved.markdownDescription ?? spot.node.description ?? '';
}

/** Enum values (the format's own words, not their variant spellings) or booleans, as a snippet choice offers them. */
export function choicesOf(spot: SchemaSpot): readonly string[] | undefined {
  if (spot.resolved.enum) return spot.resolved.enum.filter((value) => !isSpellingVariant(value));
  if (spot.resolved.type === 'boolean') return ['true', 'false'];
  return undefined;
}

const LIST_OF: Readonly<Record<string, string>> = {
  initiative: 'list of initiatives',
  measure: 'list of measures',
  milestone: 'list of milestones',
  link: 'list of links',
  initiativeId: 'list of initiative ids',
  text: 'list of texts',
  name: 'list of names',
};

const VALUE_WORDS: Readonly<Record<string, string>> = {
  text: 'text',
  name: 'text',
  textOrNumber: 'number or text',
  datePeriod: 'day or period',
  dayDate: 'day (YYYY-MM-DD)',
  competencyId: 'competency id',
  initiativeId: 'initiative id',
};

/** What a key takes, in a few words, for a completion item's detail line. */
export function valueWords(spot: SchemaSpot): string {
  if (spot.resolved.const !== undefined) return String(spot.resolved.const);
  const choices = spot.defName === 'competencyId' ? undefined : choicesOf(spot);
  if (choices) return choices.join(' | ');
  const words = spot.defName ? VALUE_WORDS[spot.defName] : undefined;
  if (words) return words;
  const shape = shapeOf(spot);
  if (shape === 'map') return 'mapping';
  if (shape === 'list') {
    const item = childSpot(spot, 0);
    return (item?.defName && LIST_OF[item.defName]) || 'list';
  }
  if (spot.resolved.pattern?.startsWith('^https:')) return 'https address';
  return 'text';
}

/** Where a mapping at this place sits, as hover headings say it ("in an initiative"). */
export function placePhrase(path: readonly PathSegment[]): string {
  if (path.length === 0) return 'at the top of the roadmap';
  if (path.length === 1 && path[0] === 'competencies') return 'in `competencies`';
  const spot = schemaAt(path);
  const phrases: Readonly<Record<string, string>> = {
    horizon: 'in `horizon`',
    governance: 'in `governance`',
    journey: 'in `journey`',
    competencyIntent: 'in a competency under `competencies`',
    initiative: 'in an initiative',
    measure: 'in a measure',
    milestone: 'in a milestone',
    link: 'in a link',
  };
  return (spot?.defName && phrases[spot.defName]) || `in \`${String(path[path.length - 1])}\``;
}
