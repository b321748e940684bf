import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { generateRoadmap } from '../../../scripts/generateRoadmap';

const root = path.resolve(__dirname, '../../../..');

/** Real roadmaps to start from: the examples and a small generated one. */
export const SEEDS: readonly string[] = [
  readFileSync(path.join(root, 'examples', 'acme-five-year.cxroadmap.yaml'), 'utf8'),
  readFileSync(path.join(root, 'examples', 'needs-work.cxroadmap.yaml'), 'utf8'),
  generateRoadmap(12),
];

/** Text that hostile, pasted, merged or generated roadmaps contain. */
const JUNK = [
  '\u0000',
  '\ufeff',
  '\r',
  '\r\n',
  '\t',
  '\u202e',
  '\u200f',
  '\ud83d\ude80',
  '\ud800',
  '\udfff',
  '"',
  "'",
  '[',
  ']',
  '{',
  '}',
  ':',
  ': ',
  '- ',
  '#',
  '&a ',
  '*a',
  '!tag ',
  '!!str ',
  '<<: *a',
  '|',
  '>',
  '%YAML 1.2',
  '---',
  '...',
  '<<<<<<< HEAD',
  '=======',
  '>>>>>>> branch',
  '? ',
  '@',
  '`',
  '\\',
  '\u00a0',
  'é',
  '\u4e2d',
  '  ',
  '    ',
];

const JUNK_LINES = [
  'x-extra: &anchor { a: 1, b: [1, 2] }',
  'merged: { <<: *anchor }',
  'tagged: !custom value',
  '---',
  'second: document',
  '<<<<<<< HEAD',
  '=======',
  '>>>>>>> main',
  '  - id: &dup copy',
  '    depends_on: [*dup]',
  '    note: |',
  '      a block of text',
  '    title: "unclosed',
  '\t- tabbed: item',
  'lol: &l [*anchor, *anchor, *anchor]',
];

type Edit = (lines: string[]) => string[];

const lineEdit = (f: (lines: string[], at: number, extra: number) => string[]): fc.Arbitrary<Edit> =>
  fc.tuple(fc.nat(), fc.nat()).map(
    ([a, b]) =>
      (lines: string[]) =>
        lines.length === 0 ? lines : f(lines, a % lines.length, b),
  );

const EDITS: fc.Arbitrary<Edit>[] = [
  // delete a line
  lineEdit((l, at) => [...l.slice(0, at), ...l.slice(at + 1)]),
  // duplicate a line
  lineEdit((l, at) => [...l.slice(0, at + 1), l[at], ...l.slice(at + 1)]),
  // re-indent a line
  lineEdit((l, at, n) => l.map((x, i) => (i === at ? `${' '.repeat(n % 7)}${x.trimStart()}` : x))),
  // junk into a line
  lineEdit((l, at, n) =>
    l.map((x, i) =>
      i === at ? x.slice(0, n % (x.length + 1)) + JUNK[n % JUNK.length] + x.slice(n % (x.length + 1)) : x,
    ),
  ),
  // a junk line
  lineEdit((l, at, n) => [...l.slice(0, at), JUNK_LINES[n % JUNK_LINES.length], ...l.slice(at)]),
  // swap two lines
  lineEdit((l, at, n) => {
    const other = n % l.length;
    const out = [...l];
    [out[at], out[other]] = [out[other], out[at]];
    return out;
  }),
  // truncate
  lineEdit((l, at) => l.slice(0, at)),
];

export interface FuzzCase {
  text: string;
  describe: string;
}

/** A roadmap, mutated a few times, with one of the line-ending and BOM variants. */
export const mutatedRoadmap: fc.Arbitrary<FuzzCase> = fc
  .tuple(
    fc.nat({ max: SEEDS.length - 1 }),
    fc.array(fc.oneof(...EDITS), { minLength: 1, maxLength: 8 }),
    fc.constantFrom('\n', '\r\n', '\r'),
    fc.boolean(),
    fc.nat(),
  )
  .map(([seed, edits, eol, bom, cut]) => {
    let lines = SEEDS[seed].split('\n');
    for (const edit of edits) lines = edit(lines);
    let text = lines.join(eol);
    if (cut % 10 === 0) text = text.slice(0, cut % (text.length + 1));
    if (bom) text = `\ufeff${text}`;
    return { text, describe: `seed ${seed}, ${edits.length} edits, eol ${JSON.stringify(eol)}, bom ${bom}` };
  });
