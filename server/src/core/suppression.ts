import { isRuleCode, UNSUPPRESSIBLE } from './diagnostic';
import type { RuleCode } from './diagnostic';
import type { LineIndex } from './text/lineIndex';

export interface Suppressions {
  /** Codes switched off for the whole file. */
  file: ReadonlySet<RuleCode>;
  /** Codes switched off per 0-based line (the line after the comment). */
  lines: ReadonlyMap<number, ReadonlySet<RuleCode>>;
}

// A YAML comment starts at a line's start or after whitespace; the codes may be separated
// by spaces or commas and may be followed by `-- reason`. A code is words joined by single
// hyphens, so that it cannot also be read as the start of `--` (which backtracks badly).
const DIRECTIVE = /(?:^|[ \t])#[ \t]*cxroadmap-disable(-next-line)?((?:[ \t,]+[a-z]+(?:-[a-z]+)*)+)[ \t]*(?:--.*)?$/;

/**
 * `insideValues`: ranges of scalar values that contain the directive text; a directive
 * there is part of a value (a quoted or block text), not a comment.
 */
export function findSuppressions(lines: LineIndex, insideValues: readonly [number, number][] = []): Suppressions {
  const file = new Set<RuleCode>();
  const perLine = new Map<number, Set<RuleCode>>();
  const text = lines.text;
  if (!text.includes('cxroadmap-disable')) return { file, lines: perLine };
  for (let line = 0; line < lines.lineCount; line++) {
    const content = text.slice(lines.lineStart(line), lines.lineEnd(line));
    if (!content.includes('cxroadmap-disable')) continue;
    const m = DIRECTIVE.exec(content);
    if (!m) continue;
    const at = lines.lineStart(line) + m.index;
    if (insideValues.some(([from, to]) => at >= from && at < to)) continue;
    // Group 2 is not optional, so a match always has it.
    const codes = m[2]!
      .split(/[ \t,]+/)
      .filter((c) => c !== '' && isRuleCode(c) && !UNSUPPRESSIBLE.has(c)) as RuleCode[];
    if (m[1]) {
      const set = perLine.get(line + 1) ?? new Set<RuleCode>();
      for (const c of codes) set.add(c);
      perLine.set(line + 1, set);
    } else {
      for (const c of codes) file.add(c);
    }
  }
  return { file, lines: perLine };
}

export function isSuppressed(s: Suppressions, code: RuleCode, line: number): boolean {
  if (UNSUPPRESSIBLE.has(code)) return false;
  return s.file.has(code) || (s.lines.get(line)?.has(code) ?? false);
}
