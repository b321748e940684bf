import assert from 'node:assert/strict';
import { analyzeRoadmap } from '../../../server/src/core/analyze';
import { configFromSettings, parseConfig } from '../../../server/src/core/config';
import { schemaAt } from '../../../server/src/services/schemaLookup';
import { CLEAN, edit } from '../../support/roadmapBuilder';

/** Every name a plain object inherits: each is a key like any other in a roadmap or config. */
const INHERITED = Object.getOwnPropertyNames(Object.prototype);

function findings(text: string): [string, string][] {
  return analyzeRoadmap(text).diagnostics.map((d) => [d.code, d.message]);
}

/** The findings for `text` with the unknown key `key`, written as `zz-unknown` so that they compare. */
function asUnknown(text: string, key: string): [string, string][] {
  return findings(text).map(([code, message]) => [code, message.split(key).join('zz-unknown')]);
}

describe('keys named like Object.prototype members', () => {
  it('does not take a roadmap from a `__proto__` key', () => {
    const text = '__proto__:\n  cxroadmap: 1\n  title: x\n  horizon: {start: 2027, end: 2031}\n  initiatives: []\n';
    const codes = analyzeRoadmap(text).diagnostics.filter((d) => d.severity === 1);
    assert.ok(codes.length > 0, 'a file without its own keys has errors');
    assert.ok(
      codes.some((d) => d.message.includes('`__proto__`')),
      codes.map((d) => d.message).join('\n'),
    );
  });

  it('reports the required keys an initiative hides under `__proto__`', () => {
    const text = edit(
      CLEAN,
      '  - id: listening\n    title: Listening path\n',
      '  - id: listening\n    __proto__:\n      title: Listening path\n',
    );
    const messages = findings(text).map(([, m]) => m);
    assert.ok(
      messages.some((m) => m.includes('`title`')),
      messages.join('\n'),
    );
    assert.ok(
      messages.some((m) => m.includes('`__proto__`')),
      messages.join('\n'),
    );
  });

  for (const key of INHERITED) {
    it(`reports \`${key}: 5\` like any unknown key, at the roadmap and in an initiative`, () => {
      const atRoot = (k: string): string => edit(CLEAN, 'cxroadmap: 1\n', `cxroadmap: 1\n${k}: 5\n`);
      assert.deepEqual(asUnknown(atRoot(key), key), findings(atRoot('zz-unknown')));
      const inItem = (k: string): string => edit(CLEAN, '  - id: listening\n', `  - id: listening\n    ${k}: 5\n`);
      assert.deepEqual(asUnknown(inItem(key), key), findings(inItem('zz-unknown')));
    });
  }

  it('finds no schema property for an inherited name (hover, completion)', () => {
    for (const key of INHERITED) {
      assert.equal(schemaAt([key]), undefined, key);
      assert.equal(schemaAt(['initiatives', 0, key]), undefined, key);
    }
  });
});

describe('configuration words named like Object.prototype members', () => {
  for (const word of INHERITED) {
    it(`refuses \`${word}\` as a severity, a rule and an option, in a file and in settings`, () => {
      const file = parseConfig(`rules:\n  missing-owner: ${word}\n  ${word}: error\noptions:\n  ${word}: 1\n`);
      assert.equal(file.diagnostics.length, 3, file.diagnostics.map((d) => d.message).join('\n'));
      assert.ok(file.diagnostics.every((d) => d.code === 'config'));
      assert.deepEqual(file.config.rules, {});
      assert.ok(!Object.hasOwn(file.config.options, word));
      const settings = configFromSettings(
        JSON.parse(`{"missing-owner": ${JSON.stringify(word)}, ${JSON.stringify(word)}: "error"}`),
        JSON.parse(`{${JSON.stringify(word)}: 1}`),
      );
      assert.equal(settings.problems.length, 3, settings.problems.join('\n'));
      assert.deepEqual(settings.config.rules, {});
    });
  }
});
