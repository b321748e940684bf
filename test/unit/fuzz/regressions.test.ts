import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { analyseChecked, checkAgainstWholeDocument } from './invariants';

const folder = path.resolve(__dirname, '../../../../test/fixtures/fuzz');

/** Every document the fuzzer ever failed on stays here, and stays fixed. */
describe('fuzz regressions', () => {
  const files = readdirSync(folder).filter((f) => f.endsWith('.yaml'));

  it('has fixtures', () => assert.ok(files.length > 0));

  for (const file of files) {
    it(file, () => {
      const text = readFileSync(path.join(folder, file), 'utf8');
      checkAgainstWholeDocument(text, analyseChecked(text));
    });
  }
});
