import assert from 'node:assert/strict';
import { analyzeRoadmap } from '../../../server/src/core/analyze';
import type { Diagnostic } from '../../../server/src/core/diagnostic';
import { baseInitiative, changed, find, roadmap } from '../../support/roadmapBuilder';

/**
 * The base roadmap with other findings: `listening-posts` has no owner, `reliability-fixes`
 * ends before it starts, and `journey-map`, between them, gets the text of a test.
 */
function withFindings(journeyMap: string): string {
  return roadmap({
    replace: {
      'journey-map': journeyMap,
      'listening-posts': baseInitiative('listening-posts', { owner: null }),
      'reliability-fixes': baseInitiative('reliability-fixes', { start: '2029-07-01' }),
    },
  });
}

/** The diagnostics of `text` that do not start inside `journey-map`'s lines. */
function outsideJourneyMap(text: string, diagnostics: readonly Diagnostic[]): Diagnostic[] {
  const lines = text.split('\n');
  const first = lines.indexOf('  - id: journey-map');
  const next = lines.indexOf('  - id: listening-posts');
  return diagnostics.filter((d) => d.range.start.line < first || d.range.start.line >= next);
}

describe('an initiative that does not parse', () => {
  /** Each mistake, and the same initiative with it repaired (so that every line stays where it was). */
  const mistakes: [string, string, string][] = [
    [
      'a colon in free text',
      baseInitiative('journey-map', { note: 'Phase 1: Gold tier only' }),
      baseInitiative('journey-map', { note: '"Phase 1: Gold tier only"' }),
    ],
    [
      'an unclosed quote',
      baseInitiative('journey-map', { title: '"One journey map for every leader' }),
      baseInitiative('journey-map', { title: '"One journey map for every leader"' }),
    ],
    [
      'an unclosed bracket',
      baseInitiative('journey-map', { depends_on: '[asset-metrics' }),
      baseInitiative('journey-map', { depends_on: '[asset-metrics]' }),
    ],
    [
      'a stray dash',
      changed(baseInitiative('journey-map'), ['  owner: Lee Chen', '  owner: Lee Chen\n  - x-phase: one']),
      changed(baseInitiative('journey-map'), ['  owner: Lee Chen', '  owner: Lee Chen\n  x-phase: one']),
    ],
    [
      'a tab in the indentation',
      changed(baseInitiative('journey-map'), ['  owner: Lee Chen', '\towner: Lee Chen']),
      baseInitiative('journey-map'),
    ],
  ];
  for (const [name, broken, repaired] of mistakes) {
    it(`leaves the findings of the rest of the file as they were (${name})`, () => {
      const fixedText = withFindings(repaired);
      const fixed = analyzeRoadmap(fixedText).diagnostics;
      assert.deepEqual(
        fixed.map((d) => d.code),
        ['missing-owner', 'end-before-start'],
      );
      const text = withFindings(broken);
      const { diagnostics, model } = analyzeRoadmap(text);
      const syntax = diagnostics.filter((d) => d.code === 'syntax');
      assert.equal(syntax.length, 1, JSON.stringify(syntax));
      assert.deepEqual(
        diagnostics.filter((d) => d.code !== 'syntax'),
        outsideJourneyMap(fixedText, fixed),
      );
      assert.deepEqual(
        model.initiatives.map((i) => [i.index, i.id?.value]),
        [
          [0, 'asset-metrics'],
          [2, 'listening-posts'],
          [3, 'reliability-fixes'],
          [4, 'customer-room'],
        ],
      );
      const start = find(text, '  - id: journey-map');
      assert.deepEqual(model.unparsedInitiatives, [{ start, end: find(text, '  - id: listening-posts') }]);
    });
  }

  it('keeps the rules that would find something missing from the roadmap quiet until it parses', () => {
    // asset-metrics is the only early win and the only initiative of its competency, and
    // journey-map depends on it: each rule fires without it.
    const codes = (text: string) => [...new Set(analyzeRoadmap(text).diagnostics.map((d) => d.code))];
    const dependsOn = { 'journey-map': baseInitiative('journey-map', { depends_on: '[asset-metrics]' }) };
    assert.deepEqual(codes(roadmap({ replace: dependsOn })), []);
    assert.deepEqual(codes(roadmap({ replace: { ...dependsOn, 'asset-metrics': null } })), [
      'competency-uncovered',
      'no-early-win',
      'unknown-dependency',
    ]);
    const stray = changed(baseInitiative('asset-metrics'), ['- id: asset-metrics', '- id: asset-metrics\n  - stray']);
    assert.deepEqual(codes(roadmap({ replace: { ...dependsOn, 'asset-metrics': stray } })), ['syntax']);
  });

  it('counts it in the list the roadmap schema checks', () => {
    const text = roadmap({ initiatives: [baseInitiative('asset-metrics', { note: 'Phase 1: Gold tier only' })] });
    assert.deepEqual(
      analyzeRoadmap(text).diagnostics.map((d) => d.code),
      ['syntax'],
    );
  });
});
