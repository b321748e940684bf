import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeRoadmap } from '../core/analyze';
import { dayNumber } from '../core/dates';
import { chartFindings } from '../gantt/findings';
import { renderHtml } from '../gantt/html';
import { layoutChart } from '../gantt/layout';
import { renderSvg } from '../gantt/svg';
import { ConfigLookup } from '../host/configLookup';
import { sha256Base64 } from '../host/sha256';
import { CliError, errorCode } from './cliError';
import { displayPath } from './fileResult';
import { FORMATTERS } from './formats';
import { writeFileSafely } from './safeWrite';
import { printable } from './terminalText';

export interface GanttOptions {
  file: string;
  out: string | undefined;
  cwd: string;
  /** For the syntax problems printed on stderr. */
  color: boolean;
  toolVersion: string;
  /** The day the today line marks; the command's only reading of the clock. */
  today: number;
}

export interface GanttOutcome {
  stdout: string;
  stderr: string;
  exitCode: 0 | 1;
}

/** `plan.cxroadmap.yaml` → `plan.cxroadmap.html`; a name without a YAML extension gets `.html` added. */
export function defaultOutput(file: string): string {
  return /\.ya?ml$/i.test(file) ? file.replace(/\.ya?ml$/i, '.html') : `${file}.html`;
}

/**
 * Today's day number from the local calendar date; `SOURCE_DATE_EPOCH` (seconds), the
 * reproducible-builds convention, fixes it so that the same roadmap gives the same file.
 */
export function todayFrom(env: NodeJS.ProcessEnv, now: Date): number {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch !== undefined && /^\d+$/.test(epoch)) return Math.floor(Number(epoch) / 86_400);
  return dayNumber(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

export function runGantt(options: GanttOptions): GanttOutcome {
  const { cwd } = options;
  const file = path.resolve(cwd, options.file);
  let text: string;
  try {
    // Read as it is, a folder fails with EISDIR and a pipe blocks: say what is wanted instead.
    const stat = fs.statSync(file);
    if (stat.isDirectory()) throw new CliError(`gantt needs a roadmap file, and ${options.file} is a folder`);
    if (!stat.isFile()) throw new CliError(`not a regular file: ${options.file}`);
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    if (error instanceof CliError) throw error;
    const code = errorCode(error);
    throw new CliError(
      code === 'ENOENT' ? `no such file: ${options.file}` : `cannot read ${options.file}: ${code ?? String(error)}`,
    );
  }
  const loaded = new ConfigLookup().forFile(file);
  const analysis = analyzeRoadmap(text, loaded.config);
  const syntax = analysis.diagnostics.filter((d) => d.code === 'syntax');
  if (syntax.length > 0) {
    const report = FORMATTERS.stylish([{ path: displayPath(file, cwd), absolutePath: file, diagnostics: syntax }], {
      cwd,
      color: options.color,
      toolVersion: options.toolVersion,
    });
    return { stdout: '', stderr: `${report}cxroadmap: no chart written: the roadmap does not parse\n`, exitCode: 1 };
  }

  const out = path.resolve(cwd, options.out ?? defaultOutput(options.file));
  const findings = chartFindings(analysis.model, analysis.diagnostics, analysis.lines);
  const chart = { today: options.today };
  const markup = /\.svg$/i.test(out)
    ? `<?xml version="1.0" encoding="UTF-8"?>\n${renderSvg(layoutChart(analysis.model, findings, chart), { heading: true })}\n`
    : renderHtml(analysis.model, findings, { ...chart, source: path.basename(file), sha256: sha256Base64 });
  const inputs = [{ path: file, shown: displayPath(file, cwd) }];
  if (loaded.configPath !== undefined)
    inputs.push({ path: loaded.configPath, shown: displayPath(loaded.configPath, cwd) });
  writeFileSafely(out, markup, { shown: displayPath(out, cwd), inputs });

  const { errors, warnings } = findings.totals;
  const notice =
    errors + warnings === 0
      ? ''
      : `cxroadmap: ${plural(errors, 'error')} and ${plural(warnings, 'warning')} marked on the chart; 'cxroadmap lint ${printable(options.file)}' lists them\n`;
  return { stdout: `${printable(displayPath(out, cwd))}\n`, stderr: notice, exitCode: 0 };
}
