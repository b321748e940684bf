import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import {
  Alias,
  Document,
  isAlias,
  isDocument,
  isMap,
  isPair,
  isScalar,
  isSeq,
  Pair,
  Scalar,
  YAMLMap,
  YAMLSeq,
} from 'yaml';
import { mapNode, pairNode, scalarNode, seqNode } from '../../../server/src/core/yaml/fastNodes';

/**
 * What the fast parser (fastItemParser.ts, fastNodes.ts) takes from the inside of `yaml`:
 * the symbol that marks a node's kind, the core schema's scalar tags in the order it tries
 * them, and the scalar types it writes. `yaml` does not promise these across versions, so
 * the version is pinned exactly and this test names what an upgrade must keep.
 */

const repoRoot = path.resolve(__dirname, '../../../..');

function readJson(file: string): unknown {
  return JSON.parse(readFileSync(path.join(repoRoot, file), 'utf8'));
}

const NODE_TYPE = Symbol.for('yaml.node.type');

describe('the yaml package as the fast parser relies on it', () => {
  it('is installed at the exact version package.json and package-lock.json pin', () => {
    const manifest = readJson('package.json') as { dependencies: Record<string, string> };
    const lock = readJson('package-lock.json') as {
      packages: Record<string, { version?: string; dependencies?: Record<string, string> }>;
    };
    const pinned = manifest.dependencies.yaml;
    assert.match(pinned, /^\d+\.\d+\.\d+$/, 'yaml is pinned to one version, without ^ or ~');
    assert.equal(lock.packages['']?.dependencies?.yaml, pinned);
    assert.equal(lock.packages['node_modules/yaml']?.version, pinned);
    const installed = (JSON.parse(readFileSync(require.resolve('yaml/package.json'), 'utf8')) as { version: string })
      .version;
    assert.equal(installed, pinned);
  });

  it("marks each kind of node with its shared symbol under Symbol.for('yaml.node.type')", () => {
    const nodes: [string, object, (node: unknown) => boolean][] = [
      ['yaml.map', new YAMLMap(), isMap],
      ['yaml.seq', new YAMLSeq(), isSeq],
      ['yaml.scalar', new Scalar(null), isScalar],
      ['yaml.pair', new Pair(null), isPair],
      ['yaml.alias', new Alias('a'), isAlias],
      ['yaml.document', new Document(), isDocument],
    ];
    const marks = nodes.map(([name, node, is]) => {
      const own = Object.getOwnPropertyDescriptor(node, NODE_TYPE);
      return { name, mark: own?.value === Symbol.for(name), recognised: is(node) };
    });
    assert.deepEqual(
      marks.filter((m) => !m.mark || !m.recognised),
      [],
    );
  });

  it('recognises nodes marked on a prototype, so the fast parser does not fall back to the constructors', () => {
    for (const node of [scalarNode(1), mapNode(), seqNode(), pairNode(null, null)]) {
      assert.ok(!Object.getOwnPropertySymbols(node).includes(NODE_TYPE), 'the mark sits on the prototype');
    }
    assert.ok(isScalar(scalarNode(1)) && isMap(mapNode()) && isSeq(seqNode()) && isPair(pairNode(null, null)));
  });

  it('tries the core schema scalar tags in the order the fast parser copies', () => {
    const tags = new Document().schema.tags.map((t) => [
      t.tag,
      t.format ?? '',
      'test' in t && t.test instanceof RegExp ? t.test.source : '',
    ]);
    assert.deepEqual(tags, [
      ['tag:yaml.org,2002:map', '', ''],
      ['tag:yaml.org,2002:seq', '', ''],
      ['tag:yaml.org,2002:str', '', ''],
      ['tag:yaml.org,2002:null', '', '^(?:~|[Nn]ull|NULL)?$'],
      ['tag:yaml.org,2002:bool', '', '^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$'],
      ['tag:yaml.org,2002:int', 'OCT', '^0o[0-7]+$'],
      ['tag:yaml.org,2002:int', '', '^[-+]?[0-9]+$'],
      ['tag:yaml.org,2002:int', 'HEX', '^0x[0-9a-fA-F]+$'],
      ['tag:yaml.org,2002:float', '', '^(?:[-+]?\\.(?:inf|Inf|INF)|\\.nan|\\.NaN|\\.NAN)$'],
      ['tag:yaml.org,2002:float', 'EXP', '^[-+]?(?:\\.[0-9]+|[0-9]+(?:\\.[0-9]*)?)[eE][-+]?[0-9]+$'],
      ['tag:yaml.org,2002:float', '', '^[-+]?(?:\\.[0-9]+|[0-9]+\\.[0-9]*)$'],
    ]);
    assert.deepEqual([YAMLMap.tagName, YAMLSeq.tagName], ['tag:yaml.org,2002:map', 'tag:yaml.org,2002:seq']);
  });

  it('names the scalar types the fast parser writes as it did', () => {
    assert.deepEqual(
      [Scalar.PLAIN, Scalar.QUOTE_DOUBLE, Scalar.QUOTE_SINGLE],
      ['PLAIN', 'QUOTE_DOUBLE', 'QUOTE_SINGLE'],
    );
  });
});
