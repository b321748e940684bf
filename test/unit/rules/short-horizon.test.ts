import { roadmap, yaml } from '../../support/roadmapBuilder';
import { assertDiagnostics, assertQuiet, config, warning } from './ruleFixture';

function withHorizon(start: string, end: string): string {
  const horizon = yaml`
    ⟦horizon⟧:
      start: ${start}
      end: ${end}`;
  return roadmap({ top: { horizon } });
}

describe('rule short-horizon', () => {
  it('stays quiet at exactly five years (2027-01-01 to 2031-12-31)', () => {
    assertQuiet(withHorizon('2027-01-01', '2031-12-31'), 'short-horizon');
    assertQuiet(roadmap(), 'short-horizon');
  });

  it('fires, on `horizon`, one day short of five years', () => {
    assertDiagnostics(withHorizon('2027-01-01', '2031-12-30'), 'short-horizon', [
      warning(
        'The horizon (2027-01-01 to 2031-12-30) is shorter than 5 years; customer-driven growth takes years, so plan through at least 2031-12-31.',
        0,
        { date: '2031-12-31' },
      ),
    ]);
  });

  it('reads periods: `2027`..`2031` and `2027-H2`..`2032-H1` are five years, `2027-Q1`..`2031-Q3` is not', () => {
    assertQuiet(withHorizon('2027', '2031'), 'short-horizon');
    assertQuiet(withHorizon('2027-H2', '2032-H1'), 'short-horizon');
    assertDiagnostics(withHorizon('2027-Q1', '2031-Q3'), 'short-horizon', [
      warning(['(2027-01-01 to 2031-09-30)', 'plan through at least 2031-12-31'], 0, { date: '2031-12-31' }),
    ]);
  });

  it('counts calendar years from 29 February', () => {
    assertQuiet(withHorizon('2028-02-29', '2033-02-27'), 'short-horizon');
    assertDiagnostics(withHorizon('2028-02-29', '2033-02-26'), 'short-horizon', [
      warning(['(2028-02-29 to 2033-02-26)', 'plan through at least 2033-02-27'], 0, { date: '2033-02-27' }),
    ]);
  });

  it('follows `minHorizonYears`', () => {
    const three = config({ options: { minHorizonYears: 3 } });
    assertQuiet(withHorizon('2027-01-01', '2029-12-31'), 'short-horizon', three);
    assertDiagnostics(
      withHorizon('2027-01-01', '2029-12-30'),
      'short-horizon',
      [
        warning(
          'The horizon (2027-01-01 to 2029-12-30) is shorter than 3 years; customer-driven growth takes years, so plan through at least 2029-12-31.',
          0,
          { date: '2029-12-31' },
        ),
      ],
      three,
    );
    assertDiagnostics(
      withHorizon('2027-01-01', '2027-12-30'),
      'short-horizon',
      [warning(['shorter than 1 year;', 'plan through at least 2027-12-31'], 0, { date: '2027-12-31' })],
      config({ options: { minHorizonYears: 1 } }),
    );
    assertDiagnostics(
      withHorizon('2027-01-01', '2031-12-31'),
      'short-horizon',
      [warning(['shorter than 6 years'], 0, { date: '2032-12-31' })],
      config({ options: { minHorizonYears: 6 } }),
    );
  });

  it('stays silent while a horizon date is invalid or the horizon runs backwards', () => {
    assertQuiet(withHorizon('2027-01-01', '2027-02-30'), 'short-horizon');
    assertQuiet(withHorizon('2027-01-01', 'later'), 'short-horizon');
    assertQuiet(withHorizon('2027-01-01', '2026-12-31'), 'short-horizon');
  });
});
