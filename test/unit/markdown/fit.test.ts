import assert from 'node:assert/strict';
import { fitParts } from '../../../server/src/cli/markdown/fit';
import type { Foldable, Part } from '../../../server/src/cli/markdown/fit';

function rows(prefix: string, count: number): string[] {
  return Array.from({ length: count }, (_, i) => `| ${prefix} ${String(i + 1).padStart(2, '0')} |\n`);
}

function table(prefix: string, count: number): Foldable {
  return {
    head: `| ${prefix} |\n| --- |\n`,
    rows: rows(prefix, count),
    tail: '\n',
    what: [`${prefix} row`, `${prefix} rows`],
  };
}

const bytes = (text: string) => Buffer.byteLength(text, 'utf8');

describe('markdown formats: keeping the report under its limit', () => {
  const parts: Part[] = ['# Report\n\n', table('long', 30), table('short', 3), 'The end.\n'];
  const whole = parts.map((p) => (typeof p === 'string' ? p : p.head + p.rows.join('') + p.tail)).join('');

  it('prints every part whole when it fits', () => {
    assert.equal(bytes(whole), 455);
    assert.equal(fitParts(parts, 455, 'lint'), whole);
  });

  it('cuts the longest part first and says how many rows it left out', () => {
    const output = fitParts(parts, 400, 'lint');
    assert.ok(bytes(output) <= 400, `${bytes(output)} bytes`);
    assert.equal(
      output,
      [
        '# Report',
        '',
        '| long |',
        '| --- |',
        '| long 01 |',
        '| long 02 |',
        '| long 03 |',
        '| long 04 |',
        '| long 05 |',
        '| long 06 |',
        '| long 07 |',
        '| long 08 |',
        '| long 09 |',
        '| long 10 |',
        '| long 11 |',
        '| long 12 |',
        '| long 13 |',
        '| long 14 |',
        '',
        '*… 16 more long rows not shown.*',
        '',
        '| short |',
        '| --- |',
        '| short 01 |',
        '| short 02 |',
        '| short 03 |',
        '',
        'The end.',
        '',
        '*The report is shortened to stay under 400 bytes: run `cxroadmap lint` locally for all of it.*',
        '',
      ].join('\n'),
    );
  });

  it('cuts every part to the same size when the limit is tighter, down to a note alone', () => {
    const tighter = fitParts(parts, 250, 'diff');
    assert.ok(bytes(tighter) <= 250, `${bytes(tighter)} bytes`);
    assert.equal(
      tighter,
      [
        '# Report',
        '',
        '| long |',
        '| --- |',
        '| long 01 |',
        '',
        '*… 29 more long rows not shown.*',
        '',
        '| short |',
        '| --- |',
        '| short 01 |',
        '',
        '*… 2 more short rows not shown.*',
        '',
        'The end.',
        '',
        '*The report is shortened to stay under 250 bytes: run `cxroadmap diff` locally for all of it.*',
        '',
      ].join('\n'),
    );
    const tightest = fitParts(parts, 200, 'diff');
    assert.ok(bytes(tightest) <= 200, `${bytes(tightest)} bytes`);
    assert.equal(
      tightest,
      [
        '# Report',
        '',
        '*… 30 long rows not shown.*',
        '',
        '*… 3 short rows not shown.*',
        '',
        'The end.',
        '',
        '*The report is shortened to stay under 200 bytes: run `cxroadmap diff` locally for all of it.*',
        '',
      ].join('\n'),
    );
  });

  it('counts bytes of UTF-8, not characters', () => {
    const wide: Part[] = [
      { head: '', rows: ['é'.repeat(100) + '\n', 'é'.repeat(100) + '\n'], tail: '', what: ['row', 'rows'] },
    ];
    const output = fitParts(wide, 400, 'lint');
    assert.equal(
      output,
      `${'é'.repeat(100)}\n*… 1 more row not shown.*\n\n*The report is shortened to stay under 400 bytes: run \`cxroadmap lint\` locally for all of it.*\n`,
    );
    assert.ok(bytes(output) <= 400);
  });

  it('cuts the text at a line, with a note, when even the notes do not fit', () => {
    const many: Part[] = Array.from({ length: 40 }, (_, i) => table(`file${i}`, 1));
    const output = fitParts(many, 1024, 'lint');
    assert.ok(bytes(output) <= 1024, `${bytes(output)} bytes`);
    assert.equal(
      output,
      [
        '*… 1 file0 row not shown.*',
        '',
        '*… 1 file1 row not shown.*',
        '',
        '*… 1 file2 row not shown.*',
        '',
        '*… 1 file3 row not shown.*',
        '',
        '*… 1 file4 row not shown.*',
        '',
        '*… 1 file5 row not shown.*',
        '',
        '*… 1 file6 row not shown.*',
        '',
        '*… 1 file7 row not shown.*',
        '',
        '*… 1 file8 row not shown.*',
        '',
        '*… 1 file9 row not shown.*',
        '',
        '*… 1 file10 row not shown.*',
        '',
        '*… 1 file11 row not shown.*',
        '',
        '*… 1 file12 row not shown.*',
        '',
        '*… 1 file13 row not shown.*',
        '',
        '*… 1 file14 row not shown.*',
        '',
        '*… 1 file15 row not shown.*',
        '',
        '*… 1 file16 row not shown.*',
        '',
        '*… 1 file17 row not shown.*',
        '',
        '*… 1 file18 row not shown.*',
        '',
        '*… 1 file19 row not shown.*',
        '',
        '*… 1 file20 row not shown.*',
        '',
        '*… 1 file21 row not shown.*',
        '',
        '*… 1 file22 row not shown.*',
        '',
        '*… 1 file23 row not shown.*',
        '',
        '*… 1 file24 row not shown.*',
        '',
        '*… 1 file25 row not shown.*',
        '',
        '*… 1 file26 row not shown.*',
        '',
        '*… 1 file27 row not shown.*',
        '',
        '*… 1 file28 row not shown.*',
        '',
        '*… 1 file29 row not shown.*',
        '',
        '*The report is cut here to stay under 1024 bytes: run `cxroadmap lint` locally for all of it.*',
        '',
      ].join('\n'),
    );
  });
});
