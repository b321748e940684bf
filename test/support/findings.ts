import assert from 'node:assert/strict';
import { ruleDocsUrl } from '../../server/src/core/catalogue';
import type { Diagnostic, Range, RuleCode } from '../../server/src/core/diagnostic';
import type { SeverityCounts } from '../../server/src/core/diff/totals';

/** A diagnostic as tests of messages and ranges state it: everything but its `data`. */
export type Finding = Omit<Diagnostic, 'data'>;

/** The shape of every fingerprint: 16 hex digits, and `:n` for the nth repeat in a file. */
export const FINGERPRINT_SHAPE = /^[0-9a-f]{16}(:\d+)?$/;

/**
 * For tests about what a finding says and where: checks that each has a fingerprint and
 * leaves `data` out (its contents have tests of their own in core/fingerprint.test.ts).
 */
export function withoutData(diagnostics: readonly Diagnostic[]): Finding[] {
  return diagnostics.map(({ data, ...finding }) => {
    assert.match(data.fingerprint, FINGERPRINT_SHAPE);
    return finding;
  });
}

/**
 * The error finding of `code` at a range with a message, with the catalogue's docs link:
 * how file-level problems (syntax, schema, config) are stated.
 */
export function errorOf(code: RuleCode): (range: Range, message: string) => Finding {
  return (range, message) => ({
    range,
    severity: 1,
    code,
    codeDescription: { href: ruleDocsUrl(code) },
    source: 'cxroadmap',
    message,
  });
}

/** Findings counted by severity, as a diff's summary gives them: infos and hints are rare, so 0 unless given. */
export function bySeverity(errors: number, warnings: number, infos = 0, hints = 0): SeverityCounts {
  return { errors, warnings, infos, hints };
}
