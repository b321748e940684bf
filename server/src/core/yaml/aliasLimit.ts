import { isAlias, isMap, isPair, isScalar, isSeq } from 'yaml';
import type { Alias, Document, Node as YamlNode } from 'yaml';

/** No alias may stand for more values than this once expanded (billion-laughs files). */
export const MAX_ALIAS_EXPANSION = 10_000;

export interface AliasProblem {
  alias: Alias;
  /** `circular`: the alias points into the collection that contains it; `unresolved`: no anchor of that name comes before it. */
  kind: 'too-large' | 'circular' | 'unresolved';
}

/**
 * Finds the first alias (in document order) whose expansion is too large or circular.
 * Sizes are computed bottom-up without recursion so deep nesting cannot overflow the stack.
 */
export function findAliasProblem(doc: Document.Parsed): AliasProblem | undefined {
  const root = doc.contents;
  if (!root) return undefined;
  const size = new Map<YamlNode, number>();
  const inProgress = new Set<YamlNode>();
  // Each frame is a node and whether its children have been pushed already.
  const stack: [YamlNode, boolean][] = [[root, false]];
  for (let frame = stack.at(-1); frame !== undefined; frame = stack.at(-1)) {
    const [node, expanded] = frame;
    if (isAlias(node)) {
      stack.pop();
      const target = node.resolve(doc) as YamlNode | undefined;
      if (!target) return { alias: node, kind: 'unresolved' };
      if (inProgress.has(target)) return { alias: node, kind: 'circular' };
      const targetSize = size.get(target) ?? 1;
      if (targetSize > MAX_ALIAS_EXPANSION) return { alias: node, kind: 'too-large' };
      size.set(node, targetSize);
      continue;
    }
    const children = childrenOf(node);
    if (!expanded) {
      frame[1] = true;
      inProgress.add(node);
      for (let i = children.length - 1; i >= 0; i--) stack.push([children[i]!, false]);
      continue;
    }
    stack.pop();
    inProgress.delete(node);
    let total = 1;
    for (const child of children) total += size.get(child) ?? 1;
    size.set(node, Math.min(total, Number.MAX_SAFE_INTEGER));
  }
  return undefined;
}

function childrenOf(node: YamlNode): YamlNode[] {
  if (isScalar(node)) return [];
  const out: YamlNode[] = [];
  if (isMap(node)) {
    for (const pair of node.items) {
      if (!isPair(pair)) continue;
      if (pair.key && typeof pair.key === 'object') out.push(pair.key as YamlNode);
      if (pair.value && typeof pair.value === 'object') out.push(pair.value as YamlNode);
    }
  } else if (isSeq(node)) {
    for (const item of node.items) if (item && typeof item === 'object') out.push(item as YamlNode);
  }
  return out;
}
