import assert from 'node:assert/strict';
import { analyzeRoadmap } from '../../../../server/src/core/analyze';
import type { Change, ChangeKind, DateMoved } from '../../../../server/src/core/diff/changes';
import { CHANGE_KINDS } from '../../../../server/src/core/diff/changes';
import { diffRoadmapTexts } from '../../../../server/src/core/diff/diffRoadmaps';
import { baseInitiative, changed, initiative, roadmap } from '../../../support/roadmapBuilder';

/*
 * Lines of the base roadmap that the expectations below name: the horizon at 5, the
 * governance at 8 (members 10, review 11), and the initiatives' `- id:` lines at 16
 * (asset-metrics), 32 (journey-map), 43 (listening-posts), 54 (reliability-fixes) and 65
 * (customer-room), each followed by title, competency, owner, start and end.
 */
const BASE = roadmap();
const LISTENING_TITLE = 'Listening path across the journey';

/** Every kind of change the diffs below produced: the last test checks that none is missing. */
const produced = new Set<ChangeKind>();

/** The changes from `before` to `after` (a missing one is a file added or deleted), their kinds recorded. */
function changesBetween(before: string | undefined, after: string | undefined): Change[] {
  const version = (text: string | undefined) => (text === undefined ? undefined : { text });
  const { changes } = diffRoadmapTexts(version(before), version(after));
  for (const change of changes) produced.add(change.kind);
  return changes;
}

function changesOf(after: string, before = BASE): Change[] {
  return changesBetween(before, after);
}

/** Where a change stands: its line in the new version and in the old one (the same by default). */
function at(line: number, previousLine = line): { line: number; previousLine: number } {
  return { line, previousLine };
}

/** A start or end moved by `days`, at the same line in both versions. */
function moved(
  kind: DateMoved['kind'],
  id: string,
  [before, after]: [before: string, after: string],
  days: number,
  crosses: { quarter: boolean; horizon: boolean },
  line: number,
): DateMoved {
  return {
    kind,
    id,
    before,
    after,
    days,
    crossesQuarter: crosses.quarter,
    crossesHorizon: crosses.horizon,
    ...at(line),
  };
}

