import assert from 'node:assert/strict';
import { analyzeRoadmap, MAX_INITIATIVES } from '../../../server/src/core/analyze';
import { generateRoadmap } from '../../../scripts/generateRoadmap';

const MESSAGE = (n: number): string =>
  `The roadmap lists ${n.toLocaleString('en-US')} initiatives, more than the 50,000 cxroadmap analyses in one file; split it into several roadmaps.`;

describe('limits on very large roadmaps', function () {
  this.timeout(120_000);

  it('analyses 20,000 initiatives in full', () => {
    const result = analyzeRoadmap(generateRoadmap(20_000));
    assert.equal(result.model.initiatives.length, 20_000);
    assert.deepEqual(
      result.diagnostics.filter((d) => d.code === 'syntax' || d.code === 'schema'),
      [],
    );
  });

  it(`answers more than ${MAX_INITIATIVES} block-list initiatives with one diagnostic on \`initiatives\`, fast`, () => {
    const text = generateRoadmap(MAX_INITIATIVES + 1);
    const started = performance.now();
    const result = analyzeRoadmap(text);
    assert.ok(performance.now() - started < 5_000);
    assert.deepEqual(
      result.diagnostics.map((d) => [d.code, d.range, d.message]),
      [
        [
          'schema',
          { start: { line: 15, character: 0 }, end: { line: 15, character: 11 } },
          MESSAGE(MAX_INITIATIVES + 1),
        ],
      ],
    );
  });

  it('answers a one-line flow list of 60,000 entries with that diagnostic instead of one per entry', () => {
    const text = `cxroadmap: 1\ntitle: T\nhorizon: {start: 2027, end: 2031}\ninitiatives: [${new Array(60_000).fill('1').join(', ')}]\n`;
    const result = analyzeRoadmap(text);
    assert.deepEqual(
      result.diagnostics.map((d) => [d.code, d.message]),
      [['schema', MESSAGE(60_000)]],
    );
  });
});
