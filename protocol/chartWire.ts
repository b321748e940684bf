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

/** A day is at least this wide (a century then spans about 365 px)… */
export const MIN_PX_PER_DAY = 0.01;
/** …and at most this wide. */
export const MAX_PX_PER_DAY = 100;
