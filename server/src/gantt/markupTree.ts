/**
 * The chart's markup as a tree of strings: each leaf is exactly one element, each group an
 * element whose children are leaves or groups. Joined, it is the chart's SVG; compared with
 * the tree of an earlier chart, it gives the few elements an edit changed, which is all the
 * preview needs to receive (`diffMarkup`).
 */
import { attrs } from './markup';
import type { AttrValue } from './markup';

export type MarkupNode = string | MarkupGroup;

export interface MarkupGroup {
  /** The start tag, attributes included. */
  open: string;
  children: MarkupNode[];
  close: string;
}

/** Replace the element at `path` (child indexes from the root) with `markup`, one element. */
export interface MarkupChange {
  path: number[];
  markup: string;
}

/** A group element; empty strings among `children` (parts with nothing to draw) are left out. */
export function group(
  name: string,
  values: Readonly<Record<string, AttrValue>>,
  children: readonly MarkupNode[],
): MarkupGroup {
  return { open: `<${name}${attrs(values)}>`, children: children.filter((c) => c !== ''), close: `</${name}>` };
}

export function joinMarkup(node: MarkupNode): string {
  if (typeof node === 'string') return node;
  let out = node.open;
  for (const child of node.children) out += joinMarkup(child);
  return out + node.close;
}

function sameShape(a: MarkupGroup, b: MarkupGroup): boolean {
  return a.open === b.open && a.close === b.close && a.children.length === b.children.length;
}

function diffChildren(old: MarkupGroup, next: MarkupGroup, path: number[], out: MarkupChange[]): void {
  // Callers compare only groups of the same shape, so both have as many children.
  for (let i = 0; i < next.children.length; i++) {
    const a = old.children[i]!;
    const b = next.children[i]!;
    if (a === b) continue;
    if (typeof a !== 'string' && typeof b !== 'string' && sameShape(a, b)) diffChildren(a, b, [...path, i], out);
    else out.push({ path: [...path, i], markup: joinMarkup(b) });
  }
}

/**
 * The changes that turn `old` into `next`, in document order: a group that kept its tag and
 * its number of children is compared child by child, any other difference replaces the
 * element whole. Undefined when the root itself differs (then only the whole will do).
 */
export function diffMarkup(old: MarkupGroup, next: MarkupGroup): MarkupChange[] | undefined {
  if (!sameShape(old, next)) return undefined;
  const out: MarkupChange[] = [];
  diffChildren(old, next, [], out);
  return out;
}
