import type { Connection, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { AnalysisResult } from '../../core/analyze';
import { parseDayDate } from '../../core/dates';
import { ChartExportRequest, ChartRequest } from '../../../../protocol/chartRequests';
import type { ChartResult } from '../../../../protocol/chartRequests';
import { isIsoDay, isNamesWidth, isPxPerDay, isUri, isViewWidth } from '../../../../protocol/wireChecks';
import { MarkupMemo } from '../../gantt/markupMemo';
import { diffMarkup, joinMarkup } from '../../gantt/markupTree';
import type { MarkupGroup } from '../../gantt/markupTree';
import { sha256Base64 } from '../../host/sha256';
import { drawable, drawPreviewChart, exportChart } from '../../services/chart/previewChart';
import type { DrawnChart } from '../../services/chart/previewChart';
import type { RoadmapDocuments } from '../roadmapDocuments';
import { safeHandler } from '../safeHandler';

interface Rendered {
  analysis: AnalysisResult;
  lastGood: AnalysisResult | undefined;
  pxPerDay: number | undefined;
  namesWidth: number | undefined;
  viewWidth: number | undefined;
  today: number;
  version: number;
  drawn: DrawnChart;
  /** The whole markup, joined when first sent whole. */
  svg?: string;
}

/**
 * Charts kept per document so that a preview naming one as its base gets only the changes:
 * enough for a few previews of the same roadmap at different zooms.
 */
const KEPT_REVISIONS = 4;

interface ChartState {
  /** The last analysis the preview could draw: drawn while the text cannot be. */
  lastGood?: AnalysisResult;
  /** The last drawing: a preview asks again for the same version on each diagnostics push. */
  rendered?: Rendered;
  /** Recent drawings by revision, oldest first. */
  trees: Map<number, MarkupGroup>;
  memo: MarkupMemo;
}

function dayOf(iso: string): number | undefined {
  const parsed = parseDayDate(iso);
  return parsed.ok ? parsed.day : undefined;
}

/** The roadmap's file name for the exported page's footer: `untitled:Untitled-1` gives `Untitled-1`. */
function fileName(uri: string): string | undefined {
  const last = uri
    .replace(/^[a-z][a-z0-9+.-]*:/i, '')
    .split(/[/\\]/)
    .pop();
  if (!last) return undefined;
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

function remember(state: ChartState, revision: number, tree: MarkupGroup): void {
  state.trees.set(revision, tree);
  for (const old of state.trees.keys()) {
    if (state.trees.size <= KEPT_REVISIONS) break;
    state.trees.delete(old);
  }
}

/** The answer for a preview showing revision `base`: the changes since it when the server still has it, else the whole chart. */
function answer(state: ChartState, rendered: Rendered, base: number | undefined): ChartResult {
  const { result, tree } = rendered.drawn;
  if (!tree) return result;
  const old = base === undefined ? undefined : state.trees.get(base);
  const changes = old === undefined ? undefined : old === tree ? [] : diffMarkup(old, tree);
  if (base !== undefined && changes) return { ...result, patch: { base, changes } };
  rendered.svg ??= joinMarkup(tree);
  return { ...result, svg: rendered.svg };
}

/** `cxroadmap/chart` and `cxroadmap/chartExport`: the preview's chart of an open roadmap, and its export. */
export function registerChart(
  connection: Connection,
  documents: TextDocuments<TextDocument>,
  roadmaps: RoadmapDocuments,
  log: (m: string) => void,
): void {
  const states = new Map<string, ChartState>();
  let lastRevision = 0;
  documents.onDidClose((e) => states.delete(e.document.uri));

  connection.onRequest(
    ChartRequest.method,
    safeHandler('chart', log, null, (params: unknown): ChartRequest['result'] => {
      const p = params as {
        uri?: unknown;
        pxPerDay?: unknown;
        today?: unknown;
        base?: unknown;
        namesWidth?: unknown;
        viewWidth?: unknown;
      } | null;
      if (!p || !isUri(p.uri) || !(p.pxPerDay === null || isPxPerDay(p.pxPerDay)) || !isIsoDay(p.today)) return null;
      if (p.namesWidth !== undefined && !isNamesWidth(p.namesWidth)) return null;
      if (p.viewWidth !== undefined && !isViewWidth(p.viewWidth)) return null;
      const base = typeof p.base === 'number' && Number.isSafeInteger(p.base) ? p.base : undefined;
      const pxPerDay = p.pxPerDay ?? undefined;
      const { namesWidth, viewWidth } = p;
      const doc = documents.get(p.uri);
      const today = dayOf(p.today);
      if (!doc || today === undefined) return null;
      const context = roadmaps.context(doc);
      let state = states.get(doc.uri);
      if (!state) {
        state = { trees: new Map(), memo: new MarkupMemo() };
        states.set(doc.uri, state);
      }
      if (drawable(context.analysis)) state.lastGood = context.analysis;
      let r = state.rendered;
      if (!(
        r &&
        r.analysis === context.analysis &&
        r.lastGood === state.lastGood &&
        r.pxPerDay === pxPerDay &&
        r.namesWidth === namesWidth &&
        r.viewWidth === viewWidth &&
        r.today === today &&
        r.version === doc.version
      )) {
        lastRevision += 1;
        const drawn = drawPreviewChart(
          context,
          doc.version,
          { pxPerDay, namesWidth, viewWidth, today, memo: state.memo },
          state.lastGood,
          lastRevision,
        );
        r = {
          analysis: context.analysis,
          lastGood: state.lastGood,
          pxPerDay,
          namesWidth,
          viewWidth,
          today,
          version: doc.version,
          drawn,
        };
        state.rendered = r;
        if (drawn.tree) remember(state, lastRevision, drawn.tree);
      }
      return answer(state, r, base);
    }),
  );

  connection.onRequest(
    ChartExportRequest.method,
    safeHandler('chart export', log, null, (params: unknown): ChartExportRequest['result'] => {
      const p = params as { uri?: unknown; format?: unknown; today?: unknown } | null;
      if (!p || !isUri(p.uri) || (p.format !== 'svg' && p.format !== 'html') || !isIsoDay(p.today)) return null;
      const doc = documents.get(p.uri);
      const today = dayOf(p.today);
      if (!doc || today === undefined) return null;
      const content = exportChart(roadmaps.context(doc).analysis, p.format, today, fileName(doc.uri), sha256Base64);
      return { uri: doc.uri, format: p.format, content: content ?? null };
    }),
  );
}
