/**
 * What the suite, running inside the extension host, hands the harness outside it: the
 * extension host's console is not visible from there, so results travel as a file.
 */
import { renameSync, writeFileSync } from 'node:fs';

/** Where the suite writes its report; set by the harness in code-server's environment. */
export const REPORT_ENV = 'CXROADMAP_TEST_REPORT';

export interface TestOutcome {
  title: string;
  state: 'passed' | 'failed' | 'pending';
  error?: string;
}

export interface TestReport {
  passed: number;
  failed: number;
  tests: TestOutcome[];
}

/** Written whole or not at all, so a reader polling for the file never sees half of it. */
export function writeJsonAtomically(file: string, value: unknown): void {
  const partial = `${file}.${process.pid}.partial`;
  writeFileSync(partial, `${JSON.stringify(value, null, 2)}\n`);
  renameSync(partial, file);
}

/** One line per test (a failure's error indented below it), then `N passed, N failed`. */
export function formatReport(report: TestReport): string {
  const lines: string[] = [];
  for (const t of report.tests) {
    const mark = t.state === 'passed' ? '\u2713' : t.state === 'failed' ? '\u2717' : '-';
    lines.push(`  ${mark} ${t.title}${t.state === 'pending' ? ' (skipped)' : ''}`);
    if (t.error) lines.push(...t.error.split('\n').map((l) => `      ${l}`));
  }
  const skipped = report.tests.filter((t) => t.state === 'pending').length;
  lines.push('', `${report.passed} passed, ${report.failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`);
  return `${lines.join('\n')}\n`;
}
