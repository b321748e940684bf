import assert from 'node:assert/strict';
import { roadmap, withInitiatives } from '../../support/roadmapBuilder';
import { analyze, assertDiagnostics, assertOnly, assertQuiet, error } from './ruleFixture';

describe('rule end-before-start', () => {
  it('flags an initiative that ends before it starts, on its `end`', () => {
    const text = withInitiatives({ id: 'backwards', start: '2028-06-01', end: '⟦2028-05-31⟧' });
    assertOnly(text, 'end-before-start', [
      error(
        'This initiative ends on 2028-05-31, before it starts on 2028-06-01; swap `start` and `end`, or correct one of them.',
      ),
    ]);
  });

  it('flags a horizon that ends before it starts, on its `end`, and no other horizon rule', () => {
    const text = roadmap({ horizon: { end: '⟦2026-12-31⟧' } });
    assertDiagnostics(text, 'end-before-start', [
      error(
        'The horizon ends on 2026-12-31, before it starts on 2027-01-01; swap `start` and `end`, or correct one of them.',
      ),
    ]);
    for (const code of ['short-horizon', 'outside-horizon', 'no-early-win'] as const) assertQuiet(text, code);
  });

  it('reads periods as their first day (start) and last day (end)', () => {
    assertDiagnostics(withInitiatives({ id: 'backwards', start: '2028-Q2', end: '⟦2028-Q1⟧' }), 'end-before-start', [
      error(['ends on 2028-03-31', 'starts on 2028-04-01']),
    ]);
    assertDiagnostics(withInitiatives({ id: 'backwards', start: '2028-H2', end: '⟦2028-06⟧' }), 'end-before-start', [
      error(['ends on 2028-06-30', 'starts on 2028-07-01']),
    ]);
    assertQuiet(withInitiatives({ id: 'in-march', start: '2028-03', end: '2028-Q1' }), 'end-before-start');
    assertQuiet(withInitiatives({ id: 'one-year', start: '2028', end: '2028' }), 'end-before-start');
  });

  it('stays quiet when an initiative starts and ends on the same day', () => {
    assertQuiet(withInitiatives({ id: 'one-day', start: '2028-05-31', end: '2028-05-31' }), 'end-before-start');
  });

  it('leaves a bad date to `schema` alone', () => {
    const impossible = withInitiatives({ id: 'leap', start: '2028-06-01', end: '⟦2027-02-29⟧' });
    assertQuiet(impossible, 'end-before-start');
    assertDiagnostics(impossible, 'schema', [error('`end` 2027-02-29 is not a real date: February 2027 has 28 days.')]);
    const noMonth = withInitiatives({ id: 'no-month', start: '2028-06-01', end: '2027-13' });
    assertQuiet(noMonth, 'end-before-start');
    assert.equal(analyze(noMonth).filter((d) => d.code === 'schema').length, 1);
  });

  it('stays quiet on the clean base roadmap', () => {
    assertQuiet(roadmap(), 'end-before-start');
  });
});
