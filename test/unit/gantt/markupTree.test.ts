import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { analyzeRoadmap } from '../../../server/src/core/analyze';
import { dayNumber } from '../../../server/src/core/dates';
import { chartFindings } from '../../../server/src/gantt/findings';
import { layoutChart } from '../../../server/src/gantt/layout';
import type { ChartLayout } from '../../../server/src/gantt/layout';
import { MarkupMemo } from '../../../server/src/gantt/markupMemo';
import { diffMarkup, group, joinMarkup } from '../../../server/src/gantt/markupTree';
import type { MarkupChange, MarkupGroup, MarkupNode } from '../../../server/src/gantt/markupTree';
import { renderSvg, svgTree } from '../../../server/src/gantt/svg';
import { drawPreviewChart } from '../../../server/src/services/chart/previewChart';

const root = path.resolve(__dirname, '../../../..');
const examples = path.join(root, 'examples');
const acme = readFileSync(path.join(examples, 'acme-five-year.cxroadmap.yaml'), 'utf8');
const TODAY = dayNumber(2027, 6, 15);

/** `text` with `from` replaced by `to` inside the initiative `id` only (its list item), where `from` occurs exactly once. */
function editInitiative(text: string, id: string, from: string, to: string): string {
  const start = text.indexOf(`  - id: ${id}\n`);
  assert.ok(start >= 0, `no initiative ${id}`);
  const next = text.indexOf('\n  - id: ', start + 1);
  const end = next < 0 ? text.length : next;
  const item = text.slice(start, end);
  assert.equal(item.split(from).length, 2, `${JSON.stringify(from)} is not once in ${id}`);
  return text.slice(0, start) + item.replace(from, to) + text.slice(end);
}

/** The edits the tests make to the Acme roadmap, each alone. */
const EDITS: Readonly<Record<string, string>> = {
  title: editInitiative(
    acme,
    'moments-of-truth',
    'title: Identify the 15 moments of truth and name an owner for each',
    'title: Name the 15 moments of truth',
  ),
  status: editInitiative(acme, 'customer-room', 'status: planned', 'status: at-risk'),
  dates: editInitiative(acme, 'journey-stages', 'end: 2027-03-31', 'end: 2027-03-15'),
  owner: editInitiative(acme, 'listening-map', 'owner: Amir Haddad', 'owner: Dana Reyes'),
  dependency: editInitiative(
    acme,
    'early-warning',
    'depends_on: [touchpoint-reliability, asset-value]',
    'depends_on: [touchpoint-reliability]',
  ),
  competency: editInitiative(acme, 'listening-map', 'competency: listening-path', 'competency: reliability-innovation'),
};

function layoutOf(text: string, pxPerDay = 1): ChartLayout {
  const analysis = analyzeRoadmap(text);
  return layoutChart(analysis.model, chartFindings(analysis.model, analysis.diagnostics, analysis.lines), {
    pxPerDay,
    today: TODAY,
  });
}

/** The preview's tree of `text`, as the server draws it. */
function treeOf(text: string, memo?: MarkupMemo, pxPerDay = 1): MarkupGroup {
  const analysis = analyzeRoadmap(text);
  const { tree } = drawPreviewChart(
    { uri: 'file:///work/acme.cxroadmap.yaml', text: analysis.lines.text, analysis },
    1,
    { pxPerDay, today: TODAY, memo },
  );
  assert.ok(tree, 'the roadmap has a chart');
  return tree;
}

function isGroup(node: MarkupNode | undefined): node is MarkupGroup {
  return node !== undefined && typeof node !== 'string';
}

/** Index among the root's children of the lane group of `key`. */
function laneIndex(tree: MarkupGroup, key: string): number {
  const index = tree.children.findIndex((c) => isGroup(c) && c.open.startsWith(`<g class="lane" data-lane="${key}"`));
  assert.ok(index >= 0, `no lane ${key}`);
  return index;
}

/** Index among the root's children of the preview's names column. */
function namesIndex(tree: MarkupGroup): number {
  const index = tree.children.findIndex((c) => isGroup(c) && c.open === '<g class="names" aria-hidden="true">');
  assert.ok(index >= 0, 'no names column');
  return index;
}

function dependenciesIndex(tree: MarkupGroup): number {
  const index = tree.children.findIndex((c) => isGroup(c) && c.open === '<g class="dependencies">');
  assert.ok(index >= 0, 'no dependencies group');
  return index;
}

