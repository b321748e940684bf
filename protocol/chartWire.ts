/**
 * The values both of the preview's channels carry (language server ⇄ extension, extension ⇄
 * webview). Everything under `shared/` is bundled into the server, the extension and the
 * webview script alike, so it depends on nothing: no Node, no VS Code, no LSP library.
 */

/** A calendar day written `YYYY-MM-DD`. */
export type IsoDay = string;

export interface WirePosition {
  line: number;
  character: number;
}

export interface WireRange {
  start: WirePosition;
  end: WirePosition;
}

export interface DaySpanWire {
  start: IsoDay;
  end: IsoDay;
}

export type ExportFormat = 'svg' | 'html';

/** How severe a finding is, in LSP's four levels. */
export type WireSeverity = 'error' | 'warning' | 'info' | 'hint';

export const WIRE_SEVERITIES: readonly WireSeverity[] = ['error', 'warning', 'info', 'hint'];

/** One diagnostic inside an initiative, as its tooltip lists it. */
export interface WireFinding {
  severity: WireSeverity;
  /** The rule's code (`missing-owner`), or `syntax`, `schema`, `config`. */
  code: string;
  message: string;
}

/**
 * Replace the chart's element at `path` (element-child indexes from the `<svg>` root) with
 * `markup`, one element. The renderer's `MarkupChange` has this shape; it is spelled out here
 * so that the wire does not depend on the renderer.
 */
export interface ChartChange {
  path: number[];
  markup: string;
}

/** What changed in the chart since revision `base`; applied in order. */
export interface ChartPatch {
  base: number;
  changes: ChartChange[];
}

/** The statuses the summary counts, in the format's order; `none` is initiatives without one. */
export const SUMMARY_STATUSES = ['planned', 'active', 'at-risk', 'blocked', 'done', 'cancelled', 'none'] as const;
export type SummaryStatus = (typeof SUMMARY_STATUSES)[number];

/** A title longer than this is cut (with an ellipsis) before it is sent. */
export const MAX_TITLE_LENGTH = 1024;

/** What the preview says above its chart: the roadmap's title and how it stands. */
export interface ChartSummary {
  /** Absent when the roadmap has none. */
  title?: string;
  /** The document's findings by severity; notes are information and hints. */
  errors: number;
  warnings: number;
  notes: number;
  /** Competencies with at least one initiative, of `competencies`. */
  covered: number;
  competencies: number;
  initiatives: number;
  /** Initiatives by status, in the order of `SUMMARY_STATUSES`; statuses without any are left out. */
  statuses: { status: SummaryStatus; count: number }[];
}

/** The names column is this wide when collapsed to its marks… */
export const MIN_NAMES_WIDTH = 40;
/** …and at most this wide. */
export const MAX_NAMES_WIDTH = 1000;
/** The widest view a preview reports. */
export const MAX_VIEW_WIDTH = 20_000;

/** A day is at least this wide (a century then spans about 365 px)… */
export const MIN_PX_PER_DAY = 0.01;
/** …and at most this wide. */
export const MAX_PX_PER_DAY = 100;
