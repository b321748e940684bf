import assert from 'node:assert/strict';
import { initiative, roadmap } from '../../support/roadmapBuilder';
import { analyze, assertDiagnostics, assertQuiet, config, information } from './ruleFixture';

/** An initiative of Kim Lee's in 2028 (or the given dates and status). */
function kims(id: string, start: string, fields: KimsFields = {}): string {
  return initiative({
    id,
    owner: fields.owner ?? 'Kim Lee',
    start,
    end: fields.end ?? '2028-12-31',
    status: fields.status ?? 'active',
  });
}

interface KimsFields {
  end?: string;
  status?: string;
  owner?: string;
}

type Load = [start: string, fields?: KimsFields];

/** Kim Lee's `load-a` to `load-d`, starting a month apart from January 2028 unless changed. */
function fourLoads(changes: { a?: Load; b?: Load; c?: Load; d?: Load } = {}): string[] {
  const starts = { a: '2028-01-01', b: '2028-02-01', c: '2028-03-01', d: '2028-04-01' };
  return (['a', 'b', 'c', 'd'] as const).map((k) => kims(`load-${k}`, ...(changes[k] ?? [starts[k]])));
}

const MARKED_KIM: KimsFields = { owner: '⟦Kim Lee⟧' };

describe('rule owner-overload', () => {
  it('stays quiet at exactly three concurrent initiatives', () => {
    const text = roadmap({
      add: [kims('load-a', '2028-01-01'), kims('load-b', '2028-02-01'), kims('load-c', '2028-03-01')],
    });
    assertQuiet(text, 'owner-overload');
    assert.deepStrictEqual(analyze(text), []);
  });

  it('fires once at four, on the owner of the initiative that tips it over', () => {
    const text = roadmap({ add: fourLoads({ d: ['2028-04-01', MARKED_KIM] }) });
    assertDiagnostics(text, 'owner-overload', [
      information(
        'Kim Lee holds 4 active initiatives at once from 2028-04-01 (`load-a`, `load-b`, `load-c`, `load-d`), more than 3; share the load so that nobody carries the whole push alone.',
      ),
    ]);
  });

  it('fires once per owner however many more overlap, at the first start that tips it over', () => {
    const text = roadmap({
      add: [
        kims('load-e', '2028-06-01'),
        kims('load-d', '2028-04-01', { owner: '⟦Kim Lee⟧' }),
        kims('load-c', '2028-03-01'),
        kims('load-b', '2028-02-01'),
        kims('load-a', '2028-01-01'),
      ],
    });
    assertDiagnostics(text, 'owner-overload', [
      information(['Kim Lee holds 4 active initiatives at once from 2028-04-01', '`load-d`']),
    ]);
  });

  it('breaks a tie on the start day by document order', () => {
    const text = roadmap({
      add: [
        kims('load-a', '2028-01-01'),
        kims('load-b', '2028-01-01'),
        kims('load-c', '2028-01-01'),
        kims('load-d', '2028-01-01', { owner: '⟦Kim Lee⟧' }),
        kims('load-e', '2028-01-01'),
      ],
    });
    assertDiagnostics(text, 'owner-overload', [
      information(['holds 4 active initiatives at once from 2028-01-01 (`load-a`, `load-b`, `load-c`, `load-d`)']),
    ]);
  });

  it('counts a day shared by an end and a start as concurrent', () => {
    const touching = roadmap({
      add: fourLoads({ a: ['2028-01-01', { end: '2028-04-01' }], d: ['2028-04-01', MARKED_KIM] }),
    });
    assertDiagnostics(touching, 'owner-overload', [information(['Kim Lee holds 4 active initiatives'])]);
    const handedOver = roadmap({ add: fourLoads({ a: ['2028-01-01', { end: '2028-03-31' }] }) });
    assertQuiet(handedOver, 'owner-overload');
  });

  it('reads periods as dates', () => {
    const text = roadmap({ add: fourLoads({ a: ['2028', { end: '2028-Q1' }], d: ['2028-Q2'] }) });
    assertQuiet(text, 'owner-overload');
  });

  it('does not count done or cancelled initiatives', () => {
    for (const status of ['done', 'cancelled']) {
      const text = roadmap({ add: fourLoads({ a: ['2028-01-01', { status }] }) });
      assertQuiet(text, 'owner-overload');
    }
  });

  it('counts planned, at-risk, blocked and unset statuses as active', () => {
    const text = roadmap({
      add: [
        kims('load-a', '2028-01-01', { status: 'planned' }),
        kims('load-b', '2028-02-01', { status: 'at-risk' }),
        kims('load-c', '2028-03-01', { status: 'blocked' }),
        initiative({ id: 'load-d', owner: '⟦Kim Lee⟧', start: '2028-04-01', status: null }),
      ],
    });
    assertDiagnostics(text, 'owner-overload', [information(['Kim Lee holds 4'])]);
  });

  it('does not add up different owners, even ones that differ only in case', () => {
    const text = roadmap({
      add: fourLoads({ c: ['2028-03-01', { owner: 'kim lee' }], d: ['2028-04-01', { owner: 'Ana Ruiz' }] }),
    });
    assertQuiet(text, 'owner-overload');
  });

  it('reports each overloaded owner', () => {
    const text = roadmap({
      add: [
        kims('ana-1', '2029-01-01', { owner: 'Ana Ruiz', end: '2029-12-31' }),
        kims('kim-1', '2028-01-01'),
        kims('kim-2', '2028-01-01'),
        kims('kim-3', '2028-01-01'),
        kims('kim-4', '2028-01-01', { owner: '⟦Kim Lee⟧' }),
        kims('ana-2', '2029-01-01', { owner: 'Ana Ruiz', end: '2029-12-31' }),
        kims('ana-3', '2029-01-01', { owner: '⟦Ana Ruiz⟧', end: '2029-12-31' }),
      ],
    });
    // The base already gives Ana Ruiz `reliability-fixes` (2028-01-01 to 2029-06-30).
    assertDiagnostics(text, 'owner-overload', [
      information(['Kim Lee holds 4']),
      information([
        'Ana Ruiz holds 4 active initiatives at once from 2029-01-01 (`reliability-fixes`, `ana-1`, `ana-2`, `ana-3`)',
      ]),
    ]);
  });

  it('follows `maxConcurrentPerOwner`', () => {
    const four = fourLoads({ c: ['2028-03-01', MARKED_KIM] });
    assertQuiet(roadmap({ add: four }), 'owner-overload', config({ options: { maxConcurrentPerOwner: 4 } }));
    assertDiagnostics(
      roadmap({ add: four }),
      'owner-overload',
      [information(['Kim Lee holds 3 active initiatives at once from 2028-03-01', 'more than 2;'])],
      config({ options: { maxConcurrentPerOwner: 2 } }),
    );
  });

  it('stays quiet on the clean base roadmap', () => {
    assertQuiet(roadmap(), 'owner-overload');
  });
});
