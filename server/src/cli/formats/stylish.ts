import { Severity } from '../../core/diagnostic';
import type { Diagnostic } from '../../core/diagnostic';
import { sortResults } from '../fileResult';
import type { FileResult } from '../fileResult';
import type { FormatContext } from './index';
import { printable } from '../terminalText';
import { painter, SEVERITY_STYLE } from './paint';
import type { Paint, Style } from './paint';

const LABEL: Readonly<Record<Severity, string>> = {
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

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/**
 * A table row per diagnostic: a line break inside a message would break the alignment, and
 * the message may quote keys and values with control characters in them.
 */
function oneLine(message: string): string {
  return printable(message.replace(/\r\n|\r|\n/g, ' '));
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
    message: oneLine(d.message),
    code: d.code,
  }));
  const lineWidth = widest(rows, (r) => r.line.length);
  const columnWidth = widest(rows, (r) => r.column.length);
  const severityWidth = widest(rows, (r) => LABEL[r.severity].length);
  const messageWidth = widest(rows, (r) => width(r.message));
  return rows.map((r) => {
    const position =
      paint(`${r.line.padStart(lineWidth)}:${r.column}`, 'dim') + ' '.repeat(columnWidth - r.column.length);
    const severity =
      paint(LABEL[r.severity], SEVERITY_STYLE[r.severity]) + ' '.repeat(severityWidth - LABEL[r.severity].length);
    return `${indent}${position}  ${severity}  ${padEnd(r.message, messageWidth)}  ${paint(r.code, 'dim')}`;
  });
}

function fileBlock(file: FileResult, paint: Paint): string {
  return `${paint(printable(file.path), 'underline')}\n${diagnosticRows(file.diagnostics, paint).join('\n')}\n\n`;
}

function summary(counts: Readonly<Record<Severity, number>>, paint: Paint): string {
  const total =
    counts[Severity.Error] + counts[Severity.Warning] + counts[Severity.Information] + counts[Severity.Hint];
  const parts = [
    plural(counts[Severity.Error], 'error'),
    plural(counts[Severity.Warning], 'warning'),
    plural(counts[Severity.Information], 'info'),
  ];
  if (counts[Severity.Hint] > 0) parts.push(plural(counts[Severity.Hint], 'hint'));
  const style: Style = counts[Severity.Error] > 0 ? 'red' : counts[Severity.Warning] > 0 ? 'yellow' : 'blue';
  return `${paint(`\u2716 ${plural(total, 'problem')} (${parts.join(', ')})`, style, 'bold')}\n`;
}

/** Like ESLint's stylish: a block per file with problems, then one summary line; a clean run prints nothing. */
export function formatStylish(results: FileResult[], ctx: FormatContext): string {
  const paint = painter(ctx.color);
  const counts: Record<Severity, number> = {
    [Severity.Error]: 0,
    [Severity.Warning]: 0,
    [Severity.Information]: 0,
    [Severity.Hint]: 0,
  };
  let output = '';
  for (const file of sortResults(results)) {
    if (file.diagnostics.length === 0) continue;
    for (const d of file.diagnostics) counts[d.severity] += 1;
    output += fileBlock(file, paint);
  }
  return output === '' ? '' : output + summary(counts, paint);
}
