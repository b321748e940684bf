import assert from 'node:assert/strict';
import { performance } from 'node:perf_hooks';
import { analyzeRoadmap } from '../../../server/src/core/analyze';
import { MAX_DOCUMENT_EXPANSION } from '../../../server/src/core/yaml/aliasLimit';
import { NodeView } from '../../../server/src/core/yaml/nodeView';
import { parseYaml } from '../../../server/src/core/yaml/parseYaml';

/** A hang guard, not a benchmark: before the budget these took minutes. */
const BOUND_MS = 5000;

const HEADER = 'cxroadmap: 1\ntitle: T\nhorizon: {start: 2027-01, end: 2028-12}\n';

function initiative(id: string, dependsOn: string, extra = ''): string {
  return `  - id: ${id}\n    title: A\n    competency: listening-path\n    start: 2027-01\n    end: 2027-06\n${extra}    depends_on: [${dependsOn}]\n`;
}

function list(item: string, times: number): string {
  return new Array<string>(times).fill(item).join(', ');
}

/** The reproduction: a 9,000-value pool used `uses` times in one list. */
function fanOut(uses: number): string {
  return `${HEADER}x-pool: &a [${list('s', 9000)}]\ninitiatives:\n${initiative('a', list('*a', uses))}`;
}

function timed<T>(run: () => T): T {
  const started = performance.now();
  const result = run();
  const elapsed = performance.now() - started;
  assert.ok(elapsed < BOUND_MS, `took ${Math.round(elapsed)} ms`);
  return result;
}

/** The offset of the `n`th (1-based) occurrence of `part` in `text`. */
function nth(text: string, part: string, n: number): number {
  let at = -1;
  for (let i = 0; i < n; i++) at = text.indexOf(part, at + 1);
  return at;
}

const OVER = (alias: string): string =>
  `With this use of ${alias}, the file's aliases expand to more than 100,000 values in all; a roadmap never needs that many, so the file is not read further.`;

describe('the alias budget of a whole document', function () {
  this.timeout(60_000);

  for (const uses of [6400, 20_000]) {
    it(`answers ${uses.toLocaleString('en-US')} uses of a 9,000-value anchor with one finding on the use that crosses the budget`, () => {
      const text = fanOut(uses);
      const result = timed(() => analyzeRoadmap(text));
      // 9,001 values per use (the list and its items): the 12th passes 100,000.
      const at = nth(text, '*a', 12);
      const line = text.slice(0, at).split('\n').length - 1;
      const character = at - text.lastIndexOf('\n', at) - 1;
      assert.deepEqual(
        result.diagnostics.map((d) => [d.code, d.range, d.message]),
        [['syntax', { start: { line, character }, end: { line, character: character + 2 } }, OVER('*a')]],
      );
    });
  }

  it('analyses a file just under the budget in full', () => {
    const result = timed(() => analyzeRoadmap(fanOut(11)));
    assert.deepEqual(
      result.diagnostics.filter((d) => d.code === 'syntax'),
      [],
    );
    assert.equal(result.model.initiatives[0]?.id?.value, 'a');
  });

  it('counts a small alias once per use', () => {
    // Ten values (the list and nine items) per use.
    const text = `${HEADER}x-s: &s [${list('s', 9)}]\ninitiatives:\n${initiative('a', list('*s', MAX_DOCUMENT_EXPANSION / 10 + 1))}`;
    const result = timed(() => analyzeRoadmap(text));
    assert.deepEqual(
      result.diagnostics.map((d) => [d.code, d.message]),
      [['syntax', OVER('*s')]],
    );
  });

  it('shares the budget between initiatives read one by one', () => {
    // Each initiative alone stays under the budget; together they pass it.
    const own = (n: number): string => `    x-pool: &p${n} [${list('s', 9000)}]\n`;
    const text = `${HEADER}initiatives:\n${initiative('a', list('*p1', 6), own(1))}${initiative('b', list('*p2', 6), own(2))}`;
    const result = timed(() => analyzeRoadmap(text));
    assert.deepEqual(
      result.diagnostics.map((d) => [d.code, d.message, d.range.start.line]),
      [['syntax', OVER('*p2'), 17]],
    );
  });

  it('counts merge keys like any alias', () => {
    const keys = Array.from({ length: 900 }, (_, i) => `  k${i}: v`).join('\n');
    let text = `${HEADER}x-big: &big\n${keys}\ninitiatives:\n`;
    for (let i = 0; i < 100; i++) text += `  - <<: *big\n    id: i${i}\n`;
    const result = timed(() => analyzeRoadmap(text));
    assert.deepEqual(
      result.diagnostics.map((d) => [d.code, d.message]),
      [['syntax', OVER('*big')]],
    );
  });

  it('builds no more plain values than the file holds plus what its aliases add', () => {
    const text = fanOut(11);
    const parsed = parseYaml(text);
    assert.ok(parsed.doc);
    const view = new NodeView(parsed.doc);
    const plain = view.toPlain(view.resolve(parsed.doc.contents));
    assert.ok((parsed.aliasValues ?? 0) <= MAX_DOCUMENT_EXPANSION);
    assert.ok(countValues(plain) <= 9000 + 20 + (parsed.aliasValues ?? 0));
  });
});

function countValues(value: unknown): number {
  if (Array.isArray(value)) return value.reduce((n: number, v) => n + countValues(v), 1);
  if (value !== null && typeof value === 'object')
    return Object.values(value).reduce((n: number, v) => n + countValues(v), 1);
  return 1;
}
