import Ajv from 'ajv';
import type { ErrorObject, ValidateFunction } from 'ajv';
import schemaJson from '../../../../schemas/cxroadmap.schema.json';

/** Editor-only keywords in the schema (for Red Hat YAML and VS Code); ajv must not reject them. */
export const EDITOR_KEYWORDS = ['markdownDescription', 'enumDescriptions', 'markdownEnumDescriptions', 'defaultSnippets'];

interface Validators {
  /** The roadmap without its initiatives' contents (each initiative is validated on its own). */
  root: ValidateFunction;
  initiative: ValidateFunction;
  /** Human labels of the object schemas, for messages ("a field of a measure"). */
  labels: Map<object, string>;
}

let compiled: Validators | undefined;

export type SchemaJson = typeof schemaJson & { definitions: Record<string, Record<string, unknown>> };
export const SCHEMA = schemaJson as SchemaJson;

/** Compiled once per process, on first use, so that activation and `--help` stay fast. */
export function validators(): Validators {
  if (compiled) return compiled;
  const ajv = new Ajv({ allErrors: true, strict: false, verbose: true });
  ajv.addVocabulary(EDITOR_KEYWORDS);
  const id = SCHEMA.$id;
  const rootVariant = {
    ...SCHEMA,
    $id: `${id}#root-without-initiative-contents`,
    properties: { ...SCHEMA.properties, initiatives: { ...SCHEMA.properties.initiatives, items: true } },
  };
  ajv.addSchema(SCHEMA);
  const root = ajv.compile(rootVariant);
  const initiative = ajv.getSchema(`${id}#/definitions/initiative`);
  if (!initiative) throw new Error('schemas/cxroadmap.schema.json has no definitions/initiative');
  const labels = new Map<object, string>();
  const d = SCHEMA.definitions;
  labels.set(SCHEMA, 'the roadmap');
  labels.set(rootVariant, 'the roadmap');
  for (const [name, label] of Object.entries(DEFINITION_LABELS)) if (d[name]) labels.set(d[name], label);
  compiled = { root, initiative, labels };
  return compiled;
}

const DEFINITION_LABELS: Record<string, string> = {
  initiative: 'an initiative',
  measure: 'a measure',
  milestone: 'a milestone',
  link: 'a link',
  horizon: '`horizon`',
  governance: '`governance`',
  journey: '`journey`',
  competencyIntent: 'a competency\u2019s intent',
};

export function validate(fn: ValidateFunction, value: unknown): ErrorObject[] {
  return fn(value) ? [] : [...(fn.errors ?? [])];
}
