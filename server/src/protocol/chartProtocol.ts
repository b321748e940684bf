/**
 * The Gantt preview's wire types: the custom LSP messages between the language server and
 * the extension, and the messages between the extension and its webview. Imported by the
 * server, the extension and the webview script alike, so it has no runtime dependency.
 *
 * Everything that crosses into the extension from the webview, or into the webview from
 * the extension, is checked on receipt by the `parse*` functions below: a message with an
 * unknown type, a missing or extra field, or a value out of range is dropped.
 */
import type { MarkupChange } from '../gantt/markupTree';

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

// ---------------------------------------------------------------------------------------
// Language server ⇄ extension

/** Request, extension → server: the chart of an open roadmap at a zoom. Answers `ChartResult | null` (null: the server has no such document). */
export const ChartRequest = { method: 'cxroadmap/chart' } as const;

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
}

/** Replace the chart's element at `path` (element-child indexes from the `<svg>` root) with `markup`, one element. */
export type ChartChange = MarkupChange;

/** What changed in the chart since revision `base`; applied in order. */
export interface ChartPatch {
  base: number;
  changes: ChartChange[];
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
  /** Messages of the diagnostics inside the initiative, for its tooltip. */
  problems: string[];
}

export interface ChartResult {
  uri: string;
  /** The document version the answer describes. */
  version: number;
  /** False while the text has syntax errors: the chart is then the last one that parsed. */
  parses: boolean;
  /** Identifies the chart drawn (a later request may name it as its `base`); the same drawing keeps its revision. */
  revision: number;
  /** The whole chart; null when there is nothing to draw or when `patch` says what changed. */
  svg: string | null;
  /** Present only when the request named a `base` the server still had and the chart's outline is unchanged. */
  patch?: ChartPatch;
  /** Initiatives with a valid id, of the current version; empty while the text does not parse. */
  initiatives: ChartInitiative[];
  /** The roadmap's horizon, when valid: the only range moves may land in. */
  horizon?: DaySpanWire;
  /** The days the chart draws, and how: what a drag in pixels means in days. */
  span?: DaySpanWire;
  pxPerDay: number;
  /** Where the drawn span starts, in px from the chart's left edge. */
  timelineX: number;
  diagnosticsCount: number;
}

/** Notification, server → extension: the diagnostics of `uri` at `version` were published, so its chart may have changed. */
export const ChartChangedNotification = { method: 'cxroadmap/chartChanged' } as const;

export interface ChartChangedParams {
  uri: string;
  version: number;
}

export type ExportFormat = 'svg' | 'html';

/** Request, extension → server: the standalone file `cxroadmap gantt` would write for the open text. */
export const ChartExportRequest = { method: 'cxroadmap/chartExport' } as const;

export interface ChartExportParams {
  uri: string;
  format: ExportFormat;
  today: IsoDay;
}

/** `content` is null when the text does not parse (nothing is exported then), or the server has no such document. */
export interface ChartExportResult {
  uri: string;
  format: ExportFormat;
  content: string | null;
}

// ---------------------------------------------------------------------------------------
// Extension ⇄ webview

/** The chart as the webview needs it: no text ranges, those stay in the extension. */
export interface ChartMessage {
  type: 'chart';
  uri: string;
  version: number;
  parses: boolean;
  revision: number;
  svg: string | null;
  patch?: ChartPatch;
  pxPerDay: number;
  timelineX: number;
  span?: DaySpanWire;
  horizon?: DaySpanWire;
  /** Absent only with a `patch`, when they are the same as those of the chart shown. */
  initiatives?: WebviewInitiative[];
}

/** What the webview knows of an initiative: its dates, to drag it, and its problems, for its tooltip. */
export interface WebviewInitiative {
  id: string;
  start?: IsoDay;
  end?: IsoDay;
  problems: string[];
}

/** The initiative under the editor's cursor, or none. */
export interface HighlightMessage {
  type: 'highlight';
  uri: string;
  id: string | null;
}

/** A notice above the chart (the text does not parse, a move was refused), or none. */
export interface BannerMessage {
  type: 'banner';
  uri: string;
  text: string | null;
}

