import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { generateRoadmap } from '../../../scripts/generateRoadmap';
import { analyzeRoadmap } from '../../../server/src/core/analyze';
import { dayNumber } from '../../../server/src/core/dates';
import { COMPETENCY_IDS } from '../../../server/src/core/model/types';
import { CHART_CSS } from '../../../server/src/gantt/chartStyle';
import { escapeXml } from '../../../server/src/gantt/escapeXml';
import { chartFindings } from '../../../server/src/gantt/findings';
import { renderHtml } from '../../../server/src/gantt/html';
import { sha256Base64 } from '../../../server/src/host/sha256';
import { LAYERED_FROM, ROWS_PER_BLOCK, renderLayeredChart } from '../../../server/src/gantt/layeredChart';
import { layoutChart } from '../../../server/src/gantt/layout';
import type { ChartLayout } from '../../../server/src/gantt/layout';
import { joinMarkup } from '../../../server/src/gantt/markupTree';
import type { MarkupGroup, MarkupNode } from '../../../server/src/gantt/markupTree';
import { PAGE_CSS } from '../../../server/src/gantt/pageStyle';
import { chartLabel, renderSvg, svgTree } from '../../../server/src/gantt/svg';
import type { ChartParts } from '../../../server/src/gantt/svg';
import { chartOf, rows } from './chartFixture';
import type { Item, Plan } from './chartFixture';
import { assertInert, scanMarkup } from './markupScan';
import type { Scan } from './markupScan';

/** Inside the generated roadmaps' horizon (2027–2031): the today line is drawn. */
const TODAY = dayNumber(2029, 6, 1);
const SVG_OPEN = '<svg xmlns="http://www.w3.org/2000/svg"';

interface Generated {
  text: string;
  layout: ChartLayout;
}

function generated(count: number): Generated {
  const text = generateRoadmap(count);
  const analysis = analyzeRoadmap(text);
  return {
    text,
    layout: layoutChart(analysis.model, chartFindings(analysis.model, analysis.diagnostics, analysis.lines), {
      today: TODAY,
    }),
  };
}

function pageOf(text: string): string {
  const analysis = analyzeRoadmap(text);
  return renderHtml(analysis.model, chartFindings(analysis.model, analysis.diagnostics, analysis.lines), {
    today: TODAY,
    source: 'generated.cxroadmap.yaml',
    sha256: sha256Base64,
  });
}

function isGroup(node: MarkupNode): node is MarkupGroup {
  return typeof node !== 'string';
}

/** How many times `needle` occurs in `haystack`, and where first. */
function occurrences(haystack: string, needle: string): { count: number; first: number } {
  const first = haystack.indexOf(needle);
  let count = 0;
  for (let at = first; at >= 0; at = haystack.indexOf(needle, at + needle.length)) count++;
  return { count, first };
}

/** The parts of the single SVG (`svgTree`), read back from its root's children. */
type SingleParts = Omit<ChartParts, 'label'>;

function singleParts(layout: ChartLayout): SingleParts {
  const tree = svgTree(layout, { interactive: true });
  const one = (prefix: string): string => {
    const found = tree.children.filter((c): c is string => typeof c === 'string' && c.startsWith(prefix));
    assert.equal(found.length, 1, `one ${prefix} in the single SVG`);
    return found[0];
  };
  const groups = tree.children.filter(isGroup);
  const dependencies = groups.filter((g) => g.open === '<g class="dependencies">');
  assert.equal(dependencies.length, 1);
  return {
    defs: one('<defs>'),
    background: one('<rect class="chart-bg"'),
    legend: one('<g class="legend">'),
    grid: one('<g class="grid">'),
    axis: one('<g class="axis">'),
    lanes: groups.filter((g) => g.open.startsWith('<g class="lane" ')),
    dependencies: dependencies[0],
    today: one('<g class="today"'),
  };
}

interface Layer {
  className: string;
  names: string[];
  width: number;
  height: number;
  /** min-x, min-y, width, height */
  viewBox: number[];
  content: string;
}

