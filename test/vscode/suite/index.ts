/**
 * The entry `@vscode/test-electron` (and code-server's `extensionTestsPath`) calls inside
 * the extension host: runs every `*.test.js` beside this file with mocha and, when
 * REPORT_ENV names a file, writes the results there for the harness outside.
 */
import { readdirSync } from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';
import type { TestOutcome, TestReport } from '../testReport';
import { REPORT_ENV, writeJsonAtomically } from '../testReport';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 60_000 });
  for (const file of readdirSync(__dirname)
    .filter((f) => f.endsWith('.test.js'))
    .sort()) {
    mocha.addFile(path.join(__dirname, file));
  }
  const tests: TestOutcome[] = [];
  return new Promise((resolve, reject) => {
    const finish = (): void => {
      const failed = tests.filter((t) => t.state === 'failed').length;
      const report: TestReport = { passed: tests.filter((t) => t.state === 'passed').length, failed, tests };
      const reportFile = process.env[REPORT_ENV];
      try {
        if (reportFile) writeJsonAtomically(reportFile, report);
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
        return;
      }
      if (failed > 0) reject(new Error(`${failed} of ${tests.length} extension tests failed`));
      else resolve();
    };
    let runner: Mocha.Runner;
    try {
      // Loads the test files: a file that throws while loading fails here, before any test runs.
      runner = mocha.run(finish);
    } catch (error) {
      tests.push({ title: 'loading the test files', state: 'failed', error: errorText(error) });
      finish();
      return;
    }
    const { EVENT_TEST_PASS, EVENT_TEST_FAIL, EVENT_TEST_PENDING } = Mocha.Runner.constants;
    runner.on(EVENT_TEST_PASS, (test) => tests.push({ title: test.fullTitle(), state: 'passed' }));
    // A skipped test would let a missing workspace or harness pass unseen: it fails the run.
    runner.on(EVENT_TEST_PENDING, (test) =>
      tests.push({ title: test.fullTitle(), state: 'failed', error: 'skipped, but every extension test must run' }),
    );
    // Hooks fail through this event too: their titles say which hook.
    runner.on(EVENT_TEST_FAIL, (test, error: unknown) =>
      tests.push({ title: test.fullTitle(), state: 'failed', error: errorText(error) }),
    );
  });
}

function errorText(error: unknown): string {
  if (error instanceof Error) return error.stack ?? `${error.name}: ${error.message}`;
  return String(error);
}
