import { isAlias, isMap, isScalar, isSeq } from 'yaml';
import type { Document, Node as YamlNode, Scalar, YAMLMap, YAMLSeq } from 'yaml';
import type { OffsetDiagnostic } from '../diagnostic';
import type { Span } from '../model/types';
import { aliasTarget } from './aliasLimit';

export type AnyNode = YamlNode;

/** One key of a mapping after merge keys (`<<`) are applied; the first of duplicate keys wins. */
export interface Entry {
  key: string;
  keyNode: Scalar;
  /** Undefined for `key:` and `key: ~`, which count as missing. */
  value: AnyNode | undefined;
}

/** Collections nested deeper than this are never needed by the format; they become empty. */
const MAX_PLAIN_DEPTH = 12;

/**
 * Read access to a parsed YAML document with aliases and merge keys resolved, shared by
 * schema validation (which needs plain values) and model extraction (which needs spans).
 */
export class NodeView {
  /** Keys that are lists or mappings, met while building plain values; the format never allows them. */
  private complexKeys = new Set<AnyNode>();
  private readonly reported = new Set<AnyNode>();

  /** `doc` is needed only to resolve aliases; text parsed without aliases has none. */
  constructor(private readonly doc: Document.Parsed | undefined) {}

  /** The complex keys met since the last call, as `schema` problems. */
  takeComplexKeys(): OffsetDiagnostic[] {
    const fresh = [...this.complexKeys].filter((node) => !this.reported.has(node));
    for (const node of fresh) this.reported.add(node);
    const found = fresh.map((node) => ({
      code: 'schema' as const,
      ...spanOf(node as { range?: [number, number, number] }),
      message: 'A key must be plain text, not a list or a mapping.',
    }));
    this.complexKeys = new Set();
    return found;
  }

  resolve(node: unknown): AnyNode | undefined {
    let current = node;
    for (let hops = 0; isAlias(current) && hops < 64; hops++) {
      current = this.doc ? aliasTarget(this.doc, current) : undefined;
    }
    if (current === undefined || current === null || isAlias(current)) return undefined;
    if (isScalar(current) && current.value === null) return undefined;
    return current as AnyNode;
  }

  /**
   * Entries are read many times per mapping (validation, extraction, rules); computed once.
   * A plain map: a view lives no longer than its document's nodes, and a weak map per view
   * (one per initiative) costs the garbage collector more.
   */
  private readonly entryCache = new Map<YAMLMap, Entry[]>();

  entries(map: YAMLMap, mergeDepth = 0): Entry[] {
    const cached = this.entryCache.get(map);
    if (cached) return cached;
    const computed = this.computeEntries(map, mergeDepth);
    this.entryCache.set(map, computed);
    return computed;
  }

  private computeEntries(map: YAMLMap, mergeDepth: number): Entry[] {
    const out: Entry[] = [];
    const seen = new Set<string>();
    const merged: Entry[] = [];
    for (const pair of map.items) {
      const keyNode = pair.key;
      if (isMergeKey(keyNode)) {
        // A merge that reaches back into itself is cut off rather than followed forever.
        if (mergeDepth > 16) continue;
        for (const source of this.mergeSources(pair.value)) merged.push(...this.entries(source, mergeDepth + 1));
        continue;
      }
      if (!isScalar(keyNode)) {
        if (keyNode !== null && keyNode !== undefined && typeof keyNode === 'object')
          this.complexKeys.add(keyNode as AnyNode);
        continue;
      }
      const key = scalarKeyText(keyNode);
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ key, keyNode, value: this.resolve(pair.value) });
    }
    // Explicit keys override merged ones, as YAML's merge-key convention says.
    for (const entry of merged) {
      if (seen.has(entry.key)) continue;
      seen.add(entry.key);
      out.push(entry);
    }
    return out;
  }

  private mergeSources(value: unknown): YAMLMap[] {
    const resolved = this.resolve(value);
    if (isMap(resolved)) return [resolved];
    if (isSeq(resolved)) {
      return resolved.items.map((i) => this.resolve(i)).filter((n): n is YAMLMap => isMap(n));
    }
    return [];
  }

  get(map: YAMLMap, key: string): Entry | undefined {
    return this.entries(map).find((e) => e.key === key);
  }

  items(seq: YAMLSeq): (AnyNode | undefined)[] {
    return seq.items.map((i) => this.resolve(i));
  }

  /**
   * The node at a JSON-pointer-like path of keys and indexes, following the same view
   * of the document that `toPlain` built the validated value from.
   */
  nodeAt(root: AnyNode, path: readonly string[]): { node: AnyNode | undefined; keyNode: Scalar | undefined } {
    let node: AnyNode | undefined = root;
    let keyNode: Scalar | undefined;
    for (const segment of path) {
      if (isMap(node)) {
        const entry = this.get(node, segment);
        if (!entry) return { node: undefined, keyNode };
        keyNode = entry.keyNode;
        node = entry.value;
      } else if (isSeq(node)) {
        keyNode = undefined;
        node = this.resolve(node.items[Number(segment)]);
      } else {
        return { node: undefined, keyNode };
      }
    }
    return { node, keyNode };
  }

  /**
   * The plain value that schema validation sees: `key: ~` and `key:` are left out (they
   * count as missing), `x-` keys are left out (they are free), and nesting is capped.
   */
  toPlain(node: AnyNode | undefined, depth = 0): unknown {
    if (node === undefined) return null;
    if (isScalar(node)) return node.value;
    if (isMap(node)) {
      // No prototype: a `__proto__` key is then an own key the schema sees (and refuses)
      // instead of replacing the object's prototype and lending it the keys it lacks.
      const obj = Object.create(null) as Record<string, unknown>;
      if (depth >= MAX_PLAIN_DEPTH) return obj;
      for (const entry of this.entries(node)) {
        if (entry.value === undefined || entry.key.startsWith('x-')) continue;
        obj[entry.key] = this.toPlain(entry.value, depth + 1);
      }
      return obj;
    }
    if (isSeq(node)) {
      if (depth >= MAX_PLAIN_DEPTH) return [];
      return node.items.map((i) => this.toPlain(this.resolve(i), depth + 1));
    }
    return null;
  }
}

export function isMergeKey(key: unknown): boolean {
  return isScalar(key) && typeof key.value === 'symbol' && key.source === '<<';
}

export function scalarKeyText(key: Scalar): string {
  const v = key.value;
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint' || typeof v === 'symbol')
    return String(v);
  // null, and values of tags the roadmap schema does not have: the key as written.
  return key.source ?? '';
}

export function spanOf(node: { range?: [number, number, number] | null }): Span {
  const r = node.range;
  if (!r) return { start: 0, end: 0 };
  return { start: r[0], end: r[1] };
}

export { isAlias, isMap, isScalar, isSeq };
