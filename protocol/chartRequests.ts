/**
 * The Gantt preview's custom LSP messages between the language server and the extension.
 *
 * Each message is a constant holding its `method`, the one thing sent at run time, and a type
 * of the same name giving its direction, parameters and answer: `ChartRequest['params']`,
 * `ChartRequest['result']`. The LSP libraries' `RequestType` objects would say the same, but
 * this file is bundled into the extension's activation bundle, which must not load
 * `vscode-languageclient`, and neither library is a dependency of both the server and the
 * extension; the constants keep the method names in one place and the types keep both
 * sides' signatures together.
 */
import type { ChartPatch, ChartSummary, DaySpanWire, ExportFormat, IsoDay, WireFinding, WireRange } from './chartWire';
import type { Omissions } from './initiativeOmissions';

/** Which side sends the message. */
export type Direction = 'extension → server' | 'server → extension';

/** A request, answered with `result`. */
export interface RequestSignature<M extends string, D extends Direction, P, R> {
  method: M;
  direction: D;
  params: P;
  result: R;
}

/** A notification, never answered. */
export interface NotificationSignature<M extends string, D extends Direction, P> {
  method: M;
  direction: D;
  params: P;
}

/** Request, extension → server: the chart of an open roadmap at a zoom; null when the server has no such document. */
export const ChartRequest = { method: 'cxroadmap/chart' } as const;
export type ChartRequest = RequestSignature<
  typeof ChartRequest.method,
  'extension → server',
  ChartParams,
  ChartResult | null
>;

/** Notification, server → extension: the diagnostics of `uri` at `version` were published, so its chart may have changed. */
export const ChartChangedNotification = { method: 'cxroadmap/chartChanged' } as const;
export type ChartChangedNotification = NotificationSignature<
  typeof ChartChangedNotification.method,
  'server → extension',
  ChartChangedParams
>;

/**
 * Request, extension → server: the standalone file `cxroadmap gantt` would write for the open
 * text; null when the server has no such document.
 */
export const ChartExportRequest = { method: 'cxroadmap/chartExport' } as const;
export type ChartExportRequest = RequestSignature<
  typeof ChartExportRequest.method,
  'extension → server',
  ChartExportParams,
  ChartExportResult | null
>;

export interface ChartParams {
  uri: string;
  /** Null before the preview knows its width: the renderer's default, the drawn span about 1,000 px wide. */
  pxPerDay: number | null;
  /** The day the today line marks: the extension's clock, never the server's. */
  today: IsoDay;
  /**
   * The revision of the chart the preview shows: the server may then answer with only what
   * changed since (`patch`). Absent when the preview shows no chart.
   */
  base?: number;
  /** The names column's width, `MIN_NAMES_WIDTH` to `MAX_NAMES_WIDTH` px; absent: the renderer's 440 px. */
  namesWidth?: number;
  /** The width of the preview's view, 1 to `MAX_VIEW_WIDTH` px: a `null` zoom fits the drawn span to it. */
  viewWidth?: number;
}

export interface ChartInitiative {
  id: string;
  /** Position in the `initiatives` list. */
  index: number;
  /** The whole list item: a cursor inside it highlights the initiative's bar. */
  range: WireRange;
  /** The `id` value: what "reveal" selects. */
  idRange: WireRange;
  /** The `start` and `end` values as written, present when they are valid dates or periods. */
  startRange?: WireRange;
  endRange?: WireRange;
  /** The first and last day (a period resolved to its first or last day). */
  start?: IsoDay;
  end?: IsoDay;
  /** Its milestones with a valid date, in the order of the list: a whole move moves them too. */
  milestones?: ChartMilestone[];
  /** The diagnostics inside the initiative, for its tooltip. */
  problems: WireFinding[];
}

export interface ChartMilestone {
  /** The `date` value as written. */
  range: WireRange;
  date: IsoDay;
}

export interface ChartResult {
  uri: string;
  /** The document version the answer describes. */
  version: number;
  /**
   * True when the chart is drawn from this version: the text parses, or only initiatives
   * listed in `unparsed` do not. False while other syntax errors leave nothing to draw from
   * it: the chart is then the last one that could be drawn.
   */
  parses: boolean;
  /** The initiatives that do not parse, left out of this chart (it says so); absent when none is. */
  unparsed?: WireRange[];
  /** Identifies the chart drawn (a later request may name it as its `base`); the same drawing keeps its revision. */
  revision: number;
  /** The whole chart; null when there is nothing to draw or when `patch` says what changed. */
  svg: string | null;
  /** Present only when the request named a `base` the server still had and the chart's outline is unchanged. */
  patch?: ChartPatch;
  /** Initiatives with a valid id, of the current version; empty while `parses` is false. */
  initiatives: ChartInitiative[];
  /** Initiatives with an id left out of `initiatives`, by why: the preview cannot act on them. Absent when none is. */
  omitted?: Omissions;
  /** The roadmap's horizon, when valid: the only range moves may land in. */
  horizon?: DaySpanWire;
  /** The days the chart draws, and how: what a drag in pixels means in days. */
  span?: DaySpanWire;
  pxPerDay: number;
  /** Where the drawn span starts, in px from the chart's left edge. */
  timelineX: number;
  diagnosticsCount: number;
  /** The title and health line the preview shows above the chart: of the chart drawn, with the findings of the current text. */
  summary: ChartSummary;
}

export interface ChartChangedParams {
  uri: string;
  version: number;
}

export interface ChartExportParams {
  uri: string;
  format: ExportFormat;
  today: IsoDay;
}

/** `content` is null when the text does not parse (nothing is exported then). */
export interface ChartExportResult {
  uri: string;
  format: ExportFormat;
  content: string | null;
}
