import assert from 'node:assert/strict';
import { parseAllDocuments } from 'yaml';
import { analyzeRoadmap } from '../../../server/src/core/analyze';
import { getCodeActions } from '../../../server/src/services/codeActions';
import type { DocumentContext } from '../../../server/src/services/documentContext';
import { duplicateKeyOffsets } from '../../../server/src/core/yaml/duplicateKeys';
import { countValues, MAX_DOCUMENT_VALUES } from '../../../server/src/core/yaml/valueBudget';
import { generateRoadmap } from '../../../scripts/generateRoadmap';
import { positionIn } from '../../support/roadmapBuilder';

/** A hang guard, not a benchmark: CPU time, which other jobs on the machine do not inflate. */
const BOUND_MS = 1500;

function timed<T>(run: () => T, bound = BOUND_MS): T {
  const started = process.cpuUsage();
  const result = run();
  const used = process.cpuUsage(started);
  const elapsed = (used.user + used.system) / 1000;
  assert.ok(elapsed < bound, `took ${Math.round(elapsed)} ms of CPU time`);
  return result;
}

const repeat = (unit: string, times: number): string => new Array<string>(times).fill(unit).join('');

const OVER =
  'The file holds more than 100,000 values (keys, values and list items) up to here; a roadmap never needs that many, so the file is not read further.';

function findings(text: string): [string, unknown, string][] {
  return analyzeRoadmap(text).diagnostics.map((d) => [d.code, d.range, d.message]);
}

describe('the value budget of a whole document', function () {
  this.timeout(60_000);

  it('counts each place a value may start, and an alias twice more', () => {
    assert.equal(countValues('a: b\n').count, 2);
    assert.equal(countValues('- a\n- b: c\n').count, 3);
    assert.equal(countValues('k: [a, b, {c: d}]\n').count, 7);
    assert.equal(countValues('k: [*a, *a]\n').count, 8);
    assert.equal(countValues('{"a":1,"b":2}\n').count, 4);
    // Comments, quotes and block scalars hide nothing: their commas count too.
    assert.equal(countValues('# a, b\nk: "x, y"\n').count, 4);
    assert.equal(countValues('k: |\n  a, b\n').count, 4);
  });

  // The file: 99,000 aliases of a scalar in one flow list, 396 KB; it took 2 s and 400 MB.
  it('answers a 400 KB flow list of 99,000 aliases with one finding where the budget is passed, at once', () => {
    const text = `x-pool: &a s\nx-list: [${repeat('*a, ', 98_999)}*a]\n`;
    assert.ok(text.length < 400 * 1024);
    // Five before the list (two keys, two `:` and `[`), then three per alias with its comma:
    // the comma before the 33,333rd alias is the 100,001st.
    const at = text.indexOf('[') + 1 + 33_332 * 4 - 2;
    assert.equal(text.slice(at, at + 3), ', *');
    assert.deepEqual(
      timed(() => findings(text)),
      [['syntax', { start: positionIn(text, at), end: positionIn(text, at + 1) }, OVER]],
    );
  });

  for (const [name, unit] of [
    ['scalars', 's, '],
    ['block items', '- s\n'],
    ['one-key mappings', '{a: b}, '],
  ] as const) {
    it(`answers a 1 MB file of ${name} with that finding, at once`, () => {
      const body = repeat(unit, Math.floor((1024 * 1024 - 16) / unit.length));
      const text = unit.startsWith('-') ? `x-list:\n${body}` : `x-list: [${body}s]\n`;
      const result = timed(() => analyzeRoadmap(text));
      assert.deepEqual(
        result.diagnostics.map((d) => [d.code, d.message]),
        [['syntax', OVER]],
      );
    });
  }

  it('counts the header and the initiatives the full parser reads against one budget', () => {
    // 60,000 in the header and 1,000 flow-style initiatives of 50 each: each part is under
    // the budget, together they are over, and the finding is where the whole file passes it.
    const header = `x-list: [${repeat('s, ', 59_997)}s]\n`;
    const item = `  - {id: a, title: T, competency: listening-path, tags: [${repeat('t, ', 42)}t]}\n`;
    const text = generateRoadmap(1).replace(/initiatives:\n[^]*$/, `${header}initiatives:\n${repeat(item, 1000)}`);
    const total = countValues(text, Infinity).count;
    assert.ok(total > MAX_DOCUMENT_VALUES);
    const over = countValues(text).over!;
    assert.ok(over > text.indexOf('initiatives:'));
    // The header and the initiatives up to the budget are parsed before the file is read
    // whole: at most the budget's worth, twice the bound of a file refused before any parse.
    assert.deepEqual(
      timed(() => findings(text), 2 * BOUND_MS),
      [['syntax', { start: positionIn(text, over), end: positionIn(text, over + 1) }, OVER]],
    );
  });

  it('reads a 3,000-initiative roadmap in full: initiatives the fast parser takes are not counted', () => {
    const text = generateRoadmap(3000).replace('competency: listening-path', 'competency: listening-pth');
    assert.ok(countValues(text, Infinity).count > MAX_DOCUMENT_VALUES);
    const analysis = analyzeRoadmap(text);
    assert.equal(analysis.model.initiatives.length, 3000);
    const typo = analysis.diagnostics.filter((d) => d.code === 'unknown-competency');
    assert.equal(typo.length, 1);
    assert.deepEqual(
      analysis.diagnostics.filter((d) => d.code === 'syntax' || d.code === 'schema'),
      [],
    );
    // Its quick fixes still parse it whole.
    const ctx: DocumentContext = { uri: 'file:///big.cxroadmap.yaml', text, analysis };
    const titles = getCodeActions(ctx, typo[0].range, typo).map((a) => a.title);
    assert.ok(titles.includes('Change to listening-path (Build a Customer Listening Path)'), titles.join('; '));
  });

  it('reads a 2,000-initiative roadmap in full even as one document', () => {
    const text = generateRoadmap(2000);
    const whole = analyzeRoadmap(text, undefined, undefined, { wholeDocument: true });
    assert.equal(whole.model.initiatives.length, 2000);
    assert.deepEqual(
      whole.diagnostics.map((d) => d.data.fingerprint),
      analyzeRoadmap(text).diagnostics.map((d) => d.data.fingerprint),
    );
  });
});

