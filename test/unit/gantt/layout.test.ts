import assert from 'node:assert/strict';
import { performance } from 'node:perf_hooks';
import { generateRoadmap } from '../../../scripts/generateRoadmap';
import { analyzeRoadmap } from '../../../server/src/core/analyze';
import { dayNumber } from '../../../server/src/core/dates';
import { DEFAULT_CONFIG } from '../../../server/src/core/options';
import { chartFindings } from '../../../server/src/gantt/findings';
import { estimateWidth } from '../../../server/src/gantt/labelText';
import { layoutChart } from '../../../server/src/gantt/layout';
import { symbolWidth } from '../../../server/src/gantt/legend';
import { chartOf, row, rows } from './chartFixture';
import type { Item } from './chartFixture';

const ASSETS = 'customers-as-assets';
const JAN_1_2027 = dayNumber(2027, 1, 1);

/**
 * With the default 2027 horizon at 2 px a day: the timeline runs from x 440 (the label
 * column's width) for 730 px, the chart is 1194 px wide, the legend fits one row (42 px),
 * the axis has year, quarter and month bands (62 px), so the first lane starts at y 104
 * and its first row (under a 30 px lane header) at y 134, rows every 26 px.
 */
const ZOOM = { pxPerDay: 2 };

function inAssets(items: Item[]): Item[] {
  return items.map((item) => ({ competency: ASSETS, ...item }));
}

