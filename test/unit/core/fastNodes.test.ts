import assert from 'node:assert/strict';
import { Document, isMap, isNode, isPair, isScalar, isSeq, Pair, Scalar, YAMLMap, YAMLSeq } from 'yaml';
import { mapNode, pairNode, scalarNode, seqNode } from '../../../server/src/core/yaml/fastNodes';

describe('yaml nodes built by the fast parser', () => {
  it('are recognised by yaml as the nodes they stand for, and by nothing else', () => {
    const nodes = {
      scalar: scalarNode('x'),
      map: mapNode(),
      seq: seqNode(),
      pair: pairNode(scalarNode('k'), scalarNode(1)),
    };
    const kinds = Object.values(nodes).map((n) => [isScalar(n), isMap(n), isSeq(n), isPair(n), isNode(n)]);
    assert.deepEqual(kinds, [
      [true, false, false, false, true],
      [false, true, false, false, true],
      [false, false, true, false, true],
      [false, false, false, true, false],
    ]);
    assert.deepEqual(
      [
        nodes.scalar instanceof Scalar,
        nodes.map instanceof YAMLMap,
        nodes.seq instanceof YAMLSeq,
        nodes.pair instanceof Pair,
      ],
      [true, true, true, true],
    );
  });

  it('make a document whose value, text and copies are those of nodes built by yaml', () => {
    const built = (make: {
      scalar: (v: unknown) => unknown;
      map: () => YAMLMap;
      seq: () => YAMLSeq;
      pair: (k: unknown, v: unknown) => Pair;
    }): Document => {
      const map = make.map();
      const list = make.seq();
      list.items.push(make.scalar('a'), make.scalar(2));
      map.items.push(make.pair(make.scalar('id'), make.scalar('asset-metrics')), make.pair(make.scalar('tags'), list));
      const doc = new Document();
      doc.contents = map;
      return doc;
    };
    const fast = built({ scalar: scalarNode, map: mapNode, seq: seqNode, pair: pairNode });
    const real = built({
      scalar: (v) => new Scalar(v),
      map: () => new YAMLMap(),
      seq: () => new YAMLSeq(),
      pair: (k, v) => new Pair(k, v),
    });
    assert.deepEqual(fast.toJS(), { id: 'asset-metrics', tags: ['a', 2] });
    assert.deepEqual(fast.toJS(), real.toJS());
    assert.equal(fast.toString(), real.toString());
    const copy = (fast.contents as YAMLMap).clone();
    assert.ok(isMap(copy));
    assert.deepEqual(copy.toJSON(), { id: 'asset-metrics', tags: ['a', 2] });
  });

  it('keep their own fields apart', () => {
    const a = scalarNode('a');
    const b = scalarNode('b');
    const m = mapNode();
    const n = mapNode();
    m.items.push(pairNode(a, b));
    assert.deepEqual([a.value, b.value, m.items.length, n.items.length], ['a', 'b', 1, 0]);
  });
});
