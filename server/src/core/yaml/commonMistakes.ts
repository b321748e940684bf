import { visit } from 'yaml';
import type { Document, YAMLError } from 'yaml';
import type { DiagnosticFacts, OffsetDiagnostic } from '../diagnostic';
import type { Span } from '../model/types';

/**
 * The YAML mistakes people who are not programmers make most, recognised where the parser
 * stopped: a colon in free text, a tab in the indentation, a quote or bracket left open, a
 * stray `-`. The parser reports each as one or more errors about its own grammar, often a
 * line away and sometimes on every line after it; each mistake found here is one diagnostic
 * on the value at fault, saying what to do, with the text a quick fix puts in its place.
 * Errors that are not one of these keep the parser's position and a plain message (see
 * syntaxMessages.ts).
 */
export interface Mistake {
  diagnostic: OffsetDiagnostic;
  /** The parser errors that start in here follow from the mistake: none of them is another one. */
  covers: Span;
}

type Repair = NonNullable<DiagnosticFacts['repair']>;

/**
 * Past this many, text is not a roadmap with a few slips but something else (binary junk,
 * say), and the parser's errors are reported as they are.
 */
const MAX_MISTAKES = 50;

/** The mistakes behind `errors` (those of every document of `text`), in text order. */
export function findMistakes(text: string, docs: readonly Document.Parsed[], errors: readonly YAMLError[]): Mistake[] {
  const mistakes = unclosed(text, docs, errors);
  for (const error of errors) {
    if (mistakes.length >= MAX_MISTAKES) break;
    const at = error.pos[0];
    if (mistakes.some((m) => at >= m.covers.start && at <= m.covers.end)) continue;
    const found = tabIndent(text, at) ?? strayDash(text, at) ?? colonInText(text, error) ?? dashInText(text, at);
    if (found) mistakes.push(found);
  }
  return mistakes.sort((a, b) => a.diagnostic.start - b.diagnostic.start);
}

function mistake(
  start: number,
  end: number,
  message: string,
  repair: Repair,
  replacement: string,
  covers: Span,
): Mistake {
  return { diagnostic: { code: 'syntax', start, end, message, facts: { repair, replacement } }, covers };
}

/**
 * A quoted value or a `[ ]`/`{ }` whose closing character never comes. The parser reads on
 * to the end of the text or of the list, and errs there; the fix closes it at the end of
 * the line it opens on, where a one-line value ends.
 */
function unclosed(text: string, docs: readonly Document.Parsed[], errors: readonly YAMLError[]): Mistake[] {
  const out: Mistake[] = [];
  const consider = (start: number, end: number, closer: string, what: 'quote' | 'list' | 'mapping') => {
    if (out.length >= MAX_MISTAKES || out.some((m) => start >= m.covers.start && start <= m.covers.end)) return;
    // Brackets may hold a comment; a quoted text runs on over a `#`.
    const valueEnd = what === 'quote' ? trimmedLineEnd(text, start) : valueEndOf(text, start);
    const after = errors.find((e) => e.pos[0] >= start)?.pos[1] ?? end;
    const covers = { start: lineStart(text, start), end: Math.max(end, after) };
    const message =
      what === 'quote'
        ? `This text opens a quote (\`${closer}\`) that is never closed; add \`${closer}\` at its end.`
        : what === 'list'
          ? 'This list opens with `[` but is never closed; add `]` after its last item.'
          : 'This mapping opens with `{` but is never closed; add `}` after its last entry.';
    out.push(mistake(start, valueEnd, message, 'close', text.slice(start, valueEnd) + closer, covers));
  };
  for (const doc of docs) {
    visit(doc, {
      Scalar(_key, node) {
        const token = node.srcToken;
        if (!node.range || !token || !('source' in token)) return;
        if (token.type === 'double-quoted-scalar' && !isClosed(token.source, '"'))
          consider(node.range[0], node.range[2], '"', 'quote');
        else if (token.type === 'single-quoted-scalar' && !isClosed(token.source, "'"))
          consider(node.range[0], node.range[2], "'", 'quote');
      },
      Seq(_key, node) {
        const token = node.srcToken;
        if (node.flow && node.range && token?.type === 'flow-collection' && !token.end.some((t) => t.source === ']'))
          consider(node.range[0], node.range[2], ']', 'list');
      },
      Map(_key, node) {
        const token = node.srcToken;
        if (node.flow && node.range && token?.type === 'flow-collection' && !token.end.some((t) => t.source === '}'))
          consider(node.range[0], node.range[2], '}', 'mapping');
      },
    });
  }
  return out;
}