/** The layered markup's SVGs, in order; it fails unless they are all of the container's content. */
function layersOf(layout: ChartLayout, markup: string): Layer[] {
  const open = `<div class="cx-gantt cx-layers" role="group" aria-roledescription="Gantt chart" aria-label="${escapeXml(chartLabel(layout))}">`;
  assert.ok(markup.startsWith(open), markup.slice(0, 200));
  assert.ok(markup.endsWith('</svg></div>'));
  const inner = markup.slice(open.length, -'</div>'.length);
  const layers: Layer[] = [];
  const svg = /<svg([^>]*)>([\s\S]*?)<\/svg>/y;
  while (svg.lastIndex < inner.length) {
    const at = svg.lastIndex;
    const m = svg.exec(inner);
    assert.ok(m !== null, `not an <svg> at ${at}: ${inner.slice(at, at + 120)}`);
    assert.ok(m[0].startsWith(SVG_OPEN));
    const attrs = scanMarkup(`<svg${m[1]}></svg>`).tags[0].attrs;
    layers.push({
      className: attrs.get('class') ?? '',
      names: [...attrs.keys()],
      width: Number(attrs.get('width')),
      height: Number(attrs.get('height')),
      viewBox: (attrs.get('viewBox') ?? '').split(' ').map(Number),
      content: m[2],
    });
  }
  return layers;
}

/** Blocks per lane: one for an empty lane, else one per `ROWS_PER_BLOCK` rows begun. */
function expectedBlocks(layout: ChartLayout): number {
  return layout.lanes.reduce((sum, lane) => sum + Math.max(1, Math.ceil(lane.rows.length / ROWS_PER_BLOCK)), 0);
}

const LANE_OPEN = /^<g class="lane" data-lane="([^"]+)">/;

/** Each block of rows: its lane, the indexes of its initiatives, and its span in chart coordinates. */
function blocksOf(
  layers: Layer[],
): { lane: string; indexes: number[]; top: number; bottom: number; content: string }[] {
  return layers
    .filter((l) => l.className === 'cx-rows')
    .map((l) => {
      const lane = LANE_OPEN.exec(l.content);
      assert.ok(lane !== null, `a block that is not one lane: ${l.content.slice(0, 120)}`);
      assert.ok(l.content.endsWith('</g>'));
      assert.equal(occurrences(l.content, '<g class="lane" ').count, 1, 'one lane per block');
      const indexes = [...l.content.matchAll(/ data-initiative-index="(\d+)"/g)].map((m) => Number(m[1]));
      return { lane: lane[1], indexes, top: l.viewBox[1], bottom: l.viewBox[1] + l.viewBox[3], content: l.content };
    });
}

