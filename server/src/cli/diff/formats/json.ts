import type { FormatContext } from '../../formats';
import { printableJson } from '../../terminalText';
import type { DiffReport } from '../report';

/** The shape documented in docs/format.md ("cxroadmap diff"); findings are the LSP diagnostics as published. */
export function formatDiffJson(report: DiffReport, _ctx: FormatContext): string {
  return printableJson({
    files: report.files.map((file) => ({
      path: file.path,
      ...(file.previousPath === undefined ? {} : { previousPath: file.previousPath }),
      status: file.status,
      changes: file.diff.changes,
      coverage: file.diff.coverage,
      findings: file.diff.findings,
      ...(file.notes.length === 0 ? {} : { notes: file.notes }),
    })),
    summary: report.summary,
  });
}
