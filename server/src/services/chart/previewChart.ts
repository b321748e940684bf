/**
 * The Gantt preview's answer for one document: the chart drawn by the renderer that
 * `cxroadmap gantt` uses, and where each initiative's id and dates stand in the text so
 * that the extension can reveal an initiative or rewrite its dates. Pure: the handler
 * passes the analysis, the zoom, the day to mark as today and the last analysis that parsed.
 */
import type { AnalysisResult } from '../../core/analyze';
import { formatDay } from '../../core/dates';
import { Severity } from '../../core/diagnostic';
import type { Diagnostic } from '../../core/diagnostic';
import type { Initiative, RoadmapModel } from '../../core/model/types';
import type { LineIndex } from '../../core/text/lineIndex';
import { chartFindings, problemTotals } from '../../gantt/findings';
import { renderHtml } from '../../gantt/html';
import type { Sha256 } from '../../gantt/html';
import { layoutChart } from '../../gantt/layout';
import { METRICS } from '../../gantt/layoutTypes';
import type { MarkupMemo } from '../../gantt/markupMemo';
import { joinMarkup } from '../../gantt/markupTree';
import type { MarkupGroup } from '../../gantt/markupTree';
import { renderSvg, svgTree } from '../../gantt/svg';
import type { ChartInitiative, ChartMilestone, ChartResult } from '../../../../protocol/chartRequests';
import type { DaySpanWire, ExportFormat, WireFinding, WireSeverity } from '../../../../protocol/chartWire';
import { MAX_PX_PER_DAY, MIN_PX_PER_DAY } from '../../../../protocol/chartWire';
import { addOmission, initiativeFault, MAX_PROBLEM_LENGTH } from '../../../../protocol/initiativeOmissions';
import type { Omissions } from '../../../../protocol/initiativeOmissions';
import { isInitiativeId } from '../../../../protocol/wireChecks';
import type { DocumentContext } from '../documentContext';
import { chartSummary } from './chartSummary';
import { cutText } from './cutText';

/** A tooltip lists this many of an initiative's problems; the Problems view has them all. */
const PROBLEMS_PER_INITIATIVE = 5;

export interface ChartRequestOptions {
  /** Undefined: the renderer's default zoom, the drawn span across the view when `viewWidth` is given. */
  pxPerDay?: number;
  /** The names column's width; undefined: the renderer's. */
  namesWidth?: number;
  /** The preview's width: the chart fills it, and its legend wraps to it. */
  viewWidth?: number;
  /** Day number of today. */
  today: number;
  /** The document's initiatives as drawn for its previous chart. */
  memo?: MarkupMemo;
}

/** The text parses (no `syntax` problem): only then is its chart exported. */
export function parses(analysis: AnalysisResult): boolean {
  return !analysis.diagnostics.some((d) => d.code === 'syntax');
}

/**
 * The preview can draw and edit this text: it parses, or its only syntax problems are in
 * initiatives the analysis left out (a split analysis reports none elsewhere), which the
 * preview names instead of drawing.
 */
export function drawable(analysis: AnalysisResult): boolean {
  return analysis.model.unparsedInitiatives !== undefined || parses(analysis);
}

function validHorizon(model: RoadmapModel): DaySpanWire | undefined {
  const start = model.horizon?.start?.day;
  const end = model.horizon?.end?.day;
  return start !== undefined && end !== undefined && end >= start
    ? { start: formatDay(start), end: formatDay(end) }
    : undefined;
}

const SEVERITY_WORDS: Readonly<Record<Severity, WireSeverity>> = {
  [Severity.Error]: 'error',
  [Severity.Warning]: 'warning',
  [Severity.Information]: 'info',
  [Severity.Hint]: 'hint',
};

