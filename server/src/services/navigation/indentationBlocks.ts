import type { LineIndex } from '../../core/text/lineIndex';

export interface LineSpan {
  startLine: number;
  endLine: number;
}

export interface IndentationBlocks {
  /** Lines whose deeper-indented followers belong to them (keys with a block value, list items). */
  regions: LineSpan[];
  /** Runs of two or more comment lines. */
  comments: LineSpan[];
}

interface Open {
  line: number;
  indent: number;
  dash: boolean;
  /** Ends in `key:`: its list items may sit at its own indentation. */
  opensBlock: boolean;
  /** Ends in `[` or `{`: the closing bracket at its indentation still belongs to it. */
  opensBracket: boolean;
}

const BLOCK_SCALAR = /(?:^-|:)[ \t]+[|>][1-9+-]{0,2}[ \t]*(?:#.*)?$/;

/**
 * The structure of a YAML text read from indentation alone, so that it holds while the
 * document does not parse. A line owns the following lines that are more indented, plus
 * `- ` items at its own indentation when it is a `key:` with no value on its line.
 */
export function indentationBlocks(text: string, lines: LineIndex): IndentationBlocks {
  const regions: LineSpan[] = [];
  const comments: LineSpan[] = [];
  const stack: Open[] = [];
  let lastContent = -1;
  let commentStart = -1;
  let commentEnd = -1;
  /** Indentation of the line that opened a block scalar whose text is being skipped. */
  let scalarOwner: number | undefined;

  const emit = (list: LineSpan[], startLine: number, endLine: number) => {
    if (endLine > startLine) list.push({ startLine, endLine });
  };
  const closeComment = () => {
    if (commentStart >= 0) emit(comments, commentStart, commentEnd);
    commentStart = -1;
  };

  for (let line = 0; line < lines.lineCount; line++) {
    const content = text.slice(lines.lineStart(line), lines.lineEnd(line));
    const trimmed = content.replace(/^[ \t]+/, '');
    const indent = content.length - trimmed.length;
    if (scalarOwner !== undefined) {
      if (trimmed === '') continue;
      if (indent > scalarOwner) {
        lastContent = line;
        continue;
      }
      scalarOwner = undefined;
    }
    if (trimmed === '') {
      closeComment();
      continue;
    }
    if (trimmed.startsWith('#')) {
      if (commentStart < 0) commentStart = line;
      commentEnd = line;
      continue;
    }
    closeComment();

    const dash = /^-(?:[ \t]|$)/.test(trimmed);
    let closedBracket = false;
    for (let top = stack.at(-1); top !== undefined; top = stack.at(-1)) {
      if (indent > top.indent) break;
      if (indent === top.indent && dash && !top.dash && top.opensBlock) break;
      stack.pop();
      if (indent === top.indent && top.opensBracket && /^[\]}]/.test(trimmed)) {
        emit(regions, top.line, line);
        closedBracket = true;
        break;
      }
      emit(regions, top.line, lastContent);
    }
    lastContent = line;
    if (closedBracket) continue;
    const code = withoutComment(trimmed);
    stack.push({
      line,
      indent,
      dash,
      opensBlock: /:$/.test(code),
      opensBracket: /[[{]$/.test(code),
    });
    if (BLOCK_SCALAR.test(trimmed)) scalarOwner = indent;
  }
  closeComment();
  while (stack.length > 0) emit(regions, stack.pop()!.line, lastContent);
  regions.sort((a, b) => a.startLine - b.startLine);
  return { regions, comments };
}

/**
 * The line before a ` #` comment. A scan, not `/[ \t]+#.*$/`: that pattern restarts at each
 * blank of a long run of them, which costs the square of the run's length.
 */
export function withoutComment(line: string): string {
  for (let hash = line.indexOf('#'); hash > 0; hash = line.indexOf('#', hash + 1)) {
    if (!isBlank(line.charCodeAt(hash - 1))) continue;
    let start = hash - 1;
    while (start > 0 && isBlank(line.charCodeAt(start - 1))) start--;
    return line.slice(0, start);
  }
  return line;
}

function isBlank(code: number): boolean {
  return code === 32 || code === 9;
}
