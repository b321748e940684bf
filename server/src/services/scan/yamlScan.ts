import { lineEndAt, lineStartOf, nextLineStart } from '../../core/text/lineEnds';
import { isDocumentMarker, skipSpaces, skipWord } from './lineText';
import { CURSOR, isBlank, readScalar } from './scalarReader';
import type { Scalar, ScalarMode } from './scalarReader';
import type { CursorSpot, ScanFrame, ScanResult, ScanToken } from './scanModel';

/**
 * A tolerant reading of roadmap YAML straight from the text: which mapping or list every
 * key, value and item belongs to, and where the cursor stands. The `yaml` parser gives up
 * on half-typed lines (`comp` with no colon yet) and on files with an error elsewhere, and
 * the analysis model is then empty, so completion and hover read the text themselves.
 * Indentation decides block structure; brackets decide flow structure.
 */

/** Scans `text`; with `cursor`, also finds what the cursor stands on. */
export function scanYaml(text: string, cursor?: number): ScanResult {
  return new Scanner(text, cursor).run();
}

class Scanner {
  private readonly src: string;
  private readonly cut: number;
  private lineStart = 0;
  private readonly stack: ScanFrame[] = [];
  private readonly tokens: ScanToken[] = [];
  private readonly frames: ScanFrame[] = [];
  private spot: CursorSpot | undefined;
  /** Lines indented deeper than this belong to a block scalar (`|`, `>`). */
  private blockScalarIndent: number | undefined;
  /** A flow collection's lines must be indented deeper than this; a shallower line ends it. */
  private flowBase = -1;
  /** Where a value typed right after its key's colon would start. */
  private tightAt = -1;

  constructor(text: string, cursor: number | undefined) {
    // The cursor becomes a character, so an empty position still yields a token.
    this.cut = cursor === undefined ? -1 : cursor;
    this.src = cursor === undefined ? text : text.slice(0, cursor) + CURSOR + text.slice(cursor);
  }

  run(): ScanResult {
    let pos = 0;
    while (pos < this.src.length) pos = this.line(pos);
    return { tokens: this.tokens, frames: this.frames, spot: this.spot };
  }

  private line(start: number): number {
    const src = this.src;
    this.lineStart = start;
    let p = start;
    while (src[p] === ' ' || src[p] === '\t') p++;
    const eol = lineEndAt(this.src, p);
    const indent = p - start;
    const blank = p === eol || src[p] === '#';
    if (this.blockScalarIndent !== undefined) {
      if (blank || indent > this.blockScalarIndent) return nextLineStart(this.src, eol);
      this.blockScalarIndent = undefined;
    }
    if (blank) return nextLineStart(this.src, eol);
    if (this.inFlow()) {
      if (indent > this.flowBase) return nextLineStart(this.src, lineEndAt(this.src, this.flow(p, eol)));
      this.closeFlows();
    }
    if (indent === 0 && isDocumentMarker(this.src, p)) return nextLineStart(this.src, eol);
    return nextLineStart(this.src, lineEndAt(this.src, this.block(p, eol, indent)));
  }

  private block(from: number, eol: number, indent: number): number {
    const src = this.src;
    let p = from;
    let col = indent;
    let afterDash = false;
    for (;;) {
      const c = src[p];
      if (p >= eol || c === '#') return p;
      if (c === '-' && isBlank(src[p + 1])) {
        this.dash(col);
        afterDash = true;
        p = skipSpaces(this.src, p + 1);
        col = p - this.lineStart;
        continue;
      }
      if (c === '&' || c === '!') {
        p = skipSpaces(this.src, skipWord(this.src, p));
        col = p - this.lineStart;
        continue;
      }
      if (c === '?' && isBlank(src[p + 1])) return eol;
      if (c === '{' || c === '[') {
        // A flow collection is a list item, the value of the key above, or the whole document.
        if (!afterDash) {
          this.popDeeper(col);
          const top = this.top();
          const valueOfKey = top?.kind === 'map' && top.indent < col && !top.lastKeyInline && top.lastKey !== undefined;
          if (top && !valueOfKey) return eol;
          if (top) top.lastKeyInline = true;
        }
        this.flowBase = this.top()?.indent ?? -1;
        return this.flow(p, eol);
      }
      return this.entry(p, eol, col, afterDash);
    }
  }

