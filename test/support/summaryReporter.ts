/**
 * Mocha's spec reporter plus one closing line, `N passed, N failed`, that CI systems
 * which do not know mocha's own summary can read.
 */
import * as Mocha from 'mocha';

class SpecWithSummary extends Mocha.reporters.Spec {
  constructor(runner: Mocha.Runner, options?: Mocha.MochaOptions) {
    super(runner, options);
    runner.once(Mocha.Runner.constants.EVENT_RUN_END, () => {
      const s = runner.stats;
      if (!s) return;
      const skipped = s.pending > 0 ? `, ${s.pending} skipped` : '';
      process.stdout.write(`\n${s.passes} passed, ${s.failures} failed${skipped}\n`);
    });
  }
}

export = SpecWithSummary;
