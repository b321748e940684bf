import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeRoadmap } from '../core/analyze';
import { Severity } from '../core/diagnostic';
import type { Diagnostic } from '../core/diagnostic';
import { ConfigLookup } from '../host/configLookup';
import { CliError, errorCode } from './cliError';
import { discoverRoadmaps } from './discover';
import type { SkippedLinks } from './discover';
import { displayPath } from './fileResult';
import type { FileResult } from './fileResult';
import { FORMATTERS } from './formats';
import type { FormatName } from './formats';
import { sourceLinksFromEnv } from './markdown/links';
import type { Environment } from './markdown/links';
import { writeFileSafely } from './safeWrite';

export interface LintOptions {
  paths: readonly string[];
  format: FormatName;
  maxWarnings: number | undefined;
  /** Where to write the report instead of stdout. */
  out: string | undefined;
  cwd: string;
  color: boolean;
  toolVersion: string;
  /** Receives warnings for stderr (without the `cxroadmap: ` prefix), also when the run then fails. */
  warn: (message: string) => void;
  /** The most bytes a markdown report may take. */
  markdownLimit: number;
  /** Where a markdown report finds GitHub's variables, to link lines to the repository. */
  env: Environment;
}

export interface LintOutcome {
  /** The whole report, written to stdout in one piece; empty when it went to `out`. */
  output: string;
  /** A line for stderr, kept out of stdout so that json and sarif stay parseable. */
  notice: string | undefined;
  exitCode: 0 | 1;
}

function readRoadmap(absolutePath: string, shown: string): string {
  try {
    return fs.readFileSync(absolutePath, 'utf8');
  } catch (error) {
    throw new CliError(`cannot read ${shown}: ${errorCode(error) ?? String(error)}`);
  }
}

function count(results: readonly FileResult[], severity: Severity): number {
  return results.reduce((sum, r) => sum + r.diagnostics.filter((d) => d.severity === severity).length, 0);
}

/** One line per kind, however many links: a tree full of them must not flood the log. */
function reportSkipped(skipped: SkippedLinks, cwd: string, warn: (message: string) => void): void {
  const say = (links: readonly string[], one: string, many: string) => {
    const [first] = links;
    if (first === undefined) return;
    const shown = displayPath(first, cwd);
    warn(
      links.length === 1
        ? `skipped a symbolic link that ${one}: ${shown}`
        : `skipped ${links.length} symbolic links that ${many}, the first: ${shown}`,
    );
  };
  say(skipped.outside, 'leads outside the folder searched', 'lead outside the folder searched');
  say(skipped.loops, 'loops', 'loop');
}

export function runLint(options: LintOptions): LintOutcome {
  const { cwd } = options;
  const lookup = new ConfigLookup();
  const byPath = new Map<string, Diagnostic[]>();
  const add = (absolutePath: string, diagnostics: readonly Diagnostic[]) =>
    byPath.set(absolutePath, [...(byPath.get(absolutePath) ?? []), ...diagnostics]);
  const reportedConfigs = new Set<string>();
  const read = new Set<string>();

  const skipped: SkippedLinks = { outside: [], loops: [] };
  let files: string[];
  try {
    files = discoverRoadmaps(options.paths, cwd, skipped);
  } finally {
    reportSkipped(skipped, cwd, options.warn);
  }
  for (const file of files) {
    const text = readRoadmap(file, displayPath(file, cwd));
    const loaded = lookup.forFile(file);
    read.add(file);
    if (loaded.configPath !== undefined) read.add(loaded.configPath);
    add(file, analyzeRoadmap(text, loaded.config).diagnostics);
    // A config shared by many roadmaps is reported once, as an entry of its own.
    if (loaded.configPath !== undefined && loaded.diagnostics.length > 0 && !reportedConfigs.has(loaded.configPath)) {
      reportedConfigs.add(loaded.configPath);
      add(loaded.configPath, loaded.diagnostics);
    }
  }

  const results: FileResult[] = [...byPath].map(([absolutePath, diagnostics]) => ({
    path: displayPath(absolutePath, cwd),
    absolutePath,
    diagnostics,
  }));
  const report = FORMATTERS[options.format](results, {
    cwd,
    color: options.color,
    toolVersion: options.toolVersion,
    markdown: { limit: options.markdownLimit, links: sourceLinksFromEnv(options.env, cwd) },
  });
  let output = report;
  if (options.out !== undefined) {
    const out = path.resolve(cwd, options.out);
    // A report written over a roadmap or a configuration would destroy what it reports on.
    const inputs = [...read].map((input) => ({ path: input, shown: displayPath(input, cwd) }));
    writeFileSafely(out, report, { shown: displayPath(out, cwd), inputs });
    output = '';
  }

  const errors = count(results, Severity.Error);
  const warnings = count(results, Severity.Warning);
  const tooManyWarnings = options.maxWarnings !== undefined && warnings > options.maxWarnings;
  const notice = tooManyWarnings
    ? `cxroadmap: too many warnings (${warnings}, maximum ${options.maxWarnings})`
    : undefined;
  return { output, notice, exitCode: errors > 0 || tooManyWarnings ? 1 : 0 };
}
