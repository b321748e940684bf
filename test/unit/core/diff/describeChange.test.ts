import assert from 'node:assert/strict';
import type { Change } from '../../../../server/src/core/diff/changes';
import { days, describeChange } from '../../../../server/src/core/diff/describeChange';

describe('core diff: each change in words', () => {
  const cases: [Change, string][] = [
    [{ kind: 'initiative-added', id: 'a', title: 'Voice of the customer', line: 3 }, 'added: Voice of the customer'],
    [{ kind: 'initiative-added', id: 'a', title: null, line: 3 }, 'added'],
    [{ kind: 'initiative-removed', id: 'a', title: 'Old plan', previousLine: 3 }, 'removed: Old plan'],
    [{ kind: 'initiative-renamed', id: 'b', previousId: 'a', title: 'Map', previousTitle: 'Map' }, 'renamed from a'],
    [
      { kind: 'initiative-renamed', id: 'b', previousId: 'a', title: 'Maps', previousTitle: 'Map' },
      'renamed from a (was: Map)',
    ],
    [
      {
        kind: 'end-moved',
        id: 'a',
        before: '2027-12-31',
        after: '2028-03-31',
        days: 91,
        crossesQuarter: true,
        crossesHorizon: false,
      },
      'end 2027-12-31 \u2192 2028-03-31, 91 days later, now in 2028-Q1',
    ],
    [
      {
        kind: 'end-moved',
        id: 'a',
        before: '2031-Q4',
        after: '2032-Q1',
        days: 91,
        crossesQuarter: true,
        crossesHorizon: true,
      },
      'end 2031-Q4 \u2192 2032-Q1, 91 days later, crosses the horizon',
    ],
    [
      {
        kind: 'start-moved',
        id: 'a',
        before: '2027-04-02',
        after: '2027-04-01',
        days: -1,
        crossesQuarter: false,
        crossesHorizon: false,
      },
      'start 2027-04-02 \u2192 2027-04-01, 1 day earlier',
    ],
    [{ kind: 'status-changed', id: 'a', before: null, after: 'at-risk' }, 'status none \u2192 at-risk'],
    [{ kind: 'owner-changed', id: 'a', before: 'Lee Chen', after: null }, 'owner Lee Chen \u2192 none'],
    [
      { kind: 'competency-changed', id: 'a', before: 'listening-path', after: 'customers-as-assets' },
      'competency listening-path \u2192 customers-as-assets',
    ],
    [{ kind: 'early-win-changed', id: 'a', before: false, after: true }, 'now an early win'],
    [{ kind: 'early-win-changed', id: 'a', before: true, after: false }, 'no longer an early win'],
    [{ kind: 'dependency-added', id: 'a', dependency: 'b' }, 'now depends on b'],
    [{ kind: 'dependency-removed', id: 'a', dependency: 'b' }, 'no longer depends on b'],
    [
      { kind: 'milestone-added', id: 'a', milestone: 'Pilot', date: '2027-05-01' },
      'milestone added: Pilot (2027-05-01)',
    ],
    [{ kind: 'milestone-removed', id: 'a', milestone: 'Pilot', date: null }, 'milestone removed: Pilot'],
    [
      { kind: 'milestone-moved', id: 'a', milestone: 'Pilot', before: '2027-05-01', after: '2027-06-01', days: 31 },
      'milestone Pilot 2027-05-01 \u2192 2027-06-01, 31 days later',
    ],
    [{ kind: 'measure-added', id: 'a', metric: 'churn' }, 'measure added: churn'],
    [{ kind: 'measure-removed', id: 'a', metric: 'churn' }, 'measure removed: churn'],
    [
      {
        kind: 'measure-changed',
        id: 'a',
        metric: 'churn',
        fields: [
          { field: 'baseline', before: null, after: '1200' },
          { field: 'target', before: '-10%', after: '-5%' },
        ],
        targetLowered: true,
      },
      'measure churn: baseline none \u2192 1200, target -10% \u2192 -5% (lowered)',
    ],
    [
      {
        kind: 'horizon-changed',
        before: { start: '2027-01-01', end: '2031-12-31' },
        after: { start: '2027-01-01', end: null },
        startDays: 0,
        endDays: null,
      },
      'horizon 2027-01-01 to 2031-12-31 \u2192 2027-01-01 to none',
    ],
    [{ kind: 'owner-changed', before: 'Dana Reyes', after: 'Priya Nair' }, 'owner Dana Reyes \u2192 Priya Nair'],
    [{ kind: 'sponsor-changed', before: null, after: 'Sam Ortiz' }, 'sponsor none \u2192 Sam Ortiz'],
    [
      { kind: 'governance-changed', key: 'customer_room', before: 'monthly', after: 'quarterly' },
      'governance customer_room monthly \u2192 quarterly',
    ],
    [
      { kind: 'governance-changed', key: 'members', before: ['Dana', 'Sam'], after: ['Sam', 'Lee', 'Ana'] },
      'governance members joined: Lee, Ana; left: Dana',
    ],
  ];
  for (const [change, text] of cases) {
    it(`${change.kind}: ${text}`, () => assert.equal(describeChange(change), text));
  }

  it('counts days in words', () => {
    assert.deepEqual(
      [days(1), days(-1), days(14), days(-91)],
      ['1 day later', '1 day earlier', '14 days later', '91 days earlier'],
    );
  });
});
