/**
 * The preview's page. Free of `vscode` so that the browser test loads exactly this page.
 * Nothing loads but the extension's own script and stylesheet; the one inline block is the
 * renderer's stylesheet, allowed by the page's nonce. The chart arrives later, by message.
 */
import { CHART_CSS } from '../../../server/src/gantt/chartStyle';
import { escapeXml } from '../../../server/src/gantt/escapeXml';

/** The page's words, given by the extension in the user's language. */
export interface PreviewLabels {
  toolbar: string;
  zoom: string;
  whole: string;
  year: string;
  quarter: string;
  exportSvg: string;
  exportHtml: string;
  /** The button that collapses the names column to its marks, and opens it again. */
  hideNames: string;
  showNames: string;
  /** The names column's edge, which resizes it. */
  namesEdge: string;
  /** Shown until the first chart arrives. */
  loading: string;
}

export interface PreviewPage {
  /** `webview.cspSource`: where the script and stylesheet come from. */
  cspSource: string;
  /** Fresh for every page load. */
  nonce: string;
  scriptUri: string;
  styleUri: string;
  /** The roadmap's URI: the webview accepts messages about this document only. */
  documentUri: string;
  title: string;
  labels: PreviewLabels;
}

export function previewCsp(cspSource: string, nonce: string): string {
  return [
    "default-src 'none'",
    `img-src ${cspSource} data:`,
    `style-src ${cspSource} 'nonce-${nonce}'`,
    `script-src 'nonce-${nonce}'`,
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

export function previewHtml(page: PreviewPage): string {
  const a = (value: string): string => escapeXml(value);
  const { labels } = page;
  const zoom = (level: string, label: string): string =>
    `<button type="button" class="zoom-button" data-zoom="${level}" aria-pressed="false">${a(label)}</button>`;
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${a(previewCsp(page.cspSource, page.nonce))}">`,
    `<title>${a(page.title)}</title>`,
    `<style nonce="${a(page.nonce)}">${CHART_CSS}</style>`,
    `<link rel="stylesheet" href="${a(page.styleUri)}">`,
    '</head>',
    `<body data-document-uri="${a(page.documentUri)}">`,
    // The roadmap's title and health line, from the first chart on.
    '<header class="roadmap-head" hidden><h1 class="roadmap-title" dir="auto"></h1><p class="health"></p></header>',
    `<div class="toolbar" role="toolbar" aria-label="${a(labels.toolbar)}">`,
    '<div class="view-tools">',
    `<button type="button" class="names-toggle" aria-expanded="true" data-hide="${a(labels.hideNames)}" data-show="${a(labels.showNames)}">${a(labels.hideNames)}</button>`,
    `<div class="zoom" role="group" aria-label="${a(labels.zoom)}">${zoom('whole', labels.whole)}${zoom('year', labels.year)}${zoom('quarter', labels.quarter)}</div>`,
    '</div>',
    `<div class="export"><button type="button" data-export="svg">${a(labels.exportSvg)}</button><button type="button" data-export="html">${a(labels.exportHtml)}</button></div>`,
    '</div>',
    '<div class="banner" role="status" hidden></div>',
    '<div class="frame">',
    `<div class="viewport"><div class="chart" aria-busy="true"><p class="placeholder">${a(labels.loading)}</p></div></div>`,
    `<div class="names-edge-handle" role="separator" tabindex="0" aria-orientation="vertical" aria-label="${a(labels.namesEdge)}" hidden></div>`,
    '</div>',
    '<div class="tooltip" role="tooltip" id="cx-tooltip" hidden></div>',
    `<script nonce="${a(page.nonce)}" src="${a(page.scriptUri)}"></script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
