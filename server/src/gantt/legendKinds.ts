/** What a chart draws, in the legend's terms: its legend lists these entries and no other. */
import type { RoadmapModel, Status } from '../core/model/types';
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
const STATUS_KIND: Readonly<Record<Status, LegendKind>> = {
  planned: 'status-planned',
  active: 'status-active',
  'at-risk': 'status-at-risk',
  blocked: 'status-blocked',
  done: 'status-done',
  cancelled: 'status-cancelled',
};

/**
 * `barred`: the indexes of the initiatives drawn as bars on `scale`. A bar without a status
 * is drawn as a planned one; marks in the names column (early win, worst finding) are drawn
 * for every initiative, with a bar or not. One pass over the initiatives, every update: kept
 * to lookups.
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
    // Initiatives with findings are in `findings.problems`, below; the model marks errors too.
    if (initiative.hasErrors) kinds.add('has-errors');
    if (!scale || !barred.has(initiative.index)) continue;
    kinds.add(STATUS_KIND[initiative.status?.value ?? 'planned']);
    if (
      !kinds.has('milestone') &&
      initiative.milestones.some((m) => m.date !== undefined && scale.contains(m.date.day))
    )
      kinds.add('milestone');
  }
  for (const count of findings.problems.values()) {
    const worst = worstFinding(count ?? NONE, false);
    if (worst) kinds.add(MARK_KIND[worst]);
  }
  for (const link of links) kinds.add(link.violated ? 'violated' : 'dependency');
  if (today) kinds.add('today');
  return kinds;
}
