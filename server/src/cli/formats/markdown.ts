import type { Diagnostic } from '../../core/diagnostic';
import { findingsHeadline } from '../../core/diff/headline';
import { countBySeverity } from '../../core/diff/totals';
import { relativeToCwd, sortResults } from '../fileResult';
import type { FileResult } from '../fileResult';
import { PLAIN_MARKDOWN } from '../markdown/context';
import { htmlText, markdownText } from '../markdown/escape';
import { comparedFindingParts, fileFindingRows } from '../markdown/findings';
import { fitParts } from '../markdown/fit';
import type { Part } from '../markdown/fit';
import type { FileAt, SourceLinks } from '../markdown/links';
import type { FormatContext } from './index';
import { plural, problemCount } from './stylish';

/** A file with more findings than this is folded in a `<details>`, so that one file cannot hide the others. */
export const OPEN_FINDINGS = 10;

/** The file as it is now; lines link only to a file inside the checkout, at the commit checked out. */
function fileAt(file: FileResult, links: SourceLinks | undefined): FileAt {
  return {
    shown: file.path,
    repoPath: links === undefined ? undefined : relativeToCwd(file.absolutePath, links.workspace),
    commit: links?.commit,
  };
}

/** Whether `lint` compared with a base version: some finding says whether it is new, or some file has fixed ones. */
function compared(results: readonly FileResult[]): boolean {
  return results.some((r) => r.fixed !== undefined || r.diagnostics.some((d) => d.data.baselineState !== undefined));
}

/**
 * For a pull request's comment or the step summary: a headline, then each file's findings
 * in a table (folded in a `<details>` past OPEN_FINDINGS); when the findings were compared
 * with a base version, the new ones, the fixed ones and (folded) the unchanged ones
 * instead. Lines and rules are linked as in the diff's markdown; kept under the limit.
 */
export function formatMarkdown(results: FileResult[], ctx: FormatContext): string {
  const { limit, links } = ctx.markdown ?? PLAIN_MARKDOWN;
  const files = sortResults(results);
  const parts: Part[] = ['### cxroadmap lint\n\n'];
  if (compared(files)) parts.push(...comparedParts(files, links));
  else parts.push(...plainParts(files, links));
  return fitParts(parts, limit, 'lint');
}

function plainParts(files: readonly FileResult[], links: SourceLinks | undefined): Part[] {
  const all = files.flatMap((file) => file.diagnostics);
  const withFindings = files.filter((file) => file.diagnostics.length > 0);
  const parts: Part[] = [
    all.length === 0
      ? `**No problems in ${plural(files.length, 'file')}**\n\n`
      : `**${problemCount(countBySeverity(all))} in ${withFindings.length} of ${plural(files.length, 'file')}**\n\n`,
  ];
  for (const file of withFindings) {
    const { header, rows } = fileFindingRows(file.diagnostics, links, fileAt(file, links));
    const folded = rows.length > OPEN_FINDINGS;
    const what: [string, string] = [`finding in ${markdownText(file.path)}`, `findings in ${markdownText(file.path)}`];
    parts.push(
      folded
        ? {
            head: `<details><summary>${htmlText(file.path)}: ${problemCount(countBySeverity(file.diagnostics))}</summary>\n\n${header}`,
            rows,
            tail: '\n</details>\n\n',
            what,
          }
        : { head: `#### ${markdownText(file.path)}\n\n${header}`, rows, tail: '\n', what },
    );
  }
  return parts;
}

function comparedParts(files: readonly FileResult[], links: SourceLinks | undefined): Part[] {
  const split = files.map((file) => {
    const unchanged: Diagnostic[] = [];
    const fresh: Diagnostic[] = [];
    // A finding the comparison did not mark is shown as new: better seen twice than missed.
    for (const d of file.diagnostics) (d.data.baselineState === 'unchanged' ? unchanged : fresh).push(d);
    const at = fileAt(file, links);
    // The fixed findings' lines are in the base version, whose commit the lint does not know.
    return { before: { ...at, commit: undefined }, after: at, new: fresh, fixed: file.fixed ?? [], unchanged };
  });
  const totals = {
    new: countBySeverity(split.flatMap((f) => f.new)),
    fixed: countBySeverity(split.flatMap((f) => f.fixed)),
    unchanged: countBySeverity(split.flatMap((f) => f.unchanged)),
  };
  const unchangedCount = split.reduce((sum, f) => sum + f.unchanged.length, 0);
  const line = [...findingsHeadline(totals), `${unchangedCount} unchanged`].join(' \u00b7 ');
  return [`**${markdownText(line)}**\n\n`, ...comparedFindingParts(split, links)];
}
