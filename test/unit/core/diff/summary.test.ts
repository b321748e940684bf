import assert from 'node:assert/strict';
import { analyzeRoadmap } from '../../../../server/src/core/analyze';
import { diffRoadmapTexts } from '../../../../server/src/core/diff/diffRoadmaps';
import { coverageLost } from '../../../../server/src/core/diff/coverage';
import { headline } from '../../../../server/src/core/diff/headline';
import { summarize } from '../../../../server/src/core/diff/totals';
import type { DiffSummary } from '../../../../server/src/core/diff/totals';
import { bySeverity } from '../../../support/findings';
import { changed, roadmap } from '../../../support/roadmapBuilder';

const BASE = roadmap();

/** Two initiatives end later (91 days each), one ends earlier, one is removed. */
const SLIPPED = changed(
  roadmap({ replace: { 'listening-posts': null } }),
  ['    end: 2027-03-31', '    end: 2027-06-30'],
  ['    end: 2027-12-31', '    end: 2028-03-31'],
  ['    end: 2029-06-30', '    end: 2029-03-31'],
);

describe('core diff: coverage, totals and the headline', () => {
  it('counts initiatives per competency before and after, and names the competencies left uncovered', () => {
    const diff = diffRoadmapTexts({ text: BASE }, { text: SLIPPED });
    const one = {
      'customers-as-assets': 1,
      'align-around-experience': 1,
      'listening-path': 1,
      'reliability-innovation': 1,
      'one-company-leadership': 1,
    };
    assert.deepEqual(diff.coverage, { before: one, after: { ...one, 'listening-path': 0 } });
    assert.deepEqual(coverageLost(diff.coverage.before, diff.coverage.after), ['listening-path']);
    assert.deepEqual(coverageLost(null, diff.coverage.after), []);
  });

  it('totals the initiatives that slipped (their end moved later) and the days, removed and added', () => {
    const diff = diffRoadmapTexts({ text: BASE }, { text: SLIPPED });
    assert.deepEqual(diff.totals, {
      changes: 4,
      initiatives: { slipped: 2, slippedDays: 182, added: 0, removed: 1, renamed: 0 },
    });
  });

  it('sums files and counts their findings by severity', () => {
    const misspelt = changed(BASE, ['sponsor: Sam Ortiz (CEO)\n', '']);
    const a = diffRoadmapTexts({ text: BASE }, { text: SLIPPED });
    const b = diffRoadmapTexts(
      { text: misspelt },
      { text: changed(BASE, ['competency: align-around-experience', 'competency: align-around']) },
    );
    assert.deepEqual(
      analyzeRoadmap(misspelt).diagnostics.map((d) => d.code),
      ['no-sponsor'],
    );
    assert.deepEqual(
      a.findings.new.map((d) => d.code),
      ['competency-uncovered', 'no-early-win'],
    );
    assert.deepEqual(
      b.findings.new.map((d) => d.code),
      ['competency-uncovered', 'unknown-competency'],
    );
    const summary = summarize([a, b]);
    assert.deepEqual(summary, {
      changes: 5,
      initiatives: { slipped: 2, slippedDays: 182, added: 0, removed: 1, renamed: 0 },
      findings: { new: bySeverity(1, 3), fixed: bySeverity(0, 1), unchanged: bySeverity(0, 0) },
    });
    assert.equal(
      headline(summary),
      '2 initiatives slipped, 182 days in total · 1 removed · 2 other changes · 1 new error · 3 new warnings · 1 fixed',
    );
  });

  it('says so when nothing changed, and counts other changes alone', () => {
    const quiet: DiffSummary = summarize([diffRoadmapTexts({ text: BASE }, { text: BASE })]);
    assert.equal(headline(quiet), 'no change to the plan · no new finding');
    const owner = summarize([
      diffRoadmapTexts({ text: BASE }, { text: changed(BASE, ['owner: Lee Chen', 'owner: Dana Reyes']) }),
    ]);
    assert.equal(headline(owner), '1 change · no new finding');
    const added = summarize([diffRoadmapTexts(undefined, { text: BASE })]);
    assert.equal(headline(added), '5 added · no new finding');
  });

  it('lists no change when a version does not parse, and still compares the findings', () => {
    const broken = changed(SLIPPED, ['    owner: Lee Chen\n', '    owner: [Lee Chen\n']);
    const [syntax] = analyzeRoadmap(broken).diagnostics;
    assert.equal(syntax?.code, 'syntax');
    assert.deepEqual(diffRoadmapTexts({ text: broken }, { text: SLIPPED }), {
      changes: [],
      initiatives: [],
      coverage: {
        before: null,
        after: {
          'customers-as-assets': 1,
          'align-around-experience': 1,
          'listening-path': 0,
          'reliability-innovation': 1,
          'one-company-leadership': 1,
        },
      },
      findings: { new: analyzeRoadmap(SLIPPED).diagnostics, fixed: analyzeRoadmap(broken).diagnostics, unchanged: [] },
      totals: { changes: 0, initiatives: { slipped: 0, slippedDays: 0, added: 0, removed: 0, renamed: 0 } },
      unparsed: ['before'],
    });
    assert.deepEqual(diffRoadmapTexts({ text: SLIPPED }, { text: broken }).unparsed, ['after']);
  });
});