  private entry(p: number, eol: number, col: number, afterDash: boolean): number {
    const scalar = this.read(p, eol, 'block-key');
    if (scalar.colon < 0) {
      if (afterDash) this.item(this.top()!, scalar, false);
      else this.word(col, scalar);
      return scalar.stop;
    }
    const map = this.key(col, scalar);
    let v = scalar.colon + 1;
    const tight = this.src[v] === CURSOR;
    v = skipSpaces(this.src, v);
    while (this.src[v] === '&' || this.src[v] === '!') v = skipSpaces(this.src, skipWord(this.src, v));
    const c = this.src[v];
    if (v >= eol || c === '#') return v;
    map.lastKeyInline = true;
    if (c === '|' || c === '>') {
      this.blockScalarIndent = map.indent;
      return eol;
    }
    if (c === '{' || c === '[') {
      this.flowBase = map.indent;
      return this.flow(v, eol);
    }
    const value = this.read(v, eol, 'block-value');
    const token = this.token('value', value, map, { key: map.lastKey });
    if (token.atCursor) this.spot = { kind: 'value', token, map, key: map.lastKey!, tight };
    return value.stop;
  }

  private flow(from: number, lineEnd: number): number {
    const src = this.src;
    let p = from;
    let eol = lineEnd;
    while (p < eol) {
      const c = src[p];
      if (c === ' ' || c === '\t' || c === ':') {
        p++;
      } else if (c === '#' && (p === this.lineStart || src[p - 1] === ' ' || src[p - 1] === '\t')) {
        return eol;
      } else if (c === '{' || c === '[') {
        this.push(c === '{' ? 'map' : 'seq', true, this.flowBase);
        p++;
      } else if (c === '}' || c === ']') {
        if (this.inFlow()) this.stack.pop();
        if (!this.inFlow()) return eol;
        p++;
      } else if (c === ',') {
        const top = this.top();
        if (top?.kind === 'map') {
          top.expectKey = true;
          top.lastKey = undefined;
        } else if (top) {
          top.index++;
        }
        p++;
      } else if (c === '&' || c === '!') {
        p = skipWord(this.src, p);
      } else if (!this.inFlow()) {
        return eol;
      } else {
        p = this.flowScalar(p, eol);
        if (p > eol) {
          // A quoted scalar ran onto later lines: go on from its closing quote.
          eol = lineEndAt(this.src, p);
          this.lineStart = lineStartOf(this.src, p);
        }
      }
    }
    return eol;
  }

  private flowScalar(p: number, eol: number): number {
    const top = this.top()!;
    if (top.kind === 'seq') {
      const scalar = this.read(p, eol, 'flow-value');
      this.item(top, scalar, true);
      return Math.max(scalar.stop, p + 1);
    }
    if (!top.expectKey) {
      const scalar = this.read(p, eol, 'flow-value');
      const token = this.token('value', scalar, top, { key: top.lastKey ?? '' });
      if (token.atCursor)
        this.spot = { kind: 'value', token, map: top, key: top.lastKey ?? '', tight: scalar.start === this.tightAt };
      return Math.max(scalar.stop, p + 1);
    }
    const scalar = this.read(p, eol, 'flow-key');
    const token = this.token('key', scalar, top);
    if (scalar.colon >= 0) {
      top.keys.push(token);
      top.lastKey = token.text;
      top.expectKey = false;
      if (token.atCursor) this.spot = { kind: 'key', token, map: top, hasColon: true };
      if (this.src[scalar.colon + 1] === CURSOR) this.tightAt = scalar.colon + 1;
      return scalar.colon + 1;
    }
    // `{a, b}`: a key without a value, or the key being typed.
    if (token.atCursor) this.spot = { kind: 'key', token, map: top, hasColon: false };
    else top.keys.push(token);
    return Math.max(scalar.stop, p + 1);
  }

  private dash(col: number): void {
    this.popDeeper(col);
    const top = this.top();
    if (top?.kind === 'seq' && top.indent === col) top.index++;
    else this.push('seq', false, col);
  }