/** Where initiative `id` is drawn in the preview: [its lane among the root's children, 2 band elements + its row in the lane]. */
function rowPath(layout: ChartLayout, tree: MarkupGroup, id: string): number[] {
  const lane = layout.lanes.find((l) => l.rows.some((r) => r.id === id));
  assert.ok(lane, `no row for ${id}`);
  return [laneIndex(tree, lane.key), 2 + lane.rows.findIndex((r) => r.id === id)];
}

/**
 * Where initiative `id`'s cell is in the preview's names column: [the column, its lane after
 * the column's background and edge, 4 header elements + its row].
 */
function cellPath(layout: ChartLayout, tree: MarkupGroup, id: string): number[] {
  const lane = layout.lanes.findIndex((l) => l.rows.some((r) => r.id === id));
  return [namesIndex(tree), 2 + lane, 4 + layout.lanes[lane].rows.findIndex((r) => r.id === id)];
}

/** A copy of `tree` with each change's element replaced by its markup, as the webview does. */
function applyTree(tree: MarkupGroup, changes: readonly MarkupChange[]): MarkupGroup {
  const copy = (node: MarkupNode): MarkupNode =>
    typeof node === 'string' ? node : { open: node.open, children: node.children.map(copy), close: node.close };
  const out = copy(tree) as MarkupGroup;
  for (const change of changes) {
    assert.ok(change.path.length > 0, 'a change never replaces the root');
    let parent: MarkupNode = out;
    for (const index of change.path.slice(0, -1)) {
      assert.ok(isGroup(parent), `path ${JSON.stringify(change.path)} goes through a leaf`);
      parent = parent.children[index];
    }
    const last = change.path[change.path.length - 1];
    assert.ok(isGroup(parent) && last < parent.children.length, `path ${JSON.stringify(change.path)} leads nowhere`);
    parent.children[last] = change.markup;
  }
  return out;
}

