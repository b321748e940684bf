import assert from 'node:assert/strict';
import { Severity } from '../../../server/src/core/diagnostic';
import { initiative, roadmap, yaml } from '../../support/roadmapBuilder';
import { analyze, assertDiagnostics, assertQuiet } from './ruleFixture';

describe('rule unknown-competency', () => {
  it('flags a typo on the competency value, suggests the closest id, and adds no schema problem', () => {
    const text = roadmap({ add: [initiative({ id: 'win-back', competency: '⟦customer-as-assets⟧' })] });
    assertDiagnostics(text, 'unknown-competency', [
      {
        severity: Severity.Error,
        message:
          '`customer-as-assets` is not one of the five customer leadership competencies. Did you mean `customers-as-assets` (Honor and Manage Customers as Assets)?',
        facts: { suggestion: 'customers-as-assets' },
      },
    ]);
    assert.deepStrictEqual(
      analyze(text).map((d) => d.code),
      ['unknown-competency'],
    );
  });

  it('flags an unknown key under `competencies:` with the closest id', () => {
    const text = roadmap({
      top: {
        competencies: yaml`
          competencies:
            ⟦listening-pth⟧:
              goal: Hear customers at every stage`,
      },
    });
    assertDiagnostics(text, 'unknown-competency', [
      {
        severity: Severity.Error,
        message:
          '`listening-pth` under `competencies` is not one of the five customer leadership competencies. Did you mean `listening-path` (Build a Customer Listening Path)?',
        facts: { suggestion: 'listening-path' },
      },
    ]);
    assert.deepStrictEqual(
      analyze(text).map((d) => d.code),
      ['unknown-competency'],
    );
  });

  it('lists the five ids when nothing is close', () => {
    assertDiagnostics(
      roadmap({ add: [initiative({ id: 'campaign', competency: '⟦marketing⟧' })] }),
      'unknown-competency',
      [
        {
          severity: Severity.Error,
          message:
            '`marketing` is not one of the five customer leadership competencies. Use one of: `customers-as-assets`, `align-around-experience`, `listening-path`, `reliability-innovation`, `one-company-leadership`.',
        },
      ],
    );
  });

  it('flags each typo, in initiatives and under `competencies:` alike', () => {
    const text = roadmap({
      top: {
        competencies: yaml`
          competencies:
            ⟦one-company⟧:
              goal: Leaders act as one company`,
      },
      add: [initiative({ id: 'reliable', competency: '⟦reliability⟧' })],
    });
    assertDiagnostics(text, 'unknown-competency', [
      {
        severity: Severity.Error,
        message: ['`one-company` under `competencies`', 'Did you mean `one-company-leadership`'],
        facts: { suggestion: 'one-company-leadership' },
      },
      {
        severity: Severity.Error,
        message: ['`reliability` is not one of', 'Did you mean `reliability-innovation`'],
        facts: { suggestion: 'reliability-innovation' },
      },
    ]);
  });

  it('stays quiet on the clean base roadmap', () => {
    assertQuiet(roadmap(), 'unknown-competency');
  });

  it('stays quiet on the five ids and on `x-` keys under `competencies:`', () => {
    const text = roadmap({
      top: {
        competencies: yaml`
          competencies:
            customers-as-assets:
              goal: Know monthly how many customers we gain and lose
            one-company-leadership:
              goal: Leaders meet monthly in the customer room
            x-review-notes:
              goal: free text for the team`,
      },
    });
    assert.deepStrictEqual(analyze(text), []);
  });

  it('leaves a competency of the wrong type to `schema`', () => {
    const text = roadmap({ add: [initiative({ id: 'listed', competency: '[listening-path]' })] });
    assertQuiet(text, 'unknown-competency');
    assert.equal(analyze(text).filter((d) => d.code === 'schema').length, 1);
  });
});
