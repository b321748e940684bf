import assert from 'node:assert/strict';
import { Severity } from '../../../server/src/core/diagnostic';
import { initiative, parseMarked, roadmap, withInitiatives } from '../../support/roadmapBuilder';
import { assertDiagnostics, assertQuiet, diagnosticsFor, error, warning } from './ruleFixture';

/** 1-based line of the first line of `text` that contains `needle`. */
function lineWith(text: string, needle: string): number {
  const index = text.split('\n').findIndex((l) => l.includes(needle));
  assert.notEqual(index, -1, `no line contains ${needle}`);
  return index + 1;
}

describe('rule duplicate-id', () => {
  it('flags every occurrence after the first, pointing to the first', () => {
    const text = withInitiatives(
      {
        id: '⟦journey-map⟧',
        competency: 'align-around-experience',
        start: '2028-01-01',
        end: '2028-06-30',
      },
      {
        id: '⟦journey-map⟧',
        competency: 'align-around-experience',
        start: '2029-01-01',
        end: '2029-06-30',
      },
    );
    const first = lineWith(parseMarked(text).text, 'id: journey-map');
    const message = `The id \`journey-map\` is already used by the initiative on line ${first}; give this one an id of its own (dependencies always point to the first).`;
    assertDiagnostics(text, 'duplicate-id', [
      // Each duplicate is offered its own fresh id.
      { severity: Severity.Error, message, facts: { suggestion: 'journey-map-2' } },
      { severity: Severity.Error, message, facts: { suggestion: 'journey-map-3' } },
    ]);
  });

  it('leaves the first occurrence unflagged even when a later one comes first in time', () => {
    const text = withInitiatives({
      id: '⟦asset-metrics⟧',
      competency: 'customers-as-assets',
      start: '2027-01-01',
      end: '2027-01-31',
    });
    assertDiagnostics(text, 'duplicate-id', [
      error(['`asset-metrics`', 'dependencies always point to the first'], undefined, {
        suggestion: 'asset-metrics-2',
      }),
    ]);
  });

  it('resolves a dependency to the first initiative with the id', () => {
    // The first `journey-map` ends 2027-12-31, the duplicate on 2029-06-30.
    const duplicate = initiative({
      id: 'journey-map',
      competency: 'align-around-experience',
      start: '2029-01-01',
      end: '2029-06-30',
    });
    const afterFirst = roadmap({
      add: [duplicate, initiative({ id: 'follow-up', start: '2028-01-01', depends_on: '[journey-map]' })],
    });
    assert.deepStrictEqual(diagnosticsFor(afterFirst, 'dependency-order'), []);
    assert.deepStrictEqual(diagnosticsFor(afterFirst, 'unknown-dependency'), []);

    const beforeFirstEnds = roadmap({
      add: [
        duplicate,
        initiative({ id: 'follow-up', start: '2027-12-31', end: '2028-12-31', depends_on: '[⟦journey-map⟧]' }),
      ],
    });
    assertDiagnostics(beforeFirstEnds, 'dependency-order', [
      warning(['ends on 2027-12-31'], 0, { date: '2028-01-01' }),
    ]);
  });

  it('stays quiet on the clean base roadmap', () => {
    assertQuiet(roadmap(), 'duplicate-id');
  });

  it('stays quiet when ids differ only by a suffix', () => {
    assertQuiet(withInitiatives({ id: 'journey-map-2', competency: 'align-around-experience' }), 'duplicate-id');
  });
});
