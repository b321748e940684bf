import type { Range, TextEdit } from 'vscode-languageserver-types';
import type { LineIndex } from '../../core/text/lineIndex';

/** The line break a document already uses, so that inserted lines match it. */
export function eolOf(text: string): string {
  const i = text.search(/[\r\n]/);
  if (i < 0) return '\n';
  if (text[i] === '\n') return '\n';
  return text[i + 1] === '\n' ? '\r\n' : '\r';
}

/** Offsets to edits for one document's analysed text. */
export class DocText {
  readonly eol: string;

  constructor(
    readonly text: string,
    readonly lines: LineIndex,
  ) {
    this.eol = eolOf(text);
  }

  range(start: number, end: number): Range {
    return this.lines.rangeOf(start, end);
  }

  insert(offset: number, newText: string): TextEdit {
    return { range: this.range(offset, offset), newText };
  }

  replace(start: number, end: number, newText: string): TextEdit {
    return { range: this.range(start, end), newText };
  }

  /** `end` moved back over trailing whitespace and line breaks, but not before `start`. */
  contentEnd(start: number, end: number): number {
    let e = Math.min(end, this.text.length);
    while (e > start && /\s/.test(this.text.charAt(e - 1))) e--;
    return e;
  }

  /** The line holding the last character of `[start, end)`, whitespace excluded. */
  lastLineOf(start: number, end: number): number {
    return this.lines.lineOf(Math.max(start, this.contentEnd(start, end) - 1));
  }

  /** UTF-16 column of an offset within its line. */
  columnOf(offset: number): number {
    return offset - this.lines.lineStart(this.lines.lineOf(offset));
  }

  lineText(line: number): string {
    return this.text.slice(this.lines.lineStart(line), this.lines.lineEnd(line));
  }

  /** The spaces and tabs a line starts with. */
  indentOf(line: number): string {
    return /^[ \t]*/.exec(this.lineText(line))![0];
  }
}
