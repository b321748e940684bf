import type { ErrorObject } from 'ajv';
import schemaJson from '../../../../schemas/cxroadmap.schema.json';
import { validateInitiative, validateRoot } from './validators.generated';

/** Editor-only keywords in the schema (for Red Hat YAML and VS Code); ajv must not reject them. */
export const EDITOR_KEYWORDS = [
  'markdownDescription',
  'enumDescriptions',
  'markdownEnumDescriptions',
  'defaultSnippets',
];

/** A validation function as ajv's standalone code exports it. */
export interface ValidateFunction {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}

interface Validators {
  /** The roadmap without its initiatives' contents (each initiative is validated on its own). */
  root: ValidateFunction;
  initiative: ValidateFunction;
}

export type SchemaJson = typeof schemaJson & { definitions: Record<string, Record<string, unknown>> };
export const SCHEMA = schemaJson as SchemaJson;

/**
 * The validators are generated from the schema at build time (scripts/generate-validators.mjs),
 * so nothing is compiled while the extension, the server or the CLI runs.
 */
export function validators(): Validators {
  return { root: validateRoot as ValidateFunction, initiative: validateInitiative as ValidateFunction };
}

/** Each object schema named by a key only it has (standalone code keeps copies, not identities). */
const LABELS: [key: string, label: string][] = [
  ['cxroadmap', 'the roadmap'],
  ['competency', 'an initiative'],
  ['metric', 'a measure'],
  ['url', 'a link'],
  ['board', '`governance`'],
  ['stages', '`journey`'],
  ['goal', 'a competency\u2019s intent'],
  ['date', 'a milestone'],
  ['start', '`horizon`'],
];

/** How the object schema an error belongs to is named in messages ("a key of a measure"). */
export function schemaLabel(parentSchema: unknown): string | undefined {
  const properties = (parentSchema as { properties?: Record<string, unknown> } | undefined)?.properties;
  if (!properties) return undefined;
  return LABELS.find(([key]) => key in properties)?.[1];
}

export function validate(fn: ValidateFunction, value: unknown): ErrorObject[] {
  return fn(value) ? [] : [...(fn.errors ?? [])];
}
