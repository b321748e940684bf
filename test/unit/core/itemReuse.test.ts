import assert from 'node:assert/strict';
import { commonPrefixLength, commonSuffixLength, ItemReuse } from '../../../server/src/core/parse/itemReuse';
import type { CachedItem } from '../../../server/src/core/initiativeUnit';

describe('ItemReuse', () => {
  it('measures common prefixes and suffixes exactly', () => {
    assert.equal(commonPrefixLength('abcdef', 'abcxef'), 3);
    assert.equal(commonPrefixLength('abc', 'abc'), 3);
    assert.equal(commonPrefixLength('abc', 'abcd'), 3);
    assert.equal(commonPrefixLength('', 'abc'), 0);
    assert.equal(commonPrefixLength('xbc', 'abc'), 0);
    assert.equal(commonSuffixLength('abcdef', 'abcxef', 6), 2);
    assert.equal(commonSuffixLength('abc', 'xabc', 3), 3);
    assert.equal(commonSuffixLength('aaaa', 'aaaaa', 2), 2);
    assert.equal(commonSuffixLength('abc', 'abd', 3), 0);
  });

  it('finds items before and after an edit by place, and the changed one not at all', () => {
    const before = 'AAAA|BBBB|CCCC';
    const after = 'AAAA|BxBBB|CCCC';
    const items = ['a', 'b', 'c'].map((name) => ({ name }) as unknown as CachedItem);
    const reuse = new ItemReuse(after, before, [
      { start: 0, end: 5, item: items[0] },
      { start: 5, end: 10, item: items[1] },
      { start: 10, end: 14, item: items[2] },
    ]);
    assert.equal(reuse.find(0, 5), items[0]);
    assert.equal(reuse.find(5, 11), undefined);
    assert.equal(reuse.find(11, 15), items[2]);
  });

  it('reads swapped items again rather than hashing every text for two changes', () => {
    const a = { name: 'a' } as unknown as CachedItem;
    const b = { name: 'b' } as unknown as CachedItem;
    const moved = new ItemReuse('h\n  - a\n  - b\n', 'h\n  - b\n  - a\n', [
      { start: 2, end: 8, item: b },
      { start: 8, end: 14, item: a },
    ]);
    // Swapped items are in the changed middle; the first few are read again, the rest looked up by text.
    assert.equal(moved.find(2, 8), undefined);
    assert.equal(moved.find(8, 14), undefined);
  });
});
