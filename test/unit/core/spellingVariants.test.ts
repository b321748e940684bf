import assert from 'node:assert/strict';
import { analyzeRoadmap } from '../../../server/src/core/analyze';
import { baseInitiative, roadmap } from '../../support/roadmapBuilder';

/** The base roadmap with its first initiative's status and first measure kind written as given. */
function spelt(status: string, kind: string): string {
  return roadmap({
    replace: {
      'asset-metrics': baseInitiative('asset-metrics', {
        status,
        measures: `- metric: customers lost per month\n  kind: ${kind}`,
      }),
    },
  });
}

describe('US and UK spellings of the format’s words', () => {
  it('reads `behavior` as `behaviour` and `canceled` as `cancelled`, with no finding', () => {
    const result = analyzeRoadmap(spelt('canceled', 'behavior'));
    assert.deepEqual(result.diagnostics, []);
    const first = result.model.initiatives[0];
    assert.deepEqual(
      { status: first?.status?.value, kind: first?.measures?.items[0]?.kind?.value },
      { status: 'cancelled', kind: 'behaviour' },
    );
  });

  it('gives the variant the meaning of the word it spells: a canceled initiative is not active', () => {
    const text = spelt('canceled', 'behaviour').replace('    owner: Priya Nair\n', '');
    assert.deepEqual(
      analyzeRoadmap(text).diagnostics.map((d) => [d.code, d.severity, d.message]),
      [
        [
          'missing-owner',
          1,
          'Initiative `asset-metrics` has no `owner`: name the one person accountable for it. It is cancelled, so someone must already be answering for it.',
        ],
      ],
    );
  });

  it('names only the format’s words when a value is none of them', () => {
    const text = spelt('active', 'behavour');
    assert.deepEqual(
      analyzeRoadmap(text).diagnostics.map((d) => [d.code, d.message]),
      [
        [
          'schema',
          '`kind` must be one of `behaviour`, `operational`, `financial` or `survey`, not `behavour`. Did you mean `behaviour`?',
        ],
      ],
    );
  });
});
