// Compiles schemas/cxroadmap.schema.json into plain validation functions (ajv's
// standalone code) so that the bundles never compile code at run time: no `new Function`,
// no `eval`, and no schema compilation on start-up. Run by `npm run build`;
// `--check` only verifies that the committed file is current (CI and tests use it).
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const Ajv = require('ajv').default;
const standaloneCode = require('ajv/dist/standalone').default;

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const target = join(root, 'server', 'src', 'core', 'schema', 'validators.generated.ts');
const EDITOR_KEYWORDS = ['markdownDescription', 'enumDescriptions', 'markdownEnumDescriptions', 'defaultSnippets'];

export function generate() {
  const schema = JSON.parse(readFileSync(join(root, 'schemas', 'cxroadmap.schema.json'), 'utf8'));
  const ajv = new Ajv({
    allErrors: true,
    strict: false,
    verbose: true,
    code: { source: true, lines: true, esm: true },
  });
  ajv.addVocabulary(EDITOR_KEYWORDS);
  // The root without its initiatives' contents: each initiative is validated on its own.
  const rootVariant = {
    ...schema,
    $id: `${schema.$id}#root-without-initiative-contents`,
    properties: { ...schema.properties, initiatives: { ...schema.properties.initiatives, items: true } },
  };
  ajv.addSchema(schema);
  ajv.addSchema(rootVariant);
  const code = standaloneCode(ajv, {
    validateRoot: rootVariant.$id,
    validateInitiative: `${schema.$id}#/definitions/initiative`,
  });
  return [
    '/* eslint-disable */',
    '// @ts-nocheck',
    '// Generated from schemas/cxroadmap.schema.json by scripts/generate-validators.mjs. Do not edit.',
    code,
    '',
  ].join('\n');
}

const output = generate();
if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(target, 'utf8');
  } catch {
    // Missing counts as out of date.
  }
  if (current !== output) {
    console.error('server/src/core/schema/validators.generated.ts is out of date: run `npm run build`.');
    process.exit(1);
  }
} else {
  writeFileSync(target, output);
}
