import assert from 'node:assert/strict';
import { analyzeRoadmap } from '../../../../server/src/core/analyze';
import type { Diagnostic } from '../../../../server/src/core/diagnostic';
import { diffRoadmapTexts } from '../../../../server/src/core/diff/diffRoadmaps';
import { compareFindings } from '../../../../server/src/core/diff/findings';
import { DEFAULT_CONFIG } from '../../../../server/src/core/options';
import type { ResolvedConfig } from '../../../../server/src/core/options';
import { changed, roadmap } from '../../../support/roadmapBuilder';

const BASE = roadmap();

/** Code and first line (1-based) of each diagnostic: enough to tell them apart here. */
function where(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.map((d) => `${d.code}@${d.range.start.line + 1}`);
}

/** No sponsor, and two owners missing: three warnings to start from. */
const BEFORE = changed(
  BASE,
  ['sponsor: Sam Ortiz (CEO)\n', ''],
  ['    owner: Lee Chen\n', ''],
  ['    owner: Ana Ruiz\n', ''],
);

describe('core diff: findings compared by fingerprint', () => {
  it('splits the findings into new, fixed and unchanged, each whole as its version reports it', () => {
    // Lee Chen is back (fixed), a competency is misspelt (two new: unknown, and its competency
    // uncovered), and lines above every finding moved.
    const after = changed(
      BEFORE,
      ['cxroadmap: 1\n', '# Reviewed in March\n\ncxroadmap: 1\n'],
      [
        '    title: One journey map for every leader\n',
        '    title: One journey map for every leader\n    owner: Lee Chen\n',
      ],
      ['competency: listening-path', 'competency: listening-pth'],
    );
    const before = analyzeRoadmap(BEFORE).diagnostics;
    const now = analyzeRoadmap(after).diagnostics;
    assert.deepEqual(where(before), ['no-sponsor@1', 'missing-owner@31', 'missing-owner@52']);
    assert.deepEqual(where(now), [
      'no-sponsor@3',
      'competency-uncovered@16',
      'unknown-competency@46',
      'missing-owner@55',
    ]);
    const findings = diffRoadmapTexts({ text: BEFORE }, { text: after }).findings;
    assert.deepEqual(findings, { new: [now[1], now[2]], fixed: [before[1]], unchanged: [now[0], now[3]] });
  });

  it('tells repeated findings apart: removing one of two equal problems fixes one', () => {
    const twice = (n: number) =>
      changed(BASE, [
        '    stage: discover\n',
        `    stage: discover\n    milestones:\n${'      - name: Kick-off\n        date: 2026-06-01\n'.repeat(n)}`,
      ]);
    const before = analyzeRoadmap(twice(2)).diagnostics;
    const after = analyzeRoadmap(twice(1)).diagnostics;
    assert.deepEqual(where(before), [
      'milestone-outside-initiative@42',
      'outside-horizon@42',
      'milestone-outside-initiative@44',
      'outside-horizon@44',
    ]);
    assert.deepEqual(compareFindings(before, after), { new: [], fixed: [before[2], before[3]], unchanged: after });
  });

  it('counts every finding of a new file as new, and of a deleted file as fixed', () => {
    const findings = analyzeRoadmap(BEFORE).diagnostics;
    assert.deepEqual(diffRoadmapTexts(undefined, { text: BEFORE }).findings, {
      new: findings,
      fixed: [],
      unchanged: [],
    });
    assert.deepEqual(diffRoadmapTexts({ text: BEFORE }, undefined).findings, {
      new: [],
      fixed: findings,
      unchanged: [],
    });
  });

  it('applies each version’s own configuration', () => {
    const quiet: ResolvedConfig = { rules: { 'no-sponsor': 'off' }, options: DEFAULT_CONFIG.options };
    const before = analyzeRoadmap(BEFORE).diagnostics;
    const findings = diffRoadmapTexts({ text: BEFORE }, { text: BEFORE, config: quiet }).findings;
    assert.deepEqual(findings, { new: [], fixed: [before[0]], unchanged: [before[1], before[2]] });
  });
});
