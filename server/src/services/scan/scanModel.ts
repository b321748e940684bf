/**
 * What the tolerant scanner (yamlScan.ts) reports: the mappings and lists it found, their
 * scalars, and what the cursor stands on.
 */

export type PathSegment = string | number;

export interface ScanFrame {
  readonly kind: 'map' | 'seq';
  readonly flow: boolean;
  /** A block collection's key or dash column; for a flow collection, the column its lines must pass. */
  readonly indent: number;
  /** Keys and list indexes from the root to this collection. */
  readonly path: readonly PathSegment[];
  readonly parent: ScanFrame | undefined;
  readonly keys: ScanToken[];
  readonly items: ScanToken[];
  /** Index of the current list item. */
  index: number;
  /** The key whose value comes next, or the last key read. */
  lastKey: string | undefined;
  /** Block mapping: the last key has its value on its own line, so deeper lines are not its children. */
  lastKeyInline: boolean;
  /** Flow mapping: the next scalar is a key. */
  expectKey: boolean;
}

export interface ScanToken {
  readonly role: 'key' | 'value' | 'item' | 'word';
  /** Unquoted text, without the cursor. */
  readonly text: string;
  /** Offsets in the scanned text (the cursor mark excluded). */
  readonly start: number;
  readonly end: number;
  /** The mapping of a key or value, the list of an item. */
  readonly frame: ScanFrame | undefined;
  /** A value's key. */
  readonly key?: string;
  /** An item's index. */
  readonly index?: number;
  readonly atCursor: boolean;
}

/** What the cursor stands on. */
export type CursorSpot =
  /** A key (typed, partly typed, or an empty position among a mapping's keys). */
  | { kind: 'key'; token: ScanToken; map: ScanFrame; hasColon: boolean }
  /** The value of `key:`; `tight` when no space separates it from the colon. */
  | { kind: 'value'; token: ScanToken; map: ScanFrame; key: string; tight: boolean }
  /**
   * The first thing in a new node at `path`: under `key:` with nothing after it, after a
   * `- `, or as a flow list item. `parent` holds the node.
   */
  | {
      kind: 'slot';
      token: ScanToken;
      parent: ScanFrame | undefined;
      path: PathSegment[];
      flow: boolean;
      afterDash: boolean;
    }
  /** The column of a block list's dashes, where a new `- ` item starts. */
  | { kind: 'dash'; token: ScanToken; seq: ScanFrame; sameColumnMap: ScanFrame | undefined };

export interface ScanResult {
  tokens: ScanToken[];
  frames: ScanFrame[];
  spot: CursorSpot | undefined;
}

export function samePath(a: readonly PathSegment[], b: readonly PathSegment[]): boolean {
  return a.length === b.length && a.every((s, i) => s === b[i]);
}
