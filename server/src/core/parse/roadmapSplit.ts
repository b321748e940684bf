/**
 * The common shape of a roadmap: a header of top-level keys ending with `initiatives:`,
 * then a block list of initiatives that runs to the end of the file. Recognising it from
 * the lines alone lets each initiative be parsed (and cached) on its own, so an edit
 * re-parses one initiative instead of the whole file. Anything less plain (documents
 * markers, flow style at the top, keys after the list, tabs in the indentation of the
 * header, odd indentation) returns undefined and the whole file is parsed as one document.
 */
export interface RoadmapSplit {
  /** The header is `text.slice(0, headerEnd)`; it ends with the `initiatives:` line and any blank or comment lines after it. */
  headerEnd: number;
  /** Each initiative's text, from the start of its `- ` line to the start of the next one (or the end). */
  items: { start: number; end: number }[];
}

import { lineEndFinder, nextLineStart } from '../text/lineEnds';

const INITIATIVES_KEY = /^initiatives[ \t]*:[ \t]*(?:#.*)?$/;

export function splitRoadmap(text: string): RoadmapSplit | undefined {
  if (text.startsWith('%')) return undefined;
  const lineEnd = lineEndFinder(text);
  let keyLineEnd = -1;
  let pos = 0;
  // Pass 1: the header, up to the `initiatives:` line (exactly one, at column 0).
  while (pos < text.length) {
    const end = lineEnd(pos);
    const line = text.slice(pos, end);
    if (isDocumentMarker(line)) return undefined;
    if (INITIATIVES_KEY.test(line)) {
      keyLineEnd = end;
      pos = nextLineStart(text, end);
      break;
    }
    pos = nextLineStart(text, end);
  }
  if (keyLineEnd < 0) return undefined;

  const items: { start: number; end: number }[] = [];
  let dashColumn = -1;
  let headerEnd = -1;
  // Character codes, not sliced lines: this pass runs over the whole file on every edit.
  while (pos < text.length) {
    const end = lineEnd(pos);
    let first = pos;
    while (first < end && text.charCodeAt(first) === 32) first++;
    const indent = first - pos;
    const c = first < end ? text.charCodeAt(first) : -1;
    if (c === -1 || c === 35 /* # */) {
      pos = nextLineStart(text, end);
      continue;
    }
    if (c === 9 /* tab */) {
      // A tab in an initiative's indentation is that initiative's syntax error: the others
      // are still read. Before the first item, the shape is not the plain one.
      if (dashColumn < 0) return undefined;
      pos = nextLineStart(text, end);
      continue;
    }
    if (indent === 0 && (c === 45 || c === 46) && isDocumentMarker(text.slice(pos, end))) return undefined;
    const dash =
      c === 45 /* - */ && (first + 1 === end || text.charCodeAt(first + 1) === 32 || text.charCodeAt(first + 1) === 9);
    if (dashColumn < 0) {
      if (!dash) return undefined;
      dashColumn = indent;
      headerEnd = pos;
      items.push({ start: pos, end: text.length });
    } else if (indent === dashColumn && dash) {
      // dashColumn is set together with the first item, so there is a last item.
      items[items.length - 1]!.end = pos;
      items.push({ start: pos, end: text.length });
    } else if (indent <= dashColumn) {
      // Something other than a list item at or left of the dashes: not the plain shape.
      return undefined;
    }
    pos = nextLineStart(text, end);
  }
  if (items.length === 0) return undefined;
  return { headerEnd, items };
}

function isDocumentMarker(line: string): boolean {
  return (line.startsWith('---') || line.startsWith('...')) && (line.length === 3 || /^(?:---|\.\.\.)[ \t]/.test(line));
}
