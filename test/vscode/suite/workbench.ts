/** The suite's side of the workbench probe (see ../workbenchProbe.ts). */
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { writeJsonAtomically } from '../testReport';
import type {
  PreviewBar,
  PreviewZoom,
  ProbeAnswers,
  ProbeRequest,
  ProbeResponse,
  StatusBarEntry,
} from '../workbenchProbe';
import { PROBE_ENV, REQUEST_SUFFIX, RESPONSE_SUFFIX } from '../workbenchProbe';
import { WAIT_MS, waitFor } from './waitFor';

let asked = 0;

/**
 * The folder the harness watches: the only way the suite reads the workbench page (status
 * bar, webviews). A test that needs it fails without it, rather than skip and pass unseen.
 */
export function probeFolder(): string {
  const folder = process.env[PROBE_ENV];
  if (!folder)
    throw new Error(
      `${PROBE_ENV} is not set: this test reads the workbench page through the harness of npm run test:vscode, which sets it`,
    );
  if (!existsSync(folder)) throw new Error(`${PROBE_ENV} names ${folder}, which does not exist`);
  return folder;
}

/** Asks the harness and waits for its answer; an answer that is an error fails the caller. */
async function ask<R extends ProbeRequest>(folder: string, request: R, what: string): Promise<ProbeAnswers[R['kind']]> {
  const name = `${process.pid}-${++asked}`;
  writeJsonAtomically(path.join(folder, `${name}${REQUEST_SUFFIX}`), request);
  const responseFile = path.join(folder, `${name}${RESPONSE_SUFFIX}`);
  const response = await waitFor(
    () => existsSync(responseFile) && (JSON.parse(readFileSync(responseFile, 'utf8')) as ProbeResponse<R['kind']>),
    WAIT_MS,
    `the harness to ${what}`,
  );
  if ('error' in response) throw new Error(`the harness could not ${what}: ${response.error}`);
  return response;
}

export async function statusBarEntries(folder: string): Promise<StatusBarEntry[]> {
  return (await ask(folder, { kind: 'statusBarEntries' }, 'read the status bar')).entries;
}

/** The initiatives the Gantt preview of `uri` draws, or null while no page shows its chart. */
export async function previewBars(folder: string, uri: string): Promise<PreviewBar[] | null> {
  return (await ask(folder, { kind: 'previewBars', uri }, `read the Gantt preview of ${uri}`)).bars;
}

/** The zoom the Gantt preview of `uri` shows, or null while no page shows its chart. */
export async function previewZoom(folder: string, uri: string): Promise<PreviewZoom | null> {
  return (await ask(folder, { kind: 'previewZoom', uri }, `read the zoom of the Gantt preview of ${uri}`)).zoom;
}

export async function clickPreviewBar(folder: string, uri: string, id: string): Promise<void> {
  await ask(folder, { kind: 'previewClickBar', uri, id }, `click the bar of ${id} in the Gantt preview`);
}

export async function pressOnPreviewBar(folder: string, uri: string, id: string, key: string): Promise<void> {
  await ask(folder, { kind: 'previewPressKey', uri, id, key }, `press ${key} on ${id} in the Gantt preview`);
}
