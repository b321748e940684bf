/**
 * No text read by the full YAML parser may hold more values than this: the whole file, or
 * the header and the initiatives that the fast parser does not take, together. `yaml`
 * spends about 10 µs and 2 KB on each value it builds, so a 1 MB flow list of one-letter
 * values took 4 s and half a gigabyte; a real roadmap has about 40 per initiative.
 */
export const MAX_DOCUMENT_VALUES = 100_000;

export interface ValueCount {
  /** The count, up to the first place past the budget. */
  count: number;
  /** Offset of the place that passes the budget. */
  over?: number;
}

/**
 * Counts the places of a YAML text where a value may start, in one pass over its
 * characters and before any parse: each line that does not start with an indicator or a
 * comment, each `[`, `{` and `,`, and each `-`, `?` and `:` followed by a blank (or, for
 * `:`, by a flow indicator or after a quoted key); each alias (`*` after a blank or a flow indicator) counts two
 * more, for itself and the value it stands for at least (the alias budget counts the rest). Every value the parser builds starts at one of them, or is
 * the list or mapping of one (at most one per place), so the parse costs at most a few
 * times the count, whatever the text: no quote, comment or block scalar can hide values
 * from it, because nothing is skipped. Prose with such characters counts a little more.
 */
export function countValues(text: string, budget: number = MAX_DOCUMENT_VALUES): ValueCount {
  const n = text.length;
  let count = 0;
  let lineStart = true;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      lineStart = true;
      continue;
    }
    if (c === 32 || c === 9) continue;
    let counted: boolean;
    if (c === 44 /* , */ || c === 91 /* [ */ || c === 123 /* { */) counted = true;
    else if (c === 45 /* - */ || c === 63 /* ? */ || c === 58 /* : */) {
      const next = i + 1 < n ? text.charCodeAt(i + 1) : 32;
      counted =
        next === 32 ||
        next === 9 ||
        next === 10 ||
        next === 13 ||
        (c === 58 && (next === 44 || next === 91 || next === 93 || next === 123 || next === 125));
      // A line starting with a `-` that is not an indicator (`-5`, `---`) starts a value,
      // and so does the value after a quoted key's `:` (`{"a":1}`), which needs no blank.
      if (!counted && lineStart && c === 45) counted = true;
      if (!counted && c === 58 && i > 0) {
        const before = text.charCodeAt(i - 1);
        counted = before === 34 || before === 39;
      }
    } else if (c === 42 /* * */ && (lineStart || aliasMayStart(text.charCodeAt(i - 1)))) {
      // An alias is a value, and stands for at least one more: it counts twice.
      count++;
      counted = true;
    } else counted = lineStart && c !== 35 /* # */ && c !== 93 /* ] */ && c !== 125; /* } */
    lineStart = false;
    if (counted && ++count > budget) return { count, over: i };
  }
  return { count };
}

/** `*` starts an alias after a blank or a flow indicator, not inside a word (`a*b`). */
function aliasMayStart(before: number): boolean {
  return before === 32 || before === 9 || before === 44 || before === 91 || before === 123;
}
