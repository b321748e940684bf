/**
 * What runs inside Chromium: the Mermaid page, and the probe injected before any page
 * script that reports the moment every bar is drawn. Browser code is kept as text because
 * the project compiles without the DOM library.
 */
import { pathToFileURL } from 'node:url';

/** Names of the functions the harness exposes to the page. */
export const DRAWN = 'benchDrawn';
export const SETTLED = 'benchSettled';
export const FAILED = 'benchFailed';

/**
 * Counts `selector` once a frame from the start of the document; when it reaches `expected`,
 * reports `performance.now()` (milliseconds since navigation start) at the next frame, by
 * which time the frame holding every bar has been painted. With `lift`, the elements it
 * selects lose `content-visibility` at that moment, so the frame reported lays out all of
 * them, not only those in view.
 */
export function drawnProbe(selector: string, expected: number, lift?: string): string {
  return `(() => {
  const selector = ${JSON.stringify(selector)};
  const expected = ${expected};
  const lift = ${JSON.stringify(lift ?? null)};
  const tick = () => {
    if (document.querySelectorAll(selector).length >= expected) {
      if (lift !== null) for (const el of document.querySelectorAll(lift)) el.style.contentVisibility = 'visible';
      requestAnimationFrame(() => window.${DRAWN}(performance.now()));
      return;
    }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})();`;
}

/** For a page that is complete once loaded (ours): how many bars it holds after load. */
export function settledOnLoad(selector: string): string {
  return `window.addEventListener('load', () => requestAnimationFrame(() => window.${SETTLED}(document.querySelectorAll(${JSON.stringify(selector)}).length)));`;
}

/** Mermaid's initiative bars: task rectangles, not milestones or vertical markers. */
export const MERMAID_BARS = 'svg rect[class^="task"]:not(.milestone):not(.vert)';
export const OUR_BARS = '[data-initiative-id]';
/** The row blocks of a layered page, drawn as they come into view (layeredChart.ts). */
export const OUR_ROW_BLOCKS = 'svg.cx-rows';

export function mermaidPage(mermaidScript: string, source: string): string {
  // JSON with `<` escaped is a safe script literal whatever the titles hold.
  const literal = JSON.stringify(source).replace(/</g, '\\u003c');
  return `<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Mermaid gantt</title></head>
<body>
<div id="chart"></div>
<script src="${pathToFileURL(mermaidScript).toString()}"></script>
<script>
(async () => {
  try {
    mermaid.initialize({ startOnLoad: false, maxTextSize: 100000000, securityLevel: 'strict' });
    const { svg } = await mermaid.render('gantt', ${literal});
    document.getElementById('chart').innerHTML = svg;
    requestAnimationFrame(() => window.${SETTLED}(document.querySelectorAll(${JSON.stringify(MERMAID_BARS)}).length));
  } catch (error) {
    window.${FAILED}(String(error && error.message || error));
  }
})();
</script>
</body>
</html>
`;
}
