import assert from 'node:assert/strict';
import { roadmap, withInitiatives, yaml } from '../../support/roadmapBuilder';
import { assertDiagnostics, assertLeftToSchema, assertOnly, assertQuiet, codes, information } from './ruleFixture';

describe('rule missing-measures', () => {
  it('flags an initiative without `measures`, on its id', () => {
    const text = withInitiatives({ id: '⟦unmeasured⟧', measures: null });
    assertOnly(text, 'missing-measures', [
      information(
        'Initiative `unmeasured` has no `measures`: say how success will be measured (a metric, and ideally a baseline, target and date).',
      ),
    ]);
  });

  it('counts an empty list and an empty value as missing', () => {
    for (const measures of ['[]', '~']) {
      const text = withInitiatives({ id: '⟦unmeasured⟧', measures });
      assertDiagnostics(text, 'missing-measures', [information(['Initiative `unmeasured` has no `measures`'])]);
      assert.deepStrictEqual(codes(text), ['missing-measures'], `measures: ${measures}`);
    }
  });

  it('goes on the first key of an initiative without an id', () => {
    const item = yaml`
      - ⟦title⟧: Unmeasured work
        competency: listening-path
        owner: Kim Lee
        start: 2028-01-01
        end: 2028-06-30`;
    assertDiagnostics(roadmap({ add: [item] }), 'missing-measures', [
      information(['Initiative \u201cUnmeasured work\u201d has no `measures`']),
    ]);
  });

  it('stays silent on measures the schema rejects', () => {
    const text = withInitiatives({ id: 'vague', measures: '- kind: behaviour\n  target: 10%' });
    assertLeftToSchema(text, 'missing-measures');
  });

  it('stays quiet on the clean base roadmap', () => {
    assertQuiet(roadmap(), 'missing-measures');
  });
});