  private key(col: number, scalar: Scalar): ScanFrame {
    this.popDeeper(col);
    let top = this.top();
    // A key at the column of a list's dashes ends that list (`initiatives:` then `- id:` at column 0).
    if (top?.kind === 'seq' && top.indent === col) {
      this.stack.pop();
      top = this.top();
    }
    const map = top?.kind === 'map' && top.indent === col ? top : this.push('map', false, col);
    const token = this.token('key', scalar, map);
    map.keys.push(token);
    map.lastKey = token.text;
    map.lastKeyInline = false;
    if (token.atCursor) this.spot = { kind: 'key', token, map, hasColon: true };
    return map;
  }

  private item(seq: ScanFrame, scalar: Scalar, flow: boolean): void {
    const token = this.token('item', scalar, seq, { index: seq.index });
    seq.items.push(token);
    if (token.atCursor) {
      this.spot = { kind: 'slot', token, parent: seq, path: [...seq.path, seq.index], flow, afterDash: !flow };
    }
  }

  /** A scalar with no colon at the start of a line: only the one being typed means anything. */
  private word(col: number, scalar: Scalar): void {
    const token = this.token('word', scalar, undefined);
    if (!token.atCursor) return;
    this.popDeeper(col);
    const top = this.top();
    if (!top) {
      this.spot = { kind: 'slot', token, parent: undefined, path: [], flow: false, afterDash: false };
    } else if (top.kind === 'map' && top.indent === col) {
      this.spot = { kind: 'key', token, map: top, hasColon: false };
    } else if (top.kind === 'seq' && top.indent === col) {
      const below = this.stack[this.stack.length - 2];
      this.spot = {
        kind: 'dash',
        token,
        seq: top,
        sameColumnMap: below?.kind === 'map' && below.indent === col ? below : undefined,
      };
    } else if (top.kind === 'seq') {
      this.spot = { kind: 'slot', token, parent: top, path: [...top.path, top.index], flow: false, afterDash: false };
    } else if (!top.lastKeyInline && top.lastKey !== undefined) {
      this.spot = { kind: 'slot', token, parent: top, path: [...top.path, top.lastKey], flow: false, afterDash: false };
    }
    // Otherwise the line continues the previous value's text: nothing to offer.
  }

  private push(kind: 'map' | 'seq', flow: boolean, indent: number): ScanFrame {
    const parent = this.top();
    const frame: ScanFrame = {
      kind,
      flow,
      indent,
      path: parent ? [...parent.path, parent.kind === 'map' ? (parent.lastKey ?? '') : parent.index] : [],
      parent,
      keys: [],
      items: [],
      index: 0,
      lastKey: undefined,
      lastKeyInline: false,
      expectKey: true,
    };
    this.stack.push(frame);
    this.frames.push(frame);
    return frame;
  }

  private token(
    role: ScanToken['role'],
    scalar: Scalar,
    frame: ScanFrame | undefined,
    extra: { key?: string; index?: number } = {},
  ): ScanToken {
    const cut = this.cut;
    const atCursor = cut >= 0 && scalar.start <= cut && cut < scalar.end;
    const shift = (offset: number): number => (cut >= 0 && offset > cut ? offset - 1 : offset);
    const token: ScanToken = {
      role,
      text: scalar.text,
      start: shift(scalar.start),
      end: shift(scalar.end),
      frame,
      key: extra.key,
      index: extra.index,
      atCursor,
    };
    this.tokens.push(token);
    return token;
  }

  private read(p: number, eol: number, mode: ScalarMode): Scalar {
    return readScalar(this.src, p, eol, mode, this.inFlow() ? this.flowBase : (this.top()?.indent ?? -1));
  }

  private top(): ScanFrame | undefined {
    return this.stack[this.stack.length - 1];
  }

  private inFlow(): boolean {
    return this.top()?.flow === true;
  }

  private closeFlows(): void {
    while (this.inFlow()) this.stack.pop();
  }

  private popDeeper(col: number): void {
    for (let top = this.top(); top && !top.flow && top.indent > col; top = this.top()) this.stack.pop();
  }
}
