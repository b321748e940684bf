import type { Change } from '../../../core/diff/changes';
import { coverageMoves } from '../../../core/diff/coverage';
import { describeChange } from '../../../core/diff/describeChange';
import { headline } from '../../../core/diff/headline';
import type { FormatContext } from '../../formats';
import { painter } from '../../formats/paint';
import type { Paint, Style } from '../../formats/paint';
import { diagnosticRows } from '../../formats/stylish';
import { printable } from '../../terminalText';
import type { DiffReport, FileDiff } from '../report';

/**
 * For a terminal: a block per file that changed (its changes, its coverage, its new and
 * fixed findings, how many are unchanged), then the headline. Files whose text is the
 * same are left out, as `lint` leaves out files without findings.
 */
export function formatDiffStylish(report: DiffReport, ctx: FormatContext): string {
  const paint = painter(ctx.color);
  const blocks = report.files
    .filter((file) => file.status !== 'unchanged' || file.notes.length > 0)
    .map((file) => fileBlock(file, paint));
  const fresh = report.summary.findings.new;
  const style: Style[] = fresh.errors > 0 ? ['red', 'bold'] : fresh.warnings > 0 ? ['yellow', 'bold'] : ['bold'];
  return `${blocks.join('')}${paint(headline(report.summary), ...style)}\n`;
}

function fileBlock(file: FileDiff, paint: Paint): string {
  const was = file.previousPath === undefined ? '' : ` (was ${printable(file.previousPath)})`;
  const lines = [`${paint(printable(file.path), 'underline')}  ${file.status}${was}`];
  for (const note of file.notes) lines.push(`  ${paint('note', 'bold')}  ${printable(note.message)}`);
  lines.push(...changeRows(file.diff.changes, paint));
  const coverage = coverageLine(file);
  if (coverage !== undefined) lines.push(`  ${paint('coverage', 'bold')}  ${coverage}`);
  const { new: fresh, fixed, unchanged } = file.diff.findings;
  if (fresh.length > 0) lines.push(`  ${paint('new findings', 'bold')}`, ...diagnosticRows(fresh, paint, '    '));
  if (fixed.length > 0) lines.push(`  ${paint('fixed findings', 'bold')}`, ...diagnosticRows(fixed, paint, '    '));
  if (unchanged.length > 0) {
    lines.push(`  ${paint(`${unchanged.length} unchanged finding${unchanged.length === 1 ? '' : 's'}`, 'dim')}`);
  }
  return `${lines.join('\n')}\n\n`;
}

/** `line  subject  what changed`, aligned; the subject is the initiative's id, or `roadmap`. */
function changeRows(changes: readonly Change[], paint: Paint): string[] {
  const rows = changes.map((change) => ({
    line: change.line === undefined ? '' : String(change.line),
    subject: printable('id' in change ? change.id : 'roadmap'),
    text: printable(describeChange(change)),
  }));
  // A loop, not `Math.max(...widths)`: tens of thousands of changes would overflow the stack as arguments.
  let lineWidth = 0;
  let subjectWidth = 0;
  for (const r of rows) {
    lineWidth = Math.max(lineWidth, r.line.length);
    subjectWidth = Math.max(subjectWidth, r.subject.length);
  }
  return rows.map((r) => `  ${paint(r.line.padStart(lineWidth), 'dim')}  ${r.subject.padEnd(subjectWidth)}  ${r.text}`);
}

/** The competencies whose count of initiatives changed, e.g. `listening-path 1 → 0, no longer covered`. */
function coverageLine(file: FileDiff): string | undefined {
  const moved = coverageMoves(file.diff.coverage.before, file.diff.coverage.after).map(
    (m) => `${m.id} ${m.before} \u2192 ${m.after}${m.note === undefined ? '' : `, ${m.note}`}`,
  );
  return moved.length === 0 ? undefined : moved.join('; ');
}
