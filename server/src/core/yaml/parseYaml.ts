import { parseAllDocuments } from 'yaml';
import type { Document, YAMLError } from 'yaml';
import type { OffsetDiagnostic } from '../diagnostic';
import { aliasIndex, MAX_ALIAS_EXPANSION, MAX_DOCUMENT_EXPANSION } from './aliasLimit';
import type { AliasProblem } from './aliasLimit';
import { duplicateKeyOffsets } from './duplicateKeys';
import { findExcessiveNesting, MAX_NESTING } from './nestingLimit';
import { errorsLeft, findMistakes } from './commonMistakes';
import { syntaxMessage } from './syntaxMessages';
import { countValues, MAX_DOCUMENT_VALUES } from './valueBudget';

export interface ParsedYaml {
  /** The first document, or undefined when the file has no content at all. */
  doc: Document.Parsed | undefined;
  /** `syntax` diagnostics; while there are any, nothing else is reported. */
  syntax: OffsetDiagnostic[];
  /** Duplicate mapping keys are a shape problem (`schema`), not a parse failure. */
  duplicateKeys: OffsetDiagnostic[];
  /** An alias names no anchor before it (in a piece of a file, the anchor may be elsewhere). */
  unresolvedAlias?: boolean;
  /** How many values the document's aliases add when expanded (0 without aliases). */
  aliasValues?: number;
  /** The places where a value may start (countValues), up to the first past the budget. */
  values?: number;
}

export const PARSE_OPTIONS = {
  keepSourceTokens: true,
  merge: true,
  // Checked by duplicateKeyOffsets, in linear time; `yaml`'s own check is quadratic.
  uniqueKeys: false,
  prettyErrors: false,
} as const;

/**
 * `valueBudget`: how many values (countValues) the text may hold; past it, one `syntax`
 * diagnostic where it is passed and no parse. The language features that parse a file the
 * analysis has read already pass Infinity: a roadmap read initiative by initiative may
 * hold more in all.
 */
export function parseYaml(text: string, valueBudget: number = MAX_DOCUMENT_VALUES): ParsedYaml {
  const syntax: OffsetDiagnostic[] = [];
  const duplicateKeys: OffsetDiagnostic[] = [];
  let docs: Document.Parsed[];
  let unresolvedAlias = false;
  const values = countValues(text, valueBudget);
  if (values.over !== undefined) {
    syntax.push({
      code: 'syntax',
      start: values.over,
      end: values.over + 1,
      message: `The file holds more than ${MAX_DOCUMENT_VALUES.toLocaleString('en-US')} values (keys, values and list items) up to here; a roadmap never needs that many, so the file is not read further.`,
    });
    return { doc: undefined, syntax, duplicateKeys, values: values.count };
  }
  const tooDeep = findExcessiveNesting(text);
  if (tooDeep !== undefined) {
    syntax.push({
      code: 'syntax',
      start: tooDeep,
      end: tooDeep + 1,
      message: `Lists or mappings are nested more than ${MAX_NESTING} levels deep here; a roadmap never needs that, so the file is not read further.`,
    });
    return { doc: undefined, syntax, duplicateKeys };
  }
  try {
    const parsed = parseAllDocuments(editorLines(text), PARSE_OPTIONS);
    docs = Array.isArray(parsed) ? parsed : [];
  } catch (error) {
    // The parser has no documented throws, but a stack overflow on pathological input
    // must still end as a diagnostic, not as a crash.
    syntax.push({
      code: 'syntax',
      start: 0,
      end: 0,
      message: `The file could not be read as YAML (${describe(error)}).`,
    });
    return { doc: undefined, syntax, duplicateKeys };
  }
  const errors: YAMLError[] = [];
  for (const doc of docs) {
    errors.push(...doc.errors);
    for (const start of duplicateKeyOffsets(doc)) {
      duplicateKeys.push({
        code: 'schema',
        start,
        end: keyEnd(text, start),
        message: syntaxMessage('DUPLICATE_KEY', 'Map keys must be unique'),
      });
    }
  }
  if (errors.length > 0) {
    // A common mistake is reported once, on the value at fault, and the parser's errors
    // that follow from it are left out; any other error keeps the parser's own position.
    const mistakes = findMistakes(text, docs, errors);
    for (const m of mistakes) syntax.push(m.diagnostic);
    const left = mistakes.length === 0 ? errors : errorsLeft(text, mistakes, errors, parserErrors);
    for (const error of left) {
      const [start, end] = error.pos;
      syntax.push({
        code: 'syntax',
        start,
        end: Math.max(end, start),
        message: syntaxMessage(error.code, error.message),
      });
    }
  }
  for (const extra of docs.slice(1)) {
    const start = extra.range[0];
    const marker = text.startsWith('---', start) ? 3 : 0;
    syntax.push({
      code: 'syntax',
      start,
      end: start + marker,
      message:
        'A roadmap file holds one YAML document; this `---` starts a second one. Remove it, or move the rest to its own file.',
    });
  }
  const doc = docs[0];
  let aliasValues = 0;
  if (doc && syntax.length === 0 && text.includes('*')) {
    const { problem, added } = aliasIndex(doc);
    aliasValues = added;
    if (problem) {
      const [start, end] = problem.alias.range ?? [0, 0];
      syntax.push({ code: 'syntax', start, end, message: aliasMessage(problem) });
      unresolvedAlias = problem.kind === 'unresolved';
    }
  }
  return { doc, syntax, duplicateKeys, unresolvedAlias, aliasValues, values: values.count };
}

