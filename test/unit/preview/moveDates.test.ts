import assert from 'node:assert/strict';
import { planMove } from '../../../client/src/preview/moveDates';
import type { DateEdit, MovePlan } from '../../../client/src/preview/moveDates';
import { analyzeRoadmap } from '../../../server/src/core/analyze';
import { LineIndex } from '../../../server/src/core/text/lineIndex';
import type { ChartResult } from '../../../protocol/chartRequests';
import { previewChart } from '../../../server/src/services/chart/previewChart';

const uri = 'untitled:plan.cxroadmap.yaml';

function roadmap(horizon: string[], initiatives: string[]): string {
  return ['cxroadmap: 1', 'title: Move test', ...horizon, 'initiatives:', ...initiatives, ''].join('\n');
}

const HORIZON = ['horizon:', '  start: 2027-01-01', '  end: 2028-12-31'];
const INITIATIVES = [
  '  - id: report',
  '    title: Gain and loss report',
  '    competency: customers-as-assets',
  '    owner: Priya',
  '    start: 2027-01-04',
  '    end: 2027-Q1',
  '  - id: rooms',
  '    title: Customer rooms',
  '    competency: one-company-leadership',
  '    owner: Dana',
  '    start: "2027-04-01"',
  '    end: 2027-06-30',
];
const TEXT = roadmap(HORIZON, INITIATIVES);

function chartOf(text: string, version = 7, lastGood?: string): ChartResult {
  const analysis = analyzeRoadmap(text);
  return previewChart(
    { uri, text, analysis },
    version,
    { pxPerDay: 1, today: 0 },
    lastGood === undefined ? undefined : analyzeRoadmap(lastGood),
  );
}

/** The text after the edits (given in document order, as `planMove` gives them). */
function apply(text: string, edits: readonly DateEdit[]): string {
  const lines = new LineIndex(text);
  let out = text;
  for (const edit of [...edits].reverse()) {
    out = out.slice(0, lines.offsetAt(edit.range.start)) + edit.newText + out.slice(lines.offsetAt(edit.range.end));
  }
  return out;
}

/** The edit that writes `newText` over characters `from` to `to` of line `line`. */
function dateEdit(line: number, from: number, to: number, newText: string): DateEdit {
  return { range: { start: { line, character: from }, end: { line, character: to } }, newText };
}

function refused(plan: MovePlan): string | undefined {
  return plan.ok ? undefined : plan.refusal;
}