export type ExtensionToWebview = ChartMessage | HighlightMessage | BannerMessage;

export interface ReadyMessage {
  type: 'ready';
  uri: string;
}

export interface RevealMessage {
  type: 'reveal';
  uri: string;
  id: string;
}

/** A proposal only: the extension checks it against the text and applies it, or not. */
export interface MoveMessage {
  type: 'move';
  uri: string;
  id: string;
  start: IsoDay;
  end: IsoDay;
}

export interface ZoomMessage {
  type: 'zoom';
  uri: string;
  pxPerDay: number;
}

export interface ExportMessage {
  type: 'export';
  uri: string;
  format: ExportFormat;
}

export type WebviewToExtension = ReadyMessage | RevealMessage | MoveMessage | ZoomMessage | ExportMessage;

/** What the webview keeps across reloads (`vscode.setState`), and what the serializer restores from. */
export interface PreviewState {
  uri: string;
  pxPerDay: number;
  scrollLeft: number;
  scrollTop: number;
  /** "Whole horizon" was the zoom: it is fitted again to the width of the page that restores it. Absent means false. */
  fitWhole?: boolean;
}

// ---------------------------------------------------------------------------------------
// Limits and checks

/** A day is at least this wide (a century then spans about 365 px)… */
export const MIN_PX_PER_DAY = 0.01;
/** …and at most this wide. */
export const MAX_PX_PER_DAY = 100;
const MAX_URI_LENGTH = 8192;
const MAX_ID_LENGTH = 256;
const MAX_SVG_LENGTH = 64 * 1024 * 1024;
/** A path is at most this deep: the renderer nests root, lane or arrows group, initiative. */
const MAX_PATH_DEPTH = 8;
const MAX_CHILD_INDEX = 10_000_000;
const MAX_CHANGES = 1_000_000;
const MAX_TEXT_LENGTH = 8192;
const MAX_INITIATIVES = 100_000;
const MAX_PROBLEMS = 100;
const MAX_SCROLL = 10_000_000;

/** The format's id pattern (FORMAT.md §1). */
const ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;
const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

type Fields = Record<string, unknown>;

