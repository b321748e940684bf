import { isMap, isPair, isScalar, isSeq, Pair, Scalar, YAMLMap, YAMLSeq } from 'yaml';

/**
 * `yaml` nodes made the cheap way, for the fast parser. `yaml`'s constructors mark every
 * node with its type through `Object.defineProperty`, which costs more than all the rest
 * of a node (a sixth of `cxroadmap lint` on a large roadmap went to it). Here the mark sits
 * once on a prototype between the node and its class: `isScalar()`, `isMap()`, `instanceof`
 * and the classes' methods see the same node.
 *
 * The mark is `yaml`'s shared `Symbol.for('yaml.node.type')`, the key by which copies of the
 * package recognise each other's nodes. Should a version of `yaml` mark its nodes some other
 * way, the check below notices at load and the real constructors are used.
 */
const NODE_TYPE = Symbol.for('yaml.node.type');

function markedPrototype<T extends object>(prototype: T, sample: object): T {
  const marked = Object.create(prototype) as T;
  Object.defineProperty(marked, NODE_TYPE, { value: (sample as Record<symbol, unknown>)[NODE_TYPE] });
  return marked;
}

const SCALAR = markedPrototype(Scalar.prototype, new Scalar(null));
const MAP = markedPrototype(YAMLMap.prototype, new YAMLMap());
const SEQ = markedPrototype(YAMLSeq.prototype, new YAMLSeq());
const PAIR = markedPrototype(Pair.prototype, new Pair(null));

function works(): boolean {
  const scalar = Object.create(SCALAR) as Scalar;
  const map = Object.create(MAP) as YAMLMap;
  const seq = Object.create(SEQ) as YAMLSeq;
  const pair = Object.create(PAIR) as Pair;
  return (
    isScalar(scalar) &&
    isMap(map) &&
    isSeq(seq) &&
    isPair(pair) &&
    !isMap(scalar) &&
    !isScalar(pair) &&
    scalar instanceof Scalar &&
    map instanceof YAMLMap
  );
}

const CHEAP = works();

export function scalarNode(value: unknown): Scalar {
  if (!CHEAP) return new Scalar(value);
  const node = Object.create(SCALAR) as Scalar;
  node.value = value;
  return node;
}

export function mapNode(): YAMLMap {
  if (!CHEAP) return new YAMLMap();
  const node = Object.create(MAP) as YAMLMap;
  node.items = [];
  return node;
}

export function seqNode(): YAMLSeq {
  if (!CHEAP) return new YAMLSeq();
  const node = Object.create(SEQ) as YAMLSeq;
  node.items = [];
  return node;
}

export function pairNode(key: unknown, value: unknown): Pair {
  if (!CHEAP) return new Pair(key, value);
  const node = Object.create(PAIR) as Pair;
  node.key = key;
  node.value = value;
  return node;
}
