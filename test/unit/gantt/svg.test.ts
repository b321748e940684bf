import assert from 'node:assert/strict';
import { escapeXml } from '../../../server/src/gantt/escapeXml';
import { httpsLinks } from '../../../server/src/gantt/links';
import { joinMarkup } from '../../../server/src/gantt/markupTree';
import type { MarkupGroup, MarkupNode } from '../../../server/src/gantt/markupTree';
import { renderSvg, svgTree } from '../../../server/src/gantt/svg';
import { chartOf } from './chartFixture';
import type { Item, Plan } from './chartFixture';
import { assertInert, scanMarkup, tagsWith } from './markupScan';

const ASSETS = 'customers-as-assets';

const CONTRACT: Plan = {
  items: [
    {
      id: 'alpha',
      competency: ASSETS,
      start: '2027-01-01',
      end: '2027-03-31',
      milestones: [
        { name: 'One', date: '2027-02-01' },
        { name: 'Two', date: '2027-03-01' },
      ],
    },
    {
      id: 'beta',
      competency: 'listening-path',
      start: '2027-04-01',
      end: '2027-06-30',
      depends_on: ['alpha'],
      milestones: [{ name: 'Three', date: '2027-05-01' }],
    },
    { id: 'gamma', competency: 'listening-pth', start: '2027-02-01', end: '2027-08-31', depends_on: ['alpha', 'beta'] },
    { id: 'undated', competency: ASSETS, start: 'soon', end: '2027-08-31' },
  ],
};

/** Roadmap text written to attack the chart. */
const HOSTILE = {
  title: '<script>alert(1)</script><svg onload=alert(2)>',
  owner: '" onmouseover="alert(3)',
  rtlOwner: 'Sam \u202Eevil\u202C Ortiz',
  outcome: "</title><script>alert(4)</script>{{constructor.constructor('alert(5)')()}}",
  note: '${alert(6)} {{7*7}} \u202Egnp.exe \ud83d\ude80',
  milestone: '<b onmouseover=alert(7)>m</b> \ud83d\udc69\u200d\ud83d\udc69\u200d\ud83d\udc67 \u0639\u0631\u0628\u064a',
  linkTitle: "Good ' onclick='alert(8)",
  linkUrl: 'https://example.com/a?b="><script>alert(9)</script>',
};

const HOSTILE_ITEMS: Item[] = [
  {
    id: 'attack',
    title: HOSTILE.title,
    competency: ASSETS,
    owner: HOSTILE.owner,
    start: '2027-01-04',
    end: '2027-03-31',
    early_win: true,
    outcome: HOSTILE.outcome,
    note: HOSTILE.note,
    milestones: [{ name: HOSTILE.milestone, date: '2027-02-01' }],
    links: [
      { title: 'script link', url: 'javascript:alert(10)' },
      { title: 'plain http', url: 'http://example.com/x' },
      { title: 'data', url: 'data:text/html,<script>alert(11)</script>' },
      { title: HOSTILE.linkTitle, url: HOSTILE.linkUrl },
    ],
  },
  {
    id: 'rtl',
    title: 'Right to left \u0645\u0631\u062d\u0628\u0627',
    competency: ASSETS,
    owner: HOSTILE.rtlOwner,
    start: '2027-04-01',
    end: '2027-04-30',
    depends_on: ['attack'],
  },
  { id: 'control', title: 'Bell\u0007 and \u0001', competency: ASSETS, start: '2027-05-01', end: '2027-05-31' },
];

function svgOf(plan: Plan, interactive = true): string {
  return renderSvg(chartOf(plan, { pxPerDay: 2 }).layout, { interactive });
}

