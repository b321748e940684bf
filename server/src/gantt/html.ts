/**
 * A standalone page holding the chart, for `cxroadmap gantt` and for sharing in pull
 * requests: no remote content, script and styles allowed only by their hashes, all
 * roadmap text escaped.
 */
import { COMPETENCY_IDS } from '../core/model/types';
import type { RoadmapModel, Status } from '../core/model/types';
import { axisStripSvg } from './axisMarkup';
import { CHART_CSS } from './chartStyle';
import { CHART_SCRIPT } from './chartScript.generated';
import { escapeXml, isolatedText } from './escapeXml';
import type { ChartFindings } from './findings';
import { formatDay, formatRange, plural, STATUS_WORDS } from './labelText';
import { layoutChart } from './layout';
import type { ChartOptions } from './layoutTypes';
import { PAGE_CSS } from './pageStyle';
import { summarize } from './summary';
import { LAYERED_FROM, renderLayeredChart } from './layeredChart';
import { renderSvg } from './svg';

/** The base64 SHA-256 of the UTF-8 text (`sha256Base64` in server/src/node): a parameter, so the renderer needs no Node. */
export type Sha256 = (text: string) => string;

export interface HtmlOptions extends ChartOptions {
  /** The roadmap's file name, shown in the footer. */
  source?: string;
  /** Hashes the page's inline style and script for its Content-Security-Policy. */
  sha256: Sha256;
}

/** Charts taller than this (px) get an axis that stays in view. */
const TALL_BODY = 600;

const STATUS_LABEL: Readonly<Record<Status | 'none', string>> = { ...STATUS_WORDS, none: 'without a status' };

/** The policy for the page: nothing may load, and only these exact blocks may apply. */
export function contentSecurityPolicy(styles: readonly string[], scripts: readonly string[], sha256: Sha256): string {
  // `'sha256-…'` of the exact text between the tags, as browsers hash it (UTF-8).
  const hash = (content: string): string => `'sha256-${sha256(content)}'`;
  return [
    "default-src 'none'",
    `style-src ${styles.map(hash).join(' ')}`,
    `script-src ${scripts.map(hash).join(' ')}`,
    'img-src data:',
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

function headerMarkup(model: RoadmapModel, findings: ChartFindings, span: string | undefined): string {
  const summary = summarize(model);
  const facts: string[] = [];
  facts.push(
    span === undefined ? 'No usable horizon: the chart spans the initiatives’ dates' : `Horizon ${escapeXml(span)}`,
  );
  if (model.owner) facts.push(`Owner ${isolatedText(model.owner.value)}`);
  if (model.sponsor) facts.push(`Sponsor ${isolatedText(model.sponsor.value)}`);
  if (model.governance?.board) facts.push(`Board ${isolatedText(model.governance.board.value)}`);
  const chips = summary.byStatus
    .map(
      (s) =>
        `<li class="chip"><span class="chip-swatch status-${s.status}" aria-hidden="true"></span>${s.count} ${escapeXml(STATUS_LABEL[s.status])}</li>`,
    )
    .join('');
  const coverage =
    summary.uncovered.length === 0
      ? `All ${COMPETENCY_IDS.length} competencies have initiatives.`
      : `${summary.covered.length} of ${COMPETENCY_IDS.length} competencies have initiatives; none yet for ${summary.uncovered.map((u) => escapeXml(u.name)).join(', ')}.`;
  const { errors, warnings, notes } = findings.totals;
  const problems =
    errors + warnings + notes === 0
      ? 'No problems found.'
      : `${plural(errors, 'error')}, ${plural(warnings, 'warning')} and ${plural(notes, 'note')} (marked on the chart; <code>cxroadmap lint</code> lists them).`;
  return (
    `<header class="page-header">` +
    `<h1>${isolatedText(model.title?.value ?? 'Untitled roadmap')}</h1>` +
    `<p class="facts">${facts.join(' <span class="sep">\u00b7</span> ')}</p>` +
    `<p class="count">${plural(summary.initiatives, 'initiative')}</p>` +
    `<ul class="chips">${chips}</ul>` +
    `<p class="coverage">${coverage}</p>` +
    `<p class="problems${errors > 0 ? ' has-errors' : ''}">${problems}</p>` +
    `</header>`
  );
}

export function renderHtml(model: RoadmapModel, findings: ChartFindings, options: HtmlOptions): string {
  const layout = layoutChart(model, findings, options);
  const span =
    layout.span && layout.spanSource === 'horizon' ? formatRange(layout.span.start, layout.span.end) : undefined;
  const layered = layout.initiativeCount > LAYERED_FROM;
  const chart = layered ? renderLayeredChart(layout) : renderSvg(layout, { interactive: true });
  // Shown by the script only once the chart's own axis has scrolled out of view.
  const sticky =
    layout.body.height > TALL_BODY
      ? `<div class="axis-sticky${layered ? ' layered' : ''}"><div class="axis-frame">${axisStripSvg(layout)}</div></div>`
      : '';
  const footer: string[] = [];
  if (options.source !== undefined) footer.push(`From ${isolatedText(options.source)}`);
  if (options.today !== undefined) footer.push(`drawn on ${formatDay(options.today)}`);
  footer.push('made with cxroadmap');
  const help =
    'Hover or focus an initiative to follow its dependencies. Keys: \u2191 \u2193 move, \u2190 \u2192 prerequisite or dependant, Enter pins, Esc clears.';
  const csp = contentSecurityPolicy([PAGE_CSS, CHART_CSS], [CHART_SCRIPT], options.sha256);
  const title = model.title?.value ?? 'Untitled roadmap';
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeXml(csp)}">`,
    '<meta name="referrer" content="no-referrer">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${isolatedText(title)} \u2013 Gantt chart</title>`,
    `<style>${PAGE_CSS}</style>`,
    // One SVG carries the chart's stylesheet itself; a layered chart's SVGs share the page's.
    ...(layered ? [`<style>${CHART_CSS}</style>`] : []),
    '</head>',
    '<body>',
    headerMarkup(model, findings, span),
    `<main><p class="help">${escapeXml(help)}</p>${sticky}<div class="chart">${chart}</div></main>`,
    `<footer>${footer.join(' \u00b7 ')}</footer>`,
    `<script>${CHART_SCRIPT}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
