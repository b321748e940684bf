import { ruleDocsUrl } from '../../core/catalogue';
import type { RuleCode } from '../../core/diagnostic';
import { markdownText } from './escape';

/** What links a report's lines to the repository's pages, from the GitHub Actions environment. */
export interface SourceLinks {
  /** `GITHUB_SERVER_URL/GITHUB_REPOSITORY`, e.g. `https://github.com/acme/plans`. */
  repositoryUrl: string;
  /** `GITHUB_SHA`: the commit checked out, at which the working tree's lines are; undefined when unknown. */
  commit: string | undefined;
  /** `GITHUB_WORKSPACE`, else the current folder: where the checkout is, to find lint's paths in the repository. */
  workspace: string;
}

/** The environment variables read, as the command was given them. */
export type Environment = Readonly<Record<string, string | undefined>>;

// Checked, since each goes into a URL: a value that is not what GitHub sets links nothing.
const SERVER_URL = /^https?:\/\/[\w.-]+(?::\d+)?$/;
const REPOSITORY = /^[\w.-]+\/[\w.-]+$/;
const COMMIT = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;

/** Undefined unless both GITHUB_SERVER_URL and GITHUB_REPOSITORY are set and well formed. */
export function sourceLinksFromEnv(env: Environment, cwd: string): SourceLinks | undefined {
  const server = env.GITHUB_SERVER_URL;
  const repository = env.GITHUB_REPOSITORY;
  if (server === undefined || repository === undefined) return undefined;
  if (!SERVER_URL.test(server) || !REPOSITORY.test(repository)) return undefined;
  const sha = env.GITHUB_SHA;
  const workspace = env.GITHUB_WORKSPACE;
  return {
    repositoryUrl: `${server}/${repository}`,
    commit: sha !== undefined && COMMIT.test(sha) ? sha : undefined,
    workspace: workspace === undefined || workspace === '' ? cwd : workspace,
  };
}

/** One version of a file: its display path, and what a link to it needs (both or neither known). */
export interface FileAt {
  shown: string;
  /** Relative to the repository's top folder, `/` separators. */
  repoPath: string | undefined;
  commit: string | undefined;
}

/** Each segment percent-encoded, parentheses and quotes too, so that no path can end the link's `(...)`. */
function encodePath(repoPath: string): string {
  return repoPath
    .split('/')
    .map((segment) =>
      encodeURIComponent(segment).replace(/[()'*!]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`),
    )
    .join('/');
}

/** `label` (markdown already) linked to line `line` of the file at its commit, or left plain when that is unknown. */
export function lineLink(links: SourceLinks | undefined, file: FileAt, line: number, label: string): string {
  if (links === undefined || file.repoPath === undefined || file.commit === undefined) return label;
  return `[${label}](${links.repositoryUrl}/blob/${file.commit}/${encodePath(file.repoPath)}#L${line})`;
}

/** `path:line`, linked when it can be. */
export function whereLink(links: SourceLinks | undefined, file: FileAt, line: number): string {
  return lineLink(links, file, line, markdownText(`${file.shown}:${line}`));
}

/** The rule's code linked to its page, as SARIF's `helpUri` and the editor link it. */
export function ruleLink(code: RuleCode): string {
  return `[${code}](${ruleDocsUrl(code)})`;
}
