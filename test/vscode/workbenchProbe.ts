/**
 * Questions the suite asks the harness about the workbench page, for what the `vscode`
 * API cannot read back (the status bar's DOM). The suite writes `<n>.request.json` into
 * the folder named by PROBE_ENV; the harness answers with `<n>.response.json`.
 */
export const PROBE_ENV = 'CXROADMAP_TEST_PROBE_DIR';

export const REQUEST_SUFFIX = '.request.json';
export const RESPONSE_SUFFIX = '.response.json';

export interface ProbeRequest {
  kind: 'statusBarEntries';
}

/** A status bar entry as the workbench renders it: its element id and its accessible label. */
export interface StatusBarEntry {
  id: string;
  label: string;
}

export type ProbeResponse = { entries: StatusBarEntry[] } | { error: string };