/** Whether a quoted scalar's source has its closing quote (a doubled `''` or an escaped `\"` is not one). */
function isClosed(source: string, quote: '"' | "'"): boolean {
  for (let i = 1; i < source.length; i++) {
    const c = source[i];
    if (quote === '"' && c === '\\') i++;
    else if (c === quote) {
      if (quote === "'" && source[i + 1] === "'") i++;
      else return true;
    }
  }
  return false;
}

/** A line whose indentation holds a tab: it is replaced by the spaces that line it up. */
function tabIndent(text: string, at: number): Mistake | undefined {
  const start = lineStart(text, at);
  const first = firstNonBlank(text, start);
  if (!text.slice(start, first).includes('\t') || first >= lineEnd(text, start)) return undefined;
  const previous = previousContentLine(text, start);
  const indent = intendedIndent(text, start, 0);
  return mistake(
    start,
    first,
    'This line is indented with a tab, which YAML does not allow; indent it with spaces.',
    'indent',
    ' '.repeat(indent),
    { start: previous === undefined ? start : lineEnd(text, previous), end: lineEnd(text, start) },
  );
}

/**
 * The indentation the line at `start` was meant to have: that of the keys on the line
 * above, two more when that line opens a block (`measures:`). A line above that is itself
 * indented with tabs is lined up first, a few lines up at most.
 */
function intendedIndent(text: string, start: number, depth: number): number {
  const previous = previousContentLine(text, start);
  if (previous === undefined || depth > 20) return 0;
  const first = firstNonBlank(text, previous);
  const own = text.slice(previous, first).includes('\t') ? intendedIndent(text, previous, depth + 1) : first - previous;
  return own + keyColumn(text, previous) - (first - previous) + (opensBlock(text, previous) ? 2 : 0);
}

/**
 * A `- ` at the column of the keys around it: YAML reads a list item where a mapping goes
 * on. Removing the dash (and the spaces after it) puts the line back among the keys.
 */
function strayDash(text: string, at: number): Mistake | undefined {
  const start = lineStart(text, at);
  const dash = firstNonBlank(text, start);
  const end = lineEnd(text, start);
  if (text[dash] !== '-' || !(dash + 1 === end || text[dash + 1] === ' ')) return undefined;
  const previous = previousContentLine(text, start);
  if (previous === undefined || opensBlock(text, previous) || keyColumn(text, previous) !== dash - start)
    return undefined;
  if (!isKeyLine(text, previous)) return undefined;
  let after = dash + 1;
  while (after < end && text[after] === ' ') after++;
  return mistake(
    dash,
    after,
    'This `-` starts a list item among the `key: value` lines of a mapping; remove the `-`.',
    'undash',
    '',
    { start: lineEnd(text, previous), end },
  );
}

/** `note: Phase 1: Gold tier only`: the parser takes `Phase 1` for a key of a mapping nested in a value. */
function colonInText(text: string, error: YAMLError): Mistake | undefined {
  if (error.code !== 'BLOCK_AS_IMPLICIT_KEY') return undefined;
  const start = error.pos[0];
  if (!followsKey(text, start) || '"\'[{'.includes(text[start] ?? '"')) return undefined;
  const end = valueEndOf(text, start);
  const value = text.slice(start, end);
  const inside = value.includes(': ') || value.includes(':\t');
  if (!inside && !value.endsWith(':')) return undefined;
  const message = inside
    ? 'This text contains `: `, which YAML reads as the start of a new key; put the whole text in quotes.'
    : 'This text ends with `:`, which YAML reads as a key; put the whole text in quotes.';
  return mistake(start, end, message, 'quote', JSON.stringify(value), {
    start: lineStart(text, start),
    end: lineEnd(text, start),
  });
}

/** `title: - first step`: a value that starts with `- ` is read as a list, which cannot follow a key on its line. */
function dashInText(text: string, at: number): Mistake | undefined {
  if (text[at] !== '-' || text[at + 1] !== ' ' || !followsKey(text, at)) return undefined;
  const end = valueEndOf(text, at);
  return mistake(
    at,
    end,
    'This text starts with `- `, which YAML reads as a list; put the whole text in quotes.',
    'quote',
    JSON.stringify(text.slice(at, end)),
    { start: lineStart(text, at), end: lineEnd(text, at) },
  );
}

