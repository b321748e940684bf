import type { DiagnosticFacts } from '../../core/diagnostic';
import type { Fix } from './fixInput';
import { quickFix } from './fixInput';

type Repair = NonNullable<DiagnosticFacts['repair']>;

const TITLES: Readonly<Record<Repair, (replacement: string) => string>> = {
  quote: () => 'Put the text in quotes',
  close: (replacement) => `Add the closing ${replacement.slice(-1)}`,
  indent: () => 'Indent with spaces',
  undash: () => 'Remove the -',
};

/**
 * `syntax`, a common mistake: the text its data gives, in place of the diagnostic's range.
 * Only the mistake is repaired; the guard of every action then checks that the part of
 * the file it is in parses.
 */
export const syntaxFix: Fix = (input) => {
  const { repair, replacement } = input.current.data;
  if (repair === undefined || replacement === undefined) return [];
  return quickFix(input, TITLES[repair](replacement), [input.doc.replace(input.start, input.end, replacement)], true);
};
