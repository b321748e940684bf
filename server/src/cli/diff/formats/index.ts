import type { FormatContext } from '../../formats';
import type { DiffReport } from '../report';
import { formatDiffJson } from './json';
import { formatDiffMarkdown } from './markdown';
import { formatDiffStylish } from './stylish';

/** A pure function from the report to the complete text written to stdout. */
export type DiffFormatter = (report: DiffReport, ctx: FormatContext) => string;

export const DIFF_FORMAT_NAMES = ['stylish', 'json', 'markdown'] as const;
export type DiffFormatName = (typeof DIFF_FORMAT_NAMES)[number];

export const DIFF_FORMATTERS: Readonly<Record<DiffFormatName, DiffFormatter>> = {
  stylish: formatDiffStylish,
  json: formatDiffJson,
  markdown: formatDiffMarkdown,
};

export function isDiffFormatName(value: string): value is DiffFormatName {
  return (DIFF_FORMAT_NAMES as readonly string[]).includes(value);
}
