import type { Fix } from './fixInput';
import { quickFix } from './fixInput';
import { scalarText } from './scalarText';

/** Words of the format (keys, enum values, ids, the version 1) are written as they are. */
const PLAIN_WORD = /^[A-Za-z0-9][\w-]*$/;

/**
 * The value a `schema` or `unknown-stage` message proposes, written over the text the
 * diagnostic marks: a value, or a misspelt key. A journey stage is the team's own text,
 * so it is quoted when YAML would read it as something else.
 */
export const suggestionFix: Fix = (input) => {
  const suggestion = input.current.data.suggestion;
  if (suggestion === undefined) return [];
  const written = PLAIN_WORD.test(suggestion) ? suggestion : scalarText(suggestion, true);
  return quickFix(input, `Change to ${suggestion}`, [input.doc.replace(input.start, input.end, written)], true);
};
