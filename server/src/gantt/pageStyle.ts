/** The exported page around the chart: quiet, printable, readable on a projector. */
export const PAGE_CSS = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
body {
  margin: 0;
  background: #eef1f5;
  color: #17202b;
  font-family: -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Liberation Sans", sans-serif;
  font-size: 14px;
  line-height: 1.45;
}
.page-header { padding: 28px 32px 12px; }
h1 { margin: 0 0 6px; font-size: 26px; line-height: 1.2; font-weight: 700; letter-spacing: -0.01em; }
.facts { margin: 0 0 14px; color: #445061; font-size: 14.5px; }
.sep { color: #9aa4b1; padding: 0 4px; }
.count { margin: 0 8px 0 0; font-weight: 700; display: inline-block; vertical-align: middle; }
.chips { list-style: none; display: inline-flex; flex-wrap: wrap; gap: 8px; margin: 0; padding: 0; vertical-align: middle; }
.chip { display: inline-flex; align-items: center; gap: 6px; padding: 3px 10px 3px 8px; border-radius: 999px; background: #ffffff; border: 1px solid #d5dbe3; font-size: 13px; }
.chip-swatch { display: block; width: 14px; height: 10px; border-radius: 2px; border: 1px solid transparent; }
/* The chart's default status colours (chartStyle.ts), for the summary above it. */
.chip-swatch.status-planned, .chip-swatch.status-none { background: #b4c5d8; border-color: #7f98b3; }
.chip-swatch.status-active { background: #1d64c8; }
.chip-swatch.status-at-risk { background: #f1a916; }
.chip-swatch.status-blocked { background: #c93636; }
.chip-swatch.status-done { background: #23875a; }
.chip-swatch.status-cancelled { background: #e4e7eb; border: 1px dashed #9aa4b1; }
.coverage, .problems { margin: 12px 0 0; color: #445061; }
.problems.has-errors { color: #a3132d; font-weight: 600; }
code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, "Liberation Mono", monospace; font-size: 0.92em; }
main { padding: 8px 32px 24px; }
.help { margin: 0 0 8px; color: #5b6675; font-size: 12.5px; }
.chart { overflow: auto; background: #ffffff; border: 1px solid #d5dbe3; border-radius: 8px; box-shadow: 0 1px 3px rgba(15, 30, 50, 0.08); }
.chart > svg { display: block; max-width: 100%; height: auto; }
.axis-sticky { position: sticky; top: 0; height: 0; z-index: 1; }
.axis-frame { visibility: hidden; background: #ffffff; border: 1px solid #d5dbe3; border-top: 0; box-shadow: 0 2px 6px rgba(15, 30, 50, 0.15); }
.axis-sticky.is-stuck .axis-frame { visibility: visible; }
.axis-frame > svg { display: block; max-width: 100%; height: auto; }
/* A layered chart (layeredChart.ts) keeps its size and scrolls; its axis copy scrolls with it. */
.cx-layers { position: relative; width: max-content; }
.cx-layers > svg { display: block; position: relative; }
.cx-layers > .cx-rows { content-visibility: auto; }
.cx-layers > .cx-under, .cx-layers > .cx-over { position: absolute; top: 0; left: 0; }
.cx-layers > .cx-over { pointer-events: none; }
.cx-layers > .cx-over .dependency { pointer-events: visibleStroke; }
.axis-sticky.layered .axis-frame { overflow: hidden; }
.axis-sticky.layered .axis-frame > svg { max-width: none; }
footer { padding: 0 32px 28px; color: #6b7685; font-size: 12.5px; }
@media print {
  body { background: #ffffff; }
  .help, .axis-sticky { display: none; }
  .chart { overflow: visible; border: 0; box-shadow: none; }
  /* On paper a layered chart scales to the page as one SVG does: every layer by the same factor. */
  .cx-layers { width: auto; }
  .cx-layers > .cx-rows { content-visibility: visible; }
  .cx-layers > svg { width: 100%; height: auto; }
}
`;
