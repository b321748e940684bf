import { isAlias, isMap, isPair, isScalar, isSeq } from 'yaml';
import type { Alias, Document, Node as YamlNode } from 'yaml';

/** No alias may stand for more values than this once expanded (billion-laughs files). */
export const MAX_ALIAS_EXPANSION = 10_000;

/**
 * All aliases of a document together may add no more values than this, each counted once
 * per use: many small aliases (fan-out) cost as much as one large one.
 */
export const MAX_DOCUMENT_EXPANSION = 100_000;

export interface AliasProblem {
  alias: Alias;
  /**
   * `circular`: the alias points into the collection that contains it; `unresolved`: no
   * anchor of that name comes before it; `too-large`: it alone expands past
   * MAX_ALIAS_EXPANSION; `over-budget`: with the aliases before it, past MAX_DOCUMENT_EXPANSION.
   */
  kind: 'too-large' | 'over-budget' | 'circular' | 'unresolved';
}

export interface AliasIndex {
  /** Each alias's anchored node; missing for an alias that names no anchor before it. */
  targets: Map<Alias, YamlNode>;
  /** The first alias (in document order) that may not be expanded. */
  problem?: AliasProblem | undefined;
  /** How many values the aliases add to the document, up to the first problem. */
  added: number;
}

/**
 * `Alias.resolve` without a context walks the whole document for every alias, so a file of
 * many aliases costs the square of its size; one walk indexes them all instead.
 */
const indexes = new WeakMap<Document, AliasIndex>();

export function aliasIndex(doc: Document): AliasIndex {
  let index = indexes.get(doc);
  if (!index) {
    index = buildIndex(doc);
    indexes.set(doc, index);
  }
  return index;
}

/** The anchored node an alias stands for, as `yaml` resolves it (the last anchor of that name before it). */
export function aliasTarget(doc: Document, alias: Alias): YamlNode | undefined {
  return aliasIndex(doc).targets.get(alias);
}

export function findAliasProblem(doc: Document): AliasProblem | undefined {
  return aliasIndex(doc).problem;
}

/**
 * One walk in `yaml`'s visiting order (pairs' keys before their values): anchors are
 * registered when first met, so an alias inside its own anchor sees it in progress. Sizes
 * are computed bottom-up without recursion so deep nesting cannot overflow the stack.
 * Past the first problem nothing more is resolved: the file is not read further.
 */
function buildIndex(doc: Document): AliasIndex {
  const targets = new Map<Alias, YamlNode>();
  const index: AliasIndex = { targets, added: 0 };
  const root = doc.contents;
  if (!root) return index;
  const anchors = new Map<string, YamlNode>();
  const size = new Map<YamlNode, number>();
  const inProgress = new Set<YamlNode>();
  // Each frame is a node and whether its children have been pushed already.
  const stack: [YamlNode, boolean][] = [[root, false]];
  for (let frame = stack.at(-1); frame !== undefined; frame = stack.at(-1)) {
    const [node, expanded] = frame;
    if (isAlias(node)) {
      stack.pop();
      const target = anchors.get(node.source);
      if (!target) return { ...index, problem: { alias: node, kind: 'unresolved' } };
      targets.set(node, target);
      if (inProgress.has(target)) return { ...index, problem: { alias: node, kind: 'circular' } };
      const targetSize = size.get(target) ?? 1;
      if (targetSize > MAX_ALIAS_EXPANSION) return { ...index, problem: { alias: node, kind: 'too-large' } };
      index.added += targetSize;
      if (index.added > MAX_DOCUMENT_EXPANSION) return { ...index, problem: { alias: node, kind: 'over-budget' } };
      size.set(node, targetSize);
      continue;
    }
    if (!expanded) {
      const anchor = (node as { anchor?: string }).anchor;
      if (anchor) anchors.set(anchor, node);
      const children = childrenOf(node);
      if (children.length === 0) {
        stack.pop();
        continue;
      }
      frame[1] = true;
      inProgress.add(node);
      for (let i = children.length - 1; i >= 0; i--) stack.push([children[i]!, false]);
      continue;
    }
    stack.pop();
    inProgress.delete(node);
    let total = 1;
    for (const child of childrenOf(node)) total += size.get(child) ?? 1;
    size.set(node, Math.min(total, Number.MAX_SAFE_INTEGER));
  }
  return index;
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
