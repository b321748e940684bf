import type { RuleCode } from './diagnostic';

/**
 * Fingerprints let the pull-request review tell a finding that a change introduced from
 * one that was already there. A finding's place is a poor identity (an initiative added
 * above moves every line below it), so the fingerprint is made of what the finding is
 * about instead: its code, the initiative it sits in (by id), the key it is written
 * under, the text it marks and, where that is not enough, its subject. Versions 1.x of the fingerprint keep this recipe;
 * docs/format.md describes it for tools that compare findings.
 */
export const FINGERPRINT_VERSION = 'cxroadmap/v1';

/** Longest piece of text that goes into a fingerprint; the rest adds nothing but cost. */
const MAX_IDENTITY_TEXT = 200;

/** The part of a document that a finding belongs to, for its fingerprint. */
export interface FindingScope {
  /** `initiative:<id>`, `initiative-title:<title>`, `initiative#<n>` or `roadmap`. */
  key: string;
  /** The initiative's id, when the finding is inside an initiative that has one. */
  initiative?: string;
}

export const ROADMAP_SCOPE: FindingScope = { key: 'roadmap' };

/**
 * What identifies a finding besides its code and scope: the key it is written under (the
 * nearest `key:` before it on its line), the text it marks, and its subject, if any. Runs
 * of white space count as one space, so re-indenting, moving lines or reordering keys
 * keeps the identity, and a neighbour in the same flow list (`[a, b]`) does not enter it.
 */
export function identityText(
  text: string,
  lineStart: number,
  start: number,
  end: number,
  subject: string | undefined,
): string {
  const key = keyBefore(text, lineStart, start);
  const marked = squash(text.slice(start, Math.min(end, start + MAX_IDENTITY_TEXT * 4)));
  return `${key}\u0000${marked}\u0000${subject ?? ''}`;
}

/** The key of the nearest `key:` between `from` and `at` (a plain scan: linear on any line). */
function keyBefore(text: string, from: number, at: number): string {
  let colon = at - 1;
  while (colon >= from && !(text.charCodeAt(colon) === 0x3a && isSpaceOrEnd(text, colon + 1, at))) colon--;
  if (colon < from) return '';
  let keyStart = colon;
  while (keyStart > from && isKeyChar(text.charCodeAt(keyStart - 1))) keyStart--;
  return text.slice(keyStart, colon);
}

function isSpaceOrEnd(text: string, offset: number, at: number): boolean {
  if (offset >= at) return true;
  const c = text.charCodeAt(offset);
  return c === 0x20 || c === 0x09;
}

function isKeyChar(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x5f || c === 0x2d;
}

function squash(text: string): string {
  if (isSquashed(text)) return text.length > MAX_IDENTITY_TEXT ? text.slice(0, MAX_IDENTITY_TEXT) : text;
  // Split and join instead of a regex over the whole run: linear on any input.
  const words = text.split(/[ \t\r\n]/).filter((w) => w !== '');
  const joined = words.join(' ');
  return joined.length > MAX_IDENTITY_TEXT ? joined.slice(0, MAX_IDENTITY_TEXT) : joined;
}

/** Whether `squash` would leave the text as it is; most marked texts are one short value, so this saves the split. */
function isSquashed(text: string): boolean {
  let previousSpace = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x09 || c === 0x0a || c === 0x0d) return false;
    const space = c === 0x20;
    if (space && previousSpace) return false;
    previousSpace = space;
  }
  return !previousSpace || text.length === 0;
}

/**
 * Gives each finding its fingerprint. `identities` are in document order; a finding with
 * the same identity as an earlier one in the same file gets `:2`, `:3`… after the hash,
 * so that each is still told apart (two equal problems in one initiative).
 */
export class FingerprintCounter {
  private readonly seen = new Map<string, number>();

  next(code: RuleCode, scope: FindingScope, identity: string): string {
    const hash = hash64(`${code}\u0000${scope.key}\u0000${identity}`);
    const count = (this.seen.get(hash) ?? 0) + 1;
    this.seen.set(hash, count);
    return count === 1 ? hash : `${hash}:${count}`;
  }
}

/**
 * 64 bits of two 32-bit FNV-1a lanes with different offsets, as 16 hex digits. Not for
 * secrecy: a fingerprint only has to be short and practically never equal for two
 * different findings of one file. Written here because the core may not use `node:crypto`.
 */
export function hash64(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x01000193) ^ (b >>> 15);
  }
  return hex8(a) + hex8(b);
}

/** Two hex digits for each byte value: `toString(16)` and `padStart` cost more than the hash itself. */
const HEX_BYTES = Array.from({ length: 256 }, (_, n) => n.toString(16).padStart(2, '0'));

function hex8(n: number): string {
  return (
    HEX_BYTES[(n >>> 24) & 0xff]! + HEX_BYTES[(n >>> 16) & 0xff]! + HEX_BYTES[(n >>> 8) & 0xff]! + HEX_BYTES[n & 0xff]!
  );
}

/** The fingerprint of a finding that is the only one of its identity in its file. */
export function fingerprintOf(code: RuleCode, scope: FindingScope, identity: string): string {
  return new FingerprintCounter().next(code, scope, identity);
}
