import assert from 'node:assert/strict';
import { Severity } from '../../../server/src/core/diagnostic';
import { initiative, roadmap } from '../../support/roadmapBuilder';
import { analyze, assertDiagnostics, assertQuiet } from './ruleFixture';

describe('rule unknown-dependency', () => {
  it('flags an unknown id in `depends_on` and suggests the closest id', () => {
    const text = roadmap({ add: [initiative({ id: 'follow-up', depends_on: '[asset-metrics, ⟦jorney-map⟧]' })] });
    assertDiagnostics(text, 'unknown-dependency', [
      {
        severity: Severity.Error,
        message: 'No initiative in this roadmap has the id `jorney-map`. Did you mean `journey-map`?',
        facts: { dependency: 'jorney-map', suggestion: 'journey-map' },
      },
    ]);
    assert.deepStrictEqual(
      analyze(text).map((d) => d.code),
      ['unknown-dependency'],
    );
  });

  it('asks to add or remove the id when nothing is close', () => {
    assertDiagnostics(
      roadmap({ add: [initiative({ id: 'follow-up', depends_on: '[⟦crm-rollout⟧]' })] }),
      'unknown-dependency',
      [
        {
          severity: Severity.Error,
          message:
            'No initiative in this roadmap has the id `crm-rollout`. Add that initiative, or remove it from `depends_on`.',
          facts: { dependency: 'crm-rollout' },
        },
      ],
    );
  });

  it('flags each unknown id of a block list on that id', () => {
    const text = roadmap({
      add: [initiative({ id: 'follow-up', depends_on: '- ⟦billing-revamp⟧\n- journey-map\n- ⟦crm-rollout⟧' })],
    });
    assertDiagnostics(text, 'unknown-dependency', [
      { severity: Severity.Error, message: ['`billing-revamp`'], facts: { dependency: 'billing-revamp' } },
      { severity: Severity.Error, message: ['`crm-rollout`'], facts: { dependency: 'crm-rollout' } },
    ]);
  });

  it('stays quiet on the clean base roadmap and on known ids', () => {
    assertQuiet(roadmap(), 'unknown-dependency');
    assertQuiet(
      roadmap({
        add: [initiative({ id: 'follow-up', start: '2029-07-01', depends_on: '[journey-map, reliability-fixes]' })],
      }),
      'unknown-dependency',
    );
  });

  it('accepts a dependency on an initiative listed later in the file', () => {
    const text = roadmap({
      add: [
        initiative({ id: 'second', start: '2029-01-01', depends_on: '[first]' }),
        initiative({ id: 'first', end: '2028-06-30' }),
      ],
    });
    assertQuiet(text, 'unknown-dependency');
  });
});
