import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { generateRoadmap } from '../../../scripts/generateRoadmap';
import { analyzeRoadmap } from '../../../server/src/core/analyze';
import { dayNumber } from '../../../server/src/core/dates';
import { RULE_CODES } from '../../../server/src/core/diagnostic';
import { DEFAULT_CONFIG } from '../../../server/src/core/options';
import { CHART_SCRIPT } from '../../../server/src/gantt/chartScript.generated';
import { chartFindings } from '../../../server/src/gantt/findings';
import { renderHtml } from '../../../server/src/gantt/html';
import { sha256Base64 } from '../../../server/src/host/sha256';
import { chartOf } from './chartFixture';
import type { Plan } from './chartFixture';
import { assertInert, scanMarkup } from './markupScan';
import type { Scan } from './markupScan';

const ASSETS = 'customers-as-assets';

const HOSTILE = {
  title: '<script>alert(1)</script> {{constructor}} ${x}',
  owner: '" onmouseover="alert(2)',
  sponsor: 'Sam \u202Eevil\u202C Ortiz \ud83d\ude80',
  board: '<img src=x onerror=alert(3)>',
  initiativeTitle: '</title><script>alert(4)</script>',
};

const PLAN: Plan = {
  title: HOSTILE.title,
  extra: [
    `owner: ${JSON.stringify(HOSTILE.owner)}`,
    `sponsor: ${JSON.stringify(HOSTILE.sponsor)}`,
    'governance:',
    `  board: ${JSON.stringify(HOSTILE.board)}`,
  ],
  items: [
    {
      id: 'first',
      title: HOSTILE.initiativeTitle,
      competency: ASSETS,
      owner: 'Ann',
      start: '2027-01-01',
      end: '2027-03-31',
      status: 'active',
      links: [
        { title: 'Dashboard', url: 'https://example.com/d' },
        { title: 'Old', url: 'http://example.com/o' },
      ],
    },
    {
      id: 'second',
      competency: 'listening-path',
      owner: 'Bo',
      start: '2027-04-01',
      end: '2027-06-30',
      status: 'active',
      depends_on: ['first'],
    },
    { id: 'third', competency: 'listening-path', start: '2027-04-01', end: '2027-06-30' },
  ],
};

function htmlOf(plan: Plan, today?: number): string {
  const { analysis, findings } = chartOf(plan);
  return renderHtml(analysis.model, findings, { today, source: 'plan.cxroadmap.yaml', sha256: sha256Base64 });
}

function sha256(content: string): string {
  return `'sha256-${createHash('sha256').update(content, 'utf8').digest('base64')}'`;
}

function policy(scan: Scan): Map<string, string[]> {
  const metas = scan.tags.filter((t) => t.name === 'meta' && t.attrs.get('http-equiv') === 'Content-Security-Policy');
  assert.equal(metas.length, 1);
  return new Map(
    metas[0].attrs
      .get('content')!
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .map(([name, ...sources]) => [name, sources]),
  );
}

