/** What a chart draws, in the legend's terms: its legend lists these entries and no other. */
import type { Initiative, RoadmapModel } from '../core/model/types';
import type { TimeScale } from './axis';
import type { ChartFindings } from './findings';
import type { LegendKind } from './legend';

/** A drawn dependency arrow, as far as the legend cares. */
interface DrawnLink {
  violated: boolean;
}

function hasErrors(initiative: Initiative, findings: ChartFindings): boolean {
  return initiative.hasErrors || (findings.problems.get(initiative.index)?.errors ?? 0) > 0;
}

/**
 * `barred`: the indexes of the initiatives drawn as bars on `scale`. A bar without a status
 * is drawn as a planned one; marks in the names column (early win, errors) are drawn for
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
    if (hasErrors(initiative, findings)) kinds.add('has-errors');
    if (!scale || !barred.has(initiative.index)) continue;
    kinds.add(`status-${initiative.status?.value ?? 'planned'}`);
    if (initiative.milestones.some((m) => m.date !== undefined && scale.contains(m.date.day))) kinds.add('milestone');
  }
  for (const link of links) kinds.add(link.violated ? 'violated' : 'dependency');
  if (today) kinds.add('today');
  return kinds;
}
