import { nextLineStart } from '../../core/text/lineEnds';

/**
 * Reading one scalar of YAML text, for the tolerant scanner. The rules follow YAML 1.2
 * where a roadmap needs them (plain and quoted scalars, `key:` indicators, comments) and
 * stay lenient elsewhere: half-typed text must still yield a token.
 */

/** Stands for the cursor inside the scanned text: a character no roadmap contains. */
export const CURSOR = '\uE000';

export type ScalarMode = 'block-key' | 'block-value' | 'flow-key' | 'flow-value';

export interface Scalar {
  /** Offset of the first character (the opening quote of a quoted scalar). */
  start: number;
  /** Offset just past the last non-blank character (past the closing quote). */
  end: number;
  /** Where reading stopped: a key's colon, a flow indicator, a comment or the line end. */
  stop: number;
  /** The value: unquoted, without the cursor mark. */
  text: string;
  quoted: boolean;
  /** Offset of the `:` that makes this scalar a key, or -1. */
  colon: number;
}

export function isBreak(c: string | undefined): boolean {
  return c === '\n' || c === '\r';
}

export function isBlank(c: string | undefined): boolean {
  return c === undefined || c === ' ' || c === '\t' || c === '\n' || c === '\r';
}

const FLOW_INDICATORS = ',[]{}';

/** A `:` is an indicator when a blank follows it, or a flow indicator inside a flow collection. */
function endsKey(src: string, at: number, flow: boolean): boolean {
  const c = src[at];
  // The cursor right after `key:` means the user is about to type the value.
  return isBlank(c) || c === CURSOR || (flow && c !== undefined && FLOW_INDICATORS.includes(c));
}

export function readScalar(src: string, p: number, eol: number, mode: ScalarMode, minIndent: number): Scalar {
  const c = src[p];
  if (c === '"' || c === "'") return readQuoted(src, p, mode, minIndent);
  return readPlain(src, p, eol, mode);
}

function readPlain(src: string, p: number, eol: number, mode: ScalarMode): Scalar {
  const flow = mode === 'flow-key' || mode === 'flow-value';
  const key = mode === 'block-key' || mode === 'flow-key';
  let i = p;
  let end = p;
  let colon = -1;
  while (i < eol) {
    const c = src[i];
    if (c === '#' && i > p && (src[i - 1] === ' ' || src[i - 1] === '\t')) break;
    if (c === ':' && key && endsKey(src, i + 1, flow)) {
      colon = i;
      break;
    }
    if (flow && c !== undefined && FLOW_INDICATORS.includes(c)) break;
    i++;
    if (c !== ' ' && c !== '\t') end = i;
  }
  const raw = src.slice(p, end);
  return { start: p, end, stop: i, text: raw.includes(CURSOR) ? raw.replace(CURSOR, '') : raw, quoted: false, colon };
}

/**
 * A quoted scalar may continue on the next lines, but only on lines indented deeper than
 * its collection: an unclosed quote must not swallow the rest of the file.
 */
function readQuoted(src: string, p: number, mode: ScalarMode, minIndent: number): Scalar {
  const quote = src[p];
  let text = '';
  let i = p + 1;
  let closed = false;
  while (i < src.length) {
    const c = src[i];
    if (c === quote) {
      if (quote === "'" && src[i + 1] === "'") {
        text += "'";
        i += 2;
        continue;
      }
      i++;
      closed = true;
      break;
    }
    if (quote === '"' && c === '\\' && i + 1 < src.length && !isBreak(src[i + 1])) {
      text += src[i + 1];
      i += 2;
      continue;
    }
    if (isBreak(c)) {
      const next = nextLineStart(src, i);
      let k = next;
      while (src[k] === ' ' || src[k] === '\t') k++;
      if (!isBreak(src[k]) && k < src.length && k - next <= minIndent) break;
      text += ' ';
      i = k;
      continue;
    }
    if (c !== CURSOR) text += c;
    i++;
  }
  const end = i;
  let colon = -1;
  if (closed && (mode === 'block-key' || mode === 'flow-key')) {
    let k = i;
    while (src[k] === ' ' || src[k] === '\t') k++;
    // A quoted key may touch its colon in flow style (`{"a":1}`), as JSON writes it.
    if (src[k] === ':' && (mode === 'flow-key' || endsKey(src, k + 1, false))) colon = k;
  }
  return { start: p, end, stop: colon >= 0 ? colon : end, text, quoted: true, colon };
}
