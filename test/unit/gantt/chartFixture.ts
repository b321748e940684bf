import { analyzeRoadmap } from '../../../server/src/core/analyze';
import type { AnalysisResult } from '../../../server/src/core/analyze';
import { chartFindings } from '../../../server/src/gantt/findings';
import type { ChartFindings } from '../../../server/src/gantt/findings';
import { layoutChart } from '../../../server/src/gantt/layout';
import type { ChartLayout, ChartOptions, InitiativeRow } from '../../../server/src/gantt/layout';

/** An initiative for a test roadmap: strings are written as YAML double-quoted scalars. */
export interface Item {
  id?: string;
  title?: string;
  competency?: string;
  owner?: string;
  start?: string;
  end?: string;
  status?: string;
  early_win?: boolean;
  outcome?: string;
  note?: string;
  depends_on?: string[];
  milestones?: { name?: string; date: string }[];
  links?: { title?: string; url: string }[];
}

export interface Plan {
  title?: string;
  /** Omitted: a horizon of 2027; null: no horizon at all. */
  horizon?: [string, string] | null;
  items: Item[];
  /** Extra top-level lines, as written. */
  extra?: string[];
}

function q(value: string): string {
  return JSON.stringify(value);
}

export function roadmapText(plan: Plan): string {
  const lines = ['cxroadmap: 1', `title: ${q(plan.title ?? 'Test roadmap')}`];
  const horizon = plan.horizon === undefined ? ['2027-01-01', '2027-12-31'] : plan.horizon;
  if (horizon !== null) lines.push('horizon:', `  start: ${horizon[0]}`, `  end: ${horizon[1]}`);
  lines.push(...(plan.extra ?? []));
  lines.push('initiatives:');
  plan.items.forEach((item, n) => {
    lines.push(`  - id: ${item.id ?? `item-${n + 1}`}`);
    lines.push(`    title: ${q(item.title ?? `Item ${n + 1}`)}`);
    if (item.competency !== undefined) lines.push(`    competency: ${item.competency}`);
    if (item.owner !== undefined) lines.push(`    owner: ${q(item.owner)}`);
    if (item.start !== undefined) lines.push(`    start: ${item.start}`);
    if (item.end !== undefined) lines.push(`    end: ${item.end}`);
    if (item.status !== undefined) lines.push(`    status: ${item.status}`);
    if (item.early_win !== undefined) lines.push(`    early_win: ${item.early_win}`);
    if (item.outcome !== undefined) lines.push(`    outcome: ${q(item.outcome)}`);
    if (item.note !== undefined) lines.push(`    note: ${q(item.note)}`);
    if (item.depends_on !== undefined) lines.push(`    depends_on: [${item.depends_on.join(', ')}]`);
    if (item.milestones !== undefined) {
      lines.push('    milestones:');
      for (const m of item.milestones) {
        lines.push(
          m.name === undefined ? `      - date: ${m.date}` : `      - name: ${q(m.name)}`,
          ...(m.name === undefined ? [] : [`        date: ${m.date}`]),
        );
      }
    }
    if (item.links !== undefined) {
      lines.push('    links:');
      for (const l of item.links)
        lines.push(`      - url: ${q(l.url)}`, ...(l.title === undefined ? [] : [`        title: ${q(l.title)}`]));
    }
  });
  return `${lines.join('\n')}\n`;
}

export interface Chart {
  analysis: AnalysisResult;
  findings: ChartFindings;
  layout: ChartLayout;
}

export function chartOf(plan: Plan, options: ChartOptions = {}): Chart {
  const analysis = analyzeRoadmap(roadmapText(plan));
  const findings = chartFindings(analysis.model, analysis.diagnostics, analysis.lines);
  return { analysis, findings, layout: layoutChart(analysis.model, findings, options) };
}

export function rows(layout: ChartLayout): InitiativeRow[] {
  return layout.lanes.flatMap((lane) => lane.rows);
}

export function row(layout: ChartLayout, id: string): InitiativeRow {
  const found = rows(layout).find((r) => r.id === id);
  if (!found) throw new Error(`no row for ${id}`);
  return found;
}
