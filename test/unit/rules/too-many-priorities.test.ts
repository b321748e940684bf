import assert from 'node:assert/strict';
import { initiative, roadmap } from '../../support/roadmapBuilder';
import { analyze, assertDiagnostics, assertQuiet, config, information } from './ruleFixture';

/**
 * `count` initiatives, each with its own owner, between the given dates. The base roadmap
 * has one initiative active in 2030 (`customer-room`), so `count` extra ones make count + 1.
 */
function extra(count: number, start: string, end: string, status = 'active'): string[] {
  return Array.from({ length: count }, (_, i) => initiative({ id: `priority-${i + 1}`, start, end, status }));
}

describe('rule too-many-priorities', () => {
  it('stays quiet at twelve initiatives active in a quarter', () => {
    const text = roadmap({ add: extra(11, '2030-01-01', '2030-03-31') });
    assertQuiet(text, 'too-many-priorities');
    assert.deepStrictEqual(analyze(text), []);
  });

  it('fires once, on `initiatives`, at thirteen', () => {
    assertDiagnostics(
      roadmap({ mark: ['initiatives'], add: extra(12, '2030-01-01', '2030-03-31') }),
      'too-many-priorities',
      [
        information(
          '13 initiatives are active in 2030-Q1, more than 12; agree a few company-wide priorities and move or finish the rest.',
        ),
      ],
    );
  });

  it('fires once per crowded quarter', () => {
    assertDiagnostics(roadmap({ mark: ['initiatives'], add: extra(12, '2030-Q1', '2030-H1') }), 'too-many-priorities', [
      information(['13 initiatives are active in 2030-Q1']),
      information(['13 initiatives are active in 2030-Q2']),
    ]);
  });

  it('counts an initiative active on a single day of the quarter', () => {
    assertDiagnostics(
      roadmap({ mark: ['initiatives'], add: extra(12, '2030-02-01', '2030-04-01') }),
      'too-many-priorities',
      [information(['13 initiatives are active in 2030-Q1']), information(['13 initiatives are active in 2030-Q2'])],
    );
    assertQuiet(
      roadmap({
        add: [
          ...extra(6, '2030-01-01', '2030-03-31'),
          ...extra(6, '2030-04-01', '2030-06-30').map((t) => t.replace(/priority-/, 'later-')),
        ],
      }),
      'too-many-priorities',
    );
  });

  it('counts initiatives in the same quarter even when they do not overlap each other', () => {
    const months = ['2030-01', '2030-02', '2030-03'];
    const add = Array.from({ length: 12 }, (_, i) =>
      initiative({ id: `month-${i + 1}`, start: months[i % 3], end: months[i % 3], status: 'planned' }),
    );
    assertDiagnostics(roadmap({ mark: ['initiatives'], add }), 'too-many-priorities', [
      information(['13 initiatives are active in 2030-Q1']),
    ]);
  });

  it('does not count done or cancelled initiatives', () => {
    for (const [id, status] of [
      ['finished', 'done'],
      ['dropped', 'cancelled'],
    ]) {
      const closed = initiative({ id, start: '2030-01-01', end: '2030-03-31', status });
      assertQuiet(roadmap({ add: [...extra(11, '2030-01-01', '2030-03-31'), closed] }), 'too-many-priorities');
    }
  });

  it('follows `maxActivePerQuarter`', () => {
    const text = roadmap({ mark: ['initiatives'], add: extra(4, '2030-01-01', '2030-03-31') });
    assertQuiet(text, 'too-many-priorities', config({ options: { maxActivePerQuarter: 5 } }));
    assertDiagnostics(
      text,
      'too-many-priorities',
      [
        information(
          '5 initiatives are active in 2030-Q1, more than 4; agree a few company-wide priorities and move or finish the rest.',
        ),
      ],
      config({ options: { maxActivePerQuarter: 4 } }),
    );
  });

  it('stays quiet on the clean base roadmap', () => {
    assertQuiet(roadmap(), 'too-many-priorities');
  });
});
