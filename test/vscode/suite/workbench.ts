/** The suite's side of the workbench probe (see ../workbenchProbe.ts). */
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { writeJsonAtomically } from '../testReport';
import type { ProbeRequest, ProbeResponse, StatusBarEntry } from '../workbenchProbe';
import { PROBE_ENV, REQUEST_SUFFIX, RESPONSE_SUFFIX } from '../workbenchProbe';
import { WAIT_MS, waitFor } from './waitFor';

let asked = 0;

/** The folder the harness watches, when the suite runs under one that can see the page. */
export function probeFolder(): string | undefined {
  return process.env[PROBE_ENV] || undefined;
}

export async function statusBarEntries(folder: string): Promise<StatusBarEntry[]> {
  const name = `${process.pid}-${++asked}`;
  const request: ProbeRequest = { kind: 'statusBarEntries' };
  writeJsonAtomically(path.join(folder, `${name}${REQUEST_SUFFIX}`), request);
  const responseFile = path.join(folder, `${name}${RESPONSE_SUFFIX}`);
  const response = await waitFor(
    () => existsSync(responseFile) && (JSON.parse(readFileSync(responseFile, 'utf8')) as ProbeResponse),
    WAIT_MS,
    'the harness to read the status bar',
  );
  if ('error' in response) throw new Error(`the harness could not read the status bar: ${response.error}`);
  return response.entries;
}
