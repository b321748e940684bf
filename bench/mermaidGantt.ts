/**
 * The same roadmap as a Mermaid gantt, as a team would write it by hand: one section per
 * competency, one task per initiative with its id and dates, and `after <id>` where the
 * prerequisite ends before the dependant starts (Mermaid then starts the task when the
 * prerequisite ends). Milestones are left out: Mermaid would give each a row of its own.
 */
import { COMPETENCY_IDS } from '../server/src/core/model/types';
import type { Initiative, RoadmapModel } from '../server/src/core/model/types';

function isoDay(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

/** Mermaid reads `:` as the start of a task's data and `#`/`;` as syntax. */
function taskText(text: string): string {
  return text.replace(/[:#;]/g, ' ').trim() || 'untitled';
}

interface Bar {
  id: string;
  title: string;
  start: number;
  end: number;
  competency: string;
  dependsOn: string[];
}

function bar(initiative: Initiative): Bar | undefined {
  const { id, title, start, end, competency } = initiative;
  if (!id || !start || !end || !competency || end.day < start.day) return undefined;
  return {
    id: id.value,
    title: title?.value ?? id.value,
    start: start.day,
    end: end.day,
    competency: competency.value,
    dependsOn: initiative.dependsOn.map((d) => d.id),
  };
}

export interface MermaidGantt {
  source: string;
  /** Initiatives that became tasks: the bars a complete render draws. */
  tasks: number;
}

export function mermaidGantt(model: RoadmapModel): MermaidGantt {
  const bars = model.initiatives.map(bar).filter((b): b is Bar => b !== undefined);
  const byId = new Map(bars.map((b) => [b.id, b]));
  const lines = [
    'gantt',
    `  title ${taskText(model.title?.value ?? 'Roadmap')}`,
    '  dateFormat YYYY-MM-DD',
    '  axisFormat %Y',
  ];
  for (const competency of COMPETENCY_IDS) {
    const inSection = bars.filter((b) => b.competency === competency);
    if (inSection.length === 0) continue;
    lines.push(`  section ${competency}`);
    for (const b of inSection) {
      const after = b.dependsOn.find((d) => {
        const prerequisite = byId.get(d);
        return prerequisite !== undefined && prerequisite.end < b.start;
      });
      const start = after === undefined ? isoDay(b.start) : `after ${after}`;
      lines.push(`    ${taskText(b.title)} :${b.id}, ${start}, ${isoDay(b.end + 1)}`);
    }
  }
  return { source: `${lines.join('\n')}\n`, tasks: bars.length };
}
