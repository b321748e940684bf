import assert from 'node:assert/strict';
import { analyzeRoadmap } from '../../../server/src/core/analyze';
import { InitiativeCache } from '../../../server/src/core/initiativeUnit';
import { DEFAULT_CONFIG } from '../../../server/src/core/options';
import { prng } from '../seededRandom';

/** `hits` counts reuse, so that a run where the cache never helped cannot pass unnoticed. */
const CountingCache = InitiativeCache;

const COMPETENCIES = [
  'customers-as-assets',
  'align-around-experience',
  'listening-path',
  'reliability-innovation',
  'one-company-leadership',
];
const OWNERS = ['Priya Nair', 'Lee Chen', 'Ana Silva', 'Omar Haddad', 'Dana Reyes', 'Ken Ito'];
const STATUSES = ['planned', 'active', 'at-risk', 'done', 'cancelled'];
const STAGES = ['discover', 'join', 'use', 'renew', 'leave'];
const KINDS = ['behaviour', 'operational', 'survey'];

/** Valid and invalid dates alike: the cache must agree with a full analysis on both. */
const DATES = [
  '2027-01-04',
  '2027-03-31',
  '2027-Q2',
  '2027-H2',
  '2028',
  '2028-02-29',
  '2029-07',
  '2030-12-31',
  '2027-02-30',
  '2027-13',
  'soon',
  '2032-01-01',
  '2026-12-31',
];

function roadmapLines(count: number): string[] {
  const lines = [
    '# Generated roadmap for cache tests',
    'cxroadmap: 1',
    'title: Generated Roadmap',
    'owner: Dana Reyes',
    'sponsor: Sam Ortiz (CEO)',
    'horizon:',
    '  start: 2027-01-01',
    '  end: 2031-12-31',
    'governance:',
    '  board: CX Leadership Council',
    '  review: monthly',
    '  customer_room: monthly',
    'journey:',
    '  stages: [discover, join, use, renew]',
    'initiatives:',
  ];
  for (let i = 0; i < count; i++) {
    const year = 2027 + (i % 5);
    lines.push(
      `  - id: init-${i}`,
      `    title: Initiative number ${i}`,
      `    competency: ${COMPETENCIES[i % COMPETENCIES.length]}`,
      `    owner: ${OWNERS[i % OWNERS.length]}`,
      `    start: ${year}-Q${(i % 4) + 1}`,
      `    end: ${year + (i % 2)}-12-31`,
      `    status: ${STATUSES[i % STATUSES.length]}`,
      `    stage: ${STAGES[i % STAGES.length]}`,
    );
    if (i % 6 === 0) lines.push('    early_win: true', '    outcome: Something visible changes');
    if (i % 4 !== 3)
      lines.push(
        '    measures:',
        `      - metric: metric ${i}`,
        `        kind: ${KINDS[i % KINDS.length]}`,
        '        by: 2029-12-31',
      );
    if (i > 0 && i % 3 === 0) lines.push(`    depends_on: [init-${i - 1}, init-${(i * 7) % count}]`);
    if (i % 5 === 1) lines.push('    milestones:', '      - name: Halfway', `        date: ${year}-06-30`);
  }
  return lines;
}

/** Lines an editor might type; a few break the YAML or the schema on purpose. */
const INSERTABLE = [
  '    note: Added while editing',
  '    owner: Ken Ito',
  '    status: blocked',
  '    stage: use',
  '    depends_on: [init-2]',
  '    early_win: true',
  '    x-budget: 1200',
  '    bogus: key',
  '      - metric: extra metric',
  '# a comment',
  '    # cxroadmap-disable-next-line missing-measures',
  '',
  '  - id: inserted',
  '  - id: init-4',
  '    start: 2027-Q3',
  '    end: 2026-01-01',
  '    title: "unterminated',
  '   misaligned: 1',
];

interface Block {
  start: number;
  end: number;
}

