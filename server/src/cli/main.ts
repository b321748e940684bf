import { version } from '../../../package.json';
import { HELP, parseCommandLine } from './args';
import { CliError } from './cliError';
import { runDiff } from './diffCommand';
import { runGantt, todayFrom } from './ganttCommand';
import { runLint } from './lintCommand';
import { printable } from './terminalText';

interface Outcome {
  stdout: string;
  stderr: string;
  exitCode: number;
}

/** FORCE_COLOR wins over NO_COLOR, as in Node itself; otherwise colour only on a terminal. */
function useColor(env: NodeJS.ProcessEnv, isTTY: boolean): boolean {
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force !== 'false';
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  return isTTY;
}

function run(argv: readonly string[], warn: (message: string) => void): Outcome {
  const command = parseCommandLine(argv);
  switch (command.kind) {
    case 'help':
      return { stdout: HELP, stderr: '', exitCode: 0 };
    case 'version':
      return { stdout: `${version}\n`, stderr: '', exitCode: 0 };
    case 'gantt':
      return runGantt({
        file: command.file,
        out: command.out,
        cwd: process.cwd(),
        color: useColor(process.env, process.stderr.isTTY === true),
        toolVersion: version,
        today: todayFrom(process.env, new Date()),
      });
    case 'diff': {
      const outcome = runDiff({
        ...command,
        cwd: process.cwd(),
        color: useColor(process.env, command.out === undefined && process.stdout.isTTY === true),
        toolVersion: version,
        env: process.env,
      });
      return { stdout: outcome.output, stderr: '', exitCode: outcome.exitCode };
    }
    case 'lint': {
      const outcome = runLint({
        ...command,
        cwd: process.cwd(),
        // A report written to a file is not shown on this terminal.
        color: useColor(process.env, command.out === undefined && process.stdout.isTTY === true),
        toolVersion: version,
        warn,
        env: process.env,
      });
      return {
        stdout: outcome.output,
        stderr: outcome.notice === undefined ? '' : `${outcome.notice}\n`,
        exitCode: outcome.exitCode,
      };
    }
  }
}

function failure(error: unknown): Outcome {
  const message = error instanceof Error ? error.message : String(error);
  const prefix = error instanceof CliError ? '' : 'internal error: ';
  // Messages quote paths and arguments as given: one line, whatever characters they hold.
  return { stdout: '', stderr: `cxroadmap: ${prefix}${printable(message)}\n`, exitCode: 2 };
}

function main(): void {
  let outcome: Outcome;
  const warnings: string[] = [];
  try {
    outcome = run(process.argv.slice(2), (message) => warnings.push(`cxroadmap: ${printable(message)}\n`));
  } catch (error) {
    outcome = failure(error);
  }
  const stderr = warnings.join('') + outcome.stderr;
  if (stderr !== '') process.stderr.write(stderr);
  if (outcome.stdout === '') {
    process.exitCode = outcome.exitCode;
    return;
  }
  // A reader that closes the pipe early (`| head`) must not turn into a stack trace.
  process.stdout.on('error', () => {
    process.exitCode = outcome.exitCode;
  });
  // One write, and the status set only once it has drained, so piped output is never cut short.
  process.stdout.write(outcome.stdout, () => {
    process.exitCode = outcome.exitCode;
  });
}

main();