describe('core diff: the changes of a roadmap', () => {
  it('finds nothing between equal texts, nor when only comments, order of keys and spacing change', () => {
    assert.deepEqual(changesOf(BASE), []);
    const reworded = changed(
      BASE,
      [
        '    title: One journey map for every leader\n    competency: align-around-experience\n',
        '    competency: align-around-experience\n    title:   One journey map for every leader   # reworded\n',
      ],
      ['cxroadmap: 1\n', '# The plan\ncxroadmap: 1\n'],
    );
    assert.deepEqual(changesOf(reworded), []);
  });

  it('lists an added initiative with its title and line', () => {
    const after = roadmap({ add: [initiative({ id: 'voice-of-customer', title: 'Voice of the customer' })] });
    assert.deepEqual(changesOf(after), [
      { kind: 'initiative-added', id: 'voice-of-customer', title: 'Voice of the customer', line: 76 },
    ]);
  });

  it('lists a removed initiative at its line in the old version', () => {
    const after = roadmap({ replace: { 'listening-posts': null } });
    assert.deepEqual(changesOf(after), [
      { kind: 'initiative-removed', id: 'listening-posts', title: LISTENING_TITLE, previousLine: 43 },
    ]);
  });

  it('takes a removed id and an added one with the same title for a rename', () => {
    const after = changed(BASE, ['id: listening-posts', 'id: listening-path-posts']);
    assert.deepEqual(changesOf(after), [
      {
        kind: 'initiative-renamed',
        id: 'listening-path-posts',
        previousId: 'listening-posts',
        title: LISTENING_TITLE,
        previousTitle: LISTENING_TITLE,
        ...at(43),
      },
    ]);
  });

  it('takes nearly the same title, case and punctuation aside, for a rename, with its other changes after it', () => {
    const after = roadmap({
      replace: {
        'listening-posts': baseInitiative('listening-posts', {
          id: 'listening',
          title: '"Listening paths: across the journey"',
          owner: 'Lee Chen',
        }),
      },
    });
    assert.deepEqual(changesOf(after), [
      {
        kind: 'initiative-renamed',
        id: 'listening',
        previousId: 'listening-posts',
        title: 'Listening paths: across the journey',
        previousTitle: LISTENING_TITLE,
        ...at(43),
      },
      { kind: 'owner-changed', id: 'listening', before: 'Omar Haddad', after: 'Lee Chen', ...at(46) },
    ]);
  });

  it('does not take a different title for a rename: the old id is removed and the new one added', () => {
    const after = changed(
      BASE,
      ['id: listening-posts', 'id: complaints-hub'],
      [`title: ${LISTENING_TITLE}`, 'title: One place for every complaint'],
    );
    assert.deepEqual(changesOf(after), [
      { kind: 'initiative-added', id: 'complaints-hub', title: 'One place for every complaint', line: 43 },
      { kind: 'initiative-removed', id: 'listening-posts', title: LISTENING_TITLE, previousLine: 43 },
    ]);
  });

  it('measures moved dates in days, later positive, and says when they cross a quarter or the horizon', () => {
    const after = roadmap({
      replace: {
        'asset-metrics': baseInitiative('asset-metrics', { start: '2026-12-28' }),
        'journey-map': baseInitiative('journey-map', { start: '2027-04-15', end: '2028-03-31' }),
        'customer-room': baseInitiative('customer-room', { end: '2032-03-31' }),
      },
    });
    assert.deepEqual(changesOf(after), [
      moved('start-moved', 'asset-metrics', ['2027-01-04', '2026-12-28'], -7, { quarter: true, horizon: true }, 20),
      moved('start-moved', 'journey-map', ['2027-04-01', '2027-04-15'], 14, { quarter: false, horizon: false }, 36),
      moved('end-moved', 'journey-map', ['2027-12-31', '2028-03-31'], 91, { quarter: true, horizon: false }, 37),
      moved('end-moved', 'customer-room', ['2031-12-31', '2032-03-31'], 91, { quarter: true, horizon: true }, 70),
    ]);
  });

  it('reads periods as their first day (a start) and last day (an end), and keeps them as written', () => {
    const before = changed(BASE, ['    end: 2027-12-31', '    end: 2027-Q4']);
    const after = changed(BASE, ['    end: 2027-12-31', '    end: 2028-H1']);
    assert.deepEqual(changesOf(after, before), [
      moved('end-moved', 'journey-map', ['2027-Q4', '2028-H1'], 182, { quarter: true, horizon: false }, 37),
    ]);
    assert.deepEqual(changesOf(changed(BASE, ['    end: 2027-12-31', '    end: 2027']), before), []);
  });

  it('lists status, owner, competency and early-win changes, an absent status or early win included', () => {
    const after = roadmap({
      replace: {
        'asset-metrics': baseInitiative('asset-metrics', { status: null, early_win: null }),
        'journey-map': baseInitiative('journey-map', { owner: 'Dana Reyes', status: 'at-risk' }),
        'reliability-fixes': baseInitiative('reliability-fixes', { competency: 'listening-path' }),
      },
    });
    assert.deepEqual(changesOf(after), [
      { kind: 'status-changed', id: 'asset-metrics', before: 'active', after: null, ...at(16, 22) },
      { kind: 'early-win-changed', id: 'asset-metrics', before: true, after: false, ...at(16, 23) },
      { kind: 'status-changed', id: 'journey-map', before: 'planned', after: 'at-risk', ...at(36, 38) },
      { kind: 'owner-changed', id: 'journey-map', before: 'Lee Chen', after: 'Dana Reyes', ...at(33, 35) },
      {
        kind: 'competency-changed',
        id: 'reliability-fixes',
        before: 'reliability-innovation',
        after: 'listening-path',
        ...at(54, 56),
      },
    ]);
  });

  it('does not compare a value the schema rejects in either version', () => {
    const after = changed(BASE, [
      '    status: planned\n    stage: discover',
      '    status: paused\n    stage: discover',
    ]);
    assert.deepEqual(
      analyzeRoadmap(after).diagnostics.map((d) => d.code),
      ['schema'],
    );
    assert.deepEqual(changesOf(after), []);
  });

  it('lists dependencies added and removed, whatever their order', () => {
    const before = changed(BASE, [
      '    stage: use\n',
      '    stage: use\n    depends_on: [journey-map, asset-metrics]\n',
    ]);
    const after = changed(BASE, [
      '    stage: use\n',
      '    stage: use\n    depends_on: [asset-metrics, reliability-fixes]\n',
    ]);
    assert.deepEqual(changesOf(after, before), [
      { kind: 'dependency-added', id: 'listening-posts', dependency: 'reliability-fixes', ...at(51, 43) },
      { kind: 'dependency-removed', id: 'listening-posts', dependency: 'journey-map', ...at(43, 51) },
    ]);
  });

  it('follows milestones by name: added, removed, and moved in days', () => {
    const milestones = (...entries: [string, string][]) =>
      changed(BASE, [
        '    stage: discover\n',
        `    stage: discover\n    milestones:\n${entries.map(([name, date]) => `      - name: ${name}\n        date: ${date}\n`).join('')}`,
      ]);
    const before = milestones(['Draft map', '2027-06-30'], ['Leaders trained', '2027-10-01']);
    const after = milestones(['Draft map', '2027-07-31'], ['Map published', '2027-11-30']);
    assert.deepEqual(changesOf(after, before), [
      { kind: 'milestone-added', id: 'journey-map', milestone: 'Map published', date: '2027-11-30', ...at(43, 32) },
      { kind: 'milestone-removed', id: 'journey-map', milestone: 'Leaders trained', date: '2027-10-01', ...at(32, 43) },
      {
        kind: 'milestone-moved',
        id: 'journey-map',
        milestone: 'Draft map',
        days: 31,
        before: '2027-06-30',
        after: '2027-07-31',
        ...at(42),
      },
    ]);
  });

  it('follows measures by metric, and calls out a lowered target', () => {
    const after = changed(
      BASE,
      ['        target: -10%\n        by: 2027-12-31', '        target: -5%\n        by: 2028-06-30'],
      ['      - metric: teams using the journey map in planning\n', '      - metric: leaders using the journey map\n'],
      ['        kind: behaviour\n  - id: reliability-fixes', '        kind: operational\n  - id: reliability-fixes'],
    );
    assert.deepEqual(changesOf(after), [
      {
        kind: 'measure-changed',
        id: 'asset-metrics',
        metric: 'customers lost per month',
        fields: [
          { field: 'target', before: '-10%', after: '-5%' },
          { field: 'by', before: '2027-12-31', after: '2028-06-30' },
        ],
        targetLowered: true,
        ...at(27),
      },
      { kind: 'measure-added', id: 'journey-map', metric: 'leaders using the journey map', ...at(41, 32) },
      { kind: 'measure-removed', id: 'journey-map', metric: 'teams using the journey map in planning', ...at(32, 41) },
      {
        kind: 'measure-changed',
        id: 'listening-posts',
        metric: 'repeat contacts per 1000 customers',
        fields: [{ field: 'kind', before: 'behaviour', after: 'operational' }],
        targetLowered: false,
        ...at(52),
      },
    ]);
  });

  it('lists the roadmap’s own changes first: horizon, owner, sponsor, then governance key by key', () => {
    const after = roadmap({
      set: { owner: 'Priya Nair', sponsor: null },
      horizon: { end: '2032-12-31' },
      governance: { board: null, members: '[Priya Nair, Dana Reyes, Lee Chen]', review: 'quarterly' },
      replace: { 'journey-map': baseInitiative('journey-map', { owner: 'Dana Reyes' }) },
    });
    assert.deepEqual(changesOf(after), [
      {
        kind: 'horizon-changed',
        before: { start: '2027-01-01', end: '2031-12-31' },
        after: { start: '2027-01-01', end: '2032-12-31' },
        startDays: 0,
        endDays: 366,
        ...at(4, 5),
      },
      { kind: 'owner-changed', before: 'Dana Reyes', after: 'Priya Nair', ...at(3) },
      { kind: 'sponsor-changed', before: 'Sam Ortiz (CEO)', after: null, ...at(1, 4) },
      { kind: 'governance-changed', key: 'board', before: 'CX Leadership Council', after: null, ...at(7, 9) },
      { kind: 'governance-changed', key: 'review', before: 'monthly', after: 'quarterly', ...at(9, 11) },
      {
        kind: 'governance-changed',
        key: 'members',
        before: ['Dana Reyes', 'Sam Ortiz', 'Priya Nair'],
        after: ['Priya Nair', 'Dana Reyes', 'Lee Chen'],
        ...at(8, 10),
      },
      { kind: 'owner-changed', id: 'journey-map', before: 'Lee Chen', after: 'Dana Reyes', ...at(33, 35) },
    ]);
  });

  it('does not count members listed in another order as a change', () => {
    assert.deepEqual(
      changesOf(changed(BASE, ['[Dana Reyes, Sam Ortiz, Priya Nair]', '[Priya Nair, Dana Reyes, Sam Ortiz]'])),
      [],
    );
  });

  it('compares an initiative written the same when it reads values through an alias', () => {
    const aliased = (owner: string) =>
      roadmap({
        initiatives: [
          `- &first\n  id: first\n  title: First\n  competency: listening-path\n  owner: ${owner}\n  start: 2027-01-01\n  end: 2027-12-31`,
          '- <<: *first\n  id: second\n  title: Second',
        ],
      });
    assert.deepEqual(changesOf(aliased('Dana Reyes'), aliased('Lee Chen')), [
      { kind: 'owner-changed', id: 'first', before: 'Lee Chen', after: 'Dana Reyes', ...at(20) },
      // Where the value is written: in the first initiative, which the second merges.
      { kind: 'owner-changed', id: 'second', before: 'Lee Chen', after: 'Dana Reyes', ...at(20) },
    ]);
  });

  it('lists every initiative as added for a new file, and as removed for a deleted one', () => {
    const ids = ['asset-metrics', 'journey-map', 'listening-posts', 'reliability-fixes', 'customer-room'];
    const lines = [16, 32, 43, 54, 65];
    const titles = analyzeRoadmap(BASE).model.initiatives.map((i) => i.title!.value);
    assert.deepEqual(
      changesBetween(undefined, BASE),
      ids.map((id, n) => ({ kind: 'initiative-added', id, title: titles[n], line: lines[n] })),
    );
    assert.deepEqual(
      changesBetween(BASE, undefined),
      ids.map((id, n) => ({ kind: 'initiative-removed', id, title: titles[n], previousLine: lines[n] })),
    );
  });

  // Last, so that it sees what every test above produced: a new kind must come with a test.
  it('has an example of every kind of change in this suite', () => {
    assert.deepEqual([...produced].sort(), [...CHANGE_KINDS].sort());
  });
});
