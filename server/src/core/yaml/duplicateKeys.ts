import { isMap, isPair, isScalar, isSeq } from 'yaml';
import type { Document, Node as YamlNode, Scalar } from 'yaml';

/**
 * Where a mapping repeats a key, as `yaml`'s `uniqueKeys` option finds it: a scalar key
 * whose value equals (`===`) that of an earlier key of the same mapping (each merge key
 * `<<` is its own value, so merge keys never repeat). `yaml` compares each key with every
 * key before it, which costs the square of a mapping's size (13 s for a 400 KB mapping);
 * one set per mapping costs its size. Offsets are the keys' starts, in document order.
 */
export function duplicateKeyOffsets(doc: Document): number[] {
  const found: number[] = [];
  const root = doc.contents;
  if (!root) return found;
  // Without recursion: nesting is bounded, but a long chain of keys still adds up.
  const stack: YamlNode[] = [root];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (isMap(node)) {
      const seen = new Set<unknown>();
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const key = pair.key as YamlNode | null;
        if (isScalar(key)) {
          const value = key.value;
          // NaN is never equal to itself, so `.nan` keys never repeat.
          if (seen.has(value) && value === value) found.push(keyStart(pair, key));
          else seen.add(value);
        } else if (key && typeof key === 'object') stack.push(key);
        if (pair.value && typeof pair.value === 'object') stack.push(pair.value as YamlNode);
      }
    } else if (isSeq(node)) {
      for (const item of node.items) if (item && typeof item === 'object') stack.push(item as YamlNode);
    }
  }
  return found.sort((a, b) => a - b);
}

/** The key's first character; for an empty key (`: value`), its `:`. */
function keyStart(pair: { srcToken?: unknown }, key: Scalar): number {
  const [start, end] = key.range ?? [0, 0];
  if (start !== end) return start;
  const sep = (pair.srcToken as { sep?: { type: string; offset: number }[] } | undefined)?.sep;
  return sep?.find((token) => token.type === 'map-value-ind')?.offset ?? start;
}
