import { Severity } from '../../core/diagnostic';
import { sortResults } from '../fileResult';
import type { FileResult } from '../fileResult';
import type { FormatContext } from './index';
import { printable, printableLines } from '../terminalText';

// GitHub Actions has no annotation level below `notice`.
const COMMAND: Readonly<Record<Severity, string>> = {
  [Severity.Error]: 'error',
  [Severity.Warning]: 'warning',
  [Severity.Information]: 'notice',
  [Severity.Hint]: 'notice',
};

/** The runner would otherwise read these characters as the end of the message or command. */
function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Property values are also split on `,` and end at `::`. */
function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function formatGithub(results: FileResult[], _ctx: FormatContext): string {
  const lines: string[] = [];
  for (const file of sortResults(results)) {
    for (const d of file.diagnostics) {
      const properties = [
        `file=${escapeProperty(printable(file.path))}`,
        `line=${d.range.start.line + 1}`,
        `col=${d.range.start.character + 1}`,
        `endLine=${d.range.end.line + 1}`,
        `endColumn=${d.range.end.character + 1}`,
        `title=${escapeProperty(d.code)}`,
      ].join(',');
      lines.push(`::${COMMAND[d.severity]} ${properties}::${escapeData(printableLines(d.message))}`);
    }
  }
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}
