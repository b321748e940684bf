import { compareDiagnostics } from '../../core/diagnostic';
import type { Diagnostic } from '../../core/diagnostic';
import { plural, SEVERITY_LABEL } from '../formats/stylish';
import { messageText } from './escape';
import type { Foldable, Part } from './fit';
import { lineLink, ruleLink, whereLink } from './links';
import type { FileAt, SourceLinks } from './links';

const TABLE_RULE = '| --- | --- | --- | --- |\n';

/** The line a finding starts on, 1-based. */
function lineOf(d: Diagnostic): number {
  return d.range.start.line + 1;
}

function row(d: Diagnostic, where: string): string {
  return `| ${SEVERITY_LABEL[d.severity]} | ${where} | ${ruleLink(d.code)} | ${messageText(d.message)} |\n`;
}

/** A table of one file's findings, the line of each linked: the header, then one row per finding. */
export function fileFindingRows(
  diagnostics: readonly Diagnostic[],
  links: SourceLinks | undefined,
  file: FileAt,
): { header: string; rows: string[] } {
  return {
    header: `| Severity | Line | Rule | Message |\n${TABLE_RULE}`,
    rows: [...diagnostics]
      .sort(compareDiagnostics)
      .map((d) => row(d, lineLink(links, file, lineOf(d), String(lineOf(d))))),
  };
}

/** The findings of one file, compared with a base version. */
export interface ComparedFindings {
  /** The old version: where fixed findings were. */
  before: FileAt;
  /** The new version: where new and unchanged findings are. */
  after: FileAt;
  new: readonly Diagnostic[];
  fixed: readonly Diagnostic[];
  unchanged: readonly Diagnostic[];
}

/** One row per finding of the kind, file by file (in the order given), with `path:line` linked. */
function rowsOf(
  files: readonly ComparedFindings[],
  kind: 'new' | 'fixed' | 'unchanged',
  links: SourceLinks | undefined,
): string[] {
  return files.flatMap((file) => {
    const at = kind === 'fixed' ? file.before : file.after;
    return [...file[kind]].sort(compareDiagnostics).map((d) => row(d, whereLink(links, at, lineOf(d))));
  });
}

const HEADER = `| Severity | Where | Rule | Message |\n${TABLE_RULE}`;

/**
 * The new findings and the fixed ones, each in a table, then the unchanged ones in a
 * collapsed `<details>`, so that every finding is in the report; a kind without findings
 * has no section.
 */
export function comparedFindingParts(files: readonly ComparedFindings[], links: SourceLinks | undefined): Part[] {
  const parts: Part[] = [];
  const section = (kind: 'new' | 'fixed', title: string): void => {
    const rows = rowsOf(files, kind, links);
    if (rows.length === 0) return;
    parts.push({
      head: `#### ${title} (${rows.length})\n\n${HEADER}`,
      rows,
      tail: '\n',
      what: [`${kind} finding`, `${kind} findings`],
    });
  };
  section('new', 'New findings');
  section('fixed', 'Fixed findings');
  const unchanged = rowsOf(files, 'unchanged', links);
  if (unchanged.length > 0) {
    const folded: Foldable = {
      head: `<details><summary>${plural(unchanged.length, 'unchanged finding')}</summary>\n\n${HEADER}`,
      rows: unchanged,
      tail: '\n</details>\n\n',
      what: ['unchanged finding', 'unchanged findings'],
    };
    parts.push(folded);
  }
  return parts;
}
