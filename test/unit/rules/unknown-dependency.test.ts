import { roadmap, withInitiatives } from '../../support/roadmapBuilder';
import { assertDiagnostics, assertOnly, assertQuiet, error } from './ruleFixture';

describe('rule unknown-dependency', () => {
  it('flags an unknown id in `depends_on` and suggests the closest id', () => {
    const text = withInitiatives({ id: 'follow-up', depends_on: '[asset-metrics, ⟦jorney-map⟧]' });
    assertOnly(text, 'unknown-dependency', [
      error('No initiative in this roadmap has the id `jorney-map`. Did you mean `journey-map`?', undefined, {
        dependency: 'jorney-map',
        suggestion: 'journey-map',
      }),
    ]);
  });

  it('asks to add or remove the id when nothing is close', () => {
    assertDiagnostics(withInitiatives({ id: 'follow-up', depends_on: '[⟦crm-rollout⟧]' }), 'unknown-dependency', [
      error(
        'No initiative in this roadmap has the id `crm-rollout`. Add that initiative, or remove it from `depends_on`.',
        undefined,
        { dependency: 'crm-rollout' },
      ),
    ]);
  });

  it('flags each unknown id of a block list on that id', () => {
    const text = withInitiatives({ id: 'follow-up', depends_on: '- ⟦billing-revamp⟧\n- journey-map\n- ⟦crm-rollout⟧' });
    assertDiagnostics(text, 'unknown-dependency', [
      error(['`billing-revamp`'], undefined, { dependency: 'billing-revamp' }),
      error(['`crm-rollout`'], undefined, { dependency: 'crm-rollout' }),
    ]);
  });

  it('stays quiet on the clean base roadmap and on known ids', () => {
    assertQuiet(roadmap(), 'unknown-dependency');
    assertQuiet(
      withInitiatives({ id: 'follow-up', start: '2029-07-01', depends_on: '[journey-map, reliability-fixes]' }),
      'unknown-dependency',
    );
  });

  it('accepts a dependency on an initiative listed later in the file', () => {
    const text = withInitiatives(
      { id: 'second', start: '2029-01-01', depends_on: '[first]' },
      { id: 'first', end: '2028-06-30' },
    );
    assertQuiet(text, 'unknown-dependency');
  });
});
