import assert from 'node:assert/strict';
import { initiative, roadmap } from '../../support/roadmapBuilder';
import { analyze, assertDiagnostics, assertQuiet, config, warning } from './ruleFixture';

/** The base roadmap whose only early win ends on `end`; `initiatives` is marked. */
function earlyWinEnding(end: string, earlyWin = 'true'): string {
  return roadmap({
    mark: ['initiatives'],
    replace: {
      'asset-metrics': initiative({
        id: 'asset-metrics',
        competency: 'customers-as-assets',
        start: '2027-01-04',
        end,
        early_win: earlyWin,
        outcome: 'Leaders review customer gain and loss every month',
      }),
    },
  });
}

describe('rule no-early-win', () => {
  it('stays quiet when an early win ends on day 90 after the horizon start (2027-04-01)', () => {
    const text = earlyWinEnding('2027-04-01');
    assertQuiet(text, 'no-early-win');
    assert.deepStrictEqual(analyze(text), []);
  });

  it('fires, on `initiatives`, when the only early win ends on day 91', () => {
    assertDiagnostics(earlyWinEnding('2027-04-02'), 'no-early-win', [
      warning(
        'No early win ends by 2027-04-01 (90 days after the horizon starts); mark a quick, visible result with `early_win: true` to keep support for the roadmap.',
        undefined,
        { earlyWinDeadline: '2027-04-01' },
      ),
    ]);
  });

  it('reads an end period as its last day', () => {
    assertQuiet(earlyWinEnding('2027-Q1'), 'no-early-win');
    assertQuiet(earlyWinEnding('2027-03'), 'no-early-win');
    assertDiagnostics(earlyWinEnding('2027-04'), 'no-early-win', [
      warning(['No early win ends by 2027-04-01'], undefined, { earlyWinDeadline: '2027-04-01' }),
    ]);
    assertDiagnostics(earlyWinEnding('2027-H1'), 'no-early-win', [
      warning(['No early win ends by 2027-04-01'], undefined, { earlyWinDeadline: '2027-04-01' }),
    ]);
  });

  it('needs `early_win: true`: a quick initiative that is not marked does not count', () => {
    assertDiagnostics(earlyWinEnding('2027-03-31', 'false'), 'no-early-win', [
      warning(['No early win ends by 2027-04-01'], undefined, { earlyWinDeadline: '2027-04-01' }),
    ]);
  });

  it('does not count an early win that ends before the horizon starts', () => {
    const text = roadmap({
      mark: ['initiatives'],
      replace: {
        'asset-metrics': initiative({
          id: 'asset-metrics',
          competency: 'customers-as-assets',
          start: '2026-10-01',
          end: '2026-12-31',
          early_win: 'true',
          outcome: 'Churn is reported monthly',
        }),
      },
    });
    assertDiagnostics(text, 'no-early-win', [
      warning(['No early win ends by 2027-04-01'], undefined, { earlyWinDeadline: '2027-04-01' }),
    ]);
  });

  it('follows `earlyWinDays`', () => {
    const days120 = config({ options: { earlyWinDays: 120 } });
    assertQuiet(earlyWinEnding('2027-05-01'), 'no-early-win', days120);
    assertDiagnostics(
      earlyWinEnding('2027-05-02'),
      'no-early-win',
      [
        warning(
          'No early win ends by 2027-05-01 (120 days after the horizon starts); mark a quick, visible result with `early_win: true` to keep support for the roadmap.',
          undefined,
          { earlyWinDeadline: '2027-05-01' },
        ),
      ],
      days120,
    );
    assertDiagnostics(
      earlyWinEnding('2027-03-31'),
      'no-early-win',
      [warning(['No early win ends by 2027-03-01 (59 days'], undefined, { earlyWinDeadline: '2027-03-01' })],
      config({ options: { earlyWinDays: 59 } }),
    );
  });

  it('counts from a horizon start written as a period', () => {
    assertQuiet(roadmap({ horizon: { start: '2027-H1', end: '2031' } }), 'no-early-win');
  });

  it('fires on `initiatives` when the list is empty', () => {
    assertDiagnostics(roadmap({ top: { initiatives: '⟦initiatives⟧: []' } }), 'no-early-win', [
      warning(['No early win ends by 2027-04-01'], undefined, { earlyWinDeadline: '2027-04-01' }),
    ]);
  });

  it('stays silent while the horizon start or the initiatives list is missing', () => {
    assertQuiet(roadmap({ top: { initiatives: null } }), 'no-early-win');
    assertQuiet(roadmap({ horizon: { start: '2027-02-30' } }), 'no-early-win');
  });

  it('stays quiet on the clean base roadmap', () => {
    assertQuiet(roadmap(), 'no-early-win');
  });
});
