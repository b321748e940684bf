import assert from 'node:assert/strict';
import { parse } from 'yaml';
import { roadmapSkeleton, skeletonHorizon } from '../../../client/src/roadmapSkeleton';
import { analyzeRoadmap } from '../../../server/src/core/analyze';
import { COMPETENCY_IDS } from '../../../server/src/core/model/types';

interface SkeletonInitiative {
  id: string;
  competency: string;
  owner: string;
  stage: string;
  start: string;
  end: string;
  early_win?: boolean;
  outcome?: string;
  measures: { kind: string }[];
}

interface SkeletonRoadmap {
  horizon: { start: string; end: string };
  governance: Record<string, unknown>;
  journey: { stages: string[] };
  initiatives: SkeletonInitiative[];
}

// Local calendar days, as the command passes them: month is 0-based.
const DAYS: { label: string; today: Date; horizon: { start: string; end: string } }[] = [
  {
    label: '29 February 2028 (a leap day)',
    today: new Date(2028, 1, 29),
    horizon: { start: '2029-01-01', end: '2033-12-31' },
  },
  {
    label: '31 December 2026',
    today: new Date(2026, 11, 31, 23, 59),
    horizon: { start: '2027-01-01', end: '2031-12-31' },
  },
  { label: '1 January 2027', today: new Date(2027, 0, 1, 0, 0), horizon: { start: '2028-01-01', end: '2032-12-31' } },
  {
    label: '30 June 2031 (the horizon starts in a leap year)',
    today: new Date(2031, 5, 30),
    horizon: { start: '2032-01-01', end: '2036-12-31' },
  },
  { label: '15 March 2099', today: new Date(2099, 2, 15), horizon: { start: '2100-01-01', end: '2104-12-31' } },
];

describe('client: roadmapSkeleton', () => {
  for (const { label, today, horizon } of DAYS) {
    describe(`written on ${label}`, () => {
      const text = roadmapSkeleton(today);

      it('has no diagnostics under the default rules', () => {
        assert.deepEqual(analyzeRoadmap(text).diagnostics, []);
      });

      it(`runs from ${horizon.start} to ${horizon.end}`, () => {
        assert.deepEqual((parse(text) as SkeletonRoadmap).horizon, horizon);
      });
    });
  }

  it('computes the horizon from the local calendar year', () => {
    assert.deepEqual(skeletonHorizon(new Date(2026, 11, 31, 23, 59, 59)), { startYear: 2027, endYear: 2031 });
    assert.deepEqual(skeletonHorizon(new Date(2027, 0, 1)), { startYear: 2028, endYear: 2032 });
  });

  describe('content', () => {
    const roadmap = parse(roadmapSkeleton(new Date(2026, 10, 26))) as SkeletonRoadmap;

    it('has governance with a board, members, a review and a customer room', () => {
      assert.deepEqual(Object.keys(roadmap.governance), ['board', 'members', 'review', 'customer_room']);
      assert.equal(roadmap.governance.review, 'monthly');
      assert.equal(roadmap.governance.customer_room, 'monthly');
    });

    it('has one initiative per competency, each with an owner, a journey stage and behaviour measures', () => {
      assert.deepEqual(
        roadmap.initiatives.map((i) => i.competency),
        [...COMPETENCY_IDS],
      );
      for (const i of roadmap.initiatives) {
        assert.ok(i.owner.length > 0, i.id);
        assert.ok(roadmap.journey.stages.includes(i.stage), i.id);
        assert.ok(i.measures.length > 0, i.id);
        assert.deepEqual(
          i.measures.map((m) => m.kind),
          i.measures.map(() => 'behaviour'),
          i.id,
        );
      }
      assert.equal(new Set(roadmap.initiatives.map((i) => i.owner)).size, 5);
    });

    it('has exactly one early win, with an outcome, ending with the first quarter', () => {
      const wins = roadmap.initiatives.filter((i) => i.early_win === true);
      assert.deepEqual(
        wins.map((i) => ({
          id: i.id,
          start: i.start,
          end: i.end,
          hasOutcome: typeof i.outcome === 'string' && i.outcome.length > 0,
        })),
        [{ id: 'customer-gain-loss', start: '2027-01-01', end: '2027-Q1', hasOutcome: true }],
      );
    });
  });
});
