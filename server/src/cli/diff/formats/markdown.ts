import type { Change, InitiativeChange } from '../../../core/diff/changes';
import { isInitiativeChange } from '../../../core/diff/changes';
import type { ChangedInitiative } from '../../../core/diff/changedInitiatives';
import { coverageMoves } from '../../../core/diff/coverage';
import { describeChange } from '../../../core/diff/describeChange';
import { headline } from '../../../core/diff/headline';
import type { FormatContext } from '../../formats';
import { PLAIN_MARKDOWN } from '../../markdown/context';
import { markdownText } from '../../markdown/escape';
import { comparedFindingParts } from '../../markdown/findings';
import { fitParts } from '../../markdown/fit';
import type { Part } from '../../markdown/fit';
import { ganttBlock } from '../../markdown/gantt';
import { lineLink } from '../../markdown/links';
import type { FileAt, SourceLinks } from '../../markdown/links';
import type { DiffReport, FileDiff, Revision } from '../report';

/** Where the two versions of a file are, for links to their lines. */
interface Versions {
  before: FileAt;
  after: FileAt;
}

function versionsOf(file: FileDiff, report: DiffReport, links: SourceLinks | undefined): Versions {
  return {
    before: {
      shown: file.previousPath ?? file.path,
      repoPath: file.previousRepoPath ?? file.repoPath,
      commit: report.base?.commit,
    },
    // Without --head the new version is the working tree: in a workflow, the commit checked out.
    after: { shown: file.path, repoPath: file.repoPath, commit: report.head?.commit ?? links?.commit },
  };
}

/**
 * For a pull request's comment or the step summary (`$GITHUB_STEP_SUMMARY`): the headline,
 * then for each file that changed a table of its changed initiatives, the roadmap's own
 * changes, the coverage that moved and a Mermaid gantt of the bars before and after; then
 * the new, fixed and (folded) unchanged findings, each line linked to the repository when
 * the context says where it is. Kept under the context's limit (fit.ts).
 */
export function formatDiffMarkdown(report: DiffReport, ctx: FormatContext): string {
  const { limit, links } = ctx.markdown ?? PLAIN_MARKDOWN;
  const parts: Part[] = ['### cxroadmap diff\n\n', `**${markdownText(headline(report.summary))}**\n\n`];
  const compared = comparedLine(report, links);
  if (compared !== undefined) parts.push(`${compared}\n\n`);
  const files = report.files.map((file) => ({ file, versions: versionsOf(file, report, links) }));
  for (const { file, versions } of files) {
    if (file.status !== 'unchanged' || file.notes.length > 0) parts.push(...fileParts(file, versions, links));
  }
  parts.push(
    ...comparedFindingParts(
      files.map(({ file, versions }) => ({ ...versions, ...file.diff.findings })),
      links,
    ),
  );
  return fitParts(parts, limit, 'diff');
}

/** `main (1a2b3c4) → the working tree`, the commits linked; the two files without git. */
function comparedLine(report: DiffReport, links: SourceLinks | undefined): string | undefined {
  const revision = (r: Revision) => {
    const short = r.commit.slice(0, 7);
    const commit = links === undefined ? short : `[${short}](${links.repositoryUrl}/commit/${r.commit})`;
    return `${markdownText(r.ref)} (${commit})`;
  };
  if (report.base !== undefined) {
    return `${revision(report.base)} \u2192 ${report.head === undefined ? 'the working tree' : revision(report.head)}`;
  }
  const [only] = report.files;
  if (only?.previousPath === undefined) return undefined;
  return `${markdownText(only.previousPath)} \u2192 ${markdownText(only.path)}`;
}

function fileParts(file: FileDiff, versions: Versions, links: SourceLinks | undefined): Part[] {
  const path = markdownText(file.path);
  const was = file.previousPath === undefined ? '' : ` (was ${markdownText(file.previousPath)})`;
  const parts: Part[] = [`#### ${path} \u00b7 ${file.status}${was}\n\n`];
  for (const note of file.notes) parts.push(`*Note:* ${markdownText(note.message)}\n\n`);
  const { changes, initiatives } = file.diff;
  if (changes.length === 0 && file.notes.length === 0) parts.push('No change to the plan.\n\n');
  if (initiatives.length > 0) {
    parts.push({
      head: '| Initiative | Title | Changes |\n| --- | --- | --- |\n',
      rows: initiatives.map((initiative) => initiativeRow(initiative, versions, links)),
      tail: '\n',
      what: ['changed initiative', 'changed initiatives'],
    });
  }
  const own = changes.filter((change) => !isInitiativeChange(change));
  if (own.length > 0) {
    parts.push({
      head: '**The roadmap:**\n\n',
      rows: own.map((change) => `- ${markdownText(describeChange(change))}${lineNote(change, versions, links)}\n`),
      tail: '\n',
      what: ['roadmap change', 'roadmap changes'],
    });
  }
  const moves = coverageMoves(file.diff.coverage.before, file.diff.coverage.after);
  if (moves.length > 0) {
    const rows = moves.map(
      (m) => `| ${m.id} | ${m.before} | ${m.after}${m.note === undefined ? '' : `, ${m.note}`} |\n`,
    );
    parts.push(`| Competency | Initiatives before | Initiatives after |\n| --- | --- | --- |\n${rows.join('')}\n`);
  }
  const gantt = ganttBlock(initiatives);
  if (gantt !== undefined) parts.push(gantt);
  return parts;
}

/** ` (line 12)`, linked: where the change is in the new version, or in the old one. */
function lineNote(change: Change, versions: Versions, links: SourceLinks | undefined): string {
  if (change.line !== undefined) return ` (${lineLink(links, versions.after, change.line, `line ${change.line}`)})`;
  if (change.previousLine !== undefined) {
    return ` (${lineLink(links, versions.before, change.previousLine, `line ${change.previousLine} before`)})`;
  }
  return '';
}

/** In the table, an added or removed initiative's title is in a column of its own. */
function describeInTable(change: InitiativeChange): string {
  if (change.kind === 'initiative-added') return 'added';
  if (change.kind === 'initiative-removed') return 'removed';
  return describeChange(change);
}

function initiativeRow(initiative: ChangedInitiative, versions: Versions, links: SourceLinks | undefined): string {
  const [first] = initiative.changes;
  const id = markdownText(initiative.id);
  const where =
    first?.line !== undefined
      ? lineLink(links, versions.after, first.line, id)
      : first?.previousLine !== undefined
        ? lineLink(links, versions.before, first.previousLine, id)
        : id;
  const title = initiative.title === null ? '' : markdownText(initiative.title);
  const changes = initiative.changes.map((change) => markdownText(describeInTable(change))).join('<br>');
  return `| ${where} | ${title} | ${changes} |\n`;
}