/** The initiatives' line ranges: from a `  - ` line to before the next one or the end. */
function initiativeBlocks(lines: string[]): Block[] {
  const first = lines.indexOf('initiatives:');
  if (first < 0) return [];
  const starts: number[] = [];
  for (let i = first + 1; i < lines.length; i++) if (lines[i].startsWith('  - ')) starts.push(i);
  return starts.map((start, k) => ({ start, end: k + 1 < starts.length ? starts[k + 1] : lines.length }));
}

type Edit = (lines: string[], random: () => number) => string;

function pick<T>(items: readonly T[], random: () => number): T {
  return items[Math.floor(random() * items.length)];
}

const EDITS: Record<string, Edit> = {
  insertLine(lines, random) {
    const at = 1 + Math.floor(random() * lines.length);
    const line = pick(INSERTABLE, random);
    lines.splice(at, 0, line);
    return `insert ${JSON.stringify(line)} at ${at}`;
  },
  deleteLine(lines, random) {
    const at = Math.floor(random() * lines.length);
    const [gone] = lines.splice(at, 1);
    return `delete ${at} ${JSON.stringify(gone)}`;
  },
  duplicateLine(lines, random) {
    const at = Math.floor(random() * lines.length);
    lines.splice(at, 0, lines[at]);
    return `duplicate ${at} ${JSON.stringify(lines[at])}`;
  },
  changeDate(lines, random) {
    const dated = lines.map((l, i) => (/^\s+(start|end|date|by): /.test(l) ? i : -1)).filter((i) => i >= 0);
    if (dated.length === 0) return 'no date to change';
    const at = pick(dated, random);
    const date = pick(DATES, random);
    lines[at] = lines[at].replace(/: .*$/, `: ${date}`);
    return `date ${at} -> ${date}`;
  },
  renameId(lines, random) {
    const ids = lines.map((l) => /^ {2}- id: (\S+)$/.exec(l)?.[1]).filter((id): id is string => id !== undefined);
    if (ids.length === 0) return 'no id to rename';
    const from = pick(ids, random);
    const to = pick(['renamed', `${from}-v2`, pick(ids, random), 'Bad Id', 'init-x'], random);
    const word = new RegExp(`(?<![\\w-])${from.replace(/[-]/g, '\\-')}(?![\\w-])`, 'g');
    for (let i = 0; i < lines.length; i++) {
      if (/^ {2}- id: /.test(lines[i]) || /depends_on: /.test(lines[i])) lines[i] = lines[i].replace(word, to);
    }
    return `rename ${from} -> ${to}`;
  },
  moveInitiative(lines, random) {
    const blocks = initiativeBlocks(lines);
    if (blocks.length < 2) return 'nothing to move';
    const moved = pick(blocks, random);
    const cut = lines.splice(moved.start, moved.end - moved.start);
    const rest = initiativeBlocks(lines);
    const targets = [...rest.map((b) => b.start), rest.length > 0 ? rest[rest.length - 1].end : lines.length];
    const to = pick(targets, random);
    lines.splice(to, 0, ...cut);
    return `move lines ${moved.start}-${moved.end - 1} to ${to}`;
  },
};

/**
 * The cached, initiative-by-initiative analysis against the whole document parsed at once.
 * Where the YAML does not parse, the whole document has only its parser's errors while
 * the split one still checks the initiatives that parse: the cached analysis is then held
 * equal to the same split analysis made without a cache.
 */
function assertSameAnalysis(text: string, cache: InitiativeCache, step: string): boolean {
  const full = analyzeRoadmap(text, DEFAULT_CONFIG, undefined, { wholeDocument: true });
  const cached = analyzeRoadmap(text, DEFAULT_CONFIG, cache);
  const fullSyntax = full.diagnostics.some((d) => d.code === 'syntax');
  if (fullSyntax) {
    assert.ok(
      cached.diagnostics.some((d) => d.code === 'syntax'),
      `no syntax problem for a file that does not parse, after ${step}`,
    );
    const uncached = analyzeRoadmap(text, DEFAULT_CONFIG);
    assert.deepStrictEqual(cached.diagnostics, uncached.diagnostics, `diagnostics differ after ${step}`);
    assert.deepStrictEqual(cached.model, uncached.model, `model differs after ${step}`);
    return false;
  }
  assert.deepStrictEqual(cached.diagnostics, full.diagnostics, `diagnostics differ after ${step}`);
  assert.deepStrictEqual(cached.model, full.model, `model differs after ${step}`);
  return !full.diagnostics.some((d) => d.code === 'syntax');
}

