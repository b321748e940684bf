import { Document, Scalar } from 'yaml';
import type { YAMLMap, YAMLSeq } from 'yaml';
import { lineEndFinder, nextLineStart } from '../text/lineEnds';
import { mapNode, pairNode, scalarNode, seqNode } from './fastNodes';

/**
 * A parser for the plain YAML that roadmap initiatives are almost always written in:
 * block mappings and lists, one-line plain, quoted and `[a, b]` values, comments. It
 * builds the same nodes, values and source ranges as the `yaml` package, about ten times
 * faster, and gives up (returns undefined) on anything else — anchors, aliases, tags,
 * block scalars, multi-line values, flow mappings, odd indentation, duplicate keys —
 * so the caller parses that text with `yaml`. A differential test holds the two equal.
 */
export function fastParseItem(text: string): YAMLSeq | undefined {
  try {
    return new ItemParser(text).parse();
  } catch (error) {
    if (error === GIVE_UP) return undefined;
    throw error;
  }
}

const GIVE_UP = new Error('fast parser: not plain YAML');

function giveUp(): never {
  throw GIVE_UP;
}

interface Line {
  start: number;
  /** Offset of the line break (or the text's end). */
  end: number;
  /** Start of the next line, or the text's end. */
  next: number;
  /** Offset of the first character that is not a space. */
  first: number;
  indent: number;
  blank: boolean;
}

/** The core schema's scalar tags, tried in order like `yaml` does for plain scalars. */
const CORE_TAGS = new Document().schema.tags.filter(
  (
    t,
  ): t is typeof t & { test: RegExp; resolve: (s: string, onError: (m: string) => void, options: object) => unknown } =>
    'test' in t && t.test instanceof RegExp && typeof (t as { resolve?: unknown }).resolve === 'function',
);

/** Only text starting like a number, a boolean, null or `.inf`/`.nan` can be anything but a string. */
const MAYBE_NOT_STRING = /^[-+.0-9~tTfFnN]/;

function isFlowIndicator(code: number): boolean {
  return code === 44 || code === 91 || code === 93 || code === 123 || code === 125;
}

function resolvePlain(source: string): unknown {
  if (!MAYBE_NOT_STRING.test(source)) return source;
  for (const tag of CORE_TAGS) {
    if (!tag.test.test(source)) continue;
    // Some tags hand back a Scalar (to remember the source's spelling); the value is inside.
    const resolved = tag.resolve(source, giveUp, RESOLVE_OPTIONS);
    return resolved instanceof Scalar ? resolved.value : resolved;
  }
  return source;
}

/** The options `yaml` resolves scalars with by default. */
const RESOLVE_OPTIONS = { intAsBigInt: false };

/** A plain scalar may not start with these (`-`, `?`, `:` only when a space follows). */
const INDICATORS = new Set(['[', ']', '{', '}', ',', '#', '&', '*', '!', '|', '>', "'", '"', '%', '@', '`']);

class ItemParser {
  private readonly lines: Line[] = [];
  private readonly dashColumn: number;

  constructor(private readonly text: string) {
    // A tab anywhere (indentation or value) is left to `yaml`.
    if (text.includes('\t')) giveUp();
    const lineEnd = lineEndFinder(text);
    let pos = 0;
    while (pos <= text.length) {
      const end = lineEnd(pos);
      let first = pos;
      while (first < end && text.charCodeAt(first) === 32) first++;
      const next = nextLineStart(text, end);
      this.lines.push({ start: pos, end, next, first, indent: first - pos, blank: first === end });
      if (end >= text.length) break;
      pos = next;
    }
    this.dashColumn = this.lines[0]?.indent ?? 0;
    // Comment lines inside an initiative change where `yaml` ends its collections; only
    // those at or left of the dashes (between initiatives) are kept on the fast path.
    for (const line of this.lines) {
      if (!line.blank && text.charCodeAt(line.first) === 35 && line.indent > this.dashColumn) giveUp();
    }
  }