function isRecord(value: unknown): value is Fields {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/** Exactly these keys: the required ones, and any of the optional ones. */
function hasKeys(value: Fields, required: readonly string[], optional: readonly string[] = []): boolean {
  const keys = Object.keys(value);
  return (
    required.every((k) => Object.prototype.hasOwnProperty.call(value, k)) &&
    keys.every((k) => required.includes(k) || optional.includes(k))
  );
}

function isString(value: unknown, max: number): value is string {
  return typeof value === 'string' && value.length <= max;
}

export function isUri(value: unknown): value is string {
  return isString(value, MAX_URI_LENGTH) && value.length > 0;
}

export function isInitiativeId(value: unknown): value is string {
  return isString(value, MAX_ID_LENGTH) && ID_PATTERN.test(value);
}

/** A real calendar day, years 0001 to 9999. */
export function isIsoDay(value: unknown): value is IsoDay {
  if (typeof value !== 'string') return false;
  const m = DAY_PATTERN.exec(value);
  if (!m) return false;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (year < 1 || month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return day <= [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
}

export function isPxPerDay(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= MIN_PX_PER_DAY && value <= MAX_PX_PER_DAY;
}

function isCount(value: unknown, max: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= max;
}

function isSpan(value: unknown): value is DaySpanWire {
  return (
    isRecord(value) &&
    hasKeys(value, ['start', 'end']) &&
    isIsoDay(value.start) &&
    isIsoDay(value.end) &&
    value.start <= value.end
  );
}

/** A message from the webview, or undefined when it is not exactly one the extension accepts. */
export function parseWebviewMessage(value: unknown): WebviewToExtension | undefined {
  if (!isRecord(value) || !isUri(value.uri)) return undefined;
  const uri = value.uri;
  switch (value.type) {
    case 'ready':
      return hasKeys(value, ['type', 'uri']) ? { type: 'ready', uri } : undefined;
    case 'reveal':
      return hasKeys(value, ['type', 'uri', 'id']) && isInitiativeId(value.id)
        ? { type: 'reveal', uri, id: value.id }
        : undefined;
    case 'move':
      return hasKeys(value, ['type', 'uri', 'id', 'start', 'end']) &&
        isInitiativeId(value.id) &&
        isIsoDay(value.start) &&
        isIsoDay(value.end) &&
        value.start <= value.end
        ? { type: 'move', uri, id: value.id, start: value.start, end: value.end }
        : undefined;
    case 'zoom':
      return hasKeys(value, ['type', 'uri', 'pxPerDay']) && isPxPerDay(value.pxPerDay)
        ? { type: 'zoom', uri, pxPerDay: value.pxPerDay }
        : undefined;
    case 'export':
      return hasKeys(value, ['type', 'uri', 'format']) && (value.format === 'svg' || value.format === 'html')
        ? { type: 'export', uri, format: value.format }
        : undefined;
    default:
      return undefined;
  }
}

function parseChartInitiative(value: unknown): WebviewInitiative | undefined {
  if (!isRecord(value) || !hasKeys(value, ['id', 'problems'], ['start', 'end']) || !isInitiativeId(value.id))
    return undefined;
  if (value.start !== undefined && !isIsoDay(value.start)) return undefined;
  if (value.end !== undefined && !isIsoDay(value.end)) return undefined;
  const problems = value.problems;
  if (
    !Array.isArray(problems) ||
    problems.length > MAX_PROBLEMS ||
    !problems.every((p) => isString(p, MAX_TEXT_LENGTH))
  )
    return undefined;
  const out: WebviewInitiative = { id: value.id, problems: [...(problems as string[])] };
  if (value.start !== undefined) out.start = value.start;
  if (value.end !== undefined) out.end = value.end;
  return out;
}

function parseChartChange(value: unknown): ChartChange | undefined {
  if (!isRecord(value) || !hasKeys(value, ['path', 'markup']) || typeof value.markup !== 'string') return undefined;
  const path = value.path;
  if (
    !Array.isArray(path) ||
    path.length === 0 ||
    path.length > MAX_PATH_DEPTH ||
    !path.every((i) => isCount(i, MAX_CHILD_INDEX))
  )
    return undefined;
  return { path: [...(path as number[])], markup: value.markup };
}

function parseChartPatch(value: unknown): ChartPatch | undefined {
  if (!isRecord(value) || !hasKeys(value, ['base', 'changes']) || !isCount(value.base, Number.MAX_SAFE_INTEGER))
    return undefined;
  const changes = value.changes;
  if (!Array.isArray(changes) || changes.length > MAX_CHANGES) return undefined;
  const out: ChartChange[] = [];
  let length = 0;
  for (const item of changes) {
    const change = parseChartChange(item);
    if (!change) return undefined;
    length += change.markup.length;
    if (length > MAX_SVG_LENGTH) return undefined;
    out.push(change);
  }
  return { base: value.base, changes: out };
}

function parseChartMessage(value: Fields, uri: string): ChartMessage | undefined {
  const required = ['type', 'uri', 'version', 'parses', 'revision', 'svg', 'pxPerDay', 'timelineX'];
  if (!hasKeys(value, required, ['span', 'horizon', 'patch', 'initiatives'])) return undefined;
  const { version, parses, revision, svg, pxPerDay, timelineX, initiatives } = value;
  if (
    !isCount(version, Number.MAX_SAFE_INTEGER) ||
    !isCount(revision, Number.MAX_SAFE_INTEGER) ||
    typeof parses !== 'boolean' ||
    !isPxPerDay(pxPerDay)
  )
    return undefined;
  if (!(svg === null || isString(svg, MAX_SVG_LENGTH))) return undefined;
  // A patch changes the chart shown; it never comes with a whole one.
  const patch = value.patch === undefined ? undefined : parseChartPatch(value.patch);
  if (value.patch !== undefined && (!patch || svg !== null)) return undefined;
  if (typeof timelineX !== 'number' || !Number.isFinite(timelineX) || timelineX < 0 || timelineX > MAX_SCROLL)
    return undefined;
  if (value.span !== undefined && !isSpan(value.span)) return undefined;
  if (value.horizon !== undefined && !isSpan(value.horizon)) return undefined;
  const out: ChartMessage = { type: 'chart', uri, version, parses, revision, svg, pxPerDay, timelineX };
  if (initiatives === undefined) {
    // Only changes to a chart shown may leave its initiatives as they were.
    if (!patch) return undefined;
  } else {
    if (!Array.isArray(initiatives) || initiatives.length > MAX_INITIATIVES) return undefined;
    const parsed: WebviewInitiative[] = [];
    for (const item of initiatives) {
      const initiative = parseChartInitiative(item);
      if (!initiative) return undefined;
      parsed.push(initiative);
    }
    out.initiatives = parsed;
  }
  if (patch) out.patch = patch;
  if (value.span !== undefined) out.span = { ...(value.span as DaySpanWire) };
  if (value.horizon !== undefined) out.horizon = { ...(value.horizon as DaySpanWire) };
  return out;
}

/** A message from the extension, or undefined when it is not exactly one the webview accepts. */
export function parseExtensionMessage(value: unknown): ExtensionToWebview | undefined {
  if (!isRecord(value) || !isUri(value.uri)) return undefined;
  const uri = value.uri;
  switch (value.type) {
    case 'chart':
      return parseChartMessage(value, uri);
    case 'highlight':
      return hasKeys(value, ['type', 'uri', 'id']) && (value.id === null || isInitiativeId(value.id))
        ? { type: 'highlight', uri, id: value.id }
        : undefined;
    case 'banner':
      return hasKeys(value, ['type', 'uri', 'text']) && (value.text === null || isString(value.text, MAX_TEXT_LENGTH))
        ? { type: 'banner', uri, text: value.text }
        : undefined;
    default:
      return undefined;
  }
}

/** The webview's saved state, or undefined when it is not one (a serializer must not trust what it is handed). */
export function parsePreviewState(value: unknown): PreviewState | undefined {
  if (!isRecord(value) || !hasKeys(value, ['uri', 'pxPerDay', 'scrollLeft', 'scrollTop'], ['fitWhole']))
    return undefined;
  const { uri, pxPerDay, scrollLeft, scrollTop, fitWhole } = value;
  const scroll = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n) && n >= 0 && n <= MAX_SCROLL;
  if (!isUri(uri) || !isPxPerDay(pxPerDay) || !scroll(scrollLeft) || !scroll(scrollTop)) return undefined;
  if (fitWhole !== undefined && typeof fitWhole !== 'boolean') return undefined;
  const state: PreviewState = { uri, pxPerDay, scrollLeft, scrollTop };
  if (fitWhole !== undefined) state.fitWhole = fitWhole;
  return state;
}

function sameInitiatives(a: readonly WebviewInitiative[], b: readonly WebviewInitiative[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    if (x.id !== y.id || x.start !== y.start || x.end !== y.end || x.problems.length !== y.problems.length)
      return false;
    if (x.problems.some((p, n) => p !== y.problems[n])) return false;
  }
  return true;
}

/**
 * The extension's side of a chart answer, as sent to the webview. `shown`: the initiatives
 * the webview has; when the answer is a patch to its chart and they are unchanged (typing
 * in a title, say), the message leaves them out.
 */
export function chartMessage(result: ChartResult, shown?: readonly WebviewInitiative[]): ChartMessage {
  const message: ChartMessage = {
    type: 'chart',
    uri: result.uri,
    version: result.version,
    parses: result.parses,
    revision: result.revision,
    svg: result.svg,
    pxPerDay: result.pxPerDay,
    timelineX: result.timelineX,
  };
  const initiatives = webviewInitiatives(result);
  if (!(result.patch && shown && sameInitiatives(shown, initiatives))) message.initiatives = initiatives;
  if (result.patch) message.patch = result.patch;
  if (result.span) message.span = result.span;
  if (result.horizon) message.horizon = result.horizon;
  return message;
}

export function webviewInitiatives(result: ChartResult): WebviewInitiative[] {
  return result.initiatives.map((i) => {
    const out: WebviewInitiative = { id: i.id, problems: i.problems };
    if (i.start !== undefined) out.start = i.start;
    if (i.end !== undefined) out.end = i.end;
    return out;
  });
}
