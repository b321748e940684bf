/**
 * What the banner says about initiatives left out of the chart's list: how many, and why,
 * in words. It never quotes an id: the one left out may be a page long, or markup.
 */
import type { OmissionReason, Omissions } from '../../../../protocol/initiativeOmissions';
import { OMISSION_REASONS } from '../../../../protocol/initiativeOmissions';

/** Why, for one initiative and for several. */
const WHY: Readonly<Record<OmissionReason, readonly [string, string]>> = {
  'long-id': ['its id is longer than 256 characters', 'their ids are longer than 256 characters'],
  'bad-id': [
    'its id is not lower-case letters, digits and hyphens',
    'their ids are not lower-case letters, digits and hyphens',
  ],
  'bad-dates': ['its start or end is not a calendar day', 'their starts or ends are not calendar days'],
  problems: ['it has more problems than its tooltip can list', 'they have more problems than their tooltips can list'],
};

/** One line per reason, or null when nothing was left out. */
export function omissionNotice(omitted: Omissions | undefined): string | null {
  const lines: string[] = [];
  for (const reason of OMISSION_REASONS) {
    const count = omitted?.[reason] ?? 0;
    if (count === 0) continue;
    const [one, many] = WHY[reason];
    lines.push(
      count === 1
        ? `1 initiative cannot be moved or opened from the chart: ${one}.`
        : `${count} initiatives cannot be moved or opened from the chart: ${many}.`,
    );
  }
  return lines.length > 0 ? lines.join('\n') : null;
}