describe('gantt markup tree', () => {
  describe('on hand-made trees', () => {
    const leaf = (n: number): string => `<rect x="${n}"/>`;
    const lane = (...children: MarkupNode[]): MarkupGroup => ({ open: '<g class="lane">', children, close: '</g>' });
    const svg = (...children: MarkupNode[]): MarkupGroup => ({ open: '<svg width="100">', children, close: '</svg>' });

    it('group() leaves out empty children, and escapes its attributes', () => {
      assert.deepEqual(group('g', { class: 'a "b"', 'data-x': undefined }, ['', '<rect/>', '', '<line/>', '']), {
        open: '<g class="a &quot;b&quot;">',
        children: ['<rect/>', '<line/>'],
        close: '</g>',
      });
      assert.deepEqual(group('g', {}, ['', '']), { open: '<g>', children: [], close: '</g>' });
    });

    it('joinMarkup() writes a leaf as it is and a group as its tags around its children, in order', () => {
      assert.equal(joinMarkup('<rect/>'), '<rect/>');
      assert.equal(
        joinMarkup(svg(leaf(1), lane(leaf(2), lane(leaf(3))), leaf(4))),
        '<svg width="100"><rect x="1"/><g class="lane"><rect x="2"/><g class="lane"><rect x="3"/></g></g><rect x="4"/></svg>',
      );
      assert.equal(joinMarkup(group('g', {}, [])), '<g></g>');
    });

    it('diffMarkup() finds nothing between equal trees', () => {
      assert.deepEqual(diffMarkup(svg(leaf(1), lane(leaf(2))), svg(leaf(1), lane(leaf(2)))), []);
    });

    it('diffMarkup() gives a changed leaf at its path', () => {
      assert.deepEqual(diffMarkup(svg(leaf(1), leaf(2), leaf(3)), svg(leaf(1), leaf(20), leaf(3))), [
        { path: [1], markup: leaf(20) },
      ]);
    });

    it('diffMarkup() looks inside a group of the same shape, and lists changes in document order', () => {
      const old = svg(leaf(1), lane(leaf(2), lane(leaf(3), leaf(4))), leaf(5));
      const next = svg(leaf(10), lane(leaf(2), lane(leaf(3), leaf(40))), leaf(50));
      assert.deepEqual(diffMarkup(old, next), [
        { path: [0], markup: leaf(10) },
        { path: [1, 1, 1], markup: leaf(40) },
        { path: [2], markup: leaf(50) },
      ]);
    });

    it('diffMarkup() replaces whole a group that changed its tag or its number of children, or became a leaf', () => {
      const old = svg(lane(leaf(1), leaf(2)), lane(leaf(3)), lane(leaf(4)), lane(leaf(5)));
      const moreChildren = lane(leaf(1), leaf(2), leaf(6));
      const otherTag: MarkupGroup = { open: '<g class="lane alt">', children: [leaf(3)], close: '</g>' };
      const otherClose: MarkupGroup = { open: '<g class="lane">', children: [leaf(4)], close: '</a>' };
      assert.deepEqual(diffMarkup(old, svg(moreChildren, otherTag, otherClose, leaf(5))), [
        { path: [0], markup: '<g class="lane"><rect x="1"/><rect x="2"/><rect x="6"/></g>' },
        { path: [1], markup: '<g class="lane alt"><rect x="3"/></g>' },
        { path: [2], markup: '<g class="lane"><rect x="4"/></a>' },
        { path: [3], markup: '<rect x="5"/>' },
      ]);
      // A leaf that became a group is replaced whole too.
      assert.deepEqual(diffMarkup(svg(leaf(1)), svg(lane(leaf(1)))), [
        { path: [0], markup: '<g class="lane"><rect x="1"/></g>' },
      ]);
    });

    it('diffMarkup() gives undefined when the root changed its tag or its number of children', () => {
      assert.equal(
        diffMarkup(svg(leaf(1)), { open: '<svg width="200">', children: [leaf(1)], close: '</svg>' }),
        undefined,
      );
      assert.equal(diffMarkup(svg(leaf(1)), svg(leaf(1), leaf(2))), undefined);
      assert.equal(diffMarkup(svg(leaf(1), leaf(2)), svg(leaf(1))), undefined);
    });
  });

  describe('on real charts', () => {
    const layout = layoutOf(acme);
    const tree = treeOf(acme);

    it('renderSvg() is svgTree() joined, with and without each option', () => {
      for (const options of [
        {},
        { interactive: true },
        { heading: true },
        { style: false },
        { pinned: true },
        { interactive: true, heading: true, style: false, pinned: true },
      ]) {
        assert.equal(renderSvg(layout, options), joinMarkup(svgTree(layout, options)), JSON.stringify(options));
      }
      // The preview's tree is the interactive chart without its stylesheet, with its pinned layers.
      assert.equal(joinMarkup(tree), renderSvg(layout, { interactive: true, style: false, pinned: true }));
    });

    it('has its stylesheet only with style left on, as one child of the root', () => {
      const styled = svgTree(layout);
      const plain = svgTree(layout, { style: false });
      assert.deepEqual(
        [
          joinMarkup(styled).split('<style>').length - 1,
          joinMarkup(plain).includes('<style'),
          styled.children.length - plain.children.length,
        ],
        [1, false, 1],
      );
      assert.ok(typeof styled.children[1] === 'string' && styled.children[1].startsWith('<style>'));
    });

    it('draws each lane as its 4 header elements and one element per initiative', () => {
      const whole = svgTree(layout, { interactive: true });
      for (const lane of layout.lanes) {
        const node = whole.children[laneIndex(whole, lane.key)];
        assert.ok(isGroup(node));
        assert.equal(node.children.length, 4 + lane.rows.length, lane.key);
        lane.rows.forEach((row, n) => {
          const child = node.children[4 + n];
          assert.ok(
            typeof child === 'string' &&
              child.startsWith(`<g class="initiative status-${row.status}`) &&
              child.includes(` data-initiative-id="${row.id}"`),
            `${lane.key} row ${n}`,
          );
        });
      }
    });

    it('draws the preview’s lanes as their band and one element per initiative, and their names apart, one cell per initiative', () => {
      const names = tree.children[namesIndex(tree)];
      assert.ok(isGroup(names));
      assert.equal(names.children.length, 2 + layout.lanes.length);
      layout.lanes.forEach((lane, l) => {
        const node = tree.children[laneIndex(tree, lane.key)];
        const cells = names.children[2 + l];
        assert.ok(isGroup(node) && isGroup(cells));
        assert.equal(cells.open, `<g class="lane-names" data-lane="${lane.key}">`);
        assert.deepEqual([node.children.length, cells.children.length], [2 + lane.rows.length, 4 + lane.rows.length]);
        lane.rows.forEach((row, n) => {
          const child = node.children[2 + n];
          const cell = cells.children[4 + n];
          assert.ok(
            typeof child === 'string' &&
              child.startsWith(`<g class="initiative status-${row.status}`) &&
              child.includes(` data-initiative-id="${row.id}"`) &&
              !child.includes('class="label"'),
            `${lane.key} row ${n}`,
          );
          assert.ok(
            typeof cell === 'string' &&
              cell.startsWith(`<g class="name status-${row.status}`) &&
              cell.includes(` data-initiative-index="${row.index}"`) &&
              cell.includes('class="label"'),
            `${lane.key} cell ${n}`,
          );
        });
      });
    });

    it('gives a title edit as exactly two changes: the initiative in its lane, and its cell in the names column', () => {
      const changes = diffMarkup(tree, treeOf(EDITS.title));
      const path = rowPath(layout, tree, 'moments-of-truth');
      // The second initiative of the lane "Align around experience", the root's sixth child; the
      // second cell of that lane (the second, after the background and the edge) in the names
      // column, the root's twelfth child.
      assert.deepEqual(
        [path, cellPath(layout, tree, 'moments-of-truth')],
        [
          [5, 3],
          [11, 3, 5],
        ],
      );
      assert.deepEqual(
        changes?.map((c) => c.path),
        [path, cellPath(layout, tree, 'moments-of-truth')],
      );
      assert.ok(
        changes[0].markup.startsWith('<g class="initiative status-planned" data-initiative-id="moments-of-truth"'),
      );
      assert.ok(changes[0].markup.includes('Name the 15 moments of truth\n'));
      assert.ok(!changes[0].markup.includes('Identify the 15 moments of truth'));
      assert.ok(changes[1].markup.startsWith('<g class="name status-planned" data-initiative-index="5">'));
      assert.ok(changes[1].markup.endsWith('>\u2068Name the 15 moments of truth\u2069</text></g>'));
    });

    it('gives a date edit as the initiative and the arrows that start or end at it, nothing else', () => {
      const changes = diffMarkup(tree, treeOf(EDITS.dates));
      const deps = dependenciesIndex(tree);
      const touching = layout.arrows.flatMap((a, k) =>
        a.from === 'journey-stages' || a.to === 'journey-stages' ? [[deps, k]] : [],
      );
      assert.deepEqual(touching, [
        [9, 1],
        [9, 2],
        [9, 3],
      ]);
      assert.deepEqual(
        changes?.map((c) => c.path),
        [rowPath(layout, tree, 'journey-stages'), ...touching],
      );
      assert.ok(changes[0].markup.includes('(2027-01-11 to 2027-03-15)'));
      assert.deepEqual(
        changes.slice(1).map((c) => /^<path data-dependency="([^"]*)"/.exec(c.markup)?.[1]),
        ['journey-stages->listening-map', 'journey-stages->moments-of-truth', 'journey-stages->touchpoint-reliability'],
      );
    });

    it('replaces the arrows whole when their number changes, and a lane whole when it gains or loses a row', () => {
      const deps = dependenciesIndex(tree);
      assert.deepEqual(
        diffMarkup(tree, treeOf(EDITS.dependency))?.map((c) => c.path),
        [[deps]],
      );
      // Leaving its lane moves the rows after it up a row: the arrows at those rows are redrawn.
      const moved = diffMarkup(tree, treeOf(EDITS.competency));
      const lanes = [laneIndex(tree, 'listening-path'), laneIndex(tree, 'reliability-innovation')];
      assert.deepEqual(
        moved?.slice(0, 2).map((c) => c.path),
        lanes.map((lane) => [lane]),
      );
      assert.ok(moved[1].markup.includes(' data-initiative-id="listening-map"'));
      // Their names in the names column too (the lanes' order among the root's children is theirs there).
      const names = namesIndex(tree);
      assert.deepEqual(
        moved.slice(-2).map((c) => c.path),
        lanes.map((lane) => [names, 2 + lane - laneIndex(tree, 'customers-as-assets')]),
      );
      assert.deepEqual(
        moved.slice(2, -2).map((c) => [c.path[0], /^<path data-dependency="([^"]*)"/.exec(c.markup)?.[1]]),
        [
          [deps, 'journey-stages->listening-map'],
          [deps, 'listening-map->issue-taxonomy'],
          [deps, 'issue-taxonomy->customer-stories'],
          [deps, 'customer-stories->close-the-loop'],
        ],
      );
    });

    it('gives undefined when the chart’s outline changes: a new initiative, another zoom', () => {
      const added = acme.replace(
        '\n  - id: journey-stages\n',
        '\n  - id: added-one\n    title: Added\n    competency: listening-path\n    owner: Dana Reyes\n    start: 2027-03-01\n    end: 2027-04-30\n\n  - id: journey-stages\n',
      );
      assert.notEqual(added, acme);
      assert.equal(diffMarkup(tree, treeOf(added)), undefined);
      assert.equal(diffMarkup(tree, treeOf(acme, undefined, 2)), undefined);
    });

    it('turns the old chart into the new one by applying its changes, for every kind of edit', () => {
      for (const [name, text] of Object.entries(EDITS)) {
        const next = treeOf(text);
        const changes = diffMarkup(tree, next);
        assert.ok(changes && changes.length > 0, name);
        assert.equal(joinMarkup(applyTree(tree, changes)), joinMarkup(next), name);
        // And back.
        const back = diffMarkup(next, tree)!;
        assert.equal(joinMarkup(applyTree(next, back)), joinMarkup(tree), `${name}, undone`);
      }
    });
  });

  describe('MarkupMemo', () => {
    /** A memo that counts the markup it had to draw. */
    class CountingMemo extends MarkupMemo {
      draws = 0;
      override get(key: string, draw: () => string): string {
        return super.get(key, () => {
          this.draws += 1;
          return draw();
        });
      }
      override pair(key: string, draw: () => readonly [string, string]): readonly [string, string] {
        return super.pair(key, () => {
          this.draws += 1;
          return draw();
        });
      }
    }

    it('gives the markup drawn for a key in the chart before, and lets go of what a chart did not use', () => {
      const memo = new MarkupMemo();
      assert.equal(
        memo.get('a', () => 'A1'),
        'A1',
      );
      assert.equal(
        memo.get('b', () => 'B1'),
        'B1',
      );
      memo.endChart();
      // The chart after: `a` is reused (its drawing is not even asked for), `b` is not used.
      assert.equal(
        memo.get('a', () => assert.fail('a is drawn again')),
        'A1',
      );
      memo.endChart();
      assert.deepEqual([memo.get('a', () => 'A3'), memo.get('b', () => 'B3')], ['A1', 'B3']);
    });

    it('draws every example, after each edit, exactly as without a memo', () => {
      const files = readdirSync(examples).filter((f) => f.endsWith('.cxroadmap.yaml'));
      assert.deepEqual(files.sort(), ['acme-five-year.cxroadmap.yaml', 'needs-work.cxroadmap.yaml']);
      for (const file of files) {
        const text = readFileSync(path.join(examples, file), 'utf8');
        const memo = new MarkupMemo();
        assert.equal(joinMarkup(treeOf(text, memo)), joinMarkup(treeOf(text)), file);
        assert.equal(
          joinMarkup(treeOf(text, memo, 2)),
          joinMarkup(treeOf(text, undefined, 2)),
          `${file} at 2 px per day`,
        );
        assert.equal(joinMarkup(treeOf(text, memo)), joinMarkup(treeOf(text)), `${file} back at 1 px per day`);
      }
      // Each edit after the one before, then back to the start, with one memo all along.
      const memo = new MarkupMemo();
      const sequence = [acme, ...Object.values(EDITS), acme, EDITS.title, EDITS.title, acme];
      sequence.forEach((text, n) =>
        assert.equal(joinMarkup(treeOf(text, memo)), joinMarkup(treeOf(text)), `chart ${n}`),
      );
    });

    it('draws only the rows an edit changed, and gives the others the markup they had', () => {
      const memo = new CountingMemo();
      const before = treeOf(acme, memo);
      const rows = layoutOf(acme).lanes.reduce((n, lane) => n + lane.rows.length, 0);
      // Each row with its cell in the names column.
      assert.deepEqual([rows, memo.draws], [22, 22]);
      memo.draws = 0;
      const after = treeOf(EDITS.title, memo);
      assert.equal(memo.draws, 1);
      const [lane, row] = rowPath(layoutOf(acme), before, 'moments-of-truth');
      const lanes = (t: MarkupGroup): MarkupGroup[] =>
        t.children.filter((c): c is MarkupGroup => isGroup(c) && c.open.startsWith('<g class="lane"'));
      assert.equal(lanes(before).length, 5);
      lanes(before).forEach((laneGroup, l) => {
        laneGroup.children.forEach((child, n) => {
          const same = child === lanes(after)[l].children[n];
          assert.equal(
            same,
            !(l === lane - laneIndex(before, 'customers-as-assets') && n === row),
            `lane ${l} child ${n}`,
          );
        });
      });
      memo.draws = 0;
      treeOf(EDITS.title, memo);
      assert.equal(memo.draws, 0);
    });
  });
});