describe('gantt layered chart (the exported page of more than 60 initiatives)', () => {
  it('is used past 60 initiatives, in blocks of 40 rows', () => {
    assert.equal(LAYERED_FROM, 60);
    assert.equal(ROWS_PER_BLOCK, 40);
  });

  for (const count of [61, 100, 250]) {
    describe(`${count} generated initiatives`, () => {
      const { layout } = generated(count);
      const single = singleParts(layout);
      const layered = renderLayeredChart(layout);
      const layers = layersOf(layout, layered);

      it('holds every initiative of the single SVG exactly once, in the same order, and each lane header once', () => {
        assert.equal(layout.initiativeCount, count);
        assert.deepStrictEqual(
          single.lanes.map((l) => l.open),
          layout.lanes.map((l) => `<g class="lane" data-lane="${l.key}">`),
        );
        const initiatives = single.lanes.flatMap((l) => l.children.slice(4));
        assert.equal(initiatives.length, count);
        assert.equal(occurrences(layered, ' data-initiative-id="').count, count);
        let previous = -1;
        initiatives.forEach((node, n) => {
          assert.equal(typeof node, 'string');
          const found = occurrences(layered, node as string);
          assert.equal(found.count, 1, `initiative ${n} occurs ${found.count} times`);
          assert.ok(found.first > previous, `initiative ${n} is out of order`);
          previous = found.first;
        });
        for (const lane of single.lanes) {
          const header = lane.children.slice(0, 4) as string[];
          const at = header.map((h) => occurrences(layered, h));
          assert.deepStrictEqual(
            at.map((a) => a.count),
            [1, 1, 1, 1],
            lane.open,
          );
          // The header's four elements, together, right after the lane's opening tag.
          assert.equal(occurrences(layered, `${lane.open}${header.join('')}`).count, 1, lane.open);
          if (lane.children.length > 4) assert.ok(at[3].first < layered.indexOf(lane.children[4] as string));
        }
      });

      it('draws the background and grid underneath, the legend and axis first, the arrows and today line on top, as the single SVG does', () => {
        assert.deepStrictEqual(
          layers.map((l) => l.className),
          ['cx-under', 'cx-head', ...Array<string>(expectedBlocks(layout)).fill('cx-rows'), 'cx-over'],
        );
        const [under, head] = layers;
        const over = layers[layers.length - 1];
        assert.equal(under.content, single.background + single.grid);
        assert.equal(head.content, single.defs + single.legend + single.axis);
        assert.equal(over.content, joinMarkup(single.dependencies) + single.today);
        assert.equal(single.dependencies.children.length, layout.arrows.length);
        assert.ok(layout.arrows.length > 0);
        for (const part of [
          single.legend,
          single.grid,
          single.axis,
          joinMarkup(single.dependencies),
          single.today,
          single.defs,
        ]) {
          assert.equal(occurrences(layered, part).count, 1, part.slice(0, 60));
        }
        // Only the layer underneath is hidden from assistive technology.
        assert.deepStrictEqual(under.names, ['xmlns', 'class', 'width', 'height', 'viewBox', 'aria-hidden']);
        for (const l of layers.slice(1))
          assert.deepStrictEqual(l.names, ['xmlns', 'class', 'width', 'height', 'viewBox'], l.className);
      });

      it('tiles 0 to the chart height with the head and the blocks, each as wide as the chart', () => {
        let y = 0;
        for (const l of layers.slice(1, -1)) {
          assert.deepStrictEqual(
            [l.viewBox[0], l.viewBox[1], l.viewBox[2]],
            [0, y, layout.width],
            `${l.className} at ${y}`,
          );
          assert.equal(l.width, layout.width);
          assert.equal(l.height, l.viewBox[3]);
          assert.ok(l.height > 0);
          y += l.height;
        }
        assert.equal(y, layout.height);
        assert.equal(layers[1].height, layout.body.y);
        assert.equal(layout.lanes[0].y, layout.body.y);
        for (const l of [layers[0], layers[layers.length - 1]]) {
          assert.deepStrictEqual(
            [l.width, l.height, ...l.viewBox],
            [layout.width, layout.height, 0, 0, layout.width, layout.height],
            l.className,
          );
        }
      });

      it('gives each block at most 40 rows of one lane, drawn inside its viewBox, the header in the lane’s first block', () => {
        const blocks = blocksOf(layers);
        const byIndex = new Map(rows(layout).map((r) => [r.index, r]));
        assert.deepStrictEqual(
          blocks.map((b) => b.lane),
          layout.lanes.flatMap((lane) =>
            Array<string>(Math.max(1, Math.ceil(lane.rows.length / ROWS_PER_BLOCK))).fill(lane.key),
          ),
        );
        for (const lane of layout.lanes) {
          const mine = blocks.filter((b) => b.lane === lane.key);
          const counts = mine.map((b) => b.indexes.length);
          const full = Math.floor(lane.rows.length / ROWS_PER_BLOCK);
          const rest = lane.rows.length % ROWS_PER_BLOCK;
          assert.deepStrictEqual(
            counts,
            [...Array<number>(full).fill(ROWS_PER_BLOCK), ...(rest > 0 || full === 0 ? [rest] : [])],
            lane.key,
          );
          assert.deepStrictEqual(
            mine.flatMap((b) => b.indexes),
            lane.rows.map((r) => r.index),
            lane.key,
          );
          assert.equal(mine[0].top, lane.y);
          assert.ok(mine[0].content.includes('<rect class="lane-bg" '));
          for (const b of mine.slice(1))
            assert.ok(!b.content.includes('class="lane-'), `a second header in ${lane.key}`);
        }
        for (const b of blocks) {
          assert.ok(b.indexes.length <= ROWS_PER_BLOCK);
          for (const index of b.indexes) {
            const row = byIndex.get(index)!;
            assert.ok(
              row.y >= b.top && row.y + row.height <= b.bottom,
              `row ${index} (${row.y}+${row.height}) outside ${b.top}..${b.bottom}`,
            );
            assert.ok(row.bar === undefined || (row.bar.y >= b.top && row.bar.y + row.bar.height <= b.bottom));
          }
        }
      });
    });
  }

  describe('lanes of 40, 41, 0, 1 and 80 initiatives', () => {
    const sizes = [40, 41, 0, 1, 80];
    const items: Item[] = sizes.flatMap((size, lane) =>
      Array.from({ length: size }, (_, n): Item => ({
        id: `lane${lane}-${n + 1}`,
        competency: COMPETENCY_IDS[lane],
        owner: `Owner ${n}`,
        start: `2027-${String(1 + (n % 9)).padStart(2, '0')}-01`,
        end: `2027-${String(3 + (n % 9)).padStart(2, '0')}-28`,
      })),
    );
    const { layout } = chartOf({ items });
    const layers = layersOf(layout, renderLayeredChart(layout));

    it('splits each lane at 40 rows and gives the empty lane one block with its header only', () => {
      assert.deepStrictEqual(
        layout.lanes.map((l) => [l.key, l.rows.length]),
        COMPETENCY_IDS.map((id, i) => [id, sizes[i]]),
      );
      const lanes = layout.lanes;
      const y = lanes.map((l) => l.y);
      const header = 30;
      const row = 26;
      assert.deepStrictEqual(
        blocksOf(layers).map((b) => [b.lane, b.indexes.length, b.top, b.bottom]),
        [
          [lanes[0].key, 40, y[0], y[1]],
          [lanes[1].key, 40, y[1], y[1] + header + 40 * row],
          [lanes[1].key, 1, y[1] + header + 40 * row, y[2]],
          [lanes[2].key, 0, y[2], y[3]],
          [lanes[3].key, 1, y[3], y[4]],
          [lanes[4].key, 40, y[4], y[4] + header + 40 * row],
          [lanes[4].key, 40, y[4] + header + 40 * row, layout.height],
        ],
      );
      const empty = svgTree(layout, { interactive: true }).children.filter(isGroup)[2];
      assert.equal(empty.open, `<g class="lane" data-lane="${lanes[2].key}">`);
      assert.equal(empty.children.length, 4);
      assert.equal(blocksOf(layers)[3].content, joinMarkup(empty));
      assert.ok(blocksOf(layers)[3].content.includes('>No initiatives yet</text>'));
    });
  });

  describe('in the exported page', () => {
    const at60 = generated(60);
    const at61 = generated(61);
    const page60 = pageOf(at60.text);
    const page61 = pageOf(at61.text);

    const sha256 = (content: string): string =>
      `'sha256-${createHash('sha256').update(content, 'utf8').digest('base64')}'`;
    const styleSources = (scan: Scan): string[] => {
      const meta = scan.tags.filter(
        (t) => t.name === 'meta' && t.attrs.get('http-equiv') === 'Content-Security-Policy',
      );
      assert.equal(meta.length, 1);
      const directive = meta[0].attrs
        .get('content')!
        .split(';')
        .map((d) => d.trim().split(/\s+/))
        .filter(([name]) => name === 'style-src');
      assert.equal(directive.length, 1);
      return directive[0].slice(1);
    };

    it('keeps 60 initiatives as one SVG that scales to the page, with its own stylesheet', () => {
      assert.ok(page60.includes(`<div class="chart">${renderSvg(at60.layout, { interactive: true })}</div>`));
      const main = page60.slice(page60.indexOf('<main>'), page60.indexOf('</main>'));
      assert.deepStrictEqual(main.match(/cx-layers|cx-rows|cx-under|cx-over|cx-head|layered/g), null);
      assert.equal(
        occurrences(page60, '<div class="chart"><svg xmlns="http://www.w3.org/2000/svg" class="cx-gantt" ').count,
        1,
      );
      assert.equal(occurrences(page60, '<style>').count, 2);
      assert.ok(page60.includes('<div class="axis-sticky"><div class="axis-frame">'));
    });

    it('draws 61 initiatives as layers, with the chart stylesheet as a second style block in the head, both allowed by hash', () => {
      assert.ok(page61.includes(`<div class="chart">${renderLayeredChart(at61.layout)}</div>`));
      assert.equal(occurrences(page61, '<div class="chart"><div class="cx-gantt cx-layers" ').count, 1);
      const scan = scanMarkup(page61);
      const styles = scan.raw.filter((r) => r.name === 'style').map((r) => r.content);
      assert.deepStrictEqual(styles, [PAGE_CSS, CHART_CSS]);
      assert.equal(occurrences(page61, '<style>').count, 2);
      assert.ok(page61.lastIndexOf('<style>') < page61.indexOf('</head>'));
      assert.deepStrictEqual(styleSources(scan), [sha256(PAGE_CSS), sha256(CHART_CSS)]);
      assert.equal(occurrences(page61, '<div class="axis-sticky layered"><div class="axis-frame">').count, 1);
    });

    it('passes the strict reader, runs nothing but its script, and has no style attribute', () => {
      const scan = scanMarkup(page61);
      assertInert(scan, 1);
      assert.doesNotMatch(page61, /\sstyle\s*=/i);
      assert.deepStrictEqual(
        scan.tags.filter((t) => t.attrs.has('style')),
        [],
      );
      assert.equal(scan.tags.filter((t) => t.attrs.has('data-initiative-id')).length, 61);
      // The layers, the blocks and the sticky axis copy: no other SVG.
      assert.equal(scan.tags.filter((t) => t.name === 'svg').length, 3 + expectedBlocks(at61.layout) + 1);
    });
  });

  describe('a hostile roadmap of more than 60 initiatives', () => {
    const HOSTILE = {
      script: '<script>alert(1)</script>',
      owner: '" onmouseover="alert(2)',
      closeSvg: '</svg><script>alert(3)</script>',
      newSvg: '</g></svg><svg onload="alert(4)">',
      closeDiv: '</div></div><img src=x onerror=alert(5)>',
    };
    // All in one lane: the hostile ones at the ends of its two blocks.
    const titles = new Map<number, string>([
      [0, HOSTILE.script],
      [39, HOSTILE.closeSvg],
      [40, HOSTILE.newSvg],
      [60, HOSTILE.closeDiv],
    ]);
    const plan: Plan = {
      title: `${HOSTILE.closeSvg} roadmap`,
      items: Array.from({ length: 61 }, (_, n): Item => ({
        id: `item-${n + 1}`,
        title: titles.get(n) ?? `Plain ${n + 1}`,
        competency: 'customers-as-assets',
        owner: titles.has(n) ? HOSTILE.owner : `Owner ${n + 1}`,
        start: '2027-02-01',
        end: '2027-05-31',
        status: 'active',
      })),
    };
    const { analysis, findings, layout } = chartOf(plan);
    const html = renderHtml(analysis.model, findings, { today: dayNumber(2027, 3, 1), sha256: sha256Base64 });

    it('is layered, and shows its titles and owners literally as text', () => {
      assert.equal(occurrences(html, '<div class="chart"><div class="cx-gantt cx-layers" ').count, 1);
      assert.deepStrictEqual(
        blocksOf(layersOf(layout, renderLayeredChart(layout))).map((b) => b.indexes.length),
        [40, 21, 0, 0, 0, 0],
      );
      const scan = scanMarkup(html);
      assertInert(scan, 1);
      for (const [n, title] of titles) {
        assert.equal(scan.texts.filter((t) => t === `\u2068${title}\u2069`).length, 1, `the label of item ${n + 1}`);
        const group = scan.tags.filter((t) => t.attrs.get('data-initiative-id') === `item-${n + 1}`);
        assert.equal(group.length, 1);
        assert.ok(
          group[0].attrs.get('aria-label')!.startsWith(`${title}, owner ${HOSTILE.owner}, `),
          group[0].attrs.get('aria-label'),
        );
      }
      assert.equal(
        scan.texts.filter((t) => t === `\u2068${HOSTILE.owner}\u2069`).length,
        titles.size,
        'the owners beside the bars',
      );
      assert.equal(scan.tags.filter((t) => t.attrs.has('data-initiative-id')).length, 61);
      assert.equal(scan.tags.filter((t) => t.name === 'svg').length, 3 + expectedBlocks(layout) + 1);
      assert.deepStrictEqual(
        scan.tags.filter((t) => t.name === 'img' || t.name === 'script').map((t) => t.name),
        ['script'],
      );
    });
  });
});
