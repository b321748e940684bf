import { parseArgs } from 'node:util';
import { CliError } from './cliError';
import { FORMAT_NAMES, isFormatName } from './formats';
import type { FormatName } from './formats';

export type Command =
  | { kind: 'help' }
  | { kind: 'version' }
  | { kind: 'gantt'; file: string; out: string | undefined }
  | { kind: 'lint'; paths: string[]; format: FormatName; maxWarnings: number | undefined; out: string | undefined };

export const HELP = `Usage: cxroadmap lint [PATH|GLOB ...] [options]
       cxroadmap gantt FILE [--out OUT.html|OUT.svg]

lint: checks customer-experience roadmaps against the rule catalogue. Folders are
searched for *.cxroadmap.yaml and *.cxroadmap.yml files, skipping node_modules and
dot-folders; with no path, the current folder is searched. Links found in a folder
are followed only when they stay inside it. Each roadmap uses the nearest
.cxroadmaprc.yaml above it.

  -f, --format NAME     ${FORMAT_NAMES.join(', ')} (default: stylish)
      --max-warnings N  exit with status 1 when more than N warnings are found
  -o, --out FILE        write the report to FILE instead of stdout

  Exit status: 0 no errors; 1 errors, or more warnings than --max-warnings;
  2 usage error, unreadable path, no roadmap found or unwritable output.

gantt: draws the roadmap as a Gantt chart, the same as the editor preview, in a
standalone HTML page (no remote content) or an SVG image, and prints the path written.
Problems the rules find are marked on the chart.

  -o, --out FILE        where to write: a .html or .svg file (default: FILE with
                        .yaml or .yml replaced by .html)

  Exit status: 0 chart written; 1 the roadmap does not parse (syntax problems on
  stderr); 2 usage error, unreadable roadmap or unwritable output.

  -h, --help            show this help
  -v, --version         show the version
`;

const OPTIONS = {
  format: { type: 'string', short: 'f' },
  'max-warnings': { type: 'string' },
  out: { type: 'string', short: 'o' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

/**
 * Node's parse errors add advice about `--` that does not help here: keep the first
 * sentence, in lower case after the `cxroadmap:` prefix like the other messages.
 */
function describeParseError(message: string): string {
  const end = message.indexOf('. ');
  const sentence = end === -1 ? message : message.slice(0, end);
  return sentence.charAt(0).toLowerCase() + sentence.slice(1);
}

function parseMaxWarnings(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new CliError(`--max-warnings needs a whole number of 0 or more, not '${value}'`);
  return Number(value);
}

const GANTT_OPTIONS = {
  out: { type: 'string', short: 'o' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

function parseGantt(argv: readonly string[]): Command {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: GANTT_OPTIONS, strict: true, allowPositionals: true });
  } catch (error) {
    throw new CliError(describeParseError(error instanceof Error ? error.message : String(error)));
  }
  const { values, positionals } = parsed;
  if (values.help) return { kind: 'help' };
  if (values.version) return { kind: 'version' };
  const files = positionals.slice(1);
  const file = files[0];
  if (file === undefined)
    throw new CliError("gantt needs a roadmap file: 'cxroadmap gantt FILE [--out OUT.html|OUT.svg]'");
  if (files.length > 1) throw new CliError(`gantt draws one roadmap at a time, not ${files.length}`);
  const out = values.out;
  if (out !== undefined && !/\.(html|svg)$/i.test(out))
    throw new CliError(`--out must name a .html or .svg file, not '${out}'`);
  return { kind: 'gantt', file, out };
}

export function parseCommandLine(argv: readonly string[]): Command {
  // `gantt` has options of its own that the lint parser would reject, so look for it first.
  const loose = parseArgs({ args: [...argv], options: OPTIONS, strict: false, allowPositionals: true });
  if (loose.positionals[0] === 'gantt') return parseGantt(argv);

  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, strict: true, allowPositionals: true });
  } catch (error) {
    throw new CliError(describeParseError(error instanceof Error ? error.message : String(error)));
  }
  const { values, positionals } = parsed;
  if (values.help) return { kind: 'help' };
  if (values.version) return { kind: 'version' };

  const [command, ...paths] = positionals;
  if (command === undefined) throw new CliError("missing command: try 'cxroadmap lint' or 'cxroadmap --help'");
  if (command !== 'lint') throw new CliError(`unknown command '${command}': try 'cxroadmap --help'`);

  const format = values.format ?? 'stylish';
  if (!isFormatName(format)) {
    throw new CliError(`unknown format '${format}': use one of ${FORMAT_NAMES.join(', ')}`);
  }
  return { kind: 'lint', paths, format, maxWarnings: parseMaxWarnings(values['max-warnings']), out: values.out };
}
