/** The preview's line above the chart: the roadmap's title, its findings, coverage and statuses. */
import { COMPETENCY_IDS } from '../../core/model/types';
import type { RoadmapModel } from '../../core/model/types';
import type { ProblemCount } from '../../gantt/findings';
import { summarize } from '../../gantt/summary';
import { MAX_TITLE_LENGTH } from '../../../../protocol/chartWire';
import type { ChartSummary } from '../../../../protocol/chartWire';
import { cutText } from './cutText';

/** `model`: the roadmap drawn; `findings`: the counts of the text as it is (which may be the same). */
export function chartSummary(model: RoadmapModel, findings: ProblemCount): ChartSummary {
  const summary = summarize(model);
  const out: ChartSummary = {
    errors: findings.errors,
    warnings: findings.warnings,
    notes: findings.notes,
    covered: summary.covered.length,
    competencies: COMPETENCY_IDS.length,
    initiatives: summary.initiatives,
    statuses: summary.byStatus.map(({ status, count }) => ({ status, count })),
  };
  if (model.title) out.title = cutText(model.title.value, MAX_TITLE_LENGTH);
  return out;
}
