import { isMap, isScalar, isSeq, visit } from 'yaml';
import type { Document, Pair, Scalar, YAMLMap, YAMLSeq } from 'yaml';
import { parseYaml } from '../../core/yaml/parseYaml';
import type { ParsedYaml } from '../../core/yaml/parseYaml';
import { scalarKeyText } from '../../core/yaml/nodeView';
import type { DocumentContext } from '../documentContext';

/**
 * The analysis keeps only the model, so the syntax tree that edits need is parsed again,
 * once per analysis. A document with a syntax error gets none: nothing is fixed in it.
 */
const parsed = new WeakMap<object, ParsedYaml>();

export function parsedYamlOf(ctx: DocumentContext): ParsedYaml {
  let result = parsed.get(ctx.analysis);
  if (!result) {
    result = parseYaml(ctx.text);
    parsed.set(ctx.analysis, result);
  }
  return result;
}

export function yamlDocumentOf(ctx: DocumentContext): Document.Parsed | undefined {
  const result = parsedYamlOf(ctx);
  return result.syntax.length === 0 ? result.doc : undefined;
}

export function keyText(pair: Pair): string | undefined {
  return isScalar(pair.key) ? scalarKeyText(pair.key) : undefined;
}

/** The pair of a key written in this mapping itself (merged keys are not editable here). */
export function pairOf(map: YAMLMap, key: string): Pair | undefined {
  return map.items.find((p) => keyText(p) === key);
}

export function rootMap(doc: Document.Parsed | undefined): YAMLMap | undefined {
  return doc && isMap(doc.contents) ? doc.contents : undefined;
}

export function mapValue(pair: Pair | undefined): YAMLMap | undefined {
  return pair && isMap(pair.value) ? pair.value : undefined;
}

export function seqValue(pair: Pair | undefined): YAMLSeq | undefined {
  return pair && isSeq(pair.value) ? pair.value : undefined;
}

/**
 * The mapping of the initiative at a list position, when it is written there: an item that
 * is an alias (`- *common`) shares its text with another place and is never edited.
 */
export function initiativeMap(doc: Document.Parsed | undefined, index: number): YAMLMap | undefined {
  const root = rootMap(doc);
  const list = root ? seqValue(pairOf(root, 'initiatives')) : undefined;
  const item: unknown = list?.items[index];
  return isMap(item) ? item : undefined;
}

/** A scalar (key or value) written exactly at `[start, end)`. */
export function scalarAt(doc: Document.Parsed | undefined, start: number, end: number): Scalar | undefined {
  if (!doc) return undefined;
  let found: Scalar | undefined;
  visit(doc, {
    Scalar(_key, node) {
      if (node.range && node.range[0] === start && node.range[1] === end) {
        found = node;
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return found;
}

/** A value that counts as missing: `key:`, `key: ~`, `key: ""`. */
export function isEmptyValue(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (!isScalar(value)) return false;
  return value.value === null || (typeof value.value === 'string' && value.value.trim() === '');
}
