/**
 * Questions the suite asks the harness about the workbench page, for what the `vscode`
 * API cannot read back or do (the status bar's DOM, the inside of a webview). The suite
 * writes `<n>.request.json` into the folder named by PROBE_ENV; the harness answers with
 * `<n>.response.json`.
 */
export const PROBE_ENV = 'CXROADMAP_TEST_PROBE_DIR';

export const REQUEST_SUFFIX = '.request.json';
export const RESPONSE_SUFFIX = '.response.json';

export type ProbeRequest =
  | { kind: 'statusBarEntries' }
  /** The initiatives the Gantt preview of `uri` draws. */
  | { kind: 'previewBars'; uri: string }
  /** The zoom the Gantt preview of `uri` shows, and how wide its view is. */
  | { kind: 'previewZoom'; uri: string }
  /** A click on the bar of initiative `id` in the Gantt preview of `uri`, as a user's. */
  | { kind: 'previewClickBar'; uri: string; id: string }
  /** Keyboard focus on initiative `id` in the Gantt preview of `uri`, then `key` pressed (a Playwright key name). */
  | { kind: 'previewPressKey'; uri: string; id: string; key: string };

/** A status bar entry as the workbench renders it: its element id and its accessible label. */
export interface StatusBarEntry {
  id: string;
  label: string;
}

/** An initiative as a Gantt preview's page shows it. */
export interface PreviewBar {
  id: string;
  /** The text in the chart's label column. */
  label: string;
  /** The accessible label: title, owner, the dates drawn, status. */
  description: string;
  /** Marked as the initiative holding the editor's cursor. */
  cursor: boolean;
}

export interface PreviewZoom {
  /** The zoom button shown pressed (`whole`, `year`, `quarter`), or null when the zoom is none of them. */
  level: string | null;
  /** The width of the chart's scrolling view, in CSS pixels. */
  viewWidth: number;
}

/** What each kind of probe answers. */
export interface ProbeAnswers {
  statusBarEntries: { entries: StatusBarEntry[] };
  /** Null while no webview frame shows a chart of that document (not open, hidden, or still loading). */
  previewBars: { bars: PreviewBar[] | null };
  /** Null while no webview frame shows a chart of that document. */
  previewZoom: { zoom: PreviewZoom | null };
  previewClickBar: { done: true };
  previewPressKey: { done: true };
}

export type ProbeKind = ProbeRequest['kind'];

export type ProbeResponse<K extends ProbeKind = ProbeKind> = ProbeAnswers[K] | { error: string };
