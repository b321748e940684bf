import assert from 'node:assert/strict';
import { analyzeRoadmap } from '../../../../server/src/core/analyze';
import type { Change, ChangeKind } from '../../../../server/src/core/diff/changes';
import { CHANGE_KINDS } from '../../../../server/src/core/diff/changes';
import { diffRoadmapTexts } from '../../../../server/src/core/diff/diffRoadmaps';
import { changed, initiative, roadmap } from '../../../support/roadmapBuilder';

/*
 * Lines of the base roadmap that the expectations below name: the horizon at 5, the
 * governance at 8 (members 10, review 11), and the initiatives' `- id:` lines at 16
 * (asset-metrics), 32 (journey-map), 43 (listening-posts), 54 (reliability-fixes) and 65
 * (customer-room), each followed by title, competency, owner, start and end.
 */
const BASE = roadmap();

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
      {
        kind: 'initiative-removed',
        id: 'listening-posts',
        title: 'Listening path across the journey',
        previousLine: 43,
      },
    ]);
  });

  it('takes a removed id and an added one with the same title for a rename', () => {
    const after = changed(BASE, ['id: listening-posts', 'id: listening-path-posts']);
    assert.deepEqual(changesOf(after), [
      {
        kind: 'initiative-renamed',
        id: 'listening-path-posts',
        previousId: 'listening-posts',
        title: 'Listening path across the journey',
        previousTitle: 'Listening path across the journey',
        line: 43,
        previousLine: 43,
      },
    ]);
  });

  it('takes nearly the same title, case and punctuation aside, for a rename, with its other changes after it', () => {
    const after = changed(
      BASE,
      ['id: listening-posts', 'id: listening'],
      ['title: Listening path across the journey', 'title: "Listening paths: across the journey"'],
      ['    owner: Omar Haddad\n', '    owner: Lee Chen\n'],
    );
    assert.deepEqual(changesOf(after), [
      {
        kind: 'initiative-renamed',
        id: 'listening',
        previousId: 'listening-posts',
        title: 'Listening paths: across the journey',
        previousTitle: 'Listening path across the journey',
        line: 43,
        previousLine: 43,
      },
      { kind: 'owner-changed', id: 'listening', before: 'Omar Haddad', after: 'Lee Chen', line: 46, previousLine: 46 },
    ]);
  });

  it('does not take a different title for a rename: the old id is removed and the new one added', () => {
    const after = changed(
      BASE,
      ['id: listening-posts', 'id: complaints-hub'],
      ['title: Listening path across the journey', 'title: One place for every complaint'],
    );
    assert.deepEqual(changesOf(after), [
      { kind: 'initiative-added', id: 'complaints-hub', title: 'One place for every complaint', line: 43 },
      {
        kind: 'initiative-removed',
        id: 'listening-posts',
        title: 'Listening path across the journey',
        previousLine: 43,
      },
    ]);
  });

  it('measures moved dates in days, later positive, and says when they cross a quarter or the horizon', () => {
    const after = changed(
      BASE,
      ['    start: 2027-04-01\n    end: 2027-12-31', '    start: 2027-04-15\n    end: 2028-03-31'],
      ['    start: 2027-01-04\n', '    start: 2026-12-28\n'],
      ['    end: 2031-12-31', '    end: 2032-03-31'],
    );
    assert.deepEqual(changesOf(after), [
      {
        kind: 'start-moved',
        id: 'asset-metrics',
        before: '2027-01-04',
        after: '2026-12-28',
        days: -7,
        crossesQuarter: true,
        crossesHorizon: true,
        line: 20,
        previousLine: 20,
      },
      {
        kind: 'start-moved',
        id: 'journey-map',
        before: '2027-04-01',
        after: '2027-04-15',
        days: 14,
        crossesQuarter: false,
        crossesHorizon: false,
        line: 36,
        previousLine: 36,
      },
      {
        kind: 'end-moved',
        id: 'journey-map',
        before: '2027-12-31',
        after: '2028-03-31',
        days: 91,
        crossesQuarter: true,
        crossesHorizon: false,
        line: 37,
        previousLine: 37,
      },
      {
        kind: 'end-moved',
        id: 'customer-room',
        before: '2031-12-31',
        after: '2032-03-31',
        days: 91,
        crossesQuarter: true,
        crossesHorizon: true,
        line: 70,
        previousLine: 70,
      },
    ]);
  });

  it('reads periods as their first day (a start) and last day (an end), and keeps them as written', () => {
    const before = changed(BASE, ['    end: 2027-12-31', '    end: 2027-Q4']);
    const after = changed(BASE, ['    end: 2027-12-31', '    end: 2028-H1']);
    assert.deepEqual(changesOf(after, before), [
      {
        kind: 'end-moved',
        id: 'journey-map',
        before: '2027-Q4',
        after: '2028-H1',
        days: 182,
        crossesQuarter: true,
        crossesHorizon: false,
        line: 37,
        previousLine: 37,
      },
    ]);
    assert.deepEqual(changesOf(changed(BASE, ['    end: 2027-12-31', '    end: 2027']), before), []);
  });

  it('lists status, owner, competency and early-win changes, an absent status or early win included', () => {
    const after = changed(
      BASE,
      ['    status: active\n    early_win: true\n', ''],
      ['    owner: Lee Chen\n', '    owner: Dana Reyes\n'],
      ['    status: planned\n    stage: discover', '    status: at-risk\n    stage: discover'],
      ['competency: reliability-innovation', 'competency: listening-path'],
    );
    assert.deepEqual(changesOf(after), [
      { kind: 'status-changed', id: 'asset-metrics', before: 'active', after: null, line: 16, previousLine: 22 },
      { kind: 'early-win-changed', id: 'asset-metrics', before: true, after: false, line: 16, previousLine: 23 },
      { kind: 'status-changed', id: 'journey-map', before: 'planned', after: 'at-risk', line: 36, previousLine: 38 },
      { kind: 'owner-changed', id: 'journey-map', before: 'Lee Chen', after: 'Dana Reyes', line: 33, previousLine: 35 },
      {
        kind: 'competency-changed',
        id: 'reliability-fixes',
        before: 'reliability-innovation',
        after: 'listening-path',
        line: 54,
        previousLine: 56,
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
      { kind: 'dependency-added', id: 'listening-posts', dependency: 'reliability-fixes', line: 51, previousLine: 43 },
      { kind: 'dependency-removed', id: 'listening-posts', dependency: 'journey-map', line: 43, previousLine: 51 },
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
      {
        kind: 'milestone-added',
        id: 'journey-map',
        milestone: 'Map published',
        date: '2027-11-30',
        line: 43,
        previousLine: 32,
      },
      {
        kind: 'milestone-removed',
        id: 'journey-map',
        milestone: 'Leaders trained',
        date: '2027-10-01',
        line: 32,
        previousLine: 43,
      },
      {
        kind: 'milestone-moved',
        id: 'journey-map',
        milestone: 'Draft map',
        before: '2027-06-30',
        after: '2027-07-31',
        days: 31,
        line: 42,
        previousLine: 42,
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
        line: 27,
        previousLine: 27,
      },
      { kind: 'measure-added', id: 'journey-map', metric: 'leaders using the journey map', line: 41, previousLine: 32 },
      {
        kind: 'measure-removed',
        id: 'journey-map',
        metric: 'teams using the journey map in planning',
        line: 32,
        previousLine: 41,
      },
      {
        kind: 'measure-changed',
        id: 'listening-posts',
        metric: 'repeat contacts per 1000 customers',
        fields: [{ field: 'kind', before: 'behaviour', after: 'operational' }],
        targetLowered: false,
        line: 52,
        previousLine: 52,
      },
    ]);
  });

  it('lists the roadmap’s own changes first: horizon, owner, sponsor, then governance key by key', () => {
    const after = changed(
      BASE,
      ['owner: Dana Reyes\nsponsor: Sam Ortiz (CEO)\n', 'owner: Priya Nair\n'],
      ['  start: 2027-01-01\n  end: 2031-12-31', '  start: 2027-01-01\n  end: 2032-12-31'],
      ['  board: CX Leadership Council\n', ''],
      ['[Dana Reyes, Sam Ortiz, Priya Nair]', '[Priya Nair, Dana Reyes, Lee Chen]'],
      ['  review: monthly', '  review: quarterly'],
      ['    owner: Lee Chen\n', '    owner: Dana Reyes\n'],
    );
    assert.deepEqual(changesOf(after), [
      {
        kind: 'horizon-changed',
        before: { start: '2027-01-01', end: '2031-12-31' },
        after: { start: '2027-01-01', end: '2032-12-31' },
        startDays: 0,
        endDays: 366,
        line: 4,
        previousLine: 5,
      },
      { kind: 'owner-changed', before: 'Dana Reyes', after: 'Priya Nair', line: 3, previousLine: 3 },
      { kind: 'sponsor-changed', before: 'Sam Ortiz (CEO)', after: null, line: 1, previousLine: 4 },
      {
        kind: 'governance-changed',
        key: 'board',
        before: 'CX Leadership Council',
        after: null,
        line: 7,
        previousLine: 9,
      },
      { kind: 'governance-changed', key: 'review', before: 'monthly', after: 'quarterly', line: 9, previousLine: 11 },
      {
        kind: 'governance-changed',
        key: 'members',
        before: ['Dana Reyes', 'Sam Ortiz', 'Priya Nair'],
        after: ['Priya Nair', 'Dana Reyes', 'Lee Chen'],
        line: 8,
        previousLine: 10,
      },
      { kind: 'owner-changed', id: 'journey-map', before: 'Lee Chen', after: 'Dana Reyes', line: 33, previousLine: 35 },
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
      { kind: 'owner-changed', id: 'first', before: 'Lee Chen', after: 'Dana Reyes', line: 20, previousLine: 20 },
      // Where the value is written: in the first initiative, which the second merges.
      { kind: 'owner-changed', id: 'second', before: 'Lee Chen', after: 'Dana Reyes', line: 20, previousLine: 20 },
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
