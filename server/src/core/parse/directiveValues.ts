import { visit } from 'yaml';
import type { Document } from 'yaml';

/** Source ranges of scalar values whose text contains `needle` (quoted, block or plain). */
export function scalarsContaining(doc: Document.Parsed, text: string, needle: string): [number, number][] {
  const out: [number, number][] = [];
  visit(doc, {
    Scalar(_key, node) {
      const r = node.range;
      if (r && text.slice(r[0], r[1]).includes(needle)) out.push([r[0], r[1]]);
    },
  });
  return out;
}
