import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { assertGeneratedUpToDate } from '../support/generated';

const root = path.resolve(__dirname, '../../..');

describe('no code compiled at run time', () => {
  it('the committed validators match the schema', () => {
    assertGeneratedUpToDate('generate-validators.mjs');
  });

  it('no bundle contains eval or new Function', () => {
    const bundles = readdirSync(path.join(root, 'dist')).filter((f) => f.endsWith('.js'));
    assert.ok(
      bundles.includes('server.js') && bundles.includes('cli.js') && bundles.includes('extension.js'),
      bundles.join(', '),
    );
    for (const bundle of bundles) {
      const code = readFileSync(path.join(root, 'dist', bundle), 'utf8');
      assert.equal(/\bnew Function\s*\(/.test(code), false, `${bundle} contains new Function`);
      assert.equal(/(?<![.\w$])eval\s*\(/.test(code), false, `${bundle} contains eval`);
    }
  });
});
