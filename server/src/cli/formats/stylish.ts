import { Severity } from '../../core/diagnostic';
import type { Diagnostic } from '../../core/diagnostic';
import { countBySeverity } from '../../core/diff/totals';
import type { SeverityCounts } from '../../core/diff/totals';
import { sortResults } from '../fileResult';
import type { FileResult } from '../fileResult';
import type { FormatContext } from './index';
import { printable, printableLine } from '../terminalText';
import { painter, SEVERITY_STYLE } from './paint';
import type { Paint, Style } from './paint';

export const SEVERITY_LABEL: Readonly<Record<Severity, string>> = {
  [Severity.Error]: 'error',
  [Severity.Warning]: 'warning',
  [Severity.Information]: 'info',
  [Severity.Hint]: 'hint',
};

/**
 * Terminal cells taken by `text`, approximated as ESLint does by UTF-16 length: an astral
 * emoji is two code units and, in most terminals, two cells wide.
 */
function width(text: string): number {
  return text.length;
}

function padEnd(text: string, size: number): string {
  return text + ' '.repeat(Math.max(0, size - width(text)));
}

export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

interface Row {
  line: string;
  column: string;
  severity: Severity;
  message: string;
  code: string;
}

/** A loop, not `Math.max(...widths)`: a file's hundred thousand findings would overflow the stack as arguments. */
function widest(rows: readonly Row[], widthOf: (row: Row) => number): number {
  let most = 0;
  for (const row of rows) most = Math.max(most, widthOf(row));
  return most;
}

/** One aligned row per diagnostic: `line:column  severity  message  code`, each indented by `indent`. */
export function diagnosticRows(diagnostics: readonly Diagnostic[], paint: Paint, indent = '  '): string[] {
  const rows: Row[] = diagnostics.map((d) => ({
    line: String(d.range.start.line + 1),
    column: String(d.range.start.character + 1),
    severity: d.severity,
    // A line break inside a message would break the alignment.
    message: printableLine(d.message),
    code: d.code,
  }));
  const lineWidth = widest(rows, (r) => r.line.length);
  const columnWidth = widest(rows, (r) => r.column.length);
  const severityWidth = widest(rows, (r) => SEVERITY_LABEL[r.severity].length);
  const messageWidth = widest(rows, (r) => width(r.message));
  return rows.map((r) => {
    const position =
      paint(`${r.line.padStart(lineWidth)}:${r.column}`, 'dim') + ' '.repeat(columnWidth - r.column.length);
    const severity =
      paint(SEVERITY_LABEL[r.severity], SEVERITY_STYLE[r.severity]) +
      ' '.repeat(severityWidth - SEVERITY_LABEL[r.severity].length);
    return `${indent}${position}  ${severity}  ${padEnd(r.message, messageWidth)}  ${paint(r.code, 'dim')}`;
  });
}

function fileBlock(file: FileResult, paint: Paint): string {
  return `${paint(printable(file.path), 'underline')}\n${diagnosticRows(file.diagnostics, paint).join('\n')}\n\n`;
}

/** E.g. `9 problems (3 errors, 4 warnings, 1 info, 1 hint)`; hints only when there are some. */
export function problemCount(counts: SeverityCounts): string {
  const total = counts.errors + counts.warnings + counts.infos + counts.hints;
  const parts = [plural(counts.errors, 'error'), plural(counts.warnings, 'warning'), plural(counts.infos, 'info')];
  if (counts.hints > 0) parts.push(plural(counts.hints, 'hint'));
  return `${plural(total, 'problem')} (${parts.join(', ')})`;
}

function summary(counts: SeverityCounts, paint: Paint): string {
  const style: Style = counts.errors > 0 ? 'red' : counts.warnings > 0 ? 'yellow' : 'blue';
  return `${paint(`\u2716 ${problemCount(counts)}`, style, 'bold')}\n`;
}

/** Like ESLint's stylish: a block per file with problems, then one summary line; a clean run prints nothing. */
export function formatStylish(results: FileResult[], ctx: FormatContext): string {
  const paint = painter(ctx.color);
  let output = '';
  for (const file of sortResults(results)) {
    if (file.diagnostics.length > 0) output += fileBlock(file, paint);
  }
  const counts = countBySeverity(results.flatMap((file) => file.diagnostics));
  return output === '' ? '' : output + summary(counts, paint);
}