/** Whether `at` is the start of a value written after `key:` and spaces on its line. */
function followsKey(text: string, at: number): boolean {
  const start = lineStart(text, at);
  let i = at;
  while (i > start && (text[i - 1] === ' ' || text[i - 1] === '\t')) i--;
  return i < at && i - 1 > start && text[i - 1] === ':' && firstNonBlank(text, start) < i - 1;
}

/** The end of a one-line plain or flow value starting at `start`: before a comment and trailing blanks. */
function valueEndOf(text: string, start: number): number {
  const end = lineEnd(text, start);
  let stop = end;
  for (let i = start + 1; i < end; i++) {
    if (text[i] === '#' && (text[i - 1] === ' ' || text[i - 1] === '\t')) {
      stop = i;
      break;
    }
  }
  return trimEnd(text, start, stop);
}

function trimmedLineEnd(text: string, start: number): number {
  return trimEnd(text, start, lineEnd(text, start));
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
  return end;
}

/** The column where the keys of a line's mapping start: after its indentation and any `- `. */
function keyColumn(text: string, start: number): number {
  let i = firstNonBlank(text, start);
  while (text[i] === '-' && text[i + 1] === ' ') {
    i += 2;
    while (text[i] === ' ') i++;
  }
  return i - start;
}

/** A line of the form `key: value` or `- key: value` (a plain key that is not a comment or a list dash). */
function isKeyLine(text: string, start: number): boolean {
  const from = start + keyColumn(text, start);
  const end = lineEnd(text, start);
  const c = text[from];
  if (from >= end || c === '#' || c === '-') return false;
  for (let i = from; i < end; i++) if (text[i] === ':' && (i + 1 === end || text[i + 1] === ' ')) return true;
  return false;
}

/** A `key:` line with no value after the colon (a comment aside): what follows is nested deeper. */
function opensBlock(text: string, start: number): boolean {
  const end = valueEndOf(text, firstNonBlank(text, start));
  return text[end - 1] === ':';
}

/** The start of the closest line before the line at `start` that holds more than blanks or a comment. */
function previousContentLine(text: string, start: number): number | undefined {
  let at = start;
  while (at > 0) {
    at = lineStart(text, at - 1);
    const first = firstNonBlank(text, at);
    if (first < lineEnd(text, at) && text[first] !== '#') return at;
  }
  return undefined;
}

function firstNonBlank(text: string, start: number): number {
  let i = start;
  while (text[i] === ' ' || text[i] === '\t') i++;
  return i;
}

function lineStart(text: string, at: number): number {
  let i = Math.min(at, text.length);
  while (i > 0 && text[i - 1] !== '\n' && text[i - 1] !== '\r') i--;
  return i;
}

function lineEnd(text: string, at: number): number {
  let i = at;
  while (i < text.length && text[i] !== '\n' && text[i] !== '\r') i++;
  return i;
}

/**
 * The errors the mistakes do not explain. The text is parsed again with every mistake
 * repaired as its fix would: an error of the same kind at the same place is still there,
 * and is reported as the parser's; the others followed from the mistakes.
 */
export function errorsLeft(
  text: string,
  mistakes: readonly Mistake[],
  errors: readonly YAMLError[],
  parseErrors: (text: string) => readonly YAMLError[] | undefined,
): YAMLError[] {
  const edits: { start: number; end: number; text: string }[] = [];
  for (const { diagnostic: d } of mistakes) {
    const last = edits[edits.length - 1];
    if (last && d.start < last.end) continue;
    edits.push({ start: d.start, end: d.end, text: d.facts?.replacement ?? text.slice(d.start, d.end) });
  }
  let repaired = '';
  let from = 0;
  for (const e of edits) {
    repaired += text.slice(from, e.start) + e.text;
    from = e.end;
  }
  repaired += text.slice(from);
  const after = parseErrors(repaired);
  if (!after) return [...errors];
  // An offset of the repaired text, in the original: a place inside a replacement is its start.
  const original = (offset: number): number => {
    let shift = 0;
    for (const e of edits) {
      const start = e.start + shift;
      if (offset < start) break;
      if (offset < start + e.text.length) return e.start;
      shift += e.text.length - (e.end - e.start);
    }
    return offset - shift;
  };
  const left = new Set(after.map((e) => `${e.code}@${original(e.pos[0])}`));
  return errors.filter((e) => left.has(`${e.code}@${e.pos[0]}`));
}