describe('preview: moving an initiative', () => {
  const chart = chartOf(TEXT);

  it('rewrites both dates as day dates, at the value ranges the server gave', () => {
    const plan = planMove(chart, { id: 'report', start: '2027-02-01', end: '2027-04-30' }, 7);
    assert.deepEqual(plan, {
      ok: true,
      edits: [dateEdit(10, 11, 21, '2027-02-01'), dateEdit(11, 9, 16, '2027-04-30')],
    });
    assert.ok(plan.ok);
    assert.equal(
      apply(TEXT, plan.edits),
      TEXT.replace('start: 2027-01-04', 'start: 2027-02-01').replace('end: 2027-Q1', 'end: 2027-04-30'),
    );
  });

  it('leaves a value that keeps its day as written: a period stays a period', () => {
    assert.deepEqual(planMove(chart, { id: 'report', start: '2027-01-11', end: '2027-03-31' }, 7), {
      ok: true,
      edits: [dateEdit(10, 11, 21, '2027-01-11')],
    });
  });

  it('replaces a quoted date with its quotes', () => {
    const plan = planMove(chart, { id: 'rooms', start: '2027-05-01', end: '2027-06-30' }, 7);
    assert.ok(plan.ok);
    const moved = apply(TEXT, plan.edits);
    assert.equal(moved, TEXT.replace('start: "2027-04-01"', 'start: 2027-05-01'));
    assert.deepEqual(
      analyzeRoadmap(moved).model.initiatives.map((i) => [i.id?.value, i.start?.value, i.end?.value]),
      [
        ['report', '2027-01-04', '2027-Q1'],
        ['rooms', '2027-05-01', '2027-06-30'],
      ],
    );
  });

  describe('milestones', () => {
    const WITH_MILESTONES = roadmap(HORIZON, [
      '  - id: launch',
      '    title: Launch',
      '    competency: customers-as-assets',
      '    owner: Priya',
      '    milestones:',
      '      - name: Pilot',
      '        date: 2027-02-15',
      '      - name: Undated',
      '        date: someday',
      '    start: 2027-02-01',
      '    end: 2027-Q2',
      '    measures:',
      '      - metric: Go-live',
      '        by: 2027-06-30',
      '      - metric: Review',
      '        by: 2027-07-15',
      '  - id: after',
      '    title: After',
      '    competency: customers-as-assets',
      '    owner: Dana',
      '    start: 2027-07-01',
      '    end: 2027-09-30',
      '    milestones:',
      '      - name: Halfway',
      '        date: 2027-08-15',
    ]);
    const withMilestones = chartOf(WITH_MILESTONES);

    it('moves the dated milestones of an initiative moved whole by as many days, in one list in the order of the text', () => {
      // Ten days later; a measure's `by` is a date too, but not a milestone: it stays.
      const plan = planMove(withMilestones, { id: 'launch', start: '2027-02-11', end: '2027-07-10' }, 7);
      assert.deepEqual(plan, {
        ok: true,
        edits: [
          dateEdit(12, 14, 24, '2027-02-25'),
          dateEdit(15, 11, 21, '2027-02-11'),
          dateEdit(16, 9, 16, '2027-07-10'),
        ],
      });
      assert.ok(plan.ok);
      assert.equal(
        apply(WITH_MILESTONES, plan.edits),
        WITH_MILESTONES.replace('date: 2027-02-15', 'date: 2027-02-25')
          .replace('start: 2027-02-01', 'start: 2027-02-11')
          .replace('end: 2027-Q2', 'end: 2027-07-10'),
      );
      // A whole move earlier, by a key press: the milestone a day earlier too.
      assert.deepEqual(planMove(withMilestones, { id: 'after', start: '2027-06-30', end: '2027-09-29' }, 7), {
        ok: true,
        edits: [
          dateEdit(26, 11, 21, '2027-06-30'),
          dateEdit(27, 9, 19, '2027-09-29'),
          dateEdit(30, 14, 24, '2027-08-14'),
        ],
      });
    });

    it('leaves milestones where they are when only one end moves', () => {
      assert.deepEqual(planMove(withMilestones, { id: 'launch', start: '2027-01-25', end: '2027-06-30' }, 7), {
        ok: true,
        edits: [dateEdit(15, 11, 21, '2027-01-25')],
      });
      assert.deepEqual(planMove(withMilestones, { id: 'after', start: '2027-07-01', end: '2027-10-31' }, 7), {
        ok: true,
        edits: [dateEdit(27, 9, 19, '2027-10-31')],
      });
    });
  });

  it('has nothing to edit when the dates do not change', () => {
    assert.deepEqual(planMove(chart, { id: 'report', start: '2027-01-04', end: '2027-03-31' }, 7), {
      ok: true,
      edits: [],
    });
  });

  it('accepts dates on the horizon’s first and last days', () => {
    assert.equal(planMove(chart, { id: 'rooms', start: '2027-01-01', end: '2028-12-31' }, 7).ok, true);
  });

  it('refuses a move planned on an older version of the text', () => {
    assert.equal(refused(planMove(chart, { id: 'report', start: '2027-02-01', end: '2027-04-30' }, 8)), 'stale');
  });

  it('refuses every move while the text does not parse, even with the last good chart shown', () => {
    const broken = chartOf(TEXT.replace('title: Move test', 'title: [Move test'), 7, TEXT);
    assert.equal(broken.parses, false);
    assert.notEqual(broken.svg, null);
    assert.equal(refused(planMove(broken, { id: 'report', start: '2027-02-01', end: '2027-04-30' }, 7)), 'not-parsing');
  });

  it('moves the initiatives that parse while another one does not', () => {
    const text = `${TEXT}  - id: [unclosed\n`;
    const partly = chartOf(text, 7, TEXT);
    assert.deepEqual([partly.parses, partly.unparsed?.length], [true, 1]);
    assert.deepEqual(planMove(partly, { id: 'report', start: '2027-02-01', end: '2027-04-30' }, 7), {
      ok: true,
      edits: [dateEdit(10, 11, 21, '2027-02-01'), dateEdit(11, 9, 16, '2027-04-30')],
    });
  });

  it('refuses unknown and shared ids', () => {
    assert.equal(refused(planMove(chart, { id: 'nobody', start: '2027-02-01', end: '2027-04-30' }, 7)), 'unknown-id');
    const twice = chartOf(roadmap(HORIZON, [...INITIATIVES, ...INITIATIVES.slice(0, 6)]));
    assert.equal(refused(planMove(twice, { id: 'report', start: '2027-02-01', end: '2027-04-30' }, 7)), 'duplicate-id');
  });

  it('refuses an initiative without a valid start and end', () => {
    const noEnd = chartOf(roadmap(HORIZON, [...INITIATIVES.slice(0, 5), '    end: someday']));
    assert.equal(refused(planMove(noEnd, { id: 'report', start: '2027-02-01', end: '2027-04-30' }, 7)), 'no-dates');
  });

  it('refuses impossible dates and an end before the start', () => {
    assert.equal(refused(planMove(chart, { id: 'report', start: '2027-02-30', end: '2027-04-30' }, 7)), 'invalid-date');
    assert.equal(
      refused(planMove(chart, { id: 'report', start: '2027-05-01', end: '2027-04-30' }, 7)),
      'end-before-start',
    );
  });

  it('refuses dates outside the horizon, and any move without a horizon', () => {
    assert.equal(
      refused(planMove(chart, { id: 'report', start: '2026-12-31', end: '2027-04-30' }, 7)),
      'outside-horizon',
    );
    assert.equal(
      refused(planMove(chart, { id: 'report', start: '2028-12-01', end: '2029-01-01' }, 7)),
      'outside-horizon',
    );
    const noHorizon = chartOf(roadmap([], INITIATIVES));
    assert.equal(
      refused(planMove(noHorizon, { id: 'report', start: '2027-02-01', end: '2027-04-30' }, 7)),
      'no-horizon',
    );
  });
});
