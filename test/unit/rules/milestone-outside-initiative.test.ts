import { roadmap, withInitiatives } from '../../support/roadmapBuilder';
import { assertDiagnostics, assertLeftToSchema, assertOnly, assertQuiet, warning } from './ruleFixture';

function withMilestone(date: string, end = '2028-12-31'): string {
  return withInitiatives({
    id: 'pilot',
    start: '2028-01-01',
    end,
    milestones: `- name: Pilot review\n  date: ${date}`,
  });
}

describe('rule milestone-outside-initiative', () => {
  it('flags a milestone before its initiative starts, on the `date`', () => {
    const text = withMilestone('⟦2027-12-31⟧');
    assertOnly(text, 'milestone-outside-initiative', [
      warning('This milestone (2027-12-31) falls outside its initiative, which runs from 2028-01-01 to 2028-12-31.'),
    ]);
  });

  it('flags a milestone after its initiative ends', () => {
    assertDiagnostics(withMilestone('⟦2029-01-01⟧'), 'milestone-outside-initiative', [
      warning(['(2029-01-01)', 'runs from 2028-01-01 to 2028-12-31']),
    ]);
  });

  it('accepts milestones on the first and the last day', () => {
    assertQuiet(withMilestone('2028-01-01'), 'milestone-outside-initiative');
    assertQuiet(withMilestone('2028-12-31'), 'milestone-outside-initiative');
  });

  it('takes an end period as its last day', () => {
    assertQuiet(withMilestone('2028-06-30', '2028-Q2'), 'milestone-outside-initiative');
    assertDiagnostics(withMilestone('⟦2028-07-01⟧', '2028-Q2'), 'milestone-outside-initiative', [
      warning(['(2028-07-01)', 'runs from 2028-01-01 to 2028-06-30']),
    ]);
  });

  it('flags each milestone outside, and only those', () => {
    const text = withInitiatives({
      id: 'pilot',
      start: '2028-01-01',
      end: '2028-12-31',
      milestones:
        '- name: Kick-off\n  date: ⟦2027-11-30⟧\n- name: Midpoint\n  date: 2028-06-30\n- name: Wrap-up\n  date: ⟦2029-02-01⟧',
    });
    assertDiagnostics(text, 'milestone-outside-initiative', [warning(['(2027-11-30)']), warning(['(2029-02-01)'])]);
  });

  it('stays silent on a bad milestone date and on an initiative that ends before it starts', () => {
    const bad = withMilestone('2029-02-30');
    assertLeftToSchema(bad, 'milestone-outside-initiative');
    const backwards = withInitiatives({
      id: 'pilot',
      start: '2028-12-31',
      end: '2028-01-01',
      milestones: '- name: Review\n  date: 2029-06-01',
    });
    assertQuiet(backwards, 'milestone-outside-initiative');
  });

  it('stays quiet on the clean base roadmap', () => {
    assertQuiet(roadmap(), 'milestone-outside-initiative');
  });
});
