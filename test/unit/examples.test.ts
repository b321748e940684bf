import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { analyzeRoadmap } from '../../server/src/core/analyze';

const root = path.resolve(__dirname, '../../..');
const read = (name: string): string => readFileSync(path.join(root, 'examples', name), 'utf8');

describe('examples', () => {
  it('acme-five-year is a clean five-year roadmap that covers every competency', () => {
    const result = analyzeRoadmap(read('acme-five-year.cxroadmap.yaml'));
    assert.deepEqual(result.diagnostics, []);
    const m = result.model;
    assert.equal(m.horizon?.start?.value, '2027-01-01');
    assert.equal(m.horizon?.end?.value, '2031-12-31');
    assert.deepEqual(new Set(m.initiatives.map((i) => i.competency?.value)).size, 5);
    assert.ok(m.initiatives.length >= 14);
    assert.ok(m.initiatives.some((i) => i.earlyWin?.value === true && i.outcome));
    assert.ok(m.initiatives.some((i) => i.dependsOn.length > 0));
    assert.ok(m.initiatives.some((i) => i.milestones.length > 0));
    assert.ok(m.governance?.board && m.governance.review && m.governance.customerRoom);
  });

  it('needs-work shows the rules firing, without a syntax error hiding them', () => {
    const codes = new Set(analyzeRoadmap(read('needs-work.cxroadmap.yaml')).diagnostics.map((d) => d.code));
    assert.deepEqual([...codes].sort(), [
      'competency-uncovered',
      'dependency-cycle',
      'dependency-order',
      'duplicate-id',
      'early-win-without-outcome',
      'end-before-start',
      'milestone-outside-initiative',
      'missing-measures',
      'missing-owner',
      'no-customer-room',
      'no-sponsor',
      'outside-horizon',
      'owner-overload',
      'short-horizon',
      'survey-score-only',
      'unknown-competency',
      'unknown-dependency',
      'unknown-stage',
    ]);
  });
});
