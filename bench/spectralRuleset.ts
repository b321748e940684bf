/**
 * A Spectral ruleset whose one rule applies our JSON schema to the whole document with
 * the core `schema` function: what a team would write to lint roadmaps with Spectral.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { schemaPath } from './servers';

export const spectralCli = path.join(
  path.dirname(require.resolve('@stoplight/spectral-cli/package.json')),
  'dist',
  'index.js',
);

export function writeSpectralRuleset(dir: string): string {
  const schema: unknown = JSON.parse(fs.readFileSync(schemaPath, 'utf8'));
  const ruleset = {
    rules: {
      'cxroadmap-schema': {
        description: 'The roadmap follows the cxroadmap JSON schema.',
        // Each schema error in its own words (without this, Spectral repeats the description).
        message: '{{error}}',
        given: '$',
        severity: 'error',
        then: { function: 'schema', functionOptions: { schema, allErrors: true } },
      },
    },
  };
  const file = path.join(dir, 'cxroadmap.spectral.json');
  fs.writeFileSync(file, JSON.stringify(ruleset));
  return file;
}
