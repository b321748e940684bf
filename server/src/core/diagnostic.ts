/**
 * The diagnostic shapes the core produces. They are structurally identical to the LSP
 * types (`vscode-languageserver-types`), declared here so that the core stays free of
 * any LSP or VS Code import and the CLI can print them as they are.
 */

export interface Position {
  /** 0-based line, where `\n`, `\r\n` and a lone `\r` each end a line. */
  line: number;
  /** 0-based offset in UTF-16 code units. */
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

export const Severity = {
  Error: 1,
  Warning: 2,
  Information: 3,
  Hint: 4,
} as const;
export type Severity = (typeof Severity)[keyof typeof Severity];

/**
 * Facts a finding carries for the tools that act on it (quick fixes, the pull-request
 * review), so that none of them has to read them back out of the message, which is
 * free to change wording. Each is set only by the codes named.
 */
export interface DiagnosticFacts {
  /** `schema`: the required keys the mapping lacks, in schema order. */
  missingKeys?: string[];
  /** `no-early-win`: the last day (YYYY-MM-DD) on which an early win may end. */
  earlyWinDeadline?: string;
  /** `no-governance`, `no-accountability-review`, `no-customer-room`: the governance key that is missing. */
  governanceKey?: 'board' | 'review' | 'customer_room';
  /** `unknown-dependency`: the id that names no initiative. */
  dependency?: string;
  /**
   * The value the message proposes: an initiative id (`unknown-dependency`), a
   * competency id (`unknown-competency`), a fresh id (`duplicate-id`), a journey stage
   * (`unknown-stage`), or a word, key, id or the version 1 (`schema`).
   */
  suggestion?: string;
  /**
   * `syntax`, a common mistake (see commonMistakes.ts): what its quick fix does. `quote`
   * puts the text in quotes, `close` adds the missing closing quote or bracket, `indent`
   * replaces a tab in the indentation by spaces, `undash` removes a stray `-`.
   */
  repair?: 'quote' | 'close' | 'indent' | 'undash';
  /** `syntax` with a `repair`: the text that takes the place of the diagnostic's range. */
  replacement?: string;
  /**
   * The day (YYYY-MM-DD) the message proposes: the last day the horizon should reach
   * (`short-horizon`), the first day the initiative may start (`dependency-order`), or the
   * edge of the horizon that the marked date passes (`outside-horizon`).
   */
  date?: string;
}

/** LSP `data` of every diagnostic: its facts, where it is, and its fingerprint. */
export interface DiagnosticData extends DiagnosticFacts {
  /**
   * A short string that identifies the problem, not its place: the same finding keeps it
   * when lines move or unrelated parts of the file change (see docs/format.md).
   */
  fingerprint: string;
  /** The id of the initiative the finding is inside, when it has one. */
  initiative?: string;
  /** Set by `lint` when it compares with a base version: whether the base had this finding too. */
  baselineState?: 'new' | 'unchanged';
}

/** Property order is the order the JSON formatter prints, so keep it. */
export interface Diagnostic {
  range: Range;
  severity: Severity;
  code: RuleCode;
  codeDescription: { href: string };
  source: 'cxroadmap';
  message: string;
  data: DiagnosticData;
}

export const RULE_CODES = [
  'syntax',
  'schema',
  'config',
  'unknown-competency',
  'duplicate-id',
  'unknown-dependency',
  'dependency-cycle',
  'dependency-order',
  'end-before-start',
  'outside-horizon',
  'milestone-outside-initiative',
  'unknown-stage',
  'missing-owner',
  'competency-uncovered',
  'short-horizon',
  'no-early-win',
  'early-win-without-outcome',
  'missing-measures',
  'no-governance',
  'no-accountability-review',
  'no-customer-room',
  'no-sponsor',
  'owner-overload',
  'too-many-priorities',
  'survey-score-only',
] as const;
export type RuleCode = (typeof RULE_CODES)[number];

export function isRuleCode(value: string): value is RuleCode {
  return (RULE_CODES as readonly string[]).includes(value);
}

/** Codes that neither configuration nor inline comments can switch off. */
export const UNSUPPRESSIBLE: ReadonlySet<RuleCode> = new Set<RuleCode>(['syntax', 'schema', 'config']);

/** A diagnostic before positions are known: offsets into the analysed text (BOM removed). */
export interface OffsetDiagnostic {
  code: RuleCode;
  start: number;
  end: number;
  message: string;
  /** Set only by rules whose default depends on the data (missing-owner). */
  severity?: Severity;
  /** What a fix needs to know; becomes part of the diagnostic's `data`. */
  facts?: DiagnosticFacts;
  /**
   * What the finding is about when the text it marks does not say it: several findings
   * of one code on the same key (each uncovered competency on `initiatives`). Part of
   * the fingerprint, never shown.
   */
  subject?: string;
}

/** Orders diagnostics as every output does: by line, then character, then code. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return (
    a.range.start.line - b.range.start.line ||
    a.range.start.character - b.range.start.character ||
    (a.code < b.code ? -1 : a.code > b.code ? 1 : 0) ||
    a.range.end.line - b.range.end.line ||
    a.range.end.character - b.range.end.character ||
    (a.message < b.message ? -1 : a.message > b.message ? 1 : 0)
  );
}
