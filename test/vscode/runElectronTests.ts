/**
 * `npm run test:electron`: the same suite in desktop VS Code through the standard
 * `@vscode/test-electron` runner, for machines that can download VS Code (this one cannot:
 * `npm run test:vscode` runs the suite in code-server instead). The tests that read the
 * workbench page (status bar, preview webview) need code-server's harness and fail here.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { download, runTests, SilentReporter } from '@vscode/test-electron';
import { prepareWorkspace } from './testWorkspace';

const repoRoot = path.resolve(__dirname, '../../..');

async function main(): Promise<number> {
  let vscodeExecutablePath: string;
  try {
    vscodeExecutablePath = await download({
      cachePath: path.join(repoRoot, '.vscode-test'),
      extensionDevelopmentPath: repoRoot,
      reporter: new SilentReporter(),
    });
  } catch (error) {
    process.stderr.write(
      `VS Code could not be downloaded (${oneLine(error)}); run npm run test:vscode to test in code-server instead.\n`,
    );
    return 1;
  }
  const built = spawnSync('npm', ['run', 'build'], { cwd: repoRoot, stdio: 'inherit' });
  if (built.status !== 0) return 1;
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'cxroadmap-electron-'));
  try {
    const workspace = prepareWorkspace(repoRoot, path.join(scratch, 'workspace'));
    return await runTests({
      vscodeExecutablePath,
      extensionDevelopmentPath: repoRoot,
      extensionTestsPath: path.join(__dirname, 'suite'),
      launchArgs: [workspace, '--disable-extensions'],
      extensionTestsEnv: { CXROADMAP_TEST_EXTENSION_PATH: repoRoot },
    });
  } catch (error) {
    process.stderr.write(`the extension tests did not pass: ${oneLine(error)}\n`);
    return 1;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

function oneLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0];
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`${oneLine(error)}\n`);
    process.exitCode = 1;
  },
);