  parse(): YAMLSeq {
    const line = this.lines[0];
    if (!line || line.blank || this.text.charCodeAt(line.first) !== 45 || this.text.charCodeAt(line.first + 1) !== 32)
      giveUp();
    let contentStart = line.first + 1;
    while (contentStart < line.end && this.text.charCodeAt(contentStart) === 32) contentStart++;
    if (contentStart >= line.end || !this.isKeyAt(contentStart, line)) giveUp();
    const [map, lineIndex] = this.blockMap(0, contentStart);
    if (this.nextContent(lineIndex) !== undefined) giveUp();
    const seq = seqNode();
    seq.items.push(map);
    seq.range = [line.first, map.range![1], map.range![2]];
    return seq;
  }

  /** Line `i`; every index the parser uses comes from a line it has seen, so a missing one is a bug left to `yaml`. */
  private lineAt(i: number): Line {
    return this.lines[i] ?? giveUp();
  }

  /** Index of the next non-blank line from `from`, comment lines between initiatives skipped. */
  private nextContent(from: number): number | undefined {
    for (let i = from; i < this.lines.length; i++) {
      const l = this.lines[i]!;
      if (l.blank || this.text.charCodeAt(l.first) === 35) continue;
      return i;
    }
    return undefined;
  }

  private isKeyAt(at: number, line: Line): boolean {
    const after = this.keyEnd(at, line.end);
    return (
      after > at &&
      this.text.charCodeAt(after) === 58 &&
      (after + 1 === line.end || this.text.charCodeAt(after + 1) === 32)
    );
  }

  /** The end of a plain key (`[A-Za-z0-9_][A-Za-z0-9_-]*`) starting at `at`, or `at` when none does; no slicing. */
  private keyEnd(at: number, end: number): number {
    let i = at;
    while (i < end) {
      const c = this.text.charCodeAt(i);
      const word = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
      if (!word && !(c === 45 && i > at)) break;
      i++;
    }
    return i;
  }

  /** A block mapping whose first key is at `at` on line `lineIndex`; returns it and the line after it. */
  private blockMap(lineIndex: number, at: number): [YAMLMap, number] {
    const column = at - this.lineAt(lineIndex).start;
    const map = mapNode();
    const seen = new Set<string>();
    let i = lineIndex;
    let keyAt = at;
    let last: Scalar | YAMLMap | YAMLSeq | undefined;
    for (;;) {
      const line = this.lineAt(i);
      if (!this.isKeyAt(keyAt, line)) giveUp();
      const keyText = this.text.slice(keyAt, this.keyEnd(keyAt, line.end));
      if (seen.has(keyText) || keyText === '<<') giveUp();
      seen.add(keyText);
      const key = this.scalar(
        resolvePlain(keyText),
        keyText,
        'PLAIN',
        keyAt,
        keyAt + keyText.length,
        keyAt + keyText.length,
      );
      const colon = keyAt + keyText.length;
      let valueAt = colon + 1;
      while (valueAt < line.end && this.text.charCodeAt(valueAt) === 32) valueAt++;
      let value: Scalar | YAMLMap | YAMLSeq;
      if (valueAt === line.end) {
        [value, i] = this.blockValue(i, column, line);
      } else {
        value = this.inlineValue(valueAt, line);
        i = i + 1;
        const nextLine = this.nextContent(i);
        // A more indented line after an inline value would continue it: not plain.
        if (nextLine !== undefined && this.lineAt(nextLine).indent > column) giveUp();
      }
      map.items.push(pairNode(key, value));
      last = value;
      const n = this.nextContent(i);
      if (n === undefined) break;
      const next = this.lineAt(n);
      if (next.indent < column) break;
      if (next.indent > column) giveUp();
      i = n;
      keyAt = next.first;
    }
    map.range = [at, last.range![2], last.range![2]];
    return [map, i];
  }

