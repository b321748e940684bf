import { ruleDocsUrl } from '../../../server/src/core/catalogue';
import type { Diagnostic, RuleCode, Severity } from '../../../server/src/core/diagnostic';
import type { Coverage } from '../../../server/src/core/diff/coverage';

/*
 * Hand-built inputs for the markdown formats: small, and written out in full, so that a
 * test's expected output can be checked line by line against them.
 */

/** A finding on one line (1-based, as the reports print it), with a fingerprint of its own. */
export function finding(code: RuleCode, severity: Severity, line: number, message: string): Diagnostic {
  return {
    range: { start: { line: line - 1, character: 4 }, end: { line: line - 1, character: 12 } },
    severity,
    code,
    codeDescription: { href: ruleDocsUrl(code) },
    source: 'cxroadmap',
    message,
    data: { fingerprint: `${code}@${line}` },
  };
}

export const ONE_EACH: Coverage = {
  'customers-as-assets': 1,
  'align-around-experience': 1,
  'listening-path': 1,
  'reliability-innovation': 1,
  'one-company-leadership': 1,
};

export const BASE_COMMIT = 'b'.repeat(40);
export const HEAD_COMMIT = 'c'.repeat(40);
export const LINKS = {
  repositoryUrl: 'https://github.com/acme/plans',
  commit: HEAD_COMMIT,
  workspace: '/work/project',
};
