import { Severity } from '../../../server/src/core/diagnostic';
import { initiative, roadmap, withInitiatives, yaml } from '../../support/roadmapBuilder';
import { assertDiagnostics, assertLeftToSchema, assertOnly, assertQuiet, error } from './ruleFixture';

/** Marks every `stage:` value of a roadmap. */
function markStages(text: string): string {
  return text.replace(/stage: (\S+)/g, 'stage: ⟦$1⟧');
}

describe('rule unknown-stage', () => {
  it('flags a stage that is not in `journey.stages`, suggesting the closest', () => {
    const text = withInitiatives({ id: 'renewals', stage: '⟦renwe⟧' });
    assertOnly(text, 'unknown-stage', [
      error(
        '`renwe` is not one of the journey stages (`discover`, `join`, `use`, `get-help`, `renew`). Did you mean `renew`?',
        0,
        { suggestion: 'renew' },
      ),
    ]);
  });

  it('lists the stages without a guess when none is close', () => {
    assertDiagnostics(withInitiatives({ id: 'gifts', stage: '⟦anniversary⟧' }), 'unknown-stage', [
      error('`anniversary` is not one of the journey stages (`discover`, `join`, `use`, `get-help`, `renew`).'),
    ]);
  });

  it('compares stage names exactly', () => {
    assertDiagnostics(withInitiatives({ id: 'renewals', stage: '⟦Renew⟧' }), 'unknown-stage', [
      error(['`Renew` is not one of the journey stages', 'Did you mean `renew`?'], 0, { suggestion: 'renew' }),
    ]);
  });

  it('flags every stage when `journey` is absent, asking to define the stages', () => {
    const text = markStages(roadmap({ top: { journey: null } }));
    const expected = ['renew', 'discover', 'use', 'get-help', 'join'].map((stage) => ({
      severity: Severity.Error,
      message: `The stage \`${stage}\` cannot be checked because the roadmap does not define its journey stages; add them under \`journey:\` as \`stages: [...]\`, named from the customer's side.`,
    }));
    assertDiagnostics(text, 'unknown-stage', expected);
  });

  it('flags every stage when `journey` has no `stages`', () => {
    const journey = yaml`
      journey:
        x-owner: Customer Insights`;
    const text = markStages(roadmap({ top: { journey } }));
    assertDiagnostics(
      text,
      'unknown-stage',
      ['renew', 'discover', 'use', 'get-help', 'join'].map((stage) => ({
        severity: Severity.Error,
        message: [`The stage \`${stage}\` cannot be checked`],
      })),
    );
  });

  it('stays silent while `journey.stages` itself is invalid', () => {
    const journey = yaml`
      journey:
        stages: discover`;
    const text = roadmap({ top: { journey } });
    assertLeftToSchema(text, 'unknown-stage');
  });

  it('stays quiet on the clean base roadmap and on an initiative without a stage', () => {
    assertQuiet(roadmap(), 'unknown-stage');
    assertQuiet(
      roadmap({ top: { journey: null }, add: [initiative({ id: 'no-stage' })] }).replace(/\n {4}stage: \S+/g, ''),
      'unknown-stage',
    );
  });
});
