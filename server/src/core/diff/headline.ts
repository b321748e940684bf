import type { DiffSummary, FindingTotals } from './totals';

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/**
 * The whole comparison in one line, for a terminal, a step summary or a comment:
 * "2 initiatives slipped, 41 days in total · 1 removed · 1 new error · 2 fixed".
 */
export function headline(summary: DiffSummary): string {
  const { slipped, slippedDays, added, removed, renamed } = summary.initiatives;
  const parts: string[] = [];
  if (slipped > 0) parts.push(`${plural(slipped, 'initiative')} slipped, ${plural(slippedDays, 'day')} in total`);
  if (removed > 0) parts.push(`${removed} removed`);
  if (added > 0) parts.push(`${added} added`);
  if (renamed > 0) parts.push(`${renamed} renamed`);
  const others = summary.changes - slipped - removed - added - renamed;
  if (others > 0) parts.push(parts.length === 0 ? plural(others, 'change') : plural(others, 'other change'));
  if (parts.length === 0) parts.push('no change to the plan');
  return [...parts, ...findingsHeadline(summary.findings)].join(' \u00b7 ');
}

/** The findings' part of a headline: the new ones by severity (or `no new finding`), then how many were fixed. */
export function findingsHeadline(findings: FindingTotals): string[] {
  const fresh = findings.new;
  const news = [
    [fresh.errors, 'error'],
    [fresh.warnings, 'warning'],
    [fresh.infos, 'info'],
    [fresh.hints, 'hint'],
  ] as const;
  const newParts = news
    .filter(([count]) => count > 0)
    .map(([count, noun]) => `${count} new ${noun}${count === 1 ? '' : 's'}`);
  const parts = newParts.length === 0 ? ['no new finding'] : newParts;
  const fixed = findings.fixed;
  const fixedCount = fixed.errors + fixed.warnings + fixed.infos + fixed.hints;
  if (fixedCount > 0) parts.push(`${fixedCount} fixed`);
  return parts;
}
