import { COMPETENCY_IDS } from '../../server/src/core/model/types';
import type { CompetencyId } from '../../server/src/core/model/types';

export interface CompetencyCoverage {
  /** In the order of COMPETENCY_IDS. */
  covered: CompetencyId[];
  uncovered: CompetencyId[];
}

// A `competency:` key in block style, optionally the first key of a list item, whose value is
// one of the five ids (plain or quoted), optionally followed by a comment. `.` never crosses a
// line end, and with the `m` flag `^`/`$` stop at `\n`, `\r\n` and a lone `\r` alike.
const COMPETENCY_VALUE = new RegExp(
  `^[ \\t]*(?:-[ \\t]+)*competency[ \\t]*:[ \\t]+(["']?)(${COMPETENCY_IDS.join('|')})\\1[ \\t]*(?:[ \\t]#.*)?$`,
  'gm',
);

/**
 * Which competencies have an initiative, read from the text with a regular expression.
 *
 * This is a glance for the status bar, not a verdict: it is recomputed on every keystroke
 * without waiting for the server, and it only misses layouts nobody writes for roadmaps
 * (flow mappings such as `{competency: listening-path}`, or the text appearing inside a block
 * scalar). The authoritative answer stays the server's `competency-uncovered` diagnostics,
 * which the Problems view shows. Should the two ever need to agree exactly, the server can
 * answer a custom request from its parsed model instead.
 */
export function competencyCoverage(text: string): CompetencyCoverage {
  const found = new Set<string>();
  for (const [, , id] of text.matchAll(COMPETENCY_VALUE)) if (id !== undefined) found.add(id);
  return {
    covered: COMPETENCY_IDS.filter((id) => found.has(id)),
    uncovered: COMPETENCY_IDS.filter((id) => !found.has(id)),
  };
}
