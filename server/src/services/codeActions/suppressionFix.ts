import type { TextEdit } from 'vscode-languageserver-types';
import { UNSUPPRESSIBLE } from '../../core/diagnostic';
import type { DocText } from './docText';
import type { Fix } from './fixInput';
import { quickFix } from './fixInput';

// The directives as suppression.ts reads them; group 2 holds the codes, which a new code joins.
const NEXT_LINE = /(^|[ \t])#[ \t]*cxroadmap-disable-next-line((?:[ \t,]+[a-z]+(?:-[a-z]+)*)+)[ \t]*(?:--.*)?$/;
const WHOLE_FILE = /^([ \t]*)#[ \t]*cxroadmap-disable((?:[ \t,]+[a-z]+(?:-[a-z]+)*)+)[ \t]*(?:--.*)?$/;

/** "Disable <code> for this line" and "… for this file", for every suppressible diagnostic. */
export const suppressionFix: Fix = (input) => {
  const code = input.current.code;
  if (UNSUPPRESSIBLE.has(code)) return [];
  const line = input.current.range.start.line;
  return [
    ...quickFix(input, `Disable ${code} for this line`, [disableLine(input.doc, line, code)]),
    ...quickFix(input, `Disable ${code} for this file`, [disableFile(input.doc, code)]),
  ];
};

function disableLine(doc: DocText, line: number, code: string): TextEdit {
  if (line > 0) {
    const above = appendTo(doc, line - 1, NEXT_LINE, 'cxroadmap-disable-next-line', code);
    if (above) return above;
  }
  return doc.insert(doc.lines.lineStart(line), `${doc.indentOf(line)}# cxroadmap-disable-next-line ${code}${doc.eol}`);
}

function disableFile(doc: DocText, code: string): TextEdit {
  const lines = doc.lines;
  for (let line = 0; line < lines.lineCount; line++) {
    const existing = appendTo(doc, line, WHOLE_FILE, 'cxroadmap-disable', code);
    if (existing) return existing;
  }
  // Below the comment block a file opens with (a title, a modeline), above everything else.
  let line = 0;
  while (line < lines.lineCount && doc.lineText(line).trimStart().startsWith('#')) line++;
  const directive = `# cxroadmap-disable ${code}`;
  if (line < lines.lineCount) return doc.insert(lines.lineStart(line), directive + doc.eol);
  return doc.insert(doc.text.length, doc.eol + directive);
}

/** Adds the code after the codes of a directive on that line, if the line holds one. */
function appendTo(doc: DocText, line: number, pattern: RegExp, word: string, code: string): TextEdit | undefined {
  const content = doc.lineText(line);
  const m = pattern.exec(content);
  if (!m) return undefined;
  // Both patterns have a group 2 that is not optional.
  const codesEnd = m.index + m[0].indexOf(word) + word.length + m[2]!.length;
  return doc.insert(doc.lines.lineStart(line) + codesEnd, ` ${code}`);
}
