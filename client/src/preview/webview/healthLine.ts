/**
 * The line under the roadmap's title: its findings by severity, how many competencies have
 * an initiative, and its initiatives by status, in the words of the exported page.
 */
import type { ChartSummary, SummaryStatus } from '../../../../protocol/chartWire';

const STATUS_WORDS: Readonly<Record<SummaryStatus, string>> = {
  planned: 'planned',
  active: 'active',
  'at-risk': 'at risk',
  blocked: 'blocked',
  done: 'done',
  cancelled: 'cancelled',
  none: 'without a status',
};

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

export function healthLine(summary: ChartSummary): string {
  const findings = `${plural(summary.errors, 'error')}, ${plural(summary.warnings, 'warning')}, ${plural(summary.notes, 'note')}`;
  const coverage = `${summary.covered} of ${summary.competencies} competencies covered`;
  const statuses = summary.statuses.map((s) => `${s.count} ${STATUS_WORDS[s.status]}`).join(', ');
  const initiatives = plural(summary.initiatives, 'initiative') + (statuses === '' ? '' : `: ${statuses}`);
  return [findings, coverage, initiatives].join(' \u00b7 ');
}