describe('incremental analysis with an InitiativeCache', () => {
  it('the generated roadmap parses and has 30 initiatives', () => {
    const { model, diagnostics } = analyzeRoadmap(roadmapLines(30).join('\n'));
    assert.equal(model.initiatives.length, 30);
    assert.deepEqual(
      diagnostics.filter((d) => d.code === 'syntax' || d.code === 'schema'),
      [],
    );
  });

  it('reuses the untouched initiatives after an edit to one of them', () => {
    const lines = roadmapLines(30);
    const cache = new CountingCache();
    assertSameAnalysis(lines.join('\n'), cache, 'the first version');
    assert.equal(cache.hits, 0);
    const at = lines.indexOf('    title: Initiative number 7');
    lines[at] = '    title: Initiative number seven';
    assertSameAnalysis(lines.join('\n'), cache, 'a title change');
    assert.equal(cache.hits, 29);
  });

  it('moves the spans of a reused initiative that shifted in the text', () => {
    const lines = roadmapLines(30);
    const cache = new CountingCache();
    assertSameAnalysis(lines.join('\n'), cache, 'the first version');
    lines.splice(lines.indexOf('  - id: init-0'), 0, '  # a new comment line above every initiative');
    assertSameAnalysis(lines.join('\n'), cache, 'inserting a line');
    assert.equal(cache.hits, 30);
  });

  for (const seed of [1, 2, 3]) {
    it(`gives the same diagnostics and model as a full analysis over 200 random edits (seed ${seed})`, () => {
      const random = prng(seed);
      const original = roadmapLines(30);
      let lines = [...original];
      const cache = new CountingCache();
      const names = Object.keys(EDITS);
      let parsed = 0;
      assertSameAnalysis(lines.join('\n'), cache, 'the first version');
      const history: string[] = [];
      for (let step = 1; step <= 200; step++) {
        // Ten syntax-broken versions in a row say little about the cache: start over from a valid text.
        if (history.length >= 10 && history.slice(-10).every((h) => h.endsWith('(syntax)'))) {
          lines = [...original];
          history.push('reset to the original');
        }
        const name = pick(names, random);
        const what = EDITS[name](lines, random);
        const ok = assertSameAnalysis(
          lines.join('\n'),
          cache,
          `edit ${step} (${what}); earlier: ${history.slice(-5).join(' | ')}`,
        );
        history.push(ok ? what : `${what} (syntax)`);
        if (ok) parsed++;
      }
      assert.ok(parsed >= 100, `only ${parsed} of 200 versions parsed; the run says little about the cache`);
      assert.ok(cache.hits >= 1000, `only ${cache.hits} cache hits`);
    });
  }

  it('gives the same result when a cached initiative is reused with different line endings around it', () => {
    const text = roadmapLines(10).join('\n');
    const cache = new CountingCache();
    assertSameAnalysis(text, cache, 'LF');
    assertSameAnalysis(text.replace(/\n/g, '\r\n'), cache, 'CRLF');
    assertSameAnalysis(text.replace(/\n/g, '\r'), cache, 'CR');
    assertSameAnalysis(text, cache, 'LF again');
  });

  it('gives the same result when the same initiative text appears twice', () => {
    const lines = roadmapLines(5);
    const blocks = initiativeBlocks(lines);
    // Inserted right after the original, so that both copies end the same way in the text.
    lines.splice(blocks[1].end, 0, ...lines.slice(blocks[1].start, blocks[1].end));
    const cache = new CountingCache();
    assertSameAnalysis(lines.join('\n'), cache, 'a duplicated initiative');
    assert.equal(cache.hits, 0);
    assertSameAnalysis(lines.join('\n'), cache, 'the same text again');
    assert.equal(cache.hits, 6);
  });
});