describe('gantt HTML page', () => {
  const html = htmlOf(PLAN, dayNumber(2027, 5, 12));
  const scan = scanMarkup(html);

  describe('Content-Security-Policy', () => {
    it('allows exactly the inline style and script blocks by their hashes, and nothing remote', () => {
      const csp = policy(scan);
      const styles = scan.raw.filter((r) => r.name === 'style').map((r) => sha256(r.content));
      const scripts = scan.raw.filter((r) => r.name === 'script').map((r) => sha256(r.content));
      assert.equal(styles.length, 2, 'the page style and the chart style');
      assert.equal(scripts.length, 1);
      assert.deepStrictEqual(Object.fromEntries(csp), {
        'default-src': ["'none'"],
        'style-src': styles,
        'script-src': scripts,
        'img-src': ['data:'],
        'base-uri': ["'none'"],
        'form-action': ["'none'"],
      });
      assert.doesNotMatch(html, /unsafe-inline|unsafe-eval|unsafe-hashes/);
    });

    it('comes before any style or script', () => {
      const first = (pattern: RegExp) => html.search(pattern);
      assert.ok(first(/<meta http-equiv="Content-Security-Policy"/) < first(/<style>/));
      assert.ok(first(/<style>/) < first(/<script>/));
    });
  });

  describe('no remote content, no inline handlers', () => {
    it('loads nothing: no src, no stylesheet link, no url() or @import in styles', () => {
      assertInert(scan, 1);
      assert.deepStrictEqual(
        scan.tags.filter((t) => t.attrs.has('src')),
        [],
      );
      for (const r of scan.raw.filter((raw) => raw.name === 'style')) {
        assert.doesNotMatch(r.content, /url\(|@import|https?:/i);
      }
    });

    it('has http: and https: addresses only as the SVG namespace and https links', () => {
      const addresses = scan.tags.flatMap((t) =>
        [...t.attrs].filter(([, v]) => /https?:/i.test(v)).map(([name, v]) => [t.name, name, v]),
      );
      assert.deepStrictEqual(addresses, [
        ['svg', 'xmlns', 'http://www.w3.org/2000/svg'],
        ['a', 'href', 'https://example.com/d'],
      ]);
    });

    it('has a script that only reads attributes and toggles classes', () => {
      assert.equal(scan.raw.find((r) => r.name === 'script')!.content, CHART_SCRIPT);
      assert.doesNotMatch(
        CHART_SCRIPT,
        /innerHTML|outerHTML|insertAdjacentHTML|document\.write|eval\(|Function\(|setTimeout|setInterval|fetch|XMLHttpRequest|import\(/,
      );
    });
  });

  describe('roadmap text', () => {
    it('shows hostile text literally: title, owner, sponsor, board, initiative title', () => {
      const text = scan.texts.join('\n');
      for (const value of Object.values(HOSTILE)) assert.ok(text.includes(value), `missing ${JSON.stringify(value)}`);
      assert.equal(scan.tags.filter((t) => t.name === 'h1').length, 1);
      assert.ok(html.includes(`<h1>\u2068${'&lt;script&gt;alert(1)&lt;/script&gt; {{constructor}} ${x}'}\u2069</h1>`));
      assert.ok(
        html.includes(
          `<title>\u2068&lt;script&gt;alert(1)&lt;/script&gt; {{constructor}} \${x}\u2069 \u2013 Gantt chart</title>`,
        ),
      );
    });
  });

  describe('heading and summary', () => {
    const header = html.slice(html.indexOf('<header'), html.indexOf('</header>') + 9);

    it('names the roadmap, its horizon and its people', () => {
      const sep = ' <span class="sep">\u00b7</span> ';
      assert.ok(
        header.includes(
          '<p class="facts">Horizon Jan \u2013 Dec 2027' +
            `${sep}Owner \u2068&quot; onmouseover=&quot;alert(2)\u2069` +
            `${sep}Sponsor \u2068Sam \u202Eevil\u202C Ortiz \ud83d\ude80\u2069` +
            `${sep}Board \u2068&lt;img src=x onerror=alert(3)&gt;\u2069</p>`,
        ),
      );
    });

    it('counts initiatives by status and names the competencies without any', () => {
      assert.ok(header.includes('<p class="count">3 initiatives</p>'));
      assert.ok(
        header.includes(
          '<ul class="chips"><li class="chip"><span class="chip-swatch status-active" aria-hidden="true"></span>2 active</li>' +
            '<li class="chip"><span class="chip-swatch status-none" aria-hidden="true"></span>1 without a status</li></ul>',
        ),
      );
      assert.ok(
        header.includes(
          '<p class="coverage">2 of 5 competencies have initiatives; none yet for Align Around Experience, Proactive Experience Reliability and Innovation, One-Company Leadership, Accountability and Culture.</p>',
        ),
      );
    });

    it('counts the problems the chart marks, and says where today is from', () => {
      const { findings } = chartOf(PLAN);
      const { errors, warnings, notes } = findings.totals;
      assert.ok(errors > 0);
      const plural = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;
      assert.ok(
        header.includes(
          `<p class="problems has-errors">${plural(errors, 'error')}, ${plural(warnings, 'warning')} and ${plural(notes, 'note')} (marked on the chart; <code>cxroadmap lint</code> lists them).</p>`,
        ),
      );
      assert.ok(
        html.includes(
          '<footer>From \u2068plan.cxroadmap.yaml\u2069 \u00b7 drawn on 12 May 2027 \u00b7 made with cxroadmap</footer>',
        ),
      );
    });

    it('says so when there are no problems', () => {
      const clean = analyzeRoadmap(generateRoadmap(5), {
        rules: Object.fromEntries(
          RULE_CODES.filter((c) => !['syntax', 'schema', 'config'].includes(c)).map((c) => [c, 'off']),
        ),
        options: DEFAULT_CONFIG.options,
      });
      const page = renderHtml(clean.model, chartFindings(clean.model, clean.diagnostics, clean.lines), {
        sha256: sha256Base64,
      });
      assert.deepStrictEqual(clean.diagnostics, []);
      assert.ok(page.includes('<p class="problems">No problems found.</p>'));
    });
  });

  describe('tall charts', () => {
    it('carry a copy of the axis for the script to keep in view; short ones do not', () => {
      const text = generateRoadmap(60);
      const analysis = analyzeRoadmap(text);
      const tall = renderHtml(analysis.model, chartFindings(analysis.model, analysis.diagnostics, analysis.lines), {
        sha256: sha256Base64,
      });
      assert.equal((tall.match(/class="axis-sticky"/g) ?? []).length, 1);
      assert.equal((tall.match(/data-initiative-id=/g) ?? []).length, 60, 'the axis copy has no initiatives');
      // The script names the class too: only the markup counts.
      assert.doesNotMatch(html, /class="axis-sticky/);
    });
  });
});
