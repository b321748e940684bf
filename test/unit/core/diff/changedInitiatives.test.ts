import assert from 'node:assert/strict';
import { isInitiativeChange } from '../../../../server/src/core/diff/changes';
import type { InitiativeChange } from '../../../../server/src/core/diff/changes';
import { diffRoadmapTexts } from '../../../../server/src/core/diff/diffRoadmaps';
import type { RoadmapDiff } from '../../../../server/src/core/diff/diffRoadmaps';
import { changed, initiative, roadmap } from '../../../support/roadmapBuilder';

const BASE = roadmap();

/** The changes of the initiative `id`, the very objects of the file's list. */
function changesOf(diff: RoadmapDiff, id: string): InitiativeChange[] {
  return diff.changes.filter(isInitiativeChange).filter((c) => c.id === id);
}

describe('core diff: the initiatives that changed', () => {
  it('lists each changed initiative once, in the order of its changes, with its title and both bars', () => {
    const after = changed(
      roadmap({
        replace: { 'listening-posts': null },
        add: [initiative({ id: 'voice-of-customer', title: 'Voice of the customer', end: '2028-Q2' })],
      }),
      ['    end: 2027-12-31', '    end: 2028-03-31'],
      ['    owner: Lee Chen', '    owner: Dana Reyes'],
      ['    owner: Ana Ruiz', '    owner: Sam Ortiz'],
    );
    const diff = diffRoadmapTexts({ text: BASE }, { text: after });
    assert.deepStrictEqual(diff.initiatives, [
      {
        id: 'journey-map',
        title: 'One journey map for every leader',
        before: { start: '2027-04-01', end: '2027-12-31' },
        after: { start: '2027-04-01', end: '2028-03-31' },
        changes: changesOf(diff, 'journey-map'),
      },
      {
        id: 'reliability-fixes',
        title: 'Fix the top ten failures in getting help',
        before: { start: '2028-01-01', end: '2029-06-30' },
        after: { start: '2028-01-01', end: '2029-06-30' },
        changes: changesOf(diff, 'reliability-fixes'),
      },
      {
        id: 'voice-of-customer',
        title: 'Voice of the customer',
        before: null,
        after: { start: '2028-01-01', end: '2028-06-30' },
        changes: changesOf(diff, 'voice-of-customer'),
      },
      {
        id: 'listening-posts',
        title: 'Listening path across the journey',
        before: { start: '2027-07-01', end: '2028-06-30' },
        after: null,
        changes: changesOf(diff, 'listening-posts'),
      },
    ]);
    assert.deepStrictEqual(
      diff.initiatives.map((i) => i.changes.map((c) => c.kind)),
      [['end-moved', 'owner-changed'], ['owner-changed'], ['initiative-added'], ['initiative-removed']],
    );
  });

  it('gives no bar to a version whose dates are missing or out of order, and leaves out unchanged initiatives', () => {
    const after = changed(
      BASE,
      ['    start: 2027-04-01\n    end: 2027-12-31', '    start: 2028-04-01\n    end: 2027-12-31'],
      ['    owner: Lee Chen', '    owner: Dana Reyes'],
    );
    const before = changed(BASE, ['    start: 2027-04-01\n', '']);
    const diff = diffRoadmapTexts({ text: before }, { text: after });
    assert.deepStrictEqual(diff.initiatives, [
      {
        id: 'journey-map',
        title: 'One journey map for every leader',
        before: null,
        after: null,
        changes: changesOf(diff, 'journey-map'),
      },
    ]);
    assert.equal(diff.initiatives[0]?.changes[0], diff.changes[0]);
    assert.deepStrictEqual(diffRoadmapTexts({ text: BASE }, { text: BASE }).initiatives, []);
  });
});
