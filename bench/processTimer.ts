/** Runs a command to completion and times it from spawn to exit: process start included, as a user or CI sees it. */
import { spawn } from 'node:child_process';

export interface ProcessRun {
  ms: number;
  exitCode: number | null;
  stdout: string;
  stderr: string;
}

export function timeProcess(command: string, args: readonly string[], cwd: string): Promise<ProcessRun> {
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const child = spawn(command, args, {
      cwd,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.once('error', reject);
    child.once('close', (exitCode) => {
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      resolve({ ms, exitCode, stdout: Buffer.concat(out).toString(), stderr: Buffer.concat(err).toString() });
    });
  });
}
