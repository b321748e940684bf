import { parseArgs } from 'node:util';
import { CliError } from './cliError';
import { FAIL_ON } from './diff/failOn';
import type { FailOn } from './diff/failOn';
import { DIFF_FORMAT_NAMES, isDiffFormatName } from './diff/formats';
import type { DiffFormatName } from './diff/formats';
import { FORMAT_NAMES, isFormatName } from './formats';
import type { FormatName } from './formats';
import { DEFAULT_MARKDOWN_LIMIT } from './markdown/context';

export type Command =
  | { kind: 'help' }
  | { kind: 'version' }
  | { kind: 'gantt'; file: string; out: string | undefined }
  | {
      kind: 'lint';
      paths: string[];
      format: FormatName;
      maxWarnings: number | undefined;
      out: string | undefined;
      markdownLimit: number;
    }
  | {
      kind: 'diff';
      base: string | undefined;
      head: string | undefined;
      paths: string[];
      format: DiffFormatName;
      failOn: FailOn;
      out: string | undefined;
      markdownLimit: number;
    };

export const HELP = `Usage: cxroadmap lint [PATH|GLOB ...] [options]
       cxroadmap diff --base REF [--head REF] [PATH|GLOB ...] [options]
       cxroadmap diff OLD_FILE NEW_FILE [options]
       cxroadmap gantt FILE [--out OUT.html|OUT.svg]

lint: checks customer-experience roadmaps against the rule catalogue. Folders are
searched for *.cxroadmap.yaml and *.cxroadmap.yml files, skipping node_modules and
dot-folders; with no path, the current folder is searched. Links found in a folder
are followed only when they stay inside it. Each roadmap uses the nearest
.cxroadmaprc.yaml above it.

  -f, --format NAME     ${FORMAT_NAMES.join(', ')} (default: stylish)
      --max-warnings N  exit with status 1 when more than N warnings are found
  -o, --out FILE        write the report to FILE instead of stdout
      --markdown-limit BYTES
                        with --format markdown: the largest report, shortened to fit
                        (default: ${DEFAULT_MARKDOWN_LIMIT}, a pull-request comment; 1048576 for
                        $GITHUB_STEP_SUMMARY)

  Exit status: 0 no errors; 1 errors, or more warnings than --max-warnings;
  2 usage error, unreadable path, no roadmap found or unwritable output.

diff: what a change did to the plan, and which findings it brought or fixed. With
--base, the roadmaps at git revision REF against the working tree (or --head REF),
chosen as lint chooses them, in either version; files added, removed and renamed
included. Without it, two files.

      --base REF        the git revision to compare with (a branch, tag or commit)
      --head REF        the new revision (default: the working tree)
  -f, --format NAME     ${DIFF_FORMAT_NAMES.join(', ')} (default: stylish)
      --fail-on WHAT    ${FAIL_ON.join(', ')}: exit with status 1 on a new error (new) or on any
                        error in the new version (all); default: none
  -o, --out FILE        write the report to FILE instead of stdout
      --markdown-limit BYTES
                        with --format markdown: the largest report, as for lint

  Exit status: 0 compared; 1 errors, as --fail-on asks; 2 usage error, unknown
  revision or shallow history, no git, unreadable path or unwritable output.

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
  'markdown-limit': { type: 'string' },
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

/** Below this, the headline and the notes on what was left out would not fit. */
const MIN_MARKDOWN_LIMIT = 1024;

function parseMarkdownLimit(value: string | undefined, format: string): number {
  if (value === undefined) return DEFAULT_MARKDOWN_LIMIT;
  if (format !== 'markdown') throw new CliError(`--markdown-limit applies to --format markdown, not ${format}`);
  if (!/^\d+$/.test(value) || Number(value) < MIN_MARKDOWN_LIMIT) {
    throw new CliError(`--markdown-limit needs a whole number of bytes, ${MIN_MARKDOWN_LIMIT} or more, not '${value}'`);
  }
  return Number(value);
}

const DIFF_OPTIONS = {
  base: { type: 'string' },
  head: { type: 'string' },
  format: { type: 'string', short: 'f' },
  'fail-on': { type: 'string' },
  out: { type: 'string', short: 'o' },
  'markdown-limit': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

function parseDiff(argv: readonly string[]): Command {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: DIFF_OPTIONS, strict: true, allowPositionals: true });
  } catch (error) {
    throw new CliError(describeParseError(error instanceof Error ? error.message : String(error)));
  }
  const { values, positionals } = parsed;
  if (values.help) return { kind: 'help' };
  if (values.version) return { kind: 'version' };
  const paths = positionals.slice(1);
  const { base, head } = values;
  for (const [name, ref] of [
    ['--base', base],
    ['--head', head],
  ] as const) {
    // Refused here so that git can never take a revision for an option.
    if (ref !== undefined && (ref === '' || ref.startsWith('-')))
      throw new CliError(`${name} needs a git revision, not '${ref}'`);
  }
  if (head !== undefined && base === undefined) throw new CliError('--head needs --base: the revision to compare with');
  if (base === undefined && paths.length !== 2) {
    throw new CliError(
      "diff needs --base REF, or exactly two files: 'cxroadmap diff --base REF [PATH ...]' or 'cxroadmap diff OLD_FILE NEW_FILE'",
    );
  }
  const format = values.format ?? 'stylish';
  if (!isDiffFormatName(format)) {
    throw new CliError(`unknown format '${format}' for diff: use one of ${DIFF_FORMAT_NAMES.join(', ')}`);
  }
  const failOn = values['fail-on'] ?? 'none';
  if (!(FAIL_ON as readonly string[]).includes(failOn)) {
    throw new CliError(`--fail-on takes ${FAIL_ON.join(', ')}, not '${failOn}'`);
  }
  const markdownLimit = parseMarkdownLimit(values['markdown-limit'], format);
  return { kind: 'diff', base, head, paths, format, failOn: failOn as FailOn, out: values.out, markdownLimit };
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
  // `gantt` and `diff` have options of their own that the lint parser would reject, so look for them first.
  const loose = parseArgs({ args: [...argv], options: OPTIONS, strict: false, allowPositionals: true });
  if (loose.positionals[0] === 'gantt') return parseGantt(argv);
  if (loose.positionals[0] === 'diff') return parseDiff(argv);

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
  return {
    kind: 'lint',
    paths,
    format,
    maxWarnings: parseMaxWarnings(values['max-warnings']),
    out: values.out,
    markdownLimit: parseMarkdownLimit(values['markdown-limit'], format),
  };
}
