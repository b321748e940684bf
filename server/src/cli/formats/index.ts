import type { FileResult } from '../fileResult';
import type { MarkdownContext } from '../markdown/context';
import { formatGithub } from './github';
import { formatJson } from './json';
import { formatMarkdown } from './markdown';
import { formatSarif } from './sarif';
import { formatStylish } from './stylish';

export interface FormatContext {
  cwd: string;
  color: boolean;
  toolVersion: string;
  /** For `markdown`: its size limit and links; without it, 65,536 bytes and no links. */
  markdown?: MarkdownContext;
}

/** A pure function from results to the complete text written to stdout. */
export type Formatter = (results: FileResult[], ctx: FormatContext) => string;

export const FORMAT_NAMES = ['stylish', 'json', 'sarif', 'github', 'markdown'] as const;
export type FormatName = (typeof FORMAT_NAMES)[number];

export const FORMATTERS: Readonly<Record<FormatName, Formatter>> = {
  stylish: formatStylish,
  json: formatJson,
  sarif: formatSarif,
  github: formatGithub,
  markdown: formatMarkdown,
};

export function isFormatName(value: string): value is FormatName {
  return (FORMAT_NAMES as readonly string[]).includes(value);
}
