/**
 * The roadmap as the rules, the language features and the Gantt renderer see it. A field
 * is present only when its value is valid: rules never see a value that already has a
 * `schema` diagnostic. Spans are offsets into the analysed text (BOM removed).
 *
 * A field typed `?: T | undefined` is set, possibly to undefined, on every object that
 * extraction builds, so that the objects of one kind share one shape; `?: T` alone is a
 * key that is left out when it has no value.
 */

export interface Span {
  start: number;
  end: number;
}

export const COMPETENCY_IDS = [
  'customers-as-assets',
  'align-around-experience',
  'listening-path',
  'reliability-innovation',
  'one-company-leadership',
] as const;
export type CompetencyId = (typeof COMPETENCY_IDS)[number];

export function isCompetencyId(value: string): value is CompetencyId {
  return (COMPETENCY_IDS as readonly string[]).includes(value);
}

export const STATUSES = ['planned', 'active', 'at-risk', 'blocked', 'done', 'cancelled'] as const;
export type Status = (typeof STATUSES)[number];

export const CADENCES = ['weekly', 'biweekly', 'monthly', 'quarterly'] as const;
export type Cadence = (typeof CADENCES)[number];

export const MEASURE_KINDS = ['behaviour', 'operational', 'financial', 'survey'] as const;
export type MeasureKind = (typeof MEASURE_KINDS)[number];

/**
 * Other spellings of the format's words, read as the word they spell (US English where the
 * format writes UK English). The schema accepts them so that no editor flags them; the
 * model holds the format's own word, and completion and messages offer only that one.
 */
export const SPELLING_VARIANTS: Readonly<Record<string, string>> = {
  behavior: 'behaviour',
  canceled: 'cancelled',
};

/** The format's own word for `value`: the word itself, or the one a variant spelling stands for. */
export function canonicalWord(value: string): string {
  return Object.hasOwn(SPELLING_VARIANTS, value) ? SPELLING_VARIANTS[value]! : value;
}

export function isSpellingVariant(value: string): boolean {
  return Object.hasOwn(SPELLING_VARIANTS, value);
}

/** A scalar value with where it stands, and where its key stands. */
export interface Field<T> {
  value: T;
  span: Span;
  keySpan: Span;
}

export interface DateField extends Field<string> {
  /** Day number (days since 1970-01-01) of the first day (a start) or last day (an end). */
  day: number;
}

export interface Measure {
  span: Span;
  metric?: Field<string> | undefined;
  kind?: Field<MeasureKind> | undefined;
  baseline?: Field<string> | undefined;
  target?: Field<string> | undefined;
  by?: DateField | undefined;
}

export interface Milestone {
  index: number;
  span: Span;
  name?: Field<string> | undefined;
  date?: DateField | undefined;
}

export interface Link {
  span: Span;
  title?: Field<string> | undefined;
  url?: Field<string> | undefined;
}

export interface Dependency {
  id: string;
  span: Span;
}

export interface Initiative {
  /** Position in the `initiatives` list. */
  index: number;
  /** The whole list item. */
  span: Span;
  /** Where an initiative-level problem goes: the `id` value, else the item's first key. */
  anchor: Span;
  id?: Field<string> | undefined;
  title?: Field<string> | undefined;
  /** Set only for one of the five ids. */
  competency?: Field<CompetencyId> | undefined;
  owner?: Field<string> | undefined;
  team?: Field<string> | undefined;
  start?: DateField | undefined;
  end?: DateField | undefined;
  status?: Field<Status> | undefined;
  note?: Field<string> | undefined;
  earlyWin?: Field<boolean> | undefined;
  outcome?: Field<string> | undefined;
  stage?: Field<string> | undefined;
  /** Undefined when the key is absent or invalid; valid entries only. */
  measures?: { keySpan: Span; items: Measure[]; allValid: boolean } | undefined;
  dependsOn: Dependency[];
  links: Link[];
  milestones: Milestone[];
  /** Top-level fields present with a value the schema rejected: rules stay silent about them. */
  invalidFields: readonly string[];
  /** The initiative has at least one error-level problem of its own (for the chart). */
  hasErrors: boolean;
}

export interface Horizon {
  keySpan: Span;
  start?: DateField | undefined;
  end?: DateField | undefined;
}

export interface Governance {
  keySpan: Span;
  board?: Field<string> | undefined;
  members?: Field<string>[];
  review?: Field<Cadence> | undefined;
  customerRoom?: Field<Cadence> | undefined;
}

export interface Journey {
  keySpan: Span;
  /** Undefined when absent (every stage is then unknown) or invalid (then no stage is judged). */
  stages?: Field<string>[];
  stagesInvalid: boolean;
}

export interface CompetencyIntent {
  competency: CompetencyId;
  keySpan: Span;
  goal?: Field<string> | undefined;
}

export interface RoadmapModel {
  /** The first key of the file, where roadmap-level problems go when nothing closer exists. */
  firstKey?: Span;
  version?: Field<number> | undefined;
  title?: Field<string> | undefined;
  owner?: Field<string> | undefined;
  sponsor?: Field<string> | undefined;
  horizon?: Horizon;
  /** True while `horizon` is present but not a valid mapping. */
  horizonInvalid: boolean;
  governance?: Governance;
  governanceInvalid: boolean;
  journey?: Journey;
  journeyInvalid: boolean;
  competencies: CompetencyIntent[];
  initiativesKey?: Span;
  /** False when `initiatives` is missing or not a list. */
  initiativesValid: boolean;
  initiatives: Initiative[];
  /**
   * Where the initiatives lie whose own text does not parse, when initiatives are read one
   * by one: they are left out of `initiatives`, and what the rest of the file says is still
   * checked. Absent when every initiative parses.
   */
  unparsedInitiatives?: Span[];
}
