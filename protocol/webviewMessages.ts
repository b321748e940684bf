/**
 * The messages between the extension and the Gantt preview's webview, and the checks each
 * side runs on what it receives: a message with an unknown type, a missing or extra field,
 * or a value out of range is dropped. Bundled into the webview script, so it depends on
 * nothing but the other files of `shared/protocol`.
 */
import { MAX_TITLE_LENGTH, SUMMARY_STATUSES, WIRE_SEVERITIES } from './chartWire';
import type {
  ChartChange,
  ChartPatch,
  ChartSummary,
  DaySpanWire,
  ExportFormat,
  IsoDay,
  WireFinding,
} from './chartWire';
import type { OmissionReason, Omissions } from './initiativeOmissions';
import { addOmission, initiativeFault, OMISSION_REASONS } from './initiativeOmissions';
import type { Fields } from './wireChecks';
import {
  hasKeys,
  isCount,
  isInitiativeId,
  isIsoDay,
  isNamesWidth,
  isPxPerDay,
  isRecord,
  isSpan,
  isString,
  isUri,
  isViewWidth,
} from './wireChecks';

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
  /** Only with `initiatives`: how many were left out of them, and why (the page says so). */
  omitted?: Omissions;
  summary: ChartSummary;
}

/** What the webview knows of an initiative: its dates, to drag it, and its problems, for its tooltip. */
export interface WebviewInitiative {
  id: string;
  start?: IsoDay;
  end?: IsoDay;
  problems: WireFinding[];
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

/**
 * How the page wants its chart drawn: the zoom (`null`: the whole drawn span across the
 * view), the names column's width and the view's width. Sent when any of them changes.
 */
export interface ViewMessage {
  type: 'view';
  uri: string;
  pxPerDay: number | null;
  namesWidth: number;
  viewWidth: number;
}

export interface ExportMessage {
  type: 'export';
  uri: string;
  format: ExportFormat;
}

export type WebviewToExtension = ReadyMessage | RevealMessage | MoveMessage | ViewMessage | ExportMessage;

/** What the webview keeps across reloads (`vscode.setState`), and what the serializer restores from. */
export interface PreviewState {
  uri: string;
  pxPerDay: number;
  scrollLeft: number;
  scrollTop: number;
  /** "Whole horizon" was the zoom: it is fitted again to the width of the page that restores it. Absent means false. */
  fitWhole?: boolean;
  /** The names column's width as the user set it; absent: the page's default for its width. */
  namesWidth?: number;
  /** The names column is collapsed to its marks. Absent means false. */
  namesHidden?: boolean;
}

const MAX_SVG_LENGTH = 64 * 1024 * 1024;
/** A path is at most this deep: the renderer nests root, lane or arrows group, initiative. */
const MAX_PATH_DEPTH = 8;
const MAX_CHILD_INDEX = 10_000_000;
const MAX_CHANGES = 1_000_000;
const MAX_TEXT_LENGTH = 8192;
const MAX_INITIATIVES = 100_000;
const MAX_SCROLL = 10_000_000;

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
    case 'view':
      return hasKeys(value, ['type', 'uri', 'pxPerDay', 'namesWidth', 'viewWidth']) &&
        (value.pxPerDay === null || isPxPerDay(value.pxPerDay)) &&
        isNamesWidth(value.namesWidth) &&
        isViewWidth(value.viewWidth)
        ? { type: 'view', uri, pxPerDay: value.pxPerDay, namesWidth: value.namesWidth, viewWidth: value.viewWidth }
        : undefined;
    case 'export':
      return hasKeys(value, ['type', 'uri', 'format']) && (value.format === 'svg' || value.format === 'html')
        ? { type: 'export', uri, format: value.format }
        : undefined;
    default:
      return undefined;
  }
}

const optionalString = (value: unknown): value is string | undefined =>
  value === undefined || typeof value === 'string';

/** Rule codes are the server's own words, never roadmap text: one that is not a code is a fault of the sender. */
const CODE = /^[a-z][a-z0-9-]{0,63}$/;

function parseFinding(value: unknown): WireFinding | undefined {
  if (!isRecord(value) || !hasKeys(value, ['severity', 'code', 'message'])) return undefined;
  const { severity, code, message } = value;
  const level = WIRE_SEVERITIES.find((s) => s === severity);
  if (!level || typeof code !== 'string' || !CODE.test(code) || typeof message !== 'string') return undefined;
  return { severity: level, code, message };
}

/**
 * An initiative of a chart message; a reason when its values (its id, dates or problems, from
 * the roadmap's text) keep it out of the list; undefined when it is not an initiative at all.
 */
function parseChartInitiative(value: unknown): WebviewInitiative | OmissionReason | undefined {
  if (!isRecord(value) || !hasKeys(value, ['id', 'problems'], ['start', 'end'])) return undefined;
  const { id, start, end, problems } = value;
  if (typeof id !== 'string' || !optionalString(start) || !optionalString(end)) return undefined;
  if (!Array.isArray(problems)) return undefined;
  const findings: WireFinding[] = [];
  for (const problem of problems) {
    const finding = parseFinding(problem);
    if (!finding) return undefined;
    findings.push(finding);
  }
  const fault = initiativeFault({ id, start, end, problems: findings });
  if (fault) return fault;
  const out: WebviewInitiative = { id, problems: findings };
  if (start !== undefined) out.start = start;
  if (end !== undefined) out.end = end;
  return out;
}