/** Up to five diagnostics that start inside each initiative, the worst first, by initiative index. */
function problemsByInitiative(
  initiatives: readonly Initiative[],
  diagnostics: readonly Diagnostic[],
  lines: LineIndex,
): Map<number, WireFinding[]> {
  // Initiatives follow one another in the text: the one holding an offset is found by bisection.
  const holder = (offset: number): Initiative | undefined => {
    let lo = 0;
    let hi = initiatives.length - 1;
    let found: Initiative | undefined;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const initiative = initiatives[mid]!;
      if (initiative.span.start <= offset) {
        found = initiative;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found && offset <= found.span.end ? found : undefined;
  };
  const held = new Map<number, Diagnostic[]>();
  for (const d of diagnostics) {
    const initiative = holder(lines.offsetAt(d.range.start));
    if (!initiative) continue;
    const list = held.get(initiative.index);
    if (list) list.push(d);
    else held.set(initiative.index, [d]);
  }
  const out = new Map<number, WireFinding[]>();
  for (const [index, list] of held) {
    // The worst first (in the order of the text among equals): an error is never left out for a note.
    list.sort((a, b) => a.severity - b.severity);
    out.set(
      index,
      list.slice(0, PROBLEMS_PER_INITIATIVE).map((d) => ({
        severity: SEVERITY_WORDS[d.severity],
        code: d.code,
        message: cutText(d.message, MAX_PROBLEM_LENGTH),
      })),
    );
  }
  return out;
}

/**
 * The initiatives the preview can act on, and how many with an id it cannot, by why: an id
 * the schema lets through may still be longer than the preview's messages carry.
 */
function chartInitiatives(analysis: AnalysisResult): { initiatives: ChartInitiative[]; omitted?: Omissions } {
  const { model, lines } = analysis;
  const problems = problemsByInitiative(model.initiatives, analysis.diagnostics, lines);
  const out: ChartInitiative[] = [];
  let omitted: Omissions | undefined;
  for (const initiative of model.initiatives) {
    if (!initiative.id) continue;
    const item: ChartInitiative = {
      id: initiative.id.value,
      index: initiative.index,
      range: lines.rangeOf(initiative.span.start, initiative.span.end),
      idRange: lines.rangeOf(initiative.id.span.start, initiative.id.span.end),
      problems: problems.get(initiative.index) ?? [],
    };
    if (initiative.start) {
      item.startRange = lines.rangeOf(initiative.start.span.start, initiative.start.span.end);
      item.start = formatDay(initiative.start.day);
    }
    if (initiative.end) {
      item.endRange = lines.rangeOf(initiative.end.span.start, initiative.end.span.end);
      item.end = formatDay(initiative.end.day);
    }
    const milestones: ChartMilestone[] = [];
    for (const m of initiative.milestones) {
      if (!m.date) continue;
      // A day date is on one line: its end is as many characters further.
      const start = lines.positionAt(m.date.span.start);
      const end = { line: start.line, character: start.character + (m.date.span.end - m.date.span.start) };
      milestones.push({ range: { start, end }, date: formatDay(m.date.day) });
    }
    if (milestones.length > 0) item.milestones = milestones;
    const fault = initiativeFault(item);
    if (fault) omitted = addOmission(omitted, fault);
    else out.push(item);
  }
  return omitted ? { initiatives: out, omitted } : { initiatives: out };
}

/**
 * The model as the preview draws it: an id the preview's messages cannot carry is drawn as
 * an invalid one is, without it, so that no bar names an initiative the list leaves out and
 * the markup holds no id longer than the wire's bound.
 */
function withDrawableIds(model: RoadmapModel): RoadmapModel {
  if (model.initiatives.every((i) => !i.id || isInitiativeId(i.id.value))) return model;
  return {
    ...model,
    initiatives: model.initiatives.map((i) => (!i.id || isInitiativeId(i.id.value) ? i : { ...i, id: undefined })),
  };
}

/** A drawn preview chart: the answer without its markup, and the markup as a tree (none when there is nothing to draw). */
export interface DrawnChart {
  result: ChartResult;
  tree: MarkupGroup | undefined;
}

/**
 * The chart of `context` at `version`. While the text cannot be drawn, the chart is the one
 * of `lastGood` (the last analysis that could), if any, and no initiative can be acted on.
 * `result.svg` is left null: the caller sends the tree whole or as a patch.
 */
export function drawPreviewChart(
  context: DocumentContext,
  version: number,
  options: ChartRequestOptions,
  lastGood?: AnalysisResult,
  revision = 0,
): DrawnChart {
  const ok = drawable(context.analysis);
  const drawn = ok ? context.analysis : lastGood;
  const listed: ReturnType<typeof chartInitiatives> = ok ? chartInitiatives(context.analysis) : { initiatives: [] };
  const clamp = (value: number): number => Math.min(MAX_PX_PER_DAY, Math.max(MIN_PX_PER_DAY, value));
  const requested = options.pxPerDay === undefined ? undefined : clamp(options.pxPerDay);
  const model = drawn ? withDrawableIds(drawn.model) : undefined;
  const findings = drawn && model ? chartFindings(model, drawn.diagnostics, drawn.lines) : undefined;
  // The findings of the text as it is: those of the chart drawn when it is of this text.
  const totals = ok && findings ? findings.totals : problemTotals(context.analysis.diagnostics);
  const result: ChartResult = {
    uri: context.uri,
    version,
    parses: ok,
    revision,
    svg: null,
    initiatives: listed.initiatives,
    pxPerDay: requested ?? 1,
    timelineX: options.namesWidth ?? METRICS.labelWidth,
    diagnosticsCount: context.analysis.diagnostics.length,
    summary: chartSummary((drawn ?? context.analysis).model, totals),
  };
  if (listed.omitted) result.omitted = listed.omitted;
  const unparsed = ok ? context.analysis.model.unparsedInitiatives : undefined;
  if (unparsed) result.unparsed = unparsed.map((span) => unparsedRange(context, span));
  if (!drawn || !model || !findings) return { result, tree: undefined };
  const layout = layoutChart(model, findings, {
    pxPerDay: requested,
    today: options.today,
    labelWidth: options.namesWidth,
    viewWidth: options.viewWidth,
  });
  // The preview's page carries the stylesheet, allowed by its nonce; in the chart, the page's policy would refuse it.
  // The page keeps the names column, legend and axis in view while the chart pans.
  const tree = svgTree(layout, { interactive: true, style: false, memo: options.memo, pinned: true });
  // With nothing to draw (no span) the renderer keeps no zoom of its own.
  result.pxPerDay = layout.pxPerDay > 0 ? clamp(layout.pxPerDay) : (requested ?? 1);
  result.timelineX = layout.timeline.x;
  const horizon = validHorizon(drawn.model);
  if (horizon) result.horizon = horizon;
  if (layout.span) result.span = { start: formatDay(layout.span.start), end: formatDay(layout.span.end) };
  return { result, tree };
}

/** The text of an initiative that does not parse, without the blank lines after it. */
function unparsedRange(context: DocumentContext, span: { start: number; end: number }): ChartInitiative['range'] {
  let end = span.end;
  while (end > span.start && /\s/.test(context.text.charAt(end - 1))) end--;
  return context.analysis.lines.rangeOf(span.start, end);
}

/** `drawPreviewChart` with the whole chart in `svg`. */
export function previewChart(
  context: DocumentContext,
  version: number,
  options: ChartRequestOptions,
  lastGood?: AnalysisResult,
  revision = 0,
): ChartResult {
  const { result, tree } = drawPreviewChart(context, version, options, lastGood, revision);
  return tree === undefined ? result : { ...result, svg: joinMarkup(tree) };
}

/**
 * The file `cxroadmap gantt` writes for this text: a page (`html`) or an image with its
 * heading (`svg`). Undefined while the text does not parse, as the command line refuses too.
 */
export function exportChart(
  analysis: AnalysisResult,
  format: ExportFormat,
  today: number,
  source: string | undefined,
  sha256: Sha256,
): string | undefined {
  if (!parses(analysis)) return undefined;
  const findings = chartFindings(analysis.model, analysis.diagnostics, analysis.lines);
  if (format === 'svg')
    return `<?xml version="1.0" encoding="UTF-8"?>\n${renderSvg(layoutChart(analysis.model, findings, { today }), { heading: true })}\n`;
  return renderHtml(analysis.model, findings, source === undefined ? { today, sha256 } : { today, source, sha256 });
}
