/**
 * `npm run test:vscode`: the integration suite in a real VS Code on this machine. The
 * packaged extension runs in code-server's extension host, the workbench in headless
 * Chromium; the suite reports through a file (see testReport.ts).
 */
import { appendFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../scripts/codeServer/browser';
import { ensureCodeServer, ensureSystemPackages } from '../../scripts/codeServer/install';
import { startCodeServer, tail } from '../../scripts/codeServer/server';
import type { CodeServer } from '../../scripts/codeServer/server';
import { prepareWorkspace } from './testWorkspace';
import type { TestReport } from './testReport';
import { formatReport, REPORT_ENV } from './testReport';
import { packageExtension, unpackVsix } from './vsix';
import { PROBE_ENV } from './workbenchProbe';
import { answerProbes } from './workbenchProbeAnswers';

const repoRoot = path.resolve(__dirname, '../../..');
const SUITE_TIMEOUT_MS = 5 * 60_000;
const POLL_MS = 100;
/** What code-server logs when the extension host ends, as it does once the suite's run() settles. */
const HOST_EXITED = 'Extension Host Process exited';

/** Keeps the first run of a fresh profile quiet: no welcome page, no git scan of the temporary workspace. */
const USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'git.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
};

/** What a run has started, as promises, so that a signal arriving mid-start still stops it. */
interface Run {
  scratch: string;
  server?: Promise<CodeServer>;
  browser?: Promise<Browser>;
}

async function main(): Promise<number> {
  const started = Date.now();
  ensureSystemPackages();
  const bin = ensureCodeServer(repoRoot);
  const run: Run = { scratch: mkdtempSync(path.join(os.tmpdir(), 'cxroadmap-vscode-')) };
  const stopOnSignal = (signal: NodeJS.Signals) => {
    const stopped = shutDown(run);
    // Now, not after the await: playwright's own SIGINT handler exits as soon as the browser is closed.
    removeScratch(run.scratch);
    void stopped.finally(() => {
      removeScratch(run.scratch);
      process.exit(signal === 'SIGINT' ? 130 : 143);
    });
  };
  process.once('SIGINT', stopOnSignal);
  process.once('SIGTERM', stopOnSignal);

  let report: TestReport | undefined;
  let serverLog: string | undefined;
  try {
    const extensionPath = await unpackVsix(packageExtension(repoRoot, run.scratch), path.join(run.scratch, 'vsix'));
    const workspace = prepareWorkspace(repoRoot, path.join(run.scratch, 'workspace'));
    const userDataDir = path.join(run.scratch, 'user-data');
    mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
    writeFileSync(path.join(userDataDir, 'User', 'settings.json'), JSON.stringify(USER_SETTINGS, null, 2));
    const reportFile = path.join(run.scratch, 'report.json');
    const probeFolder = path.join(run.scratch, 'probe');
    mkdirSync(probeFolder);

    run.server = startCodeServer({
      bin,
      extensionsDir: path.join(run.scratch, 'extensions'),
      userDataDir,
      env: { [REPORT_ENV]: reportFile, [PROBE_ENV]: probeFolder, CXROADMAP_TEST_EXTENSION_PATH: extensionPath },
    });
    const server = await run.server;
    serverLog = server.logFile;
    progress(`code-server ${server.url}, extension ${extensionPath}, workspace ${workspace}`);
    run.browser = launchChromium();
    const page = await (await run.browser).newPage();
    const browserLog = path.join(run.scratch, 'browser.log');
    page.on('console', (m) => appendFileSync(browserLog, `${m.type()}: ${m.text()}\n`));
    page.on('pageerror', (e) => appendFileSync(browserLog, `pageerror: ${e.message}\n`));
    await page.goto(testUrl(server, workspace, extensionPath, path.join(__dirname, 'suite')));
    report = await waitForReport(reportFile, probeFolder, page, server.logFile);
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  } finally {
    await shutDown(run);
  }

  const seconds = Math.round((Date.now() - started) / 1000);
  if (report) process.stdout.write(formatReport(report));
  const ok = report !== undefined && report.failed === 0 && report.passed > 0;
  if (ok) {
    removeScratch(run.scratch);
    progress(`done in ${seconds} s`);
    return 0;
  }
  if (serverLog) process.stderr.write(`\ncode-server log (${serverLog}):\n${tail(serverLog)}\n`);
  progress(`failed after ${seconds} s; logs, workspace and profile kept in ${run.scratch}`);
  return 1;
}

/** The workbench URL that makes code-server load the extension under development and run the suite. */
function testUrl(server: CodeServer, workspace: string, extensionPath: string, suitePath: string): string {
  const remote = (p: string) => `vscode-remote://127.0.0.1:${server.port}${p}`;
  const payload = [
    ['extensionDevelopmentPath', remote(extensionPath)],
    ['extensionTestsPath', remote(suitePath)],
  ];
  return `${server.url}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
}

/**
 * Polls until the suite's report appears, answering the suite's workbench probes meanwhile.
 * The extension host exiting without a report, or the deadline, is a failure.
 */
async function waitForReport(
  reportFile: string,
  probeFolder: string,
  page: Page,
  serverLog: string,
): Promise<TestReport> {
  const deadline = Date.now() + SUITE_TIMEOUT_MS;
  for (;;) {
    if (existsSync(reportFile)) return JSON.parse(readFileSync(reportFile, 'utf8')) as TestReport;
    if (readFileSync(serverLog, 'utf8').includes(HOST_EXITED)) {
      // The report is written before run() settles, and the host exits only after that.
      if (existsSync(reportFile)) continue;
      throw new Error('the extension host exited without a test report (the suite did not load, or crashed)');
    }
    if (Date.now() > deadline) throw new Error(`no test report after ${SUITE_TIMEOUT_MS / 60_000} minutes`);
    await answerProbes(probeFolder, page);
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

/** Stops what the run started, once: a second call (the signal handler's, then main's) finds nothing left. */
async function shutDown(run: Run): Promise<void> {
  const { server, browser } = run;
  run.server = undefined;
  run.browser = undefined;
  await Promise.all([
    server?.then(
      (s) => s.stop(),
      () => undefined,
    ),
    browser
      ?.then(
        (b) => b.close(),
        () => undefined,
      )
      .catch(() => undefined),
  ]);
}

function removeScratch(folder: string): void {
  try {
    rmSync(folder, { recursive: true, force: true, maxRetries: 3 });
  } catch {
    // Processes still stopping may write into it; a leftover temporary folder is harmless.
  }
}

function progress(message: string): void {
  process.stderr.write(`[test:vscode] ${message}\n`);
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
