import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/** What a run of the command line gave. */
export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Folders for suites that run dist/cli.js, under one temporary root that lives as long as
 * the suite: each test gets a project of its own, so no run sees another's files.
 */
export class CliProjects {
  private root: string | undefined;

  constructor(
    private readonly cliPath: string,
    private readonly prefix: string,
  ) {}

  /** Registers the suite's hooks; call inside `describe`, so they are not root hooks. */
  hooks(): void {
    before(() => {
      assert.ok(fs.existsSync(this.cliPath), 'dist/cli.js is missing: run `npm run build` first');
      this.root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), this.prefix)));
    });
    after(() => {
      if (this.root) fs.rmSync(this.root, { recursive: true, force: true });
    });
  }

  /** A fresh folder holding `files`; its `.git` folder ends the configuration walk there. */
  readonly project = (files: Record<string, string>): string => {
    assert.ok(this.root, 'projects are made inside the suite, after its hooks ran');
    const root = fs.mkdtempSync(path.join(this.root, 'p-'));
    fs.mkdirSync(path.join(root, '.git'));
    for (const [relative, text] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(root, relative)), { recursive: true });
      fs.writeFileSync(path.join(root, relative), text);
    }
    return root;
  };
}

/** A usage error: exit status 2, nothing on stdout, exactly `stderr`. */
export function assertUsageFailure(
  run: (cwd: string, args: string[]) => Run,
  cwd: string,
  args: string[],
  stderr: string,
): void {
  assert.deepEqual(run(cwd, args), { status: 2, stdout: '', stderr });
}
