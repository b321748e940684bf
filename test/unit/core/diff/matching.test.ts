import assert from 'node:assert/strict';
import { analyzeRoadmap } from '../../../../server/src/core/analyze';
import { MAX_NEAR_PAIRS, matchInitiatives } from '../../../../server/src/core/diff/matchInitiatives';
import type { InitiativeMatch } from '../../../../server/src/core/diff/matchInitiatives';
import { isTargetLowered } from '../../../../server/src/core/diff/measureTarget';
import { boundedEditDistance, nearlyLimit, normalizeTitle } from '../../../../server/src/core/diff/titleSimilarity';
import { item } from '../../../support/roadmapBuilder';
import { prng } from '../../seededRandom';

/** Initiatives with only an id and a title: all that matching reads. */
function initiatives(...entries: [string, string][]) {
  const items = entries.map(([id, title]) => item({ id, title: JSON.stringify(title) }).replace(/^/gm, '  '));
  return analyzeRoadmap(`initiatives:\n${items.join('\n')}\n`).model.initiatives;
}

/** The match as ids: `before → after` pairs, then the added and removed ids. */
function ids(match: InitiativeMatch) {
  return {
    pairs: match.pairs.map((p) => `${p.before.id!.value} → ${p.after.id!.value}`),
    added: match.added.map((i) => i.id!.value),
    removed: match.removed.map((i) => i.id!.value),
  };
}

/** The textbook dynamic programme, to hold the banded one to. */
function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      next[j] = Math.min(row[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1), row[j] + 1, next[j - 1] + 1);
    }
    row = next;
  }
  return row[b.length];
}

describe('core diff: matching initiatives', () => {
  it('pairs by id, and an id used twice first with first', () => {
    const before = initiatives(['a', 'One'], ['b', 'Two'], ['b', 'Two again'], ['c', 'Three']);
    const after = initiatives(['b', 'Two'], ['a', 'One'], ['b', 'Two again'], ['b', 'Two more']);
    assert.deepEqual(ids(matchInitiatives(before, after)), {
      pairs: ['b → b', 'a → a', 'b → b'],
      added: ['b'],
      removed: ['c'],
    });
    const match = matchInitiatives(before, after);
    assert.deepEqual(
      match.pairs.map((p) => [p.before.title!.value, p.after.title!.value]),
      [
        ['Two', 'Two'],
        ['One', 'One'],
        ['Two again', 'Two again'],
      ],
    );
  });

  it('takes identical titles for renames before near ones, and the nearest first', () => {
    const before = initiatives(
      ['old-map', 'Journey map'],
      ['old-room', 'Customer room'],
      ['old-voice', 'Voice of customer'],
    );
    const after = initiatives(['room', 'Customer rooms'], ['map', 'journey map'], ['voice', 'Voice of the customer']);
    assert.deepEqual(ids(matchInitiatives(before, after)), {
      pairs: ['old-room → room', 'old-map → map', 'old-voice → voice'],
      added: [],
      removed: [],
    });
  });

  it('gives each old initiative to one new one only, the closer', () => {
    const before = initiatives(['old', 'Journey map']);
    const after = initiatives(['maps', 'Journey maps'], ['map', 'Journey map!']);
    assert.deepEqual(ids(matchInitiatives(before, after)), { pairs: ['old → map'], added: ['maps'], removed: [] });
  });

  it('leaves out initiatives without an id, and does not rename by an empty title', () => {
    const before = analyzeRoadmap('initiatives:\n  - title: No id\n  - id: gone\n').model.initiatives;
    const after = analyzeRoadmap('initiatives:\n  - title: No id\n  - id: new\n').model.initiatives;
    assert.deepEqual(ids(matchInitiatives(before, after)), { pairs: [], added: ['new'], removed: ['gone'] });
  });

  it(`compares near titles only up to ${MAX_NEAR_PAIRS.toLocaleString('en-US')} pairs; identical ones always`, () => {
    // One identical pair, then (side - 1)² near ones: just past the limit.
    const side = Math.floor(Math.sqrt(MAX_NEAR_PAIRS)) + 2;
    const many = (prefix: string, title: (n: number) => string) =>
      initiatives(...Array.from({ length: side }, (_, n): [string, string] => [`${prefix}-${n}`, title(n)]));
    const before = many('old', (n) => `Initiative number ${n}`);
    const after = many('new', (n) => (n === 0 ? 'Initiative number 0' : `Initiative numbers ${n}`));
    const match = ids(matchInitiatives(before, after));
    assert.deepEqual(match.pairs, ['old-0 → new-0']);
    assert.equal(match.added.length, side - 1);
    const fewer = ids(matchInitiatives(before.slice(0, 3), after.slice(0, 3)));
    assert.deepEqual(fewer.pairs, ['old-0 → new-0', 'old-1 → new-1', 'old-2 → new-2']);
  });
});

