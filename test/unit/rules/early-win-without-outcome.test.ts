import assert from 'node:assert/strict';
import { initiative, roadmap, withInitiatives } from '../../support/roadmapBuilder';
import { assertDiagnostics, assertOnly, assertQuiet, codes, warning } from './ruleFixture';

describe('rule early-win-without-outcome', () => {
  it('flags an early win without `outcome`, on its id', () => {
    const text = withInitiatives({ id: '⟦quick-fix⟧', start: '2027-01-04', end: '2027-02-28', early_win: 'true' });
    assertOnly(text, 'early-win-without-outcome', [
      warning(
        'Early win `quick-fix` has no `outcome`: say what will visibly change for customers, so the win can be shown.',
      ),
    ]);
  });

  it('counts an empty outcome as missing', () => {
    for (const outcome of ['~', '']) {
      const text = roadmap({
        add: [initiative({ id: '⟦quick-fix⟧', early_win: 'true' }) + `\n  outcome: ${outcome}`.trimEnd()],
      });
      assertDiagnostics(text, 'early-win-without-outcome', [warning(['Early win `quick-fix` has no `outcome`'])]);
    }
  });

  it('leaves missing measures to missing-measures', () => {
    const text = withInitiatives({
      id: '⟦quick-fix⟧',
      early_win: 'true',
      outcome: 'Fewer repeat calls',
      measures: null,
    });
    assertQuiet(text, 'early-win-without-outcome');
    assert.deepStrictEqual(codes(text), ['missing-measures']);
  });

  it('stays quiet on initiatives that are not early wins', () => {
    assertQuiet(
      withInitiatives({ id: 'slow-build', early_win: 'false' }, { id: 'unmarked' }),
      'early-win-without-outcome',
    );
  });

  it('stays quiet on the clean base roadmap', () => {
    assertQuiet(roadmap(), 'early-win-without-outcome');
  });
});
