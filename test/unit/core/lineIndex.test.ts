import assert from 'node:assert/strict';
import { analyzeRoadmap } from '../../../server/src/core/analyze';
import type { Position } from '../../../server/src/core/diagnostic';
import { LineIndex } from '../../../server/src/core/text/lineIndex';

function pos(line: number, character: number): Position {
  return { line, character };
}

/** Every offset except the one between `\r` and `\n`, which has no position of its own. */
function addressableOffsets(text: string): number[] {
  const out: number[] = [];
  for (let o = 0; o <= text.length; o++) {
    if (text.charCodeAt(o - 1) === 13 && text.charCodeAt(o) === 10) continue;
    out.push(o);
  }
  return out;
}

describe('LineIndex', () => {
  describe('line breaks (VS Code counting)', () => {
    it('ends a line at \\n, \\r\\n and a lone \\r alike', () => {
      const lines = new LineIndex('a\nbb\r\nccc\rdddd');
      assert.equal(lines.lineCount, 4);
      assert.deepEqual(
        [0, 1, 2, 3].map((l) => [lines.lineStart(l), lines.lineEnd(l)]),
        [
          [0, 1],
          [2, 4],
          [6, 9],
          [10, 14],
        ],
      );
      assert.deepEqual(lines.positionAt(10), pos(3, 0));
      assert.deepEqual(lines.positionAt(7), pos(2, 1));
    });

    it('counts a trailing break as starting an empty last line', () => {
      for (const text of ['x\n', 'x\r\n', 'x\r']) {
        const lines = new LineIndex(text);
        assert.equal(lines.lineCount, 2, JSON.stringify(text));
        assert.deepEqual(lines.positionAt(text.length), pos(1, 0), JSON.stringify(text));
      }
    });

    it('reads \\r\\r\\n as two breaks and \\n\\r as two breaks', () => {
      assert.equal(new LineIndex('a\r\r\nb').lineCount, 3);
      assert.equal(new LineIndex('a\n\rb').lineCount, 3);
      assert.deepEqual(new LineIndex('a\r\r\nb').positionAt(4), pos(2, 0));
    });

    it('has one line for empty text', () => {
      const lines = new LineIndex('');
      assert.equal(lines.lineCount, 1);
      assert.deepEqual(lines.positionAt(0), pos(0, 0));
      assert.equal(lines.offsetAt(pos(0, 0)), 0);
    });

    it('places the offset between \\r and \\n at the end of its line', () => {
      const lines = new LineIndex('ab\r\ncd');
      assert.deepEqual(lines.positionAt(3), pos(0, 2));
      assert.deepEqual(lines.positionAt(4), pos(1, 0));
    });

    it('finds the line of an offset', () => {
      const lines = new LineIndex('a\nbb\r\nccc\rdddd');
      assert.deepEqual(
        [0, 1, 2, 3, 4, 5, 6, 9, 10, 14].map((o) => lines.lineOf(o)),
        [0, 0, 1, 1, 1, 1, 2, 2, 3, 3],
      );
    });
  });

  describe('UTF-16 columns', () => {
    it('counts é as one code unit', () => {
      const text = 'title: é x\n';
      const lines = new LineIndex(text);
      assert.deepEqual(lines.positionAt(text.indexOf('x')), pos(0, 9));
      assert.equal(lines.offsetAt(pos(0, 9)), text.indexOf('x'));
    });

    it('counts a decomposed é (e + combining accent) as two code units', () => {
      const text = 'e\u0301x';
      assert.deepEqual(new LineIndex(text).positionAt(2), pos(0, 2));
    });

    it('counts an emoji (astral character) as two code units', () => {
      const text = 'a\n😀😀x\n';
      const lines = new LineIndex(text);
      assert.equal(text.indexOf('x'), 6);
      assert.deepEqual(lines.positionAt(6), pos(1, 4));
      assert.equal(lines.offsetAt(pos(1, 4)), 6);
    });

    it('places diagnostics after non-ASCII and astral characters in UTF-16 units', () => {
      const text = [
        'cxroadmap: 1',
        'title: Café 😀 roadmap',
        'horizon: {x-note: é😀, strt: 2027, end: 2031}',
        'initiatives: []',
        '',
      ].join('\n');
      const diagnostic = analyzeRoadmap(text).diagnostics.find(
        (d) => d.code === 'schema' && d.message.startsWith('`strt`'),
      );
      assert.ok(diagnostic, 'expected a schema diagnostic on `strt`');
      // `horizon: {x-note: é😀, ` is 23 code units: é is 1, 😀 is 2.
      assert.deepEqual(diagnostic.range, { start: pos(2, 23), end: pos(2, 27) });
    });
  });

  describe('round trips', () => {
    const samples = ['a\nbb\r\nccc\rdddd', 'é😀\r\n\r\n\rx😀y\n', '\n\n', 'no break at all', '\r\n\r\n'];

    for (const text of samples) {
      it(`offsetAt(positionAt(o)) is o for ${JSON.stringify(text)}`, () => {
        const lines = new LineIndex(text);
        for (const o of addressableOffsets(text)) assert.equal(lines.offsetAt(lines.positionAt(o)), o, `offset ${o}`);
      });

      it(`positionAt(offsetAt(p)) is p for every position of ${JSON.stringify(text)}`, () => {
        const lines = new LineIndex(text);
        for (let line = 0; line < lines.lineCount; line++) {
          const length = lines.lineEnd(line) - lines.lineStart(line);
          for (let character = 0; character <= length; character++) {
            assert.deepEqual(lines.positionAt(lines.offsetAt(pos(line, character))), pos(line, character));
          }
        }
      });
    }

    it('gives each offset a position as VS Code would, for a mixed text', () => {
      const text = 'ab\r\nc\rd\ne';
      const lines = new LineIndex(text);
      assert.deepEqual(
        addressableOffsets(text).map((o) => lines.positionAt(o)),
        [pos(0, 0), pos(0, 1), pos(0, 2), pos(1, 0), pos(1, 1), pos(2, 0), pos(2, 1), pos(3, 0), pos(3, 1)],
      );
    });
  });

  describe('clamping', () => {
    const text = 'ab\ncd';
    const lines = new LineIndex(text);

    it('clamps offsets below zero and past the end', () => {
      assert.deepEqual(lines.positionAt(-5), pos(0, 0));
      assert.deepEqual(lines.positionAt(text.length + 100), pos(1, 2));
    });

    it('clamps a character past the end of its line to the line end', () => {
      assert.equal(lines.offsetAt(pos(0, 99)), 2);
      assert.equal(lines.offsetAt(pos(1, 99)), 5);
    });

    it('clamps lines before the first and after the last', () => {
      assert.equal(lines.offsetAt(pos(-1, 3)), 0);
      assert.equal(lines.offsetAt(pos(7, 0)), text.length);
    });

    it('clamps negative characters to the line start', () => {
      assert.equal(lines.offsetAt(pos(1, -4)), 3);
    });

    it('never gives a range whose end is before its start', () => {
      assert.deepEqual(lines.rangeOf(4, 1), { start: pos(1, 1), end: pos(1, 1) });
      assert.deepEqual(lines.rangeOf(1, 4), { start: pos(0, 1), end: pos(1, 1) });
    });
  });
});
