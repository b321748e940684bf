import schemaJson from '../../../schemas/cxroadmap.schema.json';

/** The part of the JSON schema that completion and hover show: its descriptions. */
export interface Described {
  markdownDescription: string;
  markdownEnumDescriptions?: string[];
  properties?: Record<string, Described>;
}

export const SCHEMA = schemaJson as unknown as Described & { definitions: Record<string, Described> };
/** The schema's definitions, by name. */
export const D = SCHEMA.definitions;