/**
 * VS Code ends a line at a lone `\r`; `yaml` does not. Turning each lone `\r` into `\n`
 * keeps every offset and makes the parser see the lines the editor shows.
 */
function editorLines(text: string): string {
  return text.includes('\r') ? text.replace(/\r(?!\n)/g, '\n') : text;
}

/** The parser's errors for `text`, or undefined when it cannot read it at all. */
function parserErrors(text: string): YAMLError[] | undefined {
  try {
    const parsed = parseAllDocuments(editorLines(text), PARSE_OPTIONS);
    const docs = Array.isArray(parsed) ? parsed : [];
    return docs.flatMap((d) => d.errors);
  } catch {
    return undefined;
  }
}

function aliasMessage(problem: AliasProblem): string {
  const name = `*${problem.alias.source}`;
  switch (problem.kind) {
    case 'unresolved':
      return `The alias ${name} refers to no anchor: define \`&${problem.alias.source}\` on a value before it.`;
    case 'circular':
      return `The alias ${name} refers to the value that contains it, so it never ends.`;
    case 'too-large':
      return `The alias ${name} expands to more than ${MAX_ALIAS_EXPANSION.toLocaleString('en-US')} values; a roadmap never needs that many, so the file is not read further.`;
    case 'over-budget':
      return `With this use of ${name}, the file's aliases expand to more than ${MAX_DOCUMENT_EXPANSION.toLocaleString('en-US')} values in all; a roadmap never needs that many, so the file is not read further.`;
  }
}

function describe(error: unknown): string {
  if (error instanceof RangeError) return 'it is nested too deeply';
  return error instanceof Error ? (error.message.split('\n')[0] ?? '') : 'unknown error';
}

/** The end of the key that starts at `start` (the parser marks only its first character). */
function keyEnd(text: string, start: number): number {
  const quote = text[start];
  if (quote === '"' || quote === "'") {
    for (let i = start + 1; i < text.length; i++) {
      if (text[i] === '\\' && quote === '"') i++;
      else if (text[i] === quote) return i + 1;
      else if (text[i] === '\n' || text[i] === '\r') break;
    }
    return start + 1;
  }
  // A scan rather than a lazy pattern with look-aheads, which backtracks over runs of blanks.
  const limit = Math.min(text.length, start + 1100);
  let end = start;
  for (; end < limit; end++) {
    const c = text[end];
    if (c === '\r' || c === '\n') break;
    if (c === ':' && (end + 1 >= limit || ' \t\r\n'.includes(text[end + 1]!))) break;
    if (c === '#' && end > start && (text[end - 1] === ' ' || text[end - 1] === '\t')) break;
  }
  return Math.max(start + text.slice(start, end).trimEnd().length, start + 1);
}
