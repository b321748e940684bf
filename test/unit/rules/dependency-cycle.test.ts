import assert from 'node:assert/strict';
import { roadmap, withInitiatives } from '../../support/roadmapBuilder';
import { analyze, assertDiagnostics, assertQuiet, diagnosticsFor, error, warning } from './ruleFixture';

describe('rule dependency-cycle', () => {
  it('flags both edges of a two-initiative cycle on their ids in `depends_on`', () => {
    const text = withInitiatives(
      { id: 'cycle-a', start: '2028-01-01', end: '2028-06-30', depends_on: '[⟦cycle-b⟧]' },
      { id: 'cycle-b', start: '2028-07-01', end: '2028-12-31', depends_on: '[⟦cycle-a⟧]' },
    );
    assertDiagnostics(text, 'dependency-cycle', [
      error(
        'These initiatives wait on each other in a circle, so none of them can start: `cycle-a` \u2192 `cycle-b` \u2192 `cycle-a`.',
      ),
      error(
        'These initiatives wait on each other in a circle, so none of them can start: `cycle-b` \u2192 `cycle-a` \u2192 `cycle-b`.',
      ),
    ]);
  });

  it('flags every edge of a longer cycle and no edge that only leads into it', () => {
    const text = withInitiatives(
      { id: 'ring-a', depends_on: '[⟦ring-c⟧]' },
      { id: 'ring-b', depends_on: '[⟦ring-a⟧]' },
      { id: 'ring-c', depends_on: '[⟦ring-b⟧]' },
      { id: 'tail', start: '2029-01-01', end: '2029-06-30', depends_on: '[ring-a]' },
    );
    assertDiagnostics(text, 'dependency-cycle', [
      error(['`ring-a` \u2192 `ring-c` \u2192 `ring-b` \u2192 `ring-a`']),
      error(['`ring-b` \u2192 `ring-a` \u2192 `ring-c` \u2192 `ring-b`']),
      error(['`ring-c` \u2192 `ring-b` \u2192 `ring-a` \u2192 `ring-c`']),
    ]);
  });

  it('flags a self-reference', () => {
    const text = withInitiatives({ id: 'self-ref', depends_on: '[journey-map, ⟦self-ref⟧]' });
    assertDiagnostics(text, 'dependency-cycle', [error('`self-ref` depends on itself, so it can never start.')]);
  });

  it('leaves the order of cycle edges alone: dependency-order stays silent on them', () => {
    const text = withInitiatives(
      { id: 'self-ref', depends_on: '[self-ref]' },
      { id: 'cycle-a', start: '2028-01-01', end: '2028-12-31', depends_on: '[cycle-b]' },
      { id: 'cycle-b', start: '2028-01-01', end: '2028-12-31', depends_on: '[cycle-a]' },
    );
    assert.equal(diagnosticsFor(text, 'dependency-cycle').length, 3);
    assert.deepStrictEqual(diagnosticsFor(text, 'dependency-order'), []);
  });

  it('still reports the order of an edge outside the cycle', () => {
    const text = withInitiatives(
      { id: 'cycle-a', start: '2028-01-01', end: '2028-12-31', depends_on: '[cycle-b]' },
      { id: 'cycle-b', start: '2028-01-01', end: '2028-12-31', depends_on: '[cycle-a]' },
      { id: 'tail', start: '2028-06-01', end: '2029-06-30', depends_on: '[⟦cycle-a⟧]' },
    );
    assertDiagnostics(text, 'dependency-order', [
      warning(['`cycle-a`', 'ends on 2028-12-31'], 0, { date: '2029-01-01' }),
    ]);
  });

  it('stays quiet on the clean base roadmap and on a chain without a loop', () => {
    assertQuiet(roadmap(), 'dependency-cycle');
    const chain = withInitiatives(
      { id: 'step-1', start: '2028-01-01', end: '2028-03-31' },
      { id: 'step-2', start: '2028-04-01', end: '2028-06-30', depends_on: '[step-1]' },
      { id: 'step-3', start: '2028-07-01', end: '2028-09-30', depends_on: '[step-1, step-2]' },
    );
    assert.deepStrictEqual(analyze(chain), []);
  });
});
