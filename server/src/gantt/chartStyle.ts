/**
 * The chart's stylesheet. Every colour is a `--cx-*` custom property with a default fit
 * for print and slides; the editor preview maps them to the VS Code theme with a more
 * specific selector (for example `body .cx-gantt { --cx-bg: var(--vscode-editor-background) }`).
 * Status is never shown by colour alone: the tooltip and the legend name it, and
 * cancelled and violated marks are dashed.
 */

export const CHART_CSS = `
.cx-gantt {
  --cx-bg: #ffffff;
  --cx-fg: #17202b;
  --cx-muted: #56606d;
  --cx-grid: #e6e9ee;
  --cx-grid-strong: #c3cad4;
  --cx-axis-bg: #f6f8fa;
  --cx-lane-bg: #eef2f7;
  --cx-lane-fg: #12314d;
  --cx-row-alt: rgba(20, 50, 90, 0.035);
  --cx-highlight: rgba(29, 100, 200, 0.12);
  --cx-focus: #1d64c8;
  --cx-status-planned: #b4c5d8;
  --cx-status-planned-edge: #7f98b3;
  --cx-on-planned: #12314d;
  --cx-status-active: #1d64c8;
  --cx-on-active: #ffffff;
  --cx-status-at-risk: #f1a916;
  --cx-on-at-risk: #2e2200;
  --cx-status-blocked: #c93636;
  --cx-on-blocked: #ffffff;
  --cx-status-done: #23875a;
  --cx-on-done: #ffffff;
  --cx-status-cancelled: #e4e7eb;
  --cx-status-cancelled-edge: #9aa4b1;
  --cx-on-cancelled: #56606d;
  --cx-dependency: #6f7b8a;
  --cx-warning: #e2560b;
  --cx-error: #d0193a;
  --cx-on-error: #ffffff;
  --cx-on-warning: #ffffff;
  --cx-note: #1a6fd0;
  --cx-on-note: #ffffff;
  --cx-early-win: #f7b500;
  --cx-early-win-edge: #8a5a00;
  --cx-milestone: #17202b;
  --cx-today: #8a2be2;
  --cx-link: #1d58b0;
  font-family: -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Liberation Sans", sans-serif;
  font-size: 12px;
}
.cx-gantt text { fill: var(--cx-fg); dominant-baseline: central; white-space: pre; }
.cx-gantt .chart-bg { fill: var(--cx-bg); }
.cx-gantt .heading-title { font-size: 18px; font-weight: 700; }
.cx-gantt .heading-span { fill: var(--cx-muted); font-size: 13px; }
.cx-gantt .legend-text { font-size: 12px; fill: var(--cx-muted); }
.cx-gantt .axis-caption { font-size: 12px; font-weight: 600; fill: var(--cx-muted); letter-spacing: 0.02em; }
.cx-gantt .axis-bg { fill: var(--cx-axis-bg); }
.cx-gantt .axis-divider { stroke: var(--cx-grid-strong); }
.cx-gantt .tick-year { font-size: 12.5px; font-weight: 700; }
.cx-gantt .tick-quarter, .cx-gantt .tick-month { font-size: 11px; fill: var(--cx-muted); }
.cx-gantt .grid-year { stroke: var(--cx-grid-strong); stroke-width: 1; }
.cx-gantt .grid-quarter { stroke: var(--cx-grid); stroke-width: 1; }
.cx-gantt .grid-month { stroke: var(--cx-grid); stroke-width: 1; stroke-dasharray: 2 3; }
.cx-gantt .lane-bg { fill: var(--cx-lane-bg); }
.cx-gantt .lane-name { font-size: 13.5px; font-weight: 700; fill: var(--cx-lane-fg); }
.cx-gantt .lane-count { font-size: 12px; fill: var(--cx-muted); }
.cx-gantt .lane-rule { stroke: var(--cx-grid-strong); }
.cx-gantt .names-bg { fill: var(--cx-bg); }
.cx-gantt .names-edge { stroke: var(--cx-grid-strong); stroke-width: 1; }
.cx-gantt .row-bg { fill: transparent; }
.cx-gantt .row-bg.alt { fill: var(--cx-row-alt); }
.cx-gantt .label { font-size: 12.5px; }
.cx-gantt .status-cancelled .label { fill: var(--cx-muted); text-decoration: line-through; }
.cx-gantt .detail { font-size: 11.5px; fill: var(--cx-muted); }
.cx-gantt .detail .owner { fill: var(--cx-fg); }
.cx-gantt .note { font-size: 11.5px; font-style: italic; fill: var(--cx-muted); }
.cx-gantt .bar { stroke-width: 1; }
.cx-gantt .status-planned .bar, .cx-gantt .status-none .bar, .cx-gantt .swatch.status-planned { fill: var(--cx-status-planned); stroke: var(--cx-status-planned-edge); }
.cx-gantt .status-active .bar, .cx-gantt .swatch.status-active { fill: var(--cx-status-active); stroke: var(--cx-status-active); }
.cx-gantt .status-at-risk .bar, .cx-gantt .swatch.status-at-risk { fill: var(--cx-status-at-risk); stroke: var(--cx-status-at-risk); }
.cx-gantt .status-blocked .bar, .cx-gantt .swatch.status-blocked { fill: var(--cx-status-blocked); stroke: var(--cx-status-blocked); }
.cx-gantt .status-done .bar, .cx-gantt .swatch.status-done { fill: var(--cx-status-done); stroke: var(--cx-status-done); }
.cx-gantt .status-cancelled .bar, .cx-gantt .swatch.status-cancelled { fill: var(--cx-status-cancelled); stroke: var(--cx-status-cancelled-edge); stroke-dasharray: 3 2; }
.cx-gantt .status-planned .detail.inside, .cx-gantt .status-none .detail.inside { fill: var(--cx-on-planned); }
.cx-gantt .status-active .detail.inside, .cx-gantt .status-active .detail.inside .owner { fill: var(--cx-on-active); }
.cx-gantt .status-at-risk .detail.inside, .cx-gantt .status-at-risk .detail.inside .owner { fill: var(--cx-on-at-risk); }
.cx-gantt .status-blocked .detail.inside, .cx-gantt .status-blocked .detail.inside .owner { fill: var(--cx-on-blocked); }
.cx-gantt .status-done .detail.inside, .cx-gantt .status-done .detail.inside .owner { fill: var(--cx-on-done); }
.cx-gantt .status-cancelled .detail.inside { fill: var(--cx-on-cancelled); }
.cx-gantt .has-errors .bar { stroke: var(--cx-error); stroke-width: 2.5; }
.cx-gantt .error-mark { fill: var(--cx-error); }
.cx-gantt .error-mark-glyph { fill: var(--cx-on-error); }
.cx-gantt .warning-mark { fill: var(--cx-warning); stroke: var(--cx-warning); stroke-width: 1; stroke-linejoin: round; }
.cx-gantt .warning-mark-glyph { fill: var(--cx-on-warning); }
.cx-gantt .note-mark { fill: var(--cx-note); }
.cx-gantt .note-mark-glyph { fill: var(--cx-on-note); }
.cx-gantt .early-win-mark { fill: var(--cx-early-win); stroke: var(--cx-early-win-edge); stroke-width: 1; stroke-linejoin: round; }
.cx-gantt .clip-mark { fill: var(--cx-bg); }
.cx-gantt .milestone-mark { fill: var(--cx-milestone); stroke: var(--cx-bg); stroke-width: 1.5; }
.cx-gantt .dependency { fill: none; stroke: var(--cx-dependency); stroke-width: 1.25; stroke-linejoin: round; }
.cx-gantt .dependency.violated { stroke: var(--cx-warning); stroke-width: 1.75; stroke-dasharray: 5 3; }
.cx-gantt .arrowhead { fill: var(--cx-dependency); }
.cx-gantt .arrowhead.violated { fill: var(--cx-warning); }
.cx-gantt .today-line { stroke: var(--cx-today); stroke-width: 1.5; }
.cx-gantt .today-label-bg { fill: var(--cx-today); }
.cx-gantt .today-label { fill: #ffffff; font-size: 10.5px; font-weight: 700; }
.cx-gantt .link { fill: var(--cx-link); text-decoration: underline; }
.cx-gantt .initiative { outline: none; }
.cx-gantt .initiative:hover .row-bg, .cx-gantt .initiative:focus .row-bg, .cx-gantt .initiative.is-related .row-bg { fill: var(--cx-highlight); }
.cx-gantt .initiative:focus-visible .row-bg { stroke: var(--cx-focus); stroke-width: 2; }
.cx-gantt.has-focus .dependencies .dependency { opacity: 0.25; }
.cx-gantt.has-focus .dependencies .dependency.is-related { opacity: 1; stroke-width: 2.25; }
@media print { .cx-gantt .row-bg.alt { fill: transparent; } }
`;
