import type { Connection, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { AnalysisResult } from '../../core/analyze';
import { parseDayDate } from '../../core/dates';
import { ChartExportRequest, ChartRequest, isIsoDay, isPxPerDay, isUri } from '../../protocol/chartProtocol';
import type { ChartExportResult, ChartResult } from '../../protocol/chartProtocol';
import { exportChart, parses, previewChart } from '../../services/chart/previewChart';
import type { RoadmapDocuments } from '../roadmapDocuments';
import { safeHandler } from '../safeHandler';

interface Rendered {
  analysis: AnalysisResult;
  lastGood: AnalysisResult | undefined;
  pxPerDay: number | undefined;
  today: number;
  result: ChartResult;
}

interface ChartState {
  /** The last analysis that parsed: drawn while the text does not. */
  lastGood?: AnalysisResult;
  /** The last answer: a preview asks again for the same version on each diagnostics push. */
  rendered?: Rendered;
}

function dayOf(iso: string): number | undefined {
  const parsed = parseDayDate(iso);
  return parsed.ok ? parsed.day : undefined;
}

/** The roadmap's file name for the exported page's footer: `untitled:Untitled-1` gives `Untitled-1`. */
function fileName(uri: string): string | undefined {
  const last = uri.replace(/^[a-z][a-z0-9+.-]*:/i, '').split(/[/\\]/).pop();
  if (!last) return undefined;
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

/** `cxroadmap/chart` and `cxroadmap/chartExport`: the preview's chart of an open roadmap, and its export. */
export function registerChart(connection: Connection, documents: TextDocuments<TextDocument>, roadmaps: RoadmapDocuments, log: (m: string) => void): void {
  const states = new Map<string, ChartState>();
  documents.onDidClose((e) => states.delete(e.document.uri));

  connection.onRequest(
    ChartRequest.method,
    safeHandler('chart', log, null, (params: unknown): ChartResult | null => {
      const p = params as { uri?: unknown; pxPerDay?: unknown; today?: unknown } | null;
      if (!p || !isUri(p.uri) || !(p.pxPerDay === null || isPxPerDay(p.pxPerDay)) || !isIsoDay(p.today)) return null;
      const pxPerDay = p.pxPerDay ?? undefined;
      const doc = documents.get(p.uri);
      const today = dayOf(p.today);
      if (!doc || today === undefined) return null;
      const context = roadmaps.context(doc);
      let state = states.get(doc.uri);
      if (!state) {
        state = {};
        states.set(doc.uri, state);
      }
      if (parses(context.analysis)) state.lastGood = context.analysis;
      const r = state.rendered;
      if (r && r.analysis === context.analysis && r.lastGood === state.lastGood && r.pxPerDay === pxPerDay && r.today === today && r.result.version === doc.version) {
        return r.result;
      }
      const result = previewChart(context, doc.version, { pxPerDay, today }, state.lastGood);
      state.rendered = { analysis: context.analysis, lastGood: state.lastGood, pxPerDay, today, result };
      return result;
    }),
  );

  connection.onRequest(
    ChartExportRequest.method,
    safeHandler('chart export', log, null, (params: unknown): ChartExportResult | null => {
      const p = params as { uri?: unknown; format?: unknown; today?: unknown } | null;
      if (!p || !isUri(p.uri) || (p.format !== 'svg' && p.format !== 'html') || !isIsoDay(p.today)) return null;
      const doc = documents.get(p.uri);
      const today = dayOf(p.today);
      if (!doc || today === undefined) return null;
      const content = exportChart(roadmaps.context(doc).analysis, p.format, today, fileName(doc.uri));
      return { uri: doc.uri, format: p.format, content: content ?? null };
    }),
  );
}
