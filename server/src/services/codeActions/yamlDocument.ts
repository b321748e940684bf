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
    // A file the analysis read may hold more values than the budget (its initiatives read
    // one by one); one it did not read keeps the budget, so its parse stays bounded.
    const read = !ctx.analysis.diagnostics.some((d) => d.code === 'syntax');
    result = parseYaml(ctx.text, read ? Infinity : undefined);
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
  return doc ? scalarsOf(doc).get(`${start}:${end}`)?.node : undefined;
}

/** The scalar written exactly at `[start, end)` when it is a mapping's value or a list's item, not a key. */
export function valueScalarAt(doc: Document.Parsed | undefined, start: number, end: number): Scalar | undefined {
  const found = doc ? scalarsOf(doc).get(`${start}:${end}`) : undefined;
  return found && !found.isKey ? found.node : undefined;
}

/**
 * True when `offset` falls inside a scalar written over several lines (a block scalar, a
 * quoted or plain value that goes on to the next line): a line inserted there would change
 * the value or end it early.
 */
export function insideMultilineScalar(doc: Document.Parsed | undefined, text: string, offset: number): boolean {
  if (!doc) return true;
  let spans = multilineSpans.get(doc);
  if (!spans) {
    spans = [];
    for (const { node } of scalarsOf(doc).values()) {
      const [start, end] = node.range!;
      if (text.slice(start, end).includes('\n') || text.slice(start, end).includes('\r')) spans.push([start, end]);
    }
    spans.sort((a, b) => a[0] - b[0]);
    multilineSpans.set(doc, spans);
  }
  // Scalars never overlap: the last one starting before `offset` is the only candidate.
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]![0] < offset) lo = mid + 1;
    else hi = mid;
  }
  const candidate = spans[lo - 1];
  return candidate !== undefined && offset < candidate[1];
}

const multilineSpans = new WeakMap<Document, [number, number][]>();

/**
 * Each scalar by its range, indexed in one walk per document: a request for a whole large
 * file asks for hundreds of them, and a walk for each would cost the square of its size.
 */
const scalarIndexes = new WeakMap<Document, Map<string, { node: Scalar; isKey: boolean }>>();

function scalarsOf(doc: Document.Parsed): Map<string, { node: Scalar; isKey: boolean }> {
  let index = scalarIndexes.get(doc);
  if (!index) {
    const built = new Map<string, { node: Scalar; isKey: boolean }>();
    visit(doc, {
      Scalar(key, node) {
        const at = node.range ? `${node.range[0]}:${node.range[1]}` : undefined;
        // The first in document order, as the walk this replaces found it.
        if (at !== undefined && !built.has(at)) built.set(at, { node, isKey: key === 'key' });
      },
    });
    index = built;
    scalarIndexes.set(doc, index);
  }
  return index;
}

/** A value that counts as missing: `key:`, `key: ~`, `key: ""`. */
export function isEmptyValue(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (!isScalar(value)) return false;
  return value.value === null || (typeof value.value === 'string' && value.value.trim() === '');
}
