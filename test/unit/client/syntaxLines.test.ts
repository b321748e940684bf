import assert from 'node:assert/strict';
import { syntaxLines } from '../../../client/src/syntaxLines';

describe('client: syntaxLines', () => {
  const at = (line: number, code: unknown, source = 'cxroadmap') =>
    ({ source, code, range: { start: { line } } }) as Parameters<typeof syntaxLines>[0][number];

  it('lists the lines of cxroadmap syntax diagnostics, 1-based, in order and once each', () => {
    assert.deepEqual(
      syntaxLines(
        [
          at(40, { value: 'syntax', target: 'https://example.com' }),
          at(4, 'syntax'),
          at(40, 'syntax'),
          at(7, 'missing-owner'),
          at(9, 'syntax', 'yaml'),
          at(12, { value: 'schema' }),
        ],
        'cxroadmap',
      ),
      [5, 41],
    );
  });

  it('is empty when the text parses', () => {
    assert.deepEqual(syntaxLines([at(3, 'no-sponsor'), at(5, undefined)], 'cxroadmap'), []);
  });
});
