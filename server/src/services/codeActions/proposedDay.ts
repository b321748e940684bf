import { parseDayDate } from '../../core/dates';
import type { Span } from '../../core/model/types';
import type { TextEdit } from 'vscode-languageserver-types';
import type { FixInput } from './fixInput';

/** The day the diagnostic's `date` fact proposes, as its text and its day number. */
export function proposedDay(input: FixInput): { text: string; day: number } | undefined {
  const text = input.current.data.date;
  if (text === undefined) return undefined;
  const parsed = parseDayDate(text);
  return parsed.ok ? { text, day: parsed.day } : undefined;
}

/** A date value rewritten as a day, whatever form (day, period, quoted) it had. */
export function writeDay(input: FixInput, span: Span, day: string): TextEdit {
  return input.doc.replace(span.start, span.end, day);
}