  /** The value of `key:` with nothing after the colon: a nested block, or null. */
  private blockValue(i: number, column: number, line: Line): [Scalar | YAMLMap | YAMLSeq, number] {
    const n = this.nextContent(i + 1);
    const child = n === undefined ? undefined : this.lines[n];
    const isDash =
      child !== undefined && this.text.charCodeAt(child.first) === 45 && this.text.charCodeAt(child.first + 1) === 32;
    if (child && (child.indent > column || (child.indent === column && isDash))) {
      if (isDash) return this.blockSeq(n!);
      if (!this.isKeyAt(child.first, child)) giveUp();
      return this.blockMap(n!, child.first);
    }
    // `yaml` stretches an empty value over comment lines that follow it; not worth copying.
    for (let k = i + 1; k < (n ?? this.lines.length); k++) if (!this.lineAt(k).blank) giveUp();
    // `key:` alone is null, placed where `yaml` places it: at the end of the line.
    const empty = this.scalar(null, '', 'PLAIN', line.end, line.end, line.end);
    return [empty, i + 1];
  }

  private blockSeq(lineIndex: number): [YAMLSeq, number] {
    const column = this.lineAt(lineIndex).indent;
    const seq = seqNode();
    let i = lineIndex;
    let lastEnd = 0;
    for (;;) {
      const line = this.lineAt(i);
      if (this.text.charCodeAt(line.first) !== 45 || this.text.charCodeAt(line.first + 1) !== 32) giveUp();
      let at = line.first + 1;
      while (at < line.end && this.text.charCodeAt(at) === 32) at++;
      if (at === line.end) giveUp();
      if (this.isKeyAt(at, line)) {
        const [map, after] = this.blockMap(i, at);
        seq.items.push(map);
        lastEnd = map.range![2];
        i = after;
      } else {
        const value = this.inlineValue(at, line);
        seq.items.push(value);
        lastEnd = value.range![2];
        i = i + 1;
        const nextLine = this.nextContent(i);
        if (nextLine !== undefined && this.lineAt(nextLine).indent > column) giveUp();
      }
      const n = this.nextContent(i);
      if (n === undefined) break;
      const next = this.lineAt(n);
      if (next.indent < column) break;
      if (next.indent > column) giveUp();
      if (this.text.charCodeAt(next.first) !== 45) break;
      i = n;
    }
    seq.range = [this.lineAt(lineIndex).first, lastEnd, lastEnd];
    return [seq, i];
  }

  /** A value that fits on the rest of its line: plain, quoted, or a `[...]` list of those. */
  private inlineValue(at: number, line: Line): Scalar | YAMLSeq {
    const c = this.text[at];
    let valueEnd: number;
    let node: Scalar | YAMLSeq;
    if (c === '"' || c === "'") {
      const [value, end] = this.quoted(at, line.end);
      node = this.scalar(
        value,
        this.text.slice(at + 1, end - 1),
        c === '"' ? 'QUOTE_DOUBLE' : 'QUOTE_SINGLE',
        at,
        end,
        end,
      );
      valueEnd = end;
    } else if (c === '[') {
      node = this.flowSeq(at, line.end);
      valueEnd = node.range![1];
    } else {
      const source = this.plainSource(at, line.end, false);
      valueEnd = at + source.length;
      node = this.scalar(resolvePlain(source), source, 'PLAIN', at, valueEnd, valueEnd);
    }
    const nodeEnd = this.restOfLine(valueEnd, line);
    node.range = [node.range![0], node.range![1], nodeEnd];
    return node;
  }

  /** After a value: only spaces and a comment may follow; the node ends after the line break. */
  private restOfLine(from: number, line: Line): number {
    let i = from;
    while (i < line.end && this.text.charCodeAt(i) === 32) i++;
    if (i < line.end && (this.text.charCodeAt(i) !== 35 || i === from)) giveUp();
    return line.next;
  }

