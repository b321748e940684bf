import type { SourceLinks } from './links';

/** GitHub's largest comment, in characters; the report's bytes are never fewer. */
export const DEFAULT_MARKDOWN_LIMIT = 65_536;

/** What the markdown formats need beyond the findings, read from the command line and the environment by the command. */
export interface MarkdownContext {
  /** The most bytes of UTF-8 the report may take. */
  limit: number;
  /** Undefined outside GitHub Actions: lines are then shown as `path:line`, without links. */
  links: SourceLinks | undefined;
}

export const PLAIN_MARKDOWN: MarkdownContext = { limit: DEFAULT_MARKDOWN_LIMIT, links: undefined };
