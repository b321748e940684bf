import { isScalar } from 'yaml';
import type { YAMLSeq } from 'yaml';
import type { CodeAction, TextEdit } from 'vscode-languageserver-types';
import type { DocText } from './docText';
import type { Fix } from './fixInput';
import { quickFix, sameSpan } from './fixInput';
import { initiativeMap, pairOf, seqValue } from './yamlDocument';

/**
 * `unknown-dependency`: the id the rule suggests (unless it is listed already, which
 * `depends_on` forbids), and removing the entry from the list.
 */
export const dependencyFix: Fix = (input) => {
  const { model } = input.ctx.analysis;
  const owner = model.initiatives.find((i) => i.dependsOn.some((d) => sameSpan(d.span, input)));
  const dep = owner?.dependsOn.find((d) => sameSpan(d.span, input));
  const map = owner ? initiativeMap(input.yaml, owner.index) : undefined;
  const seq = map ? seqValue(pairOf(map, 'depends_on')) : undefined;
  if (!owner || !dep || !seq) return [];
  const guess = input.current.data.suggestion;
  const listed = new Set(owner.dependsOn.map((d) => d.id));
  const actions: CodeAction[] = [];
  // Its own id would make the initiative wait on itself: a cycle, which is an error.
  if (guess && !listed.has(guess) && guess !== owner.id?.value) {
    actions.push(...quickFix(input, `Change to ${guess}`, [input.doc.replace(input.start, input.end, guess)], true));
  }
  actions.push(...quickFix(input, `Remove ${dep.id} from depends_on`, removeItem(input.doc, seq, input.start)));
  return actions;
};

function removeItem(doc: DocText, seq: YAMLSeq, start: number): TextEdit[] | undefined {
  const items = seq.items;
  const index = items.findIndex((i) => isScalar(i) && i.range?.[0] === start);
  if (index < 0) return undefined;
  const range = (items[index] as { range: [number, number, number] }).range;
  if (seq.flow) {
    const next = items[index + 1] as { range?: [number, number, number] } | undefined;
    const prev = items[index - 1] as { range?: [number, number, number] } | undefined;
    // `[a, bad, c]` loses "bad, "; a last entry takes the comma before it; an only one leaves `[]`.
    if (next?.range) return [doc.replace(range[0], next.range[0], '')];
    if (prev?.range) return [doc.replace(prev.range[1], range[1], '')];
    return [doc.replace(range[0], range[1], '')];
  }
  const lines = doc.lines;
  const first = lines.lineOf(range[0]);
  const last = doc.lastLineOf(range[0], range[1]);
  // Only a `- id` entry that has its line(s) to itself is removed as whole lines.
  if (!/^[ \t]*-[ \t]+$/.test(doc.text.slice(lines.lineStart(first), range[0]))) return undefined;
  if (last + 1 < lines.lineCount) return [doc.replace(lines.lineStart(first), lines.lineStart(last + 1), '')];
  if (first === 0) return [doc.replace(0, lines.lineEnd(last), '')];
  return [doc.replace(lines.lineEnd(first - 1), lines.lineEnd(last), '')];
}
