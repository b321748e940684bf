import type { AnalysisResult } from '../core/analyze';

/**
 * What every language feature receives: one document's text and its analysis. Features
 * are pure functions of this (plus the request's parameters), so they are tested without
 * a connection and shared by every LSP client.
 */
export interface DocumentContext {
  uri: string;
  /** The analysed text: the document without a leading BOM. Positions refer to it. */
  text: string;
  analysis: AnalysisResult;
}