describe('core diff: title similarity', () => {
  it('normalises case, punctuation and spacing', () => {
    assert.equal(normalizeTitle('  Voice-of-the  Customer: Phase 2! '), 'voice of the customer phase 2');
    assert.equal(normalizeTitle('Élan café'), 'élan café');
    assert.equal(normalizeTitle('—'), '');
  });

  it('allows a fifth of the longer title in edits, at least one', () => {
    assert.deepEqual(
      [nearlyLimit('ab', 'a'), nearlyLimit('journey map', 'journey maps'), nearlyLimit('a'.repeat(50), '')],
      [1, 2, 10],
    );
  });

  it('gives the edit distance within the limit, and nothing past it', () => {
    assert.equal(boundedEditDistance('kitten', 'sitting', 3), 3);
    assert.equal(boundedEditDistance('kitten', 'sitting', 2), undefined);
    assert.equal(boundedEditDistance('', 'abc', 3), 3);
    assert.equal(boundedEditDistance('abc', 'abc', 0), 0);
    assert.equal(boundedEditDistance('abcdef', 'ab', 3), undefined);
  });

  it('agrees with the full computation on random titles', () => {
    const next = prng(14);
    /** A whole number from 0 to `max`. */
    const int = (max: number) => Math.floor(next() * (max + 1));
    const word = () => Array.from({ length: int(12) }, () => 'abcde'[int(4)]).join('');
    for (let n = 0; n < 2000; n++) {
      const a = word();
      const b = int(1) === 0 ? word() : a.slice(0, int(a.length)) + word().slice(0, 2);
      const limit = int(6);
      const full = editDistance(a, b);
      assert.equal(boundedEditDistance(a, b, limit), full <= limit ? full : undefined, `${a} / ${b} / ${limit}`);
    }
  });
});

describe('core diff: lowered targets', () => {
  const cases: [string | null, string | null, string | null, boolean][] = [
    // A signed target is a change: moving less far in the same direction is lowered.
    ['-10%', '-5%', null, true],
    ['-10%', '-15%', null, false],
    ['+5%', '+3%', '1200', true],
    ['+5', '+8', null, false],
    // A level with a baseline: closer to the baseline, or past it, is lowered.
    ['1000', '1100', '1200', true],
    ['1000', '900', '1200', false],
    ['1000', '1300', '1200', true],
    ['60', '55', '40', true],
    ['60', '70', '40', false],
    // A level without a baseline: a smaller number is lowered.
    ['4.5', '4.2', null, true],
    ['4.5', '4.8', null, false],
    ['1,200 days', '1,100 days', null, true],
    // Different units, words, or no target: never called lowered.
    ['90%', '80 days', null, false],
    ['every customer', 'most customers', null, false],
    [null, '-5%', null, false],
    ['-10%', null, null, false],
    ['-10%', '-10%', null, false],
  ];
  for (const [before, after, baseline, lowered] of cases) {
    it(`${String(before)} → ${String(after)} (baseline ${String(baseline)}) ${lowered ? 'is' : 'is not'} lowered`, () => {
      assert.equal(isTargetLowered(before, after, baseline), lowered);
    });
  }
});