describe('duplicate keys', function () {
  this.timeout(60_000);

  // `yaml` compared each key with every key before it: 13 s for this 400 KB mapping.
  it('finds the one repeated key of a 45,000-key mapping, at once', () => {
    let text = 'x-map:\n';
    for (let i = 0; i < 45_000; i++) text += `  k${i}: v\n`;
    text += '  k17: again\n';
    const at = text.lastIndexOf('k17');
    const result = timed(() => analyzeRoadmap(text));
    assert.deepEqual(
      result.diagnostics.filter((d) => d.message.includes('twice')).map((d) => [d.range, d.message]),
      [[{ start: positionIn(text, at), end: positionIn(text, at + 3) }, 'This key appears twice in the same mapping.']],
    );
  });

  it('finds the keys `yaml` finds, at the same places', () => {
    const texts = [
      'a: 1\na: 2\n',
      '1: a\n1.0: b\n0x1: c\n',
      '~: a\nnull: b\n: c\n',
      'true: 1\nTrue: 2\n',
      '.nan: a\n.nan: b\n',
      '<<: {a: 1}\n<<: {b: 2}\n',
      '&x k: 1\nk: 2\n',
      '!!str 1: a\n1: b\n',
      '? k\n: 1\n? k\n: 2\n',
      '{a: 1, a: 2}\n',
      '[a: 1, a: 2]\n',
      'k: {x: 1, y: {x: 2, x: 3}}\nk: 2\n',
      '"a": 1\n\'a\': 2\na: 3\n',
      '- a: 1\n  a: 2\n- b: 1\n  b: 2\n',
      'a: 1\n---\na: 1\na: 2\n',
      'a:\n  b: 1\n  "b": 2\n',
      'k: 1\n? \n: 2\n? \n: 3\n',
    ];
    for (const text of texts) {
      const theirs = parseAllDocuments(text, { uniqueKeys: true })
        .flatMap((d) => d.errors.filter((e) => e.code === 'DUPLICATE_KEY').map((e) => e.pos[0]))
        .sort((a, b) => a - b);
      const ours = parseAllDocuments(text, { keepSourceTokens: true, uniqueKeys: false }).flatMap((d) =>
        duplicateKeyOffsets(d),
      );
      assert.deepEqual(ours, theirs, JSON.stringify(text));
    }
  });

  it('places the finding on the repeated key where `yaml` places it on the value before', () => {
    // After a value that is an alias, `yaml` reports the repeat at the end of that value.
    const text = 'x: &x k\na: 1\nb: *x\na: 2\n';
    const ours = parseAllDocuments(text, { keepSourceTokens: true, uniqueKeys: false }).flatMap((d) =>
      duplicateKeyOffsets(d),
    );
    assert.deepEqual(ours, [text.lastIndexOf('a: 2')]);
  });
});
