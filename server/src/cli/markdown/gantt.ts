import type { ChangedInitiative, Schedule } from '../../core/diff/changedInitiatives';
import { mermaidLabel } from './escape';
import type { Foldable } from './fit';

function sameSchedule(a: Schedule | null, b: Schedule | null): boolean {
  return a?.start === b?.start && a?.end === b?.end;
}

/**
 * A Mermaid gantt of the initiatives whose bar moved, appeared or disappeared: a section
 * per initiative (its title and id) with its bar before (drawn as done) and after
 * (active). GitHub draws ```mermaid blocks in comments and step summaries. Undefined when
 * no bar changed.
 */
export function ganttBlock(initiatives: readonly ChangedInitiative[]): Foldable | undefined {
  const rows: string[] = [];
  for (const initiative of initiatives) {
    const { before, after } = initiative;
    if (sameSchedule(before, after)) continue;
    const id = mermaidLabel(initiative.id);
    const title = initiative.title === null ? '' : mermaidLabel(initiative.title);
    const name = title === '' ? id || 'initiative' : id === '' ? title : `${title} (${id})`;
    let row = `  section ${name}\n`;
    if (before) row += `    before :done, ${before.start}, ${before.end}\n`;
    if (after) row += `    after :active, ${after.start}, ${after.end}\n`;
    rows.push(row);
  }
  if (rows.length === 0) return undefined;
  return {
    head: '```mermaid\ngantt\n  dateFormat YYYY-MM-DD\n  inclusiveEndDates\n  axisFormat %Y-%m\n  todayMarker off\n',
    rows,
    tail: '```\n\n',
    what: ['initiative in the chart', 'initiatives in the chart'],
  };
}
