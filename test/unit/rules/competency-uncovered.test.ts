import assert from 'node:assert/strict';
import { Severity } from '../../../server/src/core/diagnostic';
import { initiative, roadmap } from '../../support/roadmapBuilder';
import { analyze, assertDiagnostics, assertLeftToSchema, assertQuiet } from './ruleFixture';

const message = (name: string, id: string): string =>
  `No initiative builds \u201c${name}\u201d (\`${id}\`); the five competencies work together, so plan at least one initiative for it.`;

describe('rule competency-uncovered', () => {
  it('flags each missing competency once, on `initiatives`', () => {
    const text = roadmap({ mark: ['initiatives'], replace: { 'listening-posts': null, 'customer-room': null } });
    assertDiagnostics(text, 'competency-uncovered', [
      { severity: Severity.Warning, message: message('Build a Customer Listening Path', 'listening-path') },
      {
        severity: Severity.Warning,
        message: message('One-Company Leadership, Accountability and Culture', 'one-company-leadership'),
      },
    ]);
  });

  it('flags all five on an empty list', () => {
    const text = roadmap({ top: { initiatives: '⟦initiatives⟧: []' } });
    assertDiagnostics(text, 'competency-uncovered', [
      { severity: Severity.Warning, message: message('Align Around Experience', 'align-around-experience') },
      { severity: Severity.Warning, message: message('Build a Customer Listening Path', 'listening-path') },
      { severity: Severity.Warning, message: message('Honor and Manage Customers as Assets', 'customers-as-assets') },
      {
        severity: Severity.Warning,
        message: message('One-Company Leadership, Accountability and Culture', 'one-company-leadership'),
      },
      {
        severity: Severity.Warning,
        message: message('Proactive Experience Reliability and Innovation', 'reliability-innovation'),
      },
    ]);
  });

  it('counts a competency covered by any initiative, whatever its place in the list', () => {
    const text = roadmap({
      replace: { 'asset-metrics': null },
      add: [
        initiative({
          id: 'asset-metrics',
          competency: 'customers-as-assets',
          start: '2027-01-04',
          end: '2027-03-31',
          early_win: 'true',
          outcome: 'Leaders see churn monthly',
        }),
      ],
    });
    assertQuiet(text, 'competency-uncovered');
    assert.deepStrictEqual(analyze(text), []);
  });

  it('stays silent while `initiatives` is missing, which is a schema problem', () => {
    const text = roadmap({ top: { initiatives: null } });
    assertLeftToSchema(text, 'competency-uncovered');
  });

  it('stays quiet on the clean base roadmap', () => {
    assertQuiet(roadmap(), 'competency-uncovered');
  });
});