  private plainSource(at: number, end: number, inFlow: boolean): string {
    const c = this.text.charAt(at);
    const c1 = this.text[at + 1];
    if (
      INDICATORS.has(c) ||
      ((c === '-' || c === '?' || c === ':') && (c1 === ' ' || c1 === undefined || at + 1 >= end))
    )
      giveUp();
    let i = at;
    let lastNonSpace = at;
    while (i < end) {
      const ch = this.text.charCodeAt(i);
      if (ch === 35 /* # */ && this.text.charCodeAt(i - 1) === 32) break;
      // `a: ` starts a mapping; inside brackets so does `a:` before `,`, `]` or `}` (found by fuzzing).
      if (
        ch === 58 /* : */ &&
        (i + 1 >= end || this.text.charCodeAt(i + 1) === 32 || (inFlow && isFlowIndicator(this.text.charCodeAt(i + 1))))
      )
        giveUp();
      if (inFlow && (ch === 44 || ch === 91 || ch === 93 || ch === 123 || ch === 125)) break;
      if (ch !== 32) lastNonSpace = i + 1;
      i++;
    }
    if (lastNonSpace === at) giveUp();
    return this.text.slice(at, lastNonSpace);
  }

  private quoted(at: number, end: number): [string, number] {
    const q = this.text[at];
    let out = '';
    for (let i = at + 1; i < end; i++) {
      const ch = this.text[i];
      if (q === "'" && ch === "'") {
        if (this.text[i + 1] === "'") {
          out += "'";
          i++;
          continue;
        }
        return [out, i + 1];
      }
      if (q === '"' && ch === '"') return [out, i + 1];
      if (q === '"' && ch === '\\') {
        const e = this.text[i + 1];
        const simple: Record<string, string> = {
          '"': '"',
          '\\': '\\',
          '/': '/',
          n: '\n',
          t: '\t',
          r: '\r',
          '0': '\0',
          ' ': ' ',
        };
        if (e !== undefined && e in simple) {
          out += simple[e];
          i++;
          continue;
        }
        if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(this.text.slice(i + 2, i + 6))) {
          out += String.fromCharCode(parseInt(this.text.slice(i + 2, i + 6), 16));
          i += 5;
          continue;
        }
        giveUp();
      }
      out += ch;
    }
    return giveUp();
  }

  private flowSeq(at: number, end: number): YAMLSeq {
    const seq = seqNode();
    seq.flow = true;
    let i = at + 1;
    const skip = (): void => {
      while (i < end && this.text.charCodeAt(i) === 32) i++;
    };
    skip();
    if (this.text[i] === ']') {
      seq.range = [at, i + 1, i + 1];
      return seq;
    }
    for (;;) {
      skip();
      const c = this.text[i];
      let item: Scalar;
      if (c === '"' || c === "'") {
        const [value, close] = this.quoted(i, end);
        item = this.scalar(
          value,
          this.text.slice(i + 1, close - 1),
          c === '"' ? 'QUOTE_DOUBLE' : 'QUOTE_SINGLE',
          i,
          close,
          close,
        );
        i = close;
      } else {
        const source = this.plainSource(i, end, true);
        item = this.scalar(resolvePlain(source), source, 'PLAIN', i, i + source.length, i + source.length);
        i += source.length;
      }
      seq.items.push(item);
      skip();
      // Inside brackets, `yaml` ends a scalar's node after the spaces that follow it.
      item.range = [item.range![0], item.range![1], i];
      if (this.text[i] === ',') {
        i++;
        skip();
        if (this.text[i] === ']') giveUp();
        continue;
      }
      if (this.text[i] === ']') {
        seq.range = [at, i + 1, i + 1];
        return seq;
      }
      giveUp();
    }
  }

  private scalar(
    value: unknown,
    source: string,
    type: Scalar.Type,
    start: number,
    valueEnd: number,
    nodeEnd: number,
  ): Scalar {
    const s = scalarNode(value);
    s.source = source;
    s.type = type;
    s.range = [start, valueEnd, nodeEnd];
    return s;
  }
}