function parseOmissions(value: unknown): Omissions | undefined {
  if (!isRecord(value) || !hasKeys(value, [], OMISSION_REASONS)) return undefined;
  const out: Omissions = {};
  for (const reason of OMISSION_REASONS) {
    const count = value[reason];
    if (count === undefined) continue;
    if (!isCount(count, MAX_INITIATIVES) || count === 0) return undefined;
    out[reason] = count;
  }
  return Object.keys(out).length > 0 ? out : undefined;
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
  return { path: [...path], markup: value.markup };
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

function parseSummary(value: unknown): ChartSummary | undefined {
  const keys = ['errors', 'warnings', 'notes', 'covered', 'competencies', 'initiatives', 'statuses'];
  if (!isRecord(value) || !hasKeys(value, keys, ['title'])) return undefined;
  const { title, errors, warnings, notes, covered, competencies, initiatives, statuses } = value;
  const count = (n: unknown): n is number => isCount(n, Number.MAX_SAFE_INTEGER);
  if (!count(errors) || !count(warnings) || !count(notes) || !count(initiatives)) return undefined;
  if (!count(covered) || !count(competencies) || covered > competencies) return undefined;
  if (title !== undefined && !isString(title, MAX_TITLE_LENGTH)) return undefined;
  if (!Array.isArray(statuses) || statuses.length > SUMMARY_STATUSES.length) return undefined;
  const byStatus: ChartSummary['statuses'] = [];
  for (const item of statuses) {
    if (!isRecord(item) || !hasKeys(item, ['status', 'count']) || !count(item.count)) return undefined;
    const status = SUMMARY_STATUSES.find((s) => s === item.status);
    if (!status) return undefined;
    byStatus.push({ status, count: item.count });
  }
  const summary: ChartSummary = { errors, warnings, notes, covered, competencies, initiatives, statuses: byStatus };
  if (title !== undefined) summary.title = title;
  return summary;
}

function parseChartMessage(value: Fields, uri: string): ChartMessage | undefined {
  const required = ['type', 'uri', 'version', 'parses', 'revision', 'svg', 'pxPerDay', 'timelineX', 'summary'];
  if (!hasKeys(value, required, ['span', 'horizon', 'patch', 'initiatives', 'omitted'])) return undefined;
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
  const summary = parseSummary(value.summary);
  if (!summary) return undefined;
  const out: ChartMessage = { type: 'chart', uri, version, parses, revision, svg, pxPerDay, timelineX, summary };
  if (initiatives === undefined) {
    // Only changes to a chart shown may leave its initiatives (and what was left out of them) as they were.
    if (!patch || value.omitted !== undefined) return undefined;
  } else {
    if (!Array.isArray(initiatives) || initiatives.length > MAX_INITIATIVES) return undefined;
    let omitted = value.omitted === undefined ? undefined : parseOmissions(value.omitted);
    if (value.omitted !== undefined && !omitted) return undefined;
    const parsed: WebviewInitiative[] = [];
    for (const item of initiatives) {
      const initiative = parseChartInitiative(item);
      if (initiative === undefined) return undefined;
      if (typeof initiative === 'string') omitted = addOmission(omitted, initiative);
      else parsed.push(initiative);
    }
    out.initiatives = parsed;
    if (omitted) out.omitted = omitted;
  }
  if (patch) out.patch = patch;
  if (value.span !== undefined) out.span = { ...value.span };
  if (value.horizon !== undefined) out.horizon = { ...value.horizon };
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
  const optional = ['fitWhole', 'namesWidth', 'namesHidden'];
  if (!isRecord(value) || !hasKeys(value, ['uri', 'pxPerDay', 'scrollLeft', 'scrollTop'], optional)) return undefined;
  const { uri, pxPerDay, scrollLeft, scrollTop, fitWhole, namesWidth, namesHidden } = value;
  const scroll = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n) && n >= 0 && n <= MAX_SCROLL;
  if (!isUri(uri) || !isPxPerDay(pxPerDay) || !scroll(scrollLeft) || !scroll(scrollTop)) return undefined;
  if (fitWhole !== undefined && typeof fitWhole !== 'boolean') return undefined;
  if (namesWidth !== undefined && !isNamesWidth(namesWidth)) return undefined;
  if (namesHidden !== undefined && typeof namesHidden !== 'boolean') return undefined;
  const state: PreviewState = { uri, pxPerDay, scrollLeft, scrollTop };
  if (fitWhole !== undefined) state.fitWhole = fitWhole;
  if (namesWidth !== undefined) state.namesWidth = namesWidth;
  if (namesHidden !== undefined) state.namesHidden = namesHidden;
  return state;
}
