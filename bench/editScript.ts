/**
 * One-character edits as a person types them: each goes into the title of a different
 * initiative, spread evenly over the file, as an incremental change with a range.
 */
import type { TextDocumentContentChangeEvent } from 'vscode-languageserver-protocol';

const TITLE = '    title: ';

/** Line numbers (0-based) of every initiative's `title:` line in a generated roadmap. */
export function titleLines(text: string): number[] {
  const lines: number[] = [];
  text.split('\n').forEach((line, i) => {
    if (line.startsWith(TITLE)) lines.push(i);
  });
  return lines;
}

export interface Edit {
  line: number;
  /** Position of the edited initiative in the list. */
  initiative: number;
  change: TextDocumentContentChangeEvent;
}

/**
 * `count` edits, each typing one letter at the start of a title. Inserting within a line
 * never moves other lines, so every edit's position holds whatever came before it.
 */
export function titleEdits(text: string, count: number): Edit[] {
  const lines = titleLines(text);
  if (lines.length === 0) throw new Error('no initiative titles to edit');
  const stride = Math.max(1, Math.floor(lines.length / Math.min(count, lines.length)));
  const edits: Edit[] = [];
  for (let i = 0; i < count; i++) {
    const initiative = (i * stride + Math.floor(i / lines.length)) % lines.length;
    const line = lines[initiative];
    const at = { line, character: TITLE.length };
    edits.push({ line, initiative, change: { range: { start: at, end: at }, text: 'x' } });
  }
  return edits;
}
