import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/**
 * Git as the tests run it: no system or global configuration (so a developer's aliases,
 * hooks or `diff.external` change nothing), no prompt, a fixed author and clock.
 */
export function gitEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    ...process.env,
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: os.devNull,
    GIT_TERMINAL_PROMPT: '0',
    GIT_AUTHOR_DATE: '2027-01-01T12:00:00Z',
    GIT_COMMITTER_DATE: '2027-01-01T12:00:00Z',
    ...extra,
  };
}

/** A repository a test builds commit by commit, in a folder of its own. */
export class GitRepo {
  private constructor(readonly root: string) {}

  /** A new repository in a fresh folder under `parent`, on branch `main`. */
  static create(parent: string): GitRepo {
    const root = fs.realpathSync(fs.mkdtempSync(path.join(parent, 'repo-')));
    const repo = new GitRepo(root);
    repo.git('init', '-q', '-b', 'main');
    return repo;
  }

  /** Runs git with exactly these arguments (no shell); fails the test unless it succeeds. */
  git(...args: string[]): string {
    const run = spawnSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', ...args], {
      cwd: this.root,
      env: gitEnv(),
      encoding: 'utf8',
    });
    assert.equal(run.status, 0, `git ${args.join(' ')}: ${run.stderr}`);
    return run.stdout;
  }

  write(files: Record<string, string | Buffer>): this {
    for (const [relative, content] of Object.entries(files)) {
      const file = path.join(this.root, relative);
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, content);
    }
    return this;
  }

  remove(...relatives: string[]): this {
    for (const relative of relatives) fs.rmSync(path.join(this.root, relative));
    return this;
  }

  /** Stages everything and commits; returns the new commit's id. */
  commit(message: string): string {
    this.git('add', '-A');
    this.git('commit', '-q', '--allow-empty', '-m', message);
    return this.git('rev-parse', 'HEAD').trim();
  }
}
