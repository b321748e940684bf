/** The harness's side of the workbench probe (see workbenchProbe.ts): answers from the live page. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Frame, Locator, Page } from 'playwright-core';
import { writeJsonAtomically } from './testReport';
import type { PreviewBar, PreviewZoom, ProbeRequest, ProbeResponse, StatusBarEntry } from './workbenchProbe';
import { REQUEST_SUFFIX, RESPONSE_SUFFIX } from './workbenchProbe';

/** A click or key press waits this long for its target; the suite's own deadline is longer. */
const ACTION_TIMEOUT_MS = 10_000;
/** The format's id pattern: ids are put into selectors only when they match it. */
const ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;

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
    switch (request.kind) {
      case 'statusBarEntries': {
        const entries = await page.$$eval('.statusbar-item', (items): StatusBarEntry[] =>
          items.map((item) => ({ id: item.id, label: item.getAttribute('aria-label') ?? '' })),
        );
        return { entries };
      }
      case 'previewBars': {
        const frame = await previewFrame(page, request.uri);
        return { bars: frame ? await previewBars(frame) : null };
      }
      case 'previewZoom': {
        const frame = await previewFrame(page, request.uri);
        const zoom = await frame?.evaluate((): PreviewZoom => ({
          level: document.querySelector<HTMLElement>('button[data-zoom][aria-pressed="true"]')?.dataset.zoom ?? null,
          viewWidth: document.querySelector('.viewport')?.clientWidth ?? 0,
        }));
        return { zoom: zoom ?? null };
      }
      case 'previewClickBar': {
        const frame = await shownPreview(page, request.uri);
        // A zoom button is pressed once the page shows a chart: the bar is where the click aims.
        await frame.locator('button[data-zoom][aria-pressed="true"]').waitFor({ timeout: ACTION_TIMEOUT_MS });
        await initiative(frame, request.id).locator('rect.bar').click({ timeout: ACTION_TIMEOUT_MS });
        return { done: true };
      }
      case 'previewPressKey':
        // Locator.press focuses the initiative first, as Tab would.
        await initiative(await shownPreview(page, request.uri), request.id).press(request.key, {
          timeout: ACTION_TIMEOUT_MS,
        });
        return { done: true };
      default:
        return { error: `unknown probe ${JSON.stringify(request)}` };
    }
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * The webview frame whose page is the Gantt preview of `uri` (its body names the document)
 * and has drawn a chart. A webview is two nested frames, and frames come and go as panels
 * are shown and hidden, so every frame is asked.
 */
async function previewFrame(page: Page, uri: string): Promise<Frame | undefined> {
  const found: Frame[] = [];
  for (const frame of page.frames()) {
    const shows = await frame
      .evaluate(
        (documentUri) =>
          document.body?.dataset.documentUri === documentUri && document.querySelector('.chart > svg') !== null,
        uri,
      )
      .catch(() => false);
    if (shows) found.push(frame);
  }
  if (found.length > 1) throw new Error(`${found.length} webview frames show a chart of ${uri}`);
  return found[0];
}

function previewBars(frame: Frame): Promise<PreviewBar[]> {
  return frame.$$eval('.chart > svg g.initiative[data-initiative-id]', (groups): PreviewBar[] =>
    groups.map((g) => ({
      id: g.getAttribute('data-initiative-id') ?? '',
      // The renderer isolates roadmap text with Unicode isolates; the reader sees none of them.
      // The title is in the initiative's cell of the preview's names column.
      label: (
        g.ownerDocument.querySelector(
          `.chart > svg g.name[data-initiative-index="${g.getAttribute('data-initiative-index')}"] > text.label`,
        )?.textContent ?? ''
      ).replace(/[\u2066-\u2069]/g, ''),
      description: (g.getAttribute('aria-label') ?? '').replace(/[\u2066-\u2069]/g, ''),
      cursor: g.classList.contains('is-cursor'),
    })),
  );
}

async function shownPreview(page: Page, uri: string): Promise<Frame> {
  const frame = await previewFrame(page, uri);
  if (!frame) throw new Error(`no webview frame shows a chart of ${uri}`);
  return frame;
}

function initiative(frame: Frame, id: string): Locator {
  if (!ID_PATTERN.test(id)) throw new Error(`${JSON.stringify(id)} is not an initiative id`);
  return frame.locator(`.chart > svg g.initiative[data-initiative-id="${id}"]`);
}