describe('gantt SVG', () => {
  describe('escapeXml', () => {
    it('escapes the five XML specials and replaces characters XML cannot hold', () => {
      assert.equal(escapeXml(`a&b<c>d"e'f`), 'a&amp;b&lt;c&gt;d&quot;e&#39;f');
      assert.equal(escapeXml('bell\u0007 nul\u0000 tab\t lf\n'), 'bell\uFFFD nul\uFFFD tab\t lf\n');
      assert.equal(escapeXml('lone \ud800 pair \ud83d\ude80 low \udc00'), 'lone \uFFFD pair \ud83d\ude80 low \uFFFD');
      assert.equal(escapeXml('{{x}} ${y} \u202E'), '{{x}} ${y} \u202E');
    });
  });

  describe('the data-* attributes of docs/format.md', () => {
    const scan = scanMarkup(svgOf(CONTRACT));

    it('gives exactly one element per initiative a data-initiative-id, undrawn ones included', () => {
      assert.deepStrictEqual(
        tagsWith(scan, 'data-initiative-id').map((t) => [
          t.name,
          t.attrs.get('data-initiative-id'),
          t.attrs.get('class'),
        ]),
        [
          ['g', 'alpha', 'initiative status-none has-warnings'],
          ['g', 'undated', 'initiative status-none has-errors not-drawn'],
          ['g', 'beta', 'initiative status-none has-warnings'],
          ['g', 'gamma', 'initiative status-none has-errors'],
        ],
      );
    });

    it('marks each milestone with id/index and each dependency with prerequisite->dependant', () => {
      assert.deepStrictEqual(
        tagsWith(scan, 'data-milestone').map((t) => t.attrs.get('data-milestone')),
        ['alpha/0', 'alpha/1', 'beta/0'],
      );
      assert.deepStrictEqual(
        tagsWith(scan, 'data-dependency').map((t) => [t.name, t.attrs.get('data-dependency'), t.attrs.get('class')]),
        [
          ['path', 'alpha->beta', 'dependency'],
          // gamma starts before alpha and beta end: both in the warning style.
          ['path', 'alpha->gamma', 'dependency violated'],
          ['path', 'beta->gamma', 'dependency violated'],
        ],
      );
      assert.ok(svgOf(CONTRACT).includes('data-dependency="alpha->beta"'), 'the separator stays literal');
    });

    it('gives each legend entry, one per kind of mark drawn, its data-legend', () => {
      assert.deepStrictEqual(
        tagsWith(scan, 'data-legend').map((t) => t.attrs.get('data-legend')),
        ['status-planned', 'milestone', 'dependency', 'violated', 'has-errors', 'has-warnings'],
      );
    });

    it('is one SVG document with a title, a stylesheet and no script', () => {
      const svg = svgOf(CONTRACT, false);
      assert.match(
        svg,
        /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" class="cx-gantt" width="\d+" height="\d+" viewBox="0 0 \d+ \d+" role="img" aria-label="Gantt chart of Test roadmap: 4 initiatives, Jan \u2013 Dec 2027"><title>Gantt chart of Test roadmap: 4 initiatives, Jan \u2013 Dec 2027<\/title><style>/,
      );
      assertInert(scanMarkup(svg), 0);
    });

    it('makes initiatives focusable buttons only when the page is interactive', () => {
      const attrsOf = (s: string) =>
        tagsWith(scanMarkup(s), 'data-initiative-id').map((t) => [t.attrs.get('tabindex'), t.attrs.get('role')]);
      assert.deepStrictEqual(attrsOf(svgOf(CONTRACT, true)), Array(4).fill(['0', 'button']));
      assert.deepStrictEqual(attrsOf(svgOf(CONTRACT, false)), Array(4).fill([undefined, undefined]));
      assert.equal(scanMarkup(svgOf(CONTRACT, true)).tags[0].attrs.get('role'), 'group');
    });

    it('marks each initiative with its worst finding, a shape of its own for each severity', () => {
      const plan: Plan = {
        items: [
          // A schema error and a note; a missing owner (a warning) and a note; a note alone.
          { id: 'broken', competency: ASSETS, owner: 'Ann', start: 'soon', end: '2027-04-30' },
          { id: 'orphan', competency: ASSETS, start: '2027-02-01', end: '2027-03-31' },
          { id: 'owned', competency: ASSETS, owner: 'Bea', start: '2027-02-01', end: '2027-03-31' },
        ],
      };
      const svg = svgOf(plan);
      const group = (id: string): string => {
        const start = svg.indexOf(`data-initiative-id="${id}"`);
        return svg.slice(svg.lastIndexOf('<g', start), svg.indexOf('<text class="label"', start));
      };
      const mark = (id: string): string => group(id).slice(group(id).indexOf('/>') + 2);
      assert.deepStrictEqual(
        ['broken', 'orphan', 'owned'].map((id) => [/class="([^"]*)"/.exec(group(id))![1], mark(id)]),
        [
          [
            'initiative status-none has-errors not-drawn',
            '<g class="error-mark-group"><circle class="error-mark" cx="12" cy="147" r="6.5"/><rect class="error-mark-glyph" x="11" y="143" width="2" height="5" rx="0.5"/><circle class="error-mark-glyph" cx="12" cy="150.1" r="1.1"/></g>',
          ],
          [
            'initiative status-none has-warnings',
            '<g class="warning-mark-group"><path class="warning-mark" d="M12,166L19.5,179L4.5,179Z"/><rect class="warning-mark-glyph" x="11" y="170" width="2" height="5" rx="0.5"/><circle class="warning-mark-glyph" cx="12" cy="176.8" r="1"/></g>',
          ],
          [
            'initiative status-none has-notes',
            '<g class="note-mark-group"><circle class="note-mark" cx="12" cy="199" r="6.5"/><circle class="note-mark-glyph" cx="12" cy="195.9" r="1.1"/><rect class="note-mark-glyph" x="11" y="198" width="2" height="5" rx="0.5"/></g>',
          ],
        ],
      );
      assert.deepStrictEqual(
        tagsWith(scanMarkup(svg), 'data-legend')
          .map((t) => t.attrs.get('data-legend'))
          .filter((kind) => kind!.startsWith('has-')),
        ['has-errors', 'has-warnings', 'has-notes'],
      );
    });

    it('shortens the names column’s heading and titles to its width, and leaves them out of a column of marks', () => {
      const at = (labelWidth: number) => {
        const svg = renderSvg(chartOf(CONTRACT, { pxPerDay: 2, labelWidth }).layout);
        const texts = (cls: string) =>
          Array.from(svg.matchAll(new RegExp(`<text class="${cls}"[^>]*>([^<]*)</text>`, 'g')), (m) => m[1]);
        return [texts('axis-caption'), texts('label').length, texts('label')[0]];
      };
      assert.deepStrictEqual(at(440), [['Initiatives by competency'], 4, '\u2068Item 1\u2069']);
      assert.deepStrictEqual(at(100), [['Initiatives b\u2026'], 4, '\u2068Item 1\u2069']);
      assert.deepStrictEqual(at(40), [[], 0, undefined]);
    });

    it('describes each initiative in its tooltip and accessible name', () => {
      const plan: Plan = {
        items: [
          {
            id: 'win',
            title: 'Monthly report',
            competency: ASSETS,
            owner: 'Priya Nair',
            start: '2027-01-04',
            end: '2027-03-31',
            status: 'active',
            early_win: true,
            outcome: 'Leaders see it',
            note: 'Billing data first',
          },
        ],
      };
      const group = tagsWith(scanMarkup(svgOf(plan)), 'data-initiative-id')[0];
      assert.equal(
        group.attrs.get('aria-label'),
        'Monthly report, owner Priya Nair, 4 Jan \u2013 31 Mar 2027, active, early win, 1 note',
      );
      const tooltip = scanMarkup(svgOf(plan)).texts.find((t) => t.startsWith('Monthly report\n'));
      assert.equal(
        tooltip,
        [
          'Monthly report',
          'win \u00b7 Honor and Manage Customers as Assets',
          'Owner: Priya Nair',
          '4 Jan \u2013 31 Mar 2027 (2027-01-04 to 2027-03-31)',
          'Status: active',
          'Early win',
          'Outcome: Leaders see it',
          'Note: Billing data first',
          'Problems: 1 note',
        ].join('\n'),
      );
    });
  });

  describe('the preview’s pinned layers', () => {
    const plan: Plan = {
      horizon: ['2027-01-01', '2027-06-30'],
      items: [
        {
          id: 'alpha',
          title: 'Alpha',
          competency: ASSETS,
          owner: 'Ann',
          start: '2027-01-01',
          end: '2027-03-31',
          early_win: true,
        },
      ],
    };
    const { layout } = chartOf(plan, { pxPerDay: 1, labelWidth: 120, viewWidth: 400 });
    const tree = svgTree(layout, { interactive: true, style: false, pinned: true });
    const child = (cls: string): MarkupNode =>
      tree.children.find((c) => (typeof c === 'string' ? c : c.open).startsWith(`<g class="${cls}"`))!;

    it('draws the names column, the legend, the axis and their corner last, over what pans beneath them', () => {
      assert.deepStrictEqual(
        tree.children.map((c) => /^<(\w+)(?: class="([^"]*)")?/.exec(typeof c === 'string' ? c : c.open)!.slice(1)),
        [
          ['title', undefined],
          ['defs', undefined],
          ['rect', 'chart-bg'],
          ['g', 'grid'],
          ['g', 'lane'],
          ['g', 'lane'],
          ['g', 'lane'],
          ['g', 'lane'],
          ['g', 'lane'],
          ['g', 'dependencies'],
          ['g', 'names'],
          ['g', 'legend'],
          ['g', 'head'],
          ['g', 'corner'],
        ],
      );
    });

    it('puts each initiative’s marks and title in a cell of the names column, hidden from assistive technology', () => {
      const names = child('names') as MarkupGroup;
      assert.equal(names.open, '<g class="names" aria-hidden="true">');
      assert.deepStrictEqual(
        // The lane's band runs past the 120 px column as far as its name and count.
        [names.children[0], names.children[1], joinMarkup(names.children[2])],
        [
          '<rect class="names-bg" x="0" y="104" width="120" height="240"/>',
          '<line class="names-edge" x1="119.5" x2="119.5" y1="104" y2="344"/>',
          '<g class="lane-names" data-lane="customers-as-assets"><rect class="lane-bg" x="0" y="104" width="356.8" height="30"/><line class="lane-rule" x1="0" x2="356.8" y1="104.5" y2="104.5"/><text class="lane-name" x="12" y="119">Honor and Manage Customers as Assets</text><text class="lane-count" x="290.08" y="119">1 initiative</text>' +
            '<g class="name status-none early-win has-warnings" data-initiative-index="0"><rect class="row-bg" x="0" y="134" width="120" height="26"/><g class="warning-mark-group"><path class="warning-mark" d="M12,140L19.5,153L4.5,153Z"/><rect class="warning-mark-glyph" x="11" y="144" width="2" height="5" rx="0.5"/><circle class="warning-mark-glyph" cx="12" cy="150.8" r="1"/></g><polygon class="early-win-mark" points="28,140 29.76,144.57 34.66,144.84 30.85,147.93 32.11,152.66 28,150 23.89,152.66 25.15,147.93 21.34,144.84 26.24,144.57"/><text class="label" x="40" y="147">\u2068Alpha\u2069</text></g></g>',
        ],
      );
      // The lane names itself; its initiative's group has no mark or title of its own.
      const lane = tree.children[4] as MarkupGroup;
      assert.equal(
        lane.open,
        '<g class="lane" data-lane="customers-as-assets" role="group" aria-label="Honor and Manage Customers as Assets: 1 initiative">',
      );
      const row = lane.children[2] as string;
      assert.deepStrictEqual(
        [row.includes('mark'), row.includes('class="label"'), row.includes('data-initiative-id="alpha"')],
        [false, false, true],
      );
    });

    it('draws the axis with a background across the chart and its own period lines, and the names column’s heading in the corner', () => {
      const head = child('head') as string;
      assert.ok(
        head.startsWith(
          '<g class="head"><rect class="chart-bg" x="0" y="42" width="400" height="62"/><g class="axis">',
        ),
      );
      assert.ok(!head.includes('axis-caption'));
      assert.deepStrictEqual(
        Array.from(head.matchAll(/<line class="grid-(\w+)" x1="([\d.]+)" x2="[\d.]+" y1="(\d+)" y2="(\d+)"\/>/g), (m) =>
          m.slice(1).join(' '),
        ),
        [
          'year 120.5 42 104',
          'quarter 210.5 66 104',
          'month 151.5 86 104',
          'month 179.5 86 104',
          'month 240.5 86 104',
          'month 271.5 86 104',
          'year 301.5 42 104',
        ],
      );
      assert.equal(
        child('corner'),
        '<g class="corner"><rect class="chart-bg" x="0" y="42" width="120" height="62"/><text class="axis-caption" x="12" y="73">Initiatives by co\u2026</text><line class="axis-divider" x1="0" x2="120" y1="103.5" y2="103.5"/><line class="names-edge" x1="119.5" x2="119.5" y1="42" y2="104"/></g>',
      );
    });

    it('leaves the chart drawn as one layer without the option', () => {
      const whole = svgTree(layout, { interactive: true, style: false });
      assert.deepStrictEqual(
        whole.children.filter((c) => typeof c !== 'string' && /class="(names|head|corner)"/.test(c.open)),
        [],
      );
      assert.ok(joinMarkup(whole).includes('<text class="label" x="40" y="147">\u2068Alpha\u2069</text>'));
    });
  });

  describe('hostile roadmap text', () => {
    const markup = svgOf({ items: HOSTILE_ITEMS });
    const scan = scanMarkup(markup);
    const text = scan.texts.join('\n');

    it('stays text: well-formed markup, no script, no event handler, no script URL', () => {
      assertInert(scan, 0);
      assert.doesNotMatch(markup, /<script/i);
      assert.doesNotMatch(markup, /javascript:/i);
    });

    it('shows every string literally, in tooltips whole', () => {
      for (const value of [
        HOSTILE.title,
        HOSTILE.owner,
        HOSTILE.outcome,
        HOSTILE.note,
        HOSTILE.milestone,
        HOSTILE.linkTitle,
        HOSTILE.rtlOwner,
      ]) {
        assert.ok(text.includes(value), `missing ${JSON.stringify(value)}`);
      }
      assert.ok(markup.includes(escapeXml(HOSTILE.title)));
      assert.ok(text.includes('{{constructor.constructor'));
      assert.ok(text.includes('${alert(6)}'));
    });

    it('isolates right-to-left text from the dates drawn after it', () => {
      assert.ok(scan.texts.join('').includes(`\u2068${HOSTILE.rtlOwner}\u2069 \u00b7 Apr 2027`));
    });

    it('replaces control characters, which XML cannot hold', () => {
      assert.ok(text.includes('Bell\uFFFD and \uFFFD'));
      assert.equal(markup.includes('\u0001') || markup.includes('\u0007'), false);
    });

    it('links only to https addresses, normalised', () => {
      assert.deepStrictEqual(
        scan.tags.filter((t) => t.name === 'a').map((t) => t.attrs.get('href')),
        ['https://example.com/a?b=%22%3E%3Cscript%3Ealert(9)%3C/script%3E'],
      );
    });
  });

  describe('links', () => {
    it('keeps https links and drops every other scheme or unparseable address', () => {
      const link = (url: string, title?: string) => ({
        span: { start: 0, end: 0 },
        url: { value: url, span: { start: 0, end: 0 }, keySpan: { start: 0, end: 0 } },
        ...(title === undefined
          ? {}
          : { title: { value: title, span: { start: 0, end: 0 }, keySpan: { start: 0, end: 0 } } }),
      });
      assert.deepStrictEqual(
        httpsLinks([
          link('https://example.com/dash', 'Dashboard'),
          link('HTTPS://Example.com'),
          link('http://example.com'),
          link('javascript:alert(1)'),
          link(' javascript:alert(1)'),
          link('data:text/html,x'),
          link('file:///etc/passwd'),
          link('//example.com'),
          link('not a url'),
        ]),
        [
          { title: 'Dashboard', label: 'Dashboard', url: 'https://example.com/dash' },
          { title: 'https://example.com/', label: 'https://example.com/', url: 'https://example.com/' },
        ],
      );
    });
  });
});
