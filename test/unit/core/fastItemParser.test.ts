import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { isMap, isPair, isScalar, isSeq, parseDocument } from 'yaml';
import { splitRoadmap } from '../../../server/src/core/parse/roadmapSplit';
import { fastParseItem } from '../../../server/src/core/yaml/fastItemParser';
import { generateRoadmap } from '../../../scripts/generateRoadmap';
import { prng } from '../seededRandom';

const root = path.resolve(__dirname, '../../../..');

function itemsOf(text: string): string[] {
  const split = splitRoadmap(text);
  assert.ok(split);
  return split.items.map((i) => text.slice(i.start, i.end));
}

/** The node tree as plain data: kinds, values, keys and the ranges the analysis reads. */
function shape(node: unknown): unknown {
  if (isScalar(node)) {
    const v = node.value;
    return ['scalar', typeof v === 'number' && Number.isNaN(v) ? 'NaN' : v, node.range];
  }
  if (isMap(node))
    return [
      'map',
      node.range?.slice(0, 2),
      node.items.map((p) => (isPair(p) ? [shape(p.key), shape(p.value)] : 'not a pair')),
    ];
  if (isSeq(node)) return ['seq', Boolean(node.flow), node.range?.slice(0, 2), node.items.map(shape)];
  return ['other', node === null ? null : typeof node];
}

function compare(text: string): boolean {
  const fast = fastParseItem(text);
  if (!fast) return false;
  const doc = parseDocument(text);
  assert.deepEqual(doc.errors, [], `yaml reports errors for text the fast parser accepted: ${JSON.stringify(text)}`);
  assert.deepEqual(shape(fast), shape(doc.contents), JSON.stringify(text));
  return true;
}

const MUTATIONS: ((line: string, r: () => number) => string)[] = [
  (l) => `${l}  # note`,
  (l) => `${l}   `,
  (l) => l.replace(/: (.+)$/, ': "$1"'),
  (l) => l.replace(/: (.+)$/, ": '$1'"),
  (l) => l.replace(/: (.+)$/, ': [$1, two]'),
  (l) => l.replace(/: (.+)$/, ':'),
  (l) => l.replace(/: (.+)$/, ': ~'),
  (l) => l.replace(/: (.+)$/, ': 0x1F'),
  (l) => l.replace(/: (.+)$/, ': -10%'),
  (l) => l.replace(/: (.+)$/, ': true'),
  (l) => l.replace(/: (.+)$/, ': .inf'),
  (l) => l.replace(/: (.+)$/, ': "a \\u00e9 \\" b"'),
  (l) => l.replace(/: (.+)$/, ": 'it''s'"),
  (l) => l.replace(/: (.+)$/, ': [ a , "b" ,c ]'),
  (l) => l.replace(/: (.+)$/, ': []'),
  (l) => l.replace(/: (.+)$/, ': [$1:]'),
  (l) => l.replace(/: (.+)$/, ': [a:, b]'),
  (l) => l.replace(/: (.+)$/, ': see [1] and {2}'),
  (l) => l.replace(/: (.+)$/, ': a#b'),
  (l) => ` ${l}`,
  (l) => l.slice(1),
  (l, r) => l.slice(0, Math.floor(r() * l.length)),
  (l) => `${l}\n`,
  (l) => l.replace(/^(\s*)/, '$1# '),
  (l) => l.replace(/: (.+)$/, ': &a $1'),
  (l) => l.replace(/: (.+)$/, ': |\n      $1'),
  (l) => l.replace(/: (.+)$/, ': $1\n      continued'),
];

describe('fast initiative parser', () => {
  it('builds exactly what yaml builds for every initiative of the examples and a generated roadmap', () => {
    const texts = [
      ...itemsOf(readFileSync(path.join(root, 'examples', 'acme-five-year.cxroadmap.yaml'), 'utf8')),
      ...itemsOf(readFileSync(path.join(root, 'examples', 'needs-work.cxroadmap.yaml'), 'utf8')),
      ...itemsOf(generateRoadmap(300)),
    ];
    const accepted = texts.filter(compare).length;
    // The fast path must actually carry plain roadmaps, not fall back on them.
    assert.ok(accepted >= texts.length * 0.9, `accepted ${accepted} of ${texts.length}`);
  });

  it('either builds what yaml builds or gives up, on 5,000 mutated initiatives', () => {
    const r = prng(42);
    const base = [
      ...itemsOf(readFileSync(path.join(root, 'examples', 'acme-five-year.cxroadmap.yaml'), 'utf8')),
      ...itemsOf(generateRoadmap(50)),
    ];
    let accepted = 0;
    for (let n = 0; n < Number(process.env.FAST_PARSER_CASES ?? 5000); n++) {
      const lines = base[Math.floor(r() * base.length)].split('\n');
      for (let k = 0; k < 1 + Math.floor(r() * 3); k++) {
        const at = Math.floor(r() * lines.length);
        lines[at] = MUTATIONS[Math.floor(r() * MUTATIONS.length)](lines[at], r);
      }
      if (compare(lines.join(r() < 0.2 ? '\r\n' : '\n'))) accepted++;
    }
    assert.ok(accepted > 1000, `only ${accepted} mutated initiatives took the fast path`);
  });
});