describe('gantt layout', () => {
  describe('bars', () => {
    it('places bars from dates, ends inclusive, periods as their first and last days', () => {
      const { layout } = chartOf(
        {
          items: inAssets([
            { id: 'one-day', start: '2027-01-01', end: '2027-01-01' },
            { id: 'feb-mar', start: '2027-02-01', end: '2027-03-31' },
            { id: 'periods', start: '2027-Q2', end: '2027-H2' },
            { id: 'a-month', start: '2027-05', end: '2027-05' },
          ]),
        },
        ZOOM,
      );
      const bar = { height: 14, clippedStart: false, clippedEnd: false };
      assert.deepStrictEqual(
        rows(layout).map((r) => ({ id: r.id, y: r.y, bar: r.bar })),
        [
          // One day is 2 px wide; February 1st is day 31 of the span: 440 + 31 × 2.
          { id: 'one-day', y: 134, bar: { ...bar, x: 440, y: 140, width: 2 } },
          { id: 'feb-mar', y: 160, bar: { ...bar, x: 502, y: 166, width: 118 } },
          // 1 April (day 90) to 31 December (day 364): 275 days.
          { id: 'periods', y: 186, bar: { ...bar, x: 620, y: 192, width: 550 } },
          { id: 'a-month', y: 212, bar: { ...bar, x: 680, y: 218, width: 62 } },
        ],
      );
      assert.deepStrictEqual(layout.timeline, { x: 440, width: 730 });
      assert.equal(layout.width, 1194);
      assert.equal(layout.body.y, 104);
    });

    it('centres milestones on their day and leaves out those outside the chart', () => {
      const { layout } = chartOf(
        {
          items: inAssets([
            {
              id: 'feb-mar',
              start: '2027-02-01',
              end: '2027-03-31',
              milestones: [
                { name: 'Kick-off', date: '2027-02-01' },
                { date: '2027-03-31' },
                { name: 'Later', date: '2028-01-05' },
              ],
            },
          ]),
        },
        ZOOM,
      );
      assert.deepStrictEqual(row(layout, 'feb-mar').milestones, [
        { index: 0, name: 'Kick-off', day: dayNumber(2027, 2, 1), x: 503, y: 147 },
        { index: 1, day: dayNumber(2027, 3, 31), x: 619, y: 147 },
      ]);
    });

    it('lists initiatives without usable dates in their lane, with the reason and no bar, and clips bars at the horizon', () => {
      const { layout } = chartOf(
        {
          items: inAssets([
            { id: 'bad-date', start: '2027-13-01', end: '2027-12-31' },
            { id: 'backwards', start: '2027-06-01', end: '2027-05-01' },
            { id: 'outside', start: '2029-01-01', end: '2029-03-31' },
            { id: 'straddles-start', start: '2026-12-01', end: '2027-01-10' },
            { id: 'straddles-end', start: '2027-12-25', end: '2028-01-05' },
          ]),
        },
        ZOOM,
      );
      assert.deepStrictEqual(
        rows(layout).map((r) => ({ id: r.id, notDrawn: r.notDrawn, bar: r.bar })),
        [
          { id: 'bad-date', notDrawn: 'No valid start and end dates: not drawn', bar: undefined },
          { id: 'backwards', notDrawn: 'Ends before it starts: not drawn', bar: undefined },
          { id: 'outside', notDrawn: 'Outside the horizon (Jan \u2013 Mar 2029): not drawn', bar: undefined },
          {
            id: 'straddles-start',
            notDrawn: undefined,
            bar: { x: 440, y: 218, width: 20, height: 14, clippedStart: true, clippedEnd: false },
          },
          {
            id: 'straddles-end',
            notDrawn: undefined,
            bar: { x: 1156, y: 244, width: 14, height: 14, clippedStart: false, clippedEnd: true },
          },
        ],
      );
    });

    it('puts owner and dates after the bar, else inside it, else before it, else after it with a wider chart', () => {
      const { layout } = chartOf(
        {
          items: inAssets([
            { id: 'after', owner: 'Ann', start: '2027-01-01', end: '2027-01-31' },
            { id: 'inside', owner: 'Bea', start: '2027-01-01', end: '2027-12-31' },
            { id: 'before', owner: 'Cy', start: '2027-12-01', end: '2027-12-31' },
            { id: 'widens', owner: 'Di', start: '2027-12-01', end: '2027-12-31', depends_on: ['after'] },
          ]),
        },
        ZOOM,
      );
      const width = (text: string) => Math.round(estimateWidth(text, 11.5) * 100) / 100;
      const after = 'Ann \u00b7 Jan 2027';
      const inside = 'Bea \u00b7 Jan \u2013 Dec 2027';
      const before = 'Cy \u00b7 Dec 2027';
      const widens = 'Di \u00b7 Dec 2027';
      assert.deepStrictEqual(
        rows(layout).map((r) => r.detail),
        [
          // `after` is a prerequisite: its label stands clear of the arrow's first turn (8 + 6 px).
          { text: after, x: 516, anchor: 'start', inside: false, width: width(after) },
          { text: inside, x: 446, anchor: 'start', inside: true, width: width(inside) },
          { text: before, x: 1102, anchor: 'end', inside: false, width: width(before) },
          // An arrow comes into `widens` from the left, so its label goes after the timeline's end.
          { text: widens, x: 1176, anchor: 'start', inside: false, width: width(widens) },
        ],
      );
      assert.equal(layout.width, Math.round((1176 + width(widens) + 24) * 100) / 100);
    });
  });

  describe('lanes', () => {
    it('has the five competencies in order, empty ones as a named gap, and a lane for unknown competencies last', () => {
      const { layout } = chartOf(
        {
          items: [
            { id: 'assets', competency: ASSETS, start: '2027-01-01', end: '2027-03-31' },
            { id: 'typo', competency: 'listening-pth', start: '2027-01-01', end: '2027-03-31' },
            { id: 'listen', competency: 'listening-path', start: '2027-01-01', end: '2027-03-31' },
            { id: 'none', start: '2027-01-01', end: '2027-03-31' },
          ],
        },
        ZOOM,
      );
      assert.deepStrictEqual(
        layout.lanes.map((lane) => ({
          key: lane.key,
          name: lane.name,
          y: lane.y,
          height: lane.height,
          rows: lane.rows.map((r) => r.id),
        })),
        [
          // A lane is its 30 px header, 26 px a row and 8 px below them; an empty lane is 30 + 14.
          { key: ASSETS, name: 'Honor and Manage Customers as Assets', y: 104, height: 64, rows: ['assets'] },
          { key: 'align-around-experience', name: 'Align Around Experience', y: 168, height: 44, rows: [] },
          { key: 'listening-path', name: 'Build a Customer Listening Path', y: 212, height: 64, rows: ['listen'] },
          {
            key: 'reliability-innovation',
            name: 'Proactive Experience Reliability and Innovation',
            y: 276,
            height: 44,
            rows: [],
          },
          {
            key: 'one-company-leadership',
            name: 'One-Company Leadership, Accountability and Culture',
            y: 320,
            height: 44,
            rows: [],
          },
          { key: 'unknown', name: 'Without a known competency', y: 364, height: 90, rows: ['typo', 'none'] },
        ],
      );
      assert.deepStrictEqual(layout.body, { y: 104, height: 350 });
      assert.equal(layout.height, 470);
    });

    it('has no unknown-competency lane when every competency is known', () => {
      const { layout } = chartOf({ items: inAssets([{ start: '2027-01-01', end: '2027-01-31' }]) }, ZOOM);
      assert.deepStrictEqual(
        layout.lanes.map((l) => l.key),
        [ASSETS, 'align-around-experience', 'listening-path', 'reliability-innovation', 'one-company-leadership'],
      );
    });
  });

  describe('span', () => {
    const items = inAssets([
      { id: 'a', start: '2027-02-10', end: '2027-05-20' },
      { id: 'b', start: '2028-01-15', end: '2028-02-01' },
    ]);
    const quarters = { start: dayNumber(2027, 1, 1), end: dayNumber(2028, 3, 31) };

    it('is the horizon when it is usable', () => {
      const { layout } = chartOf({ items }, ZOOM);
      assert.deepStrictEqual(
        [layout.span, layout.spanSource],
        [{ start: JAN_1_2027, end: dayNumber(2027, 12, 31) }, 'horizon'],
      );
    });

    it('covers the initiatives in whole quarters when the horizon is missing or ends before it starts', () => {
      const missing = chartOf({ horizon: null, items }, ZOOM).layout;
      assert.deepStrictEqual([missing.span, missing.spanSource], [quarters, 'initiatives']);
      const backwards = chartOf({ horizon: ['2027-12-31', '2027-01-01'], items }, ZOOM).layout;
      assert.deepStrictEqual([backwards.span, backwards.spanSource], [quarters, 'initiatives']);
      assert.deepStrictEqual(row(backwards, 'b').bar, {
        x: 440 + (dayNumber(2028, 1, 15) - JAN_1_2027) * 2,
        y: 166,
        width: 36,
        height: 14,
        clippedStart: false,
        clippedEnd: false,
      });
    });

    it('has no axis when neither the horizon nor any initiative has dates', () => {
      const { layout } = chartOf({ horizon: null, items: inAssets([{ id: 'a', start: 'soon', end: 'later' }]) }, ZOOM);
      assert.deepStrictEqual(
        {
          span: layout.span,
          source: layout.spanSource,
          bands: layout.axis.bands,
          timeline: layout.timeline,
          notDrawn: row(layout, 'a').notDrawn,
        },
        {
          span: undefined,
          source: 'none',
          bands: [],
          timeline: { x: 440, width: 0 },
          notDrawn: 'No valid start and end dates: not drawn',
        },
      );
    });
  });

  describe('dependency arrows', () => {
    const { analysis, layout } = chartOf(
      {
        items: inAssets([
          { id: 'first', start: '2027-01-01', end: '2027-01-31' },
          { id: 'roomy', start: '2027-03-01', end: '2027-03-31', depends_on: ['first'] },
          { id: 'next-day', start: '2027-02-01', end: '2027-02-28', depends_on: ['first'] },
          { id: 'early', start: '2027-01-15', end: '2027-02-15', depends_on: ['first'] },
          { id: 'ghost', start: '2027-06-01', end: '2027-06-30', depends_on: ['missing'] },
          { id: 'loop-a', start: '2027-07-01', end: '2027-07-31', depends_on: ['loop-b'] },
          { id: 'loop-b', start: '2027-08-01', end: '2027-08-31', depends_on: ['loop-a'] },
          { id: 'selfish', start: '2027-09-01', end: '2027-09-30', depends_on: ['selfish'] },
        ]),
      },
      ZOOM,
    );
    const message = (fragment: string) =>
      analysis.diagnostics.find((d) => d.code.startsWith('dependency-') && d.message.includes(fragment))!.message;

    it('runs from the prerequisite bar end to the dependant bar start, in three shapes', () => {
      assert.deepStrictEqual(layout.arrows, [
        // Room between the bars: out 8 px, down, in.
        {
          from: 'first',
          to: 'roomy',
          fromIndex: 0,
          toIndex: 1,
          dependsOnIndex: 0,
          points: [
            [502, 147],
            [510, 147],
            [510, 173],
            [558, 173],
          ],
          violated: false,
        },
        // Starting the day after: down from the bar's lower edge 8 px before its end, then in.
        {
          from: 'first',
          to: 'next-day',
          fromIndex: 0,
          toIndex: 2,
          dependsOnIndex: 0,
          points: [
            [494, 154],
            [494, 199],
            [502, 199],
          ],
          violated: false,
        },
        // Starting too early: around the row boundary, backwards, in the warning colour.
        {
          from: 'first',
          to: 'early',
          fromIndex: 0,
          toIndex: 3,
          dependsOnIndex: 0,
          points: [
            [502, 147],
            [510, 147],
            [510, 212],
            [460, 212],
            [460, 225],
            [468, 225],
          ],
          violated: true,
          message: message('starts on 2027-01-15'),
        },
        {
          from: 'loop-b',
          to: 'loop-a',
          fromIndex: 6,
          toIndex: 5,
          dependsOnIndex: 0,
          points: [
            [926, 303],
            [934, 303],
            [934, 290],
            [794, 290],
            [794, 277],
            [802, 277],
          ],
          violated: true,
          message: message('`loop-a` \u2192 `loop-b` \u2192 `loop-a`'),
        },
        {
          from: 'loop-a',
          to: 'loop-b',
          fromIndex: 5,
          toIndex: 6,
          dependsOnIndex: 0,
          points: [
            [856, 284],
            [856, 303],
            [864, 303],
          ],
          violated: true,
          message: message('`loop-b` \u2192 `loop-a` \u2192 `loop-b`'),
        },
        {
          from: 'selfish',
          to: 'selfish',
          fromIndex: 7,
          toIndex: 7,
          dependsOnIndex: 0,
          points: [
            [986, 329],
            [994, 329],
            [994, 342],
            [918, 342],
            [918, 329],
            [926, 329],
          ],
          violated: true,
          message: message('`selfish` depends on itself'),
        },
      ]);
    });

    it('draws no arrow to an unknown id or from an initiative without a bar', () => {
      const { layout: undated } = chartOf(
        {
          items: inAssets([
            { id: 'a', start: 'soon', end: '2027-02-01' },
            { id: 'b', start: '2027-03-01', end: '2027-03-31', depends_on: ['a'] },
          ]),
        },
        ZOOM,
      );
      assert.deepStrictEqual(undated.arrows, []);
      assert.equal(
        layout.arrows.some((a) => a.to === 'ghost'),
        false,
      );
    });

    it('reads a dependency violated only from the rules, so a rule switched off leaves it plain', () => {
      const text = analysis.lines.text;
      const quiet = analyzeRoadmap(text, {
        rules: { 'dependency-order': 'off', 'dependency-cycle': 'off' },
        options: DEFAULT_CONFIG.options,
      });
      const relaid = layoutChart(quiet.model, chartFindings(quiet.model, quiet.diagnostics, quiet.lines), ZOOM);
      assert.deepStrictEqual(
        relaid.arrows.map((a) => a.violated),
        [false, false, false, false, false, false],
      );
    });
  });

  describe('names column and view', () => {
    const FIVE_YEARS: [string, string] = ['2027-01-01', '2031-12-31'];
    const plan = {
      horizon: FIVE_YEARS,
      items: inAssets([
        {
          id: 'named',
          title: 'A title long enough to be shortened in a narrow column',
          start: '2027-01-01',
          end: '2027-03-31',
        },
      ]),
    };

    it('starts the timeline at the names column’s width, shortening titles to it and dropping them below 76 px', () => {
      const at = (labelWidth: number) => {
        const { layout } = chartOf(plan, { ...ZOOM, labelWidth });
        return [layout.timeline.x, row(layout, 'named').label, row(layout, 'named').bar!.x];
      };
      assert.deepStrictEqual(at(440), [440, 'A title long enough to be shortened in a narrow column', 440]);
      assert.deepStrictEqual(at(200), [200, 'A title long enough to be\u2026', 200]);
      assert.deepStrictEqual(at(76), [76, 'A\u2026', 76]);
      assert.deepStrictEqual(at(75), [75, '', 75]);
      // Kept between 40 px (the marks alone) and 1,000 px.
      assert.deepStrictEqual(at(10), [40, '', 40]);
      assert.deepStrictEqual(at(5000), [1000, 'A title long enough to be shortened in a narrow column', 1000]);
    });

    it('fits the span to what the names column leaves of the view, and makes the chart as wide as the view', () => {
      const fitted = (options: { viewWidth: number; labelWidth?: number; pxPerDay?: number }) => {
        const { layout } = chartOf(plan, options);
        return [layout.pxPerDay, layout.timeline.width, layout.width];
      };
      // 1,826 days in five years.
      assert.deepStrictEqual(fitted({ viewWidth: 800 }), [336 / 1826, 336, 800]);
      assert.deepStrictEqual(fitted({ viewWidth: 700, labelWidth: 200 }), [476 / 1826, 476, 700]);
      // However narrow the view, the timeline keeps 240 px.
      assert.deepStrictEqual(fitted({ viewWidth: 500, labelWidth: 300 }), [240 / 1826, 240, 564]);
      // A zoom is kept, and the chart is at least as wide as the view.
      assert.deepStrictEqual(fitted({ viewWidth: 700, labelWidth: 200, pxPerDay: 0.1 }), [0.1, 182.6, 700]);
      assert.deepStrictEqual(fitted({ viewWidth: 700, labelWidth: 200, pxPerDay: 1 }), [1, 1826, 2050]);
    });

    it('leaves out a label that would widen a chart fitted to its view, where another chart grows', () => {
      const ends = {
        horizon: FIVE_YEARS,
        items: inAssets([
          { id: 'early', owner: 'Ann', start: '2027-01-01', end: '2027-03-31' },
          { id: 'last', owner: 'Bea Longname-Owner', start: '2031-06-01', end: '2031-12-31', depends_on: ['early'] },
        ]),
      };
      const at = (options: { viewWidth?: number; labelWidth?: number; pxPerDay?: number }) => {
        const { layout } = chartOf(ends, options);
        return [layout.width, row(layout, 'early').detail?.anchor, row(layout, 'last').detail?.anchor];
      };
      // `last` has an arrow coming in and no room inside or after its bar in the timeline.
      assert.deepStrictEqual(at({ viewWidth: 700, labelWidth: 200 }), [700, 'start', undefined]);
      // A chart wider than its view, or without one, grows to hold the label.
      assert.deepStrictEqual(at({ viewWidth: 700, labelWidth: 200, pxPerDay: 1 }), [2270.59, 'start', 'start']);
      assert.deepStrictEqual(at({ labelWidth: 200, pxPerDay: 1 }), [2270.59, 'start', 'start']);
    });

    it('wraps the legend to the view, however wide the chart', () => {
      const busy = chartOf(
        {
          horizon: FIVE_YEARS,
          items: inAssets([
            { id: 'a', start: '2027-01-01', end: '2027-03-31', status: 'done', early_win: true },
            { id: 'b', start: '2027-04-01', end: '2027-06-30', status: 'active', depends_on: ['a'] },
            { id: 'c', start: '2027-05-01', end: '2027-09-30', status: 'at-risk', depends_on: ['b'] },
            { id: 'd', start: 'soon', end: '2027-09-30', status: 'blocked' },
          ]),
        },
        { viewWidth: 400, labelWidth: 200, pxPerDay: 1 },
      ).layout;
      assert.equal(busy.width, 2050);
      const rowsOf = (items: { y: number; x: number; text: string }[]) =>
        [...new Set(items.map((i) => i.y))].map((y) => items.filter((i) => i.y === y).map((i) => i.text));
      assert.deepStrictEqual(rowsOf(busy.legend.items), [
        ['Active', 'At risk', 'Done', 'Early win'],
        ['Depends on', 'Violated dependency', 'Has errors'],
      ]);
      // Each row ends before the view's right margin.
      assert.deepStrictEqual(
        busy.legend.items.filter((i) => i.x + symbolWidth(i.kind) + 6 + estimateWidth(i.text, 12) > 400 - 12),
        [],
      );
    });
  });

  describe('legend', () => {
    const kinds = (layout: { legend: { items: { kind: string }[] } }) => layout.legend.items.map((i) => i.kind);

    it('lists what is drawn, in the legend’s order, in rows that fit the chart', () => {
      const { layout } = chartOf(
        {
          items: inAssets([
            { id: 'prep', start: '2027-01-01', end: '2027-01-31', status: 'done' },
            {
              id: 'win',
              start: '2027-02-01',
              end: '2027-03-31',
              early_win: true,
              depends_on: ['prep'],
              milestones: [{ name: 'Half way', date: '2027-03-01' }],
            },
            { id: 'late', start: '2027-01-15', end: '2027-04-30', status: 'at-risk', depends_on: ['win'] },
            { id: 'broken', start: 'soon', end: '2027-04-30', status: 'blocked' },
          ]),
        },
        { ...ZOOM, today: dayNumber(2027, 3, 1) },
      );
      // No blocked bar: `broken` has none. `late` starts before `win` ends: a violated dependency.
      assert.deepStrictEqual(
        layout.legend.items.map((i) => [i.kind, i.text, i.x, i.y]),
        [
          ['status-planned', 'Planned', 12, 21],
          ['status-at-risk', 'At risk', 94.48, 21],
          ['status-done', 'Done', 171.2, 21],
          ['early-win', 'Early win', 239.88, 21],
          ['milestone', 'Milestone', 332.8, 21],
          ['dependency', 'Depends on', 424.04, 21],
          ['violated', 'Violated dependency', 535.28, 21],
          ['has-errors', 'Has errors', 692, 21],
          ['has-warnings', 'Has warnings', 789.2, 21],
          ['today', 'Today', 901.72, 21],
        ],
      );
      assert.deepStrictEqual([layout.legend.y, layout.legend.height], [0, 42]);
    });

    it('has no Today without a today line, no status without a bar, and no room at all with nothing to explain', () => {
      // Outside the horizon: no bar, an `outside-horizon` error.
      const plan = { items: inAssets([{ id: 'later', start: '2029-01-01', end: '2029-03-31', status: 'active' }]) };
      assert.deepStrictEqual(kinds(chartOf(plan, ZOOM).layout), ['has-errors']);
      assert.deepStrictEqual(kinds(chartOf(plan, { ...ZOOM, today: dayNumber(2028, 1, 1) }).layout), ['has-errors']);
      assert.deepStrictEqual(kinds(chartOf(plan, { ...ZOOM, today: dayNumber(2027, 12, 31) }).layout), [
        'has-errors',
        'today',
      ]);
      const empty = chartOf({ items: [] }, ZOOM).layout;
      assert.deepStrictEqual([empty.legend, empty.axis.y], [{ y: 0, height: 0, items: [] }, 0]);
    });
  });

  describe('today', () => {
    const plan = { items: inAssets([{ start: '2027-01-01', end: '2027-01-31' }]) };

    it('is a line at the start of today across axis and lanes when today is inside the horizon, ends included', () => {
      // Axis 62 px + lanes 64 + 4 × 44 px.
      const at = (today: number) => chartOf(plan, { ...ZOOM, today }).layout.today;
      assert.deepStrictEqual(at(dayNumber(2027, 3, 1)), { day: dayNumber(2027, 3, 1), x: 558, y: 42, height: 302 });
      assert.deepStrictEqual(at(JAN_1_2027), { day: JAN_1_2027, x: 440, y: 42, height: 302 });
      assert.deepStrictEqual(at(dayNumber(2027, 12, 31)), {
        day: dayNumber(2027, 12, 31),
        x: 1168,
        y: 42,
        height: 302,
      });
    });

    it('is absent outside the horizon or when not given', () => {
      assert.equal(chartOf(plan, { ...ZOOM, today: JAN_1_2027 - 1 }).layout.today, undefined);
      assert.equal(chartOf(plan, { ...ZOOM, today: dayNumber(2028, 1, 1) }).layout.today, undefined);
      assert.equal(chartOf(plan, ZOOM).layout.today, undefined);
    });
  });

  describe('axis', () => {
    it('has years, quarters and months, cut at the span, labelled as far as they fit', () => {
      // Nothing to explain: no legend above the axis.
      const { layout } = chartOf({ horizon: ['2027-11-15', '2028-02-10'], items: [] }, ZOOM);
      const nov15 = dayNumber(2027, 11, 15);
      const dec1 = dayNumber(2027, 12, 1);
      const jan1 = dayNumber(2028, 1, 1);
      const feb1 = dayNumber(2028, 2, 1);
      const tick = (day: number, x: number, width: number, label: string) => ({ day, x, width, label });
      assert.deepStrictEqual(layout.axis, {
        y: 0,
        height: 62,
        bands: [
          { kind: 'year', y: 0, height: 24, ticks: [tick(nov15, 440, 94, '2027'), tick(jan1, 534, 82, '2028')] },
          {
            kind: 'quarter',
            y: 24,
            height: 20,
            ticks: [tick(nov15, 440, 94, 'Q4 2027'), tick(jan1, 534, 82, 'Q1 2028')],
          },
          {
            kind: 'month',
            y: 44,
            height: 18,
            ticks: [
              tick(nov15, 440, 32, 'Nov'),
              tick(dec1, 472, 62, 'Dec'),
              tick(jan1, 534, 62, 'Jan'),
              // Ten days of February: room for an initial only.
              tick(feb1, 596, 20, 'F'),
            ],
          },
        ],
      });
    });

    it('fits a five-year horizon into 1040 px by default, with years and quarters but no months', () => {
      const { layout } = chartOf({ horizon: ['2027-01-01', '2031-12-31'], items: [] });
      assert.equal(layout.pxPerDay, 1040 / 1826);
      assert.equal(layout.timeline.width, 1040);
      assert.deepStrictEqual(
        layout.axis.bands.map((b) => [b.kind, b.ticks.length, b.ticks.filter((t) => t.label !== undefined).length]),
        [
          ['year', 5, 5],
          ['quarter', 20, 20],
        ],
      );
    });

    it('labels a quarter with its year where it has 48 px, with its number alone from 20 px', () => {
      const labels = (pxPerDay: number) =>
        chartOf({ horizon: ['2027-01-01', '2027-06-30'], items: [] }, { pxPerDay })
          .layout.axis.bands.find((b) => b.kind === 'quarter')!
          .ticks.map((t) => [t.width, t.label]);
      // Q1 2027 has 90 days, Q2 91.
      assert.deepStrictEqual(labels(0.54), [
        [48.6, 'Q1 2027'],
        [49.14, 'Q2 2027'],
      ]);
      assert.deepStrictEqual(labels(0.53), [
        [47.7, 'Q1'],
        [48.23, 'Q2 2027'],
      ]);
      assert.deepStrictEqual(labels(0.22), [
        [19.8, undefined],
        [20.02, 'Q2'],
      ]);
    });

    it('draws month ticks from 1 px a day', () => {
      const bands = (pxPerDay: number) => chartOf({ items: [] }, { pxPerDay }).layout.axis.bands.map((b) => b.kind);
      assert.deepStrictEqual(bands(1), ['year', 'quarter', 'month']);
      assert.deepStrictEqual(bands(0.99), ['year', 'quarter']);
    });

    it('keeps any zoom of a very long span within 100,000 px', () => {
      const { layout } = chartOf({ horizon: ['1000-01-01', '2999-12-31'], items: [] }, { pxPerDay: 5 });
      const days = dayNumber(3000, 1, 1) - dayNumber(1000, 1, 1);
      assert.deepStrictEqual([layout.pxPerDay, layout.timeline.width], [100_000 / days, 100_000]);
    });

    it('labels narrow years every few years and drops quarters too narrow to read', () => {
      const { layout } = chartOf({ horizon: ['2000-01-01', '2039-12-31'], items: [] }, { pxPerDay: 0.05 });
      const years = layout.axis.bands.map((b) => ({
        kind: b.kind,
        labels: b.ticks.filter((t) => t.label !== undefined).map((t) => t.label),
      }));
      // A year is about 18 px: one label every second year.
      assert.deepStrictEqual(years, [
        { kind: 'year', labels: Array.from({ length: 20 }, (_, i) => String(2000 + 2 * i)) },
      ]);
    });
  });

  it('lays out 2,000 initiatives in well under a second', function () {
    const analysis = analyzeRoadmap(generateRoadmap(2000));
    const findings = chartFindings(analysis.model, analysis.diagnostics, analysis.lines);
    const started = performance.now();
    const layout = layoutChart(analysis.model, findings, { today: dayNumber(2029, 6, 1) });
    const elapsed = performance.now() - started;
    assert.ok(elapsed < 1000, `layout took ${Math.round(elapsed)} ms`);
    assert.deepStrictEqual(
      layout.lanes.map((l) => l.rows.length),
      [400, 400, 400, 400, 400],
    );
    assert.equal(
      layout.arrows.length,
      analysis.model.initiatives.reduce((n, i) => n + i.dependsOn.length, 0),
    );
    assert.equal(layout.height, 42 + 44 + 5 * (30 + 400 * 26 + 8) + 16);
  });
});
