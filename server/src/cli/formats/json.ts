import { sortResults } from '../fileResult';
import type { FileResult } from '../fileResult';
import type { FormatContext } from './index';
import { printableJson } from '../terminalText';

/** Diagnostics go out as the very objects the language server publishes (docs/format.md#output-formats). */
export function formatJson(results: FileResult[], _ctx: FormatContext): string {
  const entries = sortResults(results).map((r) => ({ file: r.path, diagnostics: r.diagnostics }));
  return printableJson(entries);
}
