/** The harness's side of the workbench probe (see workbenchProbe.ts): answers from the live page. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { writeJsonAtomically } from './testReport';
import type { ProbeRequest, ProbeResponse, StatusBarEntry } from './workbenchProbe';
import { REQUEST_SUFFIX, RESPONSE_SUFFIX } from './workbenchProbe';

export async function answerProbes(folder: string, page: Page): Promise<void> {
  for (const name of readdirSync(folder).filter((f) => f.endsWith(REQUEST_SUFFIX))) {
    const responseFile = path.join(folder, name.slice(0, -REQUEST_SUFFIX.length) + RESPONSE_SUFFIX);
    if (existsSync(responseFile)) continue;
    const request = JSON.parse(readFileSync(path.join(folder, name), 'utf8')) as ProbeRequest;
    writeJsonAtomically(responseFile, await answer(request, page));
  }
}

async function answer(request: ProbeRequest, page: Page): Promise<ProbeResponse> {
  try {
    if (request.kind !== 'statusBarEntries') return { error: `unknown probe ${JSON.stringify(request)}` };
    const entries = await page.$$eval('.statusbar-item', (items): StatusBarEntry[] =>
      items.map((item) => ({ id: item.id, label: item.getAttribute('aria-label') ?? '' })),
    );
    return { entries };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}
