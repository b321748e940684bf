/** What a chart draws, in the legend's terms: its legend lists these entries and no other. */
import type { Initiative, RoadmapModel } from '../core/model/types';
import type { TimeScale } from './axis';
import { worstFinding } from './findings';
import type { ChartFindings, FindingLevel } from './findings';
import type { LegendKind } from './legend';

/** A drawn dependency arrow, as far as the legend cares. */
interface DrawnLink {
  violated: boolean;
}

const NONE = { errors: 0, warnings: 0, notes: 0 };
const MARK_KIND: Readonly<Record<FindingLevel, LegendKind>> = {
  error: 'has-errors',
  warning: 'has-warnings',
  note: 'has-notes',
};

function findingKind(initiative: Initiative, findings: ChartFindings): LegendKind | undefined {
  const worst = worstFinding(findings.problems.get(initiative.index) ?? NONE, initiative.hasErrors);
  return worst && MARK_KIND[worst];
}

/**
 * `barred`: the indexes of the initiatives drawn as bars on `scale`. A bar without a status
 * is drawn as a planned one; marks in the names column (early win, worst finding) are drawn for
 * every initiative, with a bar or not.
 */
export function drawnKinds(
  model: RoadmapModel,
  scale: TimeScale | undefined,
  barred: ReadonlySet<number>,
  findings: ChartFindings,
  links: readonly DrawnLink[],
  today: boolean,
): Set<LegendKind> {
  const kinds = new Set<LegendKind>();
  for (const initiative of model.initiatives) {
    if (initiative.earlyWin?.value === true) kinds.add('early-win');
    const mark = findingKind(initiative, findings);
    if (mark) kinds.add(mark);
    if (!scale || !barred.has(initiative.index)) continue;
    kinds.add(`status-${initiative.status?.value ?? 'planned'}`);
    if (initiative.milestones.some((m) => m.date !== undefined && scale.contains(m.date.day))) kinds.add('milestone');
  }
  for (const link of links) kinds.add(link.violated ? 'violated' : 'dependency');
  if (today) kinds.add('today');
  return kinds;
}
