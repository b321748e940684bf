import type { CompletionItem } from 'vscode-languageserver-types';
import { CompletionItemKind } from 'vscode-languageserver-types';
import {
  dayNumber,
  formatDay,
  parseDateOrPeriod,
  quarterEnd,
  quarterIndexOf,
  quarterLabel,
  quarterStart,
} from '../../core/dates';
import type { DateRole } from '../../core/dates';
import { longDay } from '../calendarWords';
import { valueText } from './completionRequest';
import type { CompletionRequest } from './completionRequest';

/**
 * Dates around the request's "today": the day itself and the edges of this and the next
 * quarter; for a start or end also this quarter, half and year as periods. "Today" comes
 * with the request, so the same request always gives the same items.
 */
export function dateItems(req: CompletionRequest, role: DateRole, periods: boolean): CompletionItem[] {
  const { year, month } = req.today;
  const today = dayNumber(year, month, req.today.day);
  const q = quarterIndexOf(today);
  const suggestions: [string, string][] = [
    [formatDay(today), `Today: ${longDay(today)}`],
    [formatDay(quarterStart(q)), `First day of this quarter (${quarterLabel(q)}): ${longDay(quarterStart(q))}`],
    [formatDay(quarterEnd(q)), `Last day of this quarter (${quarterLabel(q)}): ${longDay(quarterEnd(q))}`],
    [
      formatDay(quarterStart(q + 1)),
      `First day of next quarter (${quarterLabel(q + 1)}): ${longDay(quarterStart(q + 1))}`,
    ],
    [formatDay(quarterEnd(q + 1)), `Last day of next quarter (${quarterLabel(q + 1)}): ${longDay(quarterEnd(q + 1))}`],
  ];
  if (periods) {
    const meaning = role === 'start' ? 'as a start, its first day' : 'as an end, its last day';
    const period = (label: string, name: string): [string, string] => {
      const parsed = parseDateOrPeriod(label, role);
      return [label, `${name}: ${meaning}, ${parsed.ok ? longDay(parsed.day) : label}`];
    };
    suggestions.push(
      period(quarterLabel(q), 'This quarter'),
      period(`${year}-H${month <= 6 ? 1 : 2}`, 'This half-year'),
      period(String(year), 'This year'),
    );
  }
  const seen = new Set<string>();
  const items: CompletionItem[] = [];
  for (const [label, detail] of suggestions) {
    // Today can be a quarter's first or last day: offer that date once, as today.
    if (seen.has(label)) continue;
    seen.add(label);
    items.push({
      label,
      kind: CompletionItemKind.Value,
      detail,
      textEdit: { range: req.range, newText: valueText(req, label) },
    });
  }
  return items;
}
