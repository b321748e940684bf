import assert from 'node:assert/strict';
import { roadmap, withInitiatives } from '../../support/roadmapBuilder';
import { analyze, assertDiagnostics, assertQuiet, diagnosticsFor, warning } from './ruleFixture';

/** A prerequisite and its dependant, with the given dates; the dependant's entry is marked. */
function pair(prerequisiteEnd: string, dependantStart: string): string {
  return withInitiatives(
    { id: 'prepare', start: '2027-04-01', end: prerequisiteEnd },
    { id: 'launch', start: dependantStart, end: '2029-12-31', depends_on: '[⟦prepare⟧]' },
  );
}

describe('rule dependency-order', () => {
  it('fires when the dependant starts on the prerequisite\u2019s end day', () => {
    assertDiagnostics(pair('2027-06-30', '2027-06-30'), 'dependency-order', [
      warning(
        'This initiative starts on 2027-06-30, but `prepare`, which it depends on, ends on 2027-06-30; start it on 2027-07-01 or later, or end `prepare` sooner.',
        0,
        { date: '2027-07-01' },
      ),
    ]);
  });

  it('stays quiet when the dependant starts the day after', () => {
    const text = pair('2027-06-30', '2027-07-01');
    assertQuiet(text, 'dependency-order');
    assert.deepStrictEqual(analyze(text), []);
  });

  it('fires when the dependant starts well before the prerequisite ends', () => {
    assertDiagnostics(pair('2028-06-30', '2027-05-01'), 'dependency-order', [
      warning(['starts on 2027-05-01', '`prepare`', 'ends on 2028-06-30', 'start it on 2028-07-01 or later'], 0, {
        date: '2028-07-01',
      }),
    ]);
  });

  it('reads periods as dates: a start as its first day, an end as its last', () => {
    assertQuiet(pair('2027-Q2', '2027-Q3'), 'dependency-order');
    assertQuiet(pair('2027-06', '2027-H2'), 'dependency-order');
    assertDiagnostics(pair('2027-Q2', '2027-06'), 'dependency-order', [
      warning(['starts on 2027-06-01', 'ends on 2027-06-30', 'start it on 2027-07-01'], 0, { date: '2027-07-01' }),
    ]);
    assertDiagnostics(pair('2028-H1', '2028'), 'dependency-order', [
      warning(['starts on 2028-01-01', 'ends on 2028-06-30', 'start it on 2028-07-01'], 0, { date: '2028-07-01' }),
    ]);
    assertQuiet(pair('2027', '2028'), 'dependency-order');
  });

  it('flags each prerequisite that ends too late, on its own entry', () => {
    const text = withInitiatives(
      { id: 'prepare', start: '2027-04-01', end: '2027-09-30' },
      {
        id: 'launch',
        start: '2027-08-01',
        end: '2029-12-31',
        depends_on: '[⟦prepare⟧, asset-metrics, ⟦journey-map⟧]',
      },
    );
    assertDiagnostics(text, 'dependency-order', [
      warning(['`prepare`', 'ends on 2027-09-30'], 0, { date: '2027-10-01' }),
      warning(['`journey-map`', 'ends on 2027-12-31'], 1, { date: '2028-01-01' }),
    ]);
  });

  it('stays silent on an unknown prerequisite and on a bad date', () => {
    assertQuiet(withInitiatives({ id: 'launch', start: '2027-01-01', depends_on: '[prepar]' }), 'dependency-order');
    // The prerequisite's end, then the dependant's start, is not a date.
    for (const [end, start] of [
      ['2028-02-30', '2028-01-01'],
      ['2028-12-31', 'soon'],
    ]) {
      const text = withInitiatives({ id: 'prepare', end }, { id: 'launch', start, depends_on: '[prepare]' });
      assertQuiet(text, 'dependency-order');
      assert.equal(diagnosticsFor(text, 'schema').length, 1);
    }
  });

  it('stays quiet on the clean base roadmap', () => {
    assertQuiet(roadmap(), 'dependency-order');
  });
});
