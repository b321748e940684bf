import type { MarkupContent, Range } from 'vscode-languageserver-types';
import { MarkupKind } from 'vscode-languageserver-types';
import type { CalendarDate } from '../../core/dates';
import type { RoadmapModel } from '../../core/model/types';
import type { RoadmapIndex } from '../../core/rules/roadmapIndex';
import type { RoadmapData } from '../roadmapData';
import type { ScanResult } from '../scan/scanModel';

/** What every item builder needs to know about the position being completed. */
export interface CompletionRequest {
  /** The text a chosen item replaces: the word being typed, or the empty range at the cursor. */
  range: Range;
  /** Offset where that text starts. */
  start: number;
  /** Column where that text starts: multi-line snippets indent from it. */
  column: number;
  /** Inside `{...}` or `[...]`: snippets stay on one line. */
  flow: boolean;
  /** The value follows its colon with no space yet, so one is inserted. */
  tight: boolean;
  /** Spaces per nesting level in this file. */
  unit: number;
  today: CalendarDate;
  scan: ScanResult;
  /** The analysis model: the horizon and the other initiatives, read without a pass over the text. */
  model: RoadmapModel;
  /** The analysis's lookups of initiatives by id and of competencies covered. */
  index(): RoadmapIndex;
  /** Where the text of the initiative around the cursor starts, in a roadmap read initiative by initiative. */
  itemStart: number | undefined;
  data(): RoadmapData;
  /** The text already typed where the item goes (without the cursor). */
  typed: string;
  /** Set by a builder that returned only part of a long list: the client asks again as the user types. */
  incomplete: boolean;
}

export function markdown(value: string): MarkupContent {
  return { kind: MarkupKind.Markdown, value };
}

const INDICATOR_START = /^[-?:,[\]{}#&*!|>'"%@`]/;
const NOT_TEXT = /^(?:true|false|null|~|[-+]?\d[\d._]*(?:[eE][-+]?\d+)?|\.inf|\.nan)$/i;

/** `text` as a YAML value that reads back as the same string, quoted only when it must be. */
export function yamlText(text: string, flow: boolean): string {
  const needsQuotes =
    text === '' ||
    text !== text.trim() ||
    INDICATOR_START.test(text) ||
    text.includes(': ') ||
    text.includes(' #') ||
    text.endsWith(':') ||
    NOT_TEXT.test(text) ||
    (flow && /[,[\]{}]/.test(text));
  return needsQuotes ? JSON.stringify(text) : text;
}

/** The replacement text for a value: a space after a bare colon, and an optional `- ` or brackets. */
export function valueText(
  req: CompletionRequest,
  value: string,
  around: { prefix?: string; brackets?: boolean } = {},
): string {
  const body = around.brackets ? `[${value}]` : value;
  return `${req.tight ? ' ' : ''}${around.prefix ?? ''}${body}`;
}
