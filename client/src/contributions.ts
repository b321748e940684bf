/**
 * Names the extension shares with package.json `contributes`. Kept free of any `vscode`
 * import so the unit tests can check package.json against the same values.
 */

export const LANGUAGE_ID = 'cxroadmap';

/** The `source` of every diagnostic the language server publishes (docs/format.md#diagnostics). */
export const DIAGNOSTIC_SOURCE = 'cxroadmap';

/** The settings section; the client and the server both read `cxroadmap.*`. */
export const SETTINGS_SECTION = 'cxroadmap';

export const COMMANDS = {
  restartServer: 'cxroadmap.restartServer',
  newRoadmap: 'cxroadmap.newRoadmap',
  openExample: 'cxroadmap.openExample',
  showProblems: 'cxroadmap.showProblems',
  openPreview: 'cxroadmap.openPreview',
  openPreviewToSide: 'cxroadmap.openPreviewToSide',
  exportChart: 'cxroadmap.exportChart',
  /** Not in the palette: quick fixes run it to select the placeholder they wrote. */
  selectRange: 'cxroadmap.selectRange',
} as const;

/** The Gantt preview's webview panels: also what `registerWebviewPanelSerializer` restores. */
export const PREVIEW_VIEW_TYPE = 'cxroadmap.preview';
