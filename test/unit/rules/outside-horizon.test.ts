import { initiative, roadmap, withInitiatives, yaml } from '../../support/roadmapBuilder';
import { assertDiagnostics, assertLeftToSchema, assertOnly, assertQuiet, warning } from './ruleFixture';

describe('rule outside-horizon', () => {
  it('flags an initiative that starts before the horizon, on its `start`', () => {
    const text = withInitiatives({ id: 'early-bird', start: '⟦2026-12-01⟧', end: '2027-06-30' });
    assertOnly(text, 'outside-horizon', [
      warning(
        'Initiative `early-bird` runs from 2026-12-01 to 2027-06-30, outside the horizon (2027-01-01 to 2031-12-31); move it inside, or extend the horizon.',
        0,
        { date: '2027-01-01' },
      ),
    ]);
  });

  it('flags an initiative that ends after the horizon, on its `end`', () => {
    assertDiagnostics(withInitiatives({ id: 'late', start: '2031-01-01', end: '⟦2032-01-01⟧' }), 'outside-horizon', [
      warning(['`late`', 'runs from 2031-01-01 to 2032-01-01'], 0, { date: '2031-12-31' }),
    ]);
  });

  it('flags an initiative that overhangs both ends once, on its `start`', () => {
    assertDiagnostics(
      withInitiatives({ id: 'everything', start: '⟦2026-01-01⟧', end: '2033-12-31' }),
      'outside-horizon',
      [warning(['`everything`', 'runs from 2026-01-01 to 2033-12-31'], 0, { date: '2027-01-01' })],
    );
  });

  it('accepts an initiative on the horizon\u2019s first and last day, also written as periods', () => {
    assertQuiet(withInitiatives({ id: 'whole', start: '2027-01-01', end: '2031-12-31' }), 'outside-horizon');
    assertQuiet(withInitiatives({ id: 'whole', start: '2027', end: '2031' }), 'outside-horizon');
    assertDiagnostics(withInitiatives({ id: 'spill', start: '2031-H2', end: '⟦2032-Q1⟧' }), 'outside-horizon', [
      warning(['runs from 2031-07-01 to 2032-03-31'], 0, { date: '2031-12-31' }),
    ]);
  });

  it('compares with a horizon written as periods', () => {
    const horizon = yaml`
      horizon:
        start: 2027
        end: 2031-H2`;
    const text = roadmap({
      top: { horizon },
      add: [
        initiative({ id: 'eve', start: '⟦2026-12-31⟧', end: '2027-06-30' }),
        initiative({ id: 'inside', start: '2027-01-01', end: '2031-12-31' }),
        initiative({ id: 'overtime', start: '2031-01-01', end: '⟦2032-01-01⟧' }),
      ],
    });
    assertDiagnostics(text, 'outside-horizon', [
      warning(['`eve`', '(2027-01-01 to 2031-12-31)'], 0, { date: '2027-01-01' }),
      warning(['`overtime`', '(2027-01-01 to 2031-12-31)'], 1, { date: '2031-12-31' }),
    ]);
  });

  it('flags a milestone outside the horizon on its `date`', () => {
    const text = withInitiatives({
      id: 'wrap-up',
      start: '2031-01-01',
      end: '2031-12-31',
      milestones: '- name: Final review\n  date: ⟦2032-01-01⟧',
    });
    assertDiagnostics(text, 'outside-horizon', [
      warning('This milestone (2032-01-01) is outside the horizon (2027-01-01 to 2031-12-31).', 0, {
        date: '2031-12-31',
      }),
    ]);
  });

  it('stays silent while the horizon is missing a valid date', () => {
    const text = roadmap({
      horizon: { end: '2031-02-30' },
      add: [initiative({ id: 'late', start: '2031-01-01', end: '2033-12-31' })],
    });
    assertLeftToSchema(text, 'outside-horizon');
  });

  it('stays quiet on the clean base roadmap', () => {
    assertQuiet(roadmap(), 'outside-horizon');
  });
});
