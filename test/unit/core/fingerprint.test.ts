import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeRoadmap } from '../../../server/src/core/analyze';
import type { Diagnostic } from '../../../server/src/core/diagnostic';
import { hash64 } from '../../../server/src/core/fingerprint';
import { InitiativeCache } from '../../../server/src/core/initiativeUnit';
import { FINGERPRINT_SHAPE } from '../../support/findings';
import { coreInitiative, indent, metric, roadmap } from '../../support/roadmapBuilder';

const EXAMPLES = path.join(__dirname, '../../../../examples');

/** Two initiatives with problems of their own, and roadmap-level ones (no sponsor, no governance). */
const ROADMAP = roadmap({
  set: { title: 'Fingerprints', sponsor: null, governance: null, journey: null },
  initiatives: [
    coreInitiative('asset-metrics', {
      owner: null,
      early_win: 'true',
      outcome: 'Leaders review customer gain and loss every month',
      depends_on: '[nowhere, elsewhere]',
    }),
    coreInitiative('journey-map', {
      milestones: '- name: Draft\n  date: 2028-02-01\n- name: Draft\n  date: 2028-02-01',
      measures: metric('teams planning with the journey map'),
    }),
  ],
});

/** Code and fingerprint of each finding, in document order. */
function prints(text: string): [string, string][] {
  return analyzeRoadmap(text).diagnostics.map((d) => [d.code, d.data.fingerprint]);
}

function sortedPrints(text: string): string[] {
  return prints(text)
    .map(([code, fp]) => `${code} ${fp}`)
    .sort();
}

function byCode(diagnostics: readonly Diagnostic[], code: string): Diagnostic[] {
  return diagnostics.filter((d) => d.code === code);
}

/** Clean, and of a competency the roadmap covers already: it changes no finding. */
const NEW_INITIATIVE = `${indent(
  coreInitiative('customer-room', {
    competency: 'customers-as-assets',
    measures: metric('customer room actions completed'),
  }),
  2,
)}\n`;

describe('finding fingerprints', () => {
  it('hashes with 64-bit FNV-1a lanes to 16 hex digits', () => {
    assert.equal(hash64(''), '811c9dc55ad1e806');
    assert.equal(hash64('a'), 'e40c292c5f706f86');
    assert.notEqual(hash64('ab'), hash64('ba'));
  });

  it('gives every finding a fingerprint of the documented shape, unique in its file', () => {
    for (const name of fs.readdirSync(EXAMPLES).filter((f) => f.endsWith('.cxroadmap.yaml'))) {
      const fingerprints = prints(fs.readFileSync(path.join(EXAMPLES, name), 'utf8')).map(([, fp]) => fp);
      for (const fp of fingerprints) assert.match(fp, FINGERPRINT_SHAPE, name);
      assert.equal(new Set(fingerprints).size, fingerprints.length, name);
    }
  });

  it('numbers repeats of the same problem in document order', () => {
    const milestones = byCode(analyzeRoadmap(ROADMAP).diagnostics, 'milestone-outside-initiative');
    assert.equal(milestones.length, 2);
    const [first, second] = milestones.map((d) => d.data.fingerprint);
    assert.match(first ?? '', /^[0-9a-f]{16}$/);
    assert.equal(second, `${first}:2`);
  });

  it('names the initiative a finding is inside, and none for roadmap-level findings', () => {
    const diagnostics = analyzeRoadmap(ROADMAP).diagnostics;
    assert.deepEqual(
      byCode(diagnostics, 'unknown-dependency').map((d) => d.data.initiative),
      ['asset-metrics', 'asset-metrics'],
    );
    assert.deepEqual(
      byCode(diagnostics, 'no-sponsor').map((d) => d.data),
      [{ fingerprint: byCode(diagnostics, 'no-sponsor')[0]?.data.fingerprint }],
    );
  });

  it('keeps every fingerprint when an initiative is added above and comments push lines down', () => {
    const before = sortedPrints(ROADMAP);
    const moved = ROADMAP.replace(
      'initiatives:\n',
      `# Planning notes\n# reviewed monthly\ninitiatives:\n${NEW_INITIATIVE}`,
    );
    assert.deepEqual(sortedPrints(moved), before);
  });

  it('keeps every fingerprint when the initiatives swap places or keys are reordered', () => {
    const [head, rest] = ROADMAP.split('  - id: asset-metrics\n');
    const [first, second] = `  - id: asset-metrics\n${rest}`.split(/(?= {2}- id: journey-map\n)/);
    const swapped = `${head}${second}${first}`;
    assert.deepEqual(sortedPrints(swapped), sortedPrints(ROADMAP));
    const reordered = ROADMAP.replace(
      '    owner: Lee Chen\n    start: 2027-04-01\n',
      '    start: 2027-04-01\n    owner: Lee Chen\n',
    );
    assert.deepEqual(sortedPrints(reordered), sortedPrints(ROADMAP));
  });

  it('keeps the other findings when an unrelated value changes', () => {
    const before = new Set(sortedPrints(ROADMAP));
    const after = sortedPrints(ROADMAP.replace('title: Fingerprints', 'title: Fingerprints, revised'));
    assert.deepEqual(
      after.filter((p) => !before.has(p)),
      [],
    );
  });

  it('changes when what the finding is about changes', () => {
    const before = byCode(analyzeRoadmap(ROADMAP).diagnostics, 'unknown-dependency').map((d) => d.data.fingerprint);
    const after = byCode(
      analyzeRoadmap(ROADMAP.replace('[nowhere, elsewhere]', '[nowhere, somewhere]')).diagnostics,
      'unknown-dependency',
    ).map((d) => d.data.fingerprint);
    assert.equal(after[0], before[0]);
    assert.notEqual(after[1], before[1]);
    // The same problem in another initiative is another finding.
    const renamed = ROADMAP.replace('id: asset-metrics', 'id: asset-report');
    const renamedPrints = byCode(analyzeRoadmap(renamed).diagnostics, 'unknown-dependency').map(
      (d) => d.data.fingerprint,
    );
    assert.notEqual(renamedPrints[0], before[0]);
  });

  it('gives the same fingerprints incrementally as from a whole-document parse', () => {
    const cache = new InitiativeCache();
    analyzeRoadmap(ROADMAP, undefined, cache);
    const edited = ROADMAP.replace('initiatives:\n', `initiatives:\n${NEW_INITIATIVE}`);
    const incremental = analyzeRoadmap(edited, undefined, cache).diagnostics.map((d) => d.data);
    const whole = analyzeRoadmap(edited, undefined, undefined, { wholeDocument: true }).diagnostics.map((d) => d.data);
    assert.deepEqual(incremental, whole);
  });

  it('carries the missing keys of a schema finding as data', () => {
    const text = ROADMAP.replace('    title: One journey map for every leader\n', '').replace(
      '    competency: align-around-experience\n',
      '',
    );
    const missing = byCode(analyzeRoadmap(text).diagnostics, 'schema');
    assert.deepEqual(
      missing.map((d) => d.data.missingKeys),
      [['title', 'competency']],
    );
  });
});
