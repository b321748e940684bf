import type { ErrorObject } from 'ajv';
import type { OffsetDiagnostic } from '../diagnostic';
import type { Span } from '../model/types';
import { isSpellingVariant } from '../model/types';
import { closest } from '../text/closest';
import type { AnyNode, NodeView } from '../yaml/nodeView';
import { isMap, isScalar, spanOf } from '../yaml/nodeView';
import { schemaLabel } from './validator';
import { describeType, describeValue, joinAnd, joinOr, quote } from './valueWords';

export interface MappingContext {
  view: NodeView;
  /** The node that was validated (the document root, or one initiative). */
  root: AnyNode | undefined;
  /** Where a problem of the validated mapping itself goes (e.g. a missing key). */
  rootAnchor: Span;
  /** Describes the validated mapping in messages ("Initiative `x`", "The roadmap"). */
  rootName: string;
  /** Example keys of the validated mapping, for "should be a mapping" messages. */
  rootShape: string;
}

export interface MappedErrors {
  diagnostics: OffsetDiagnostic[];
  /** JSON pointers of values that failed; rules ignore them and everything below. */
  invalid: Set<string>;
}

const KEYWORD_RANK: Record<string, number> = {
  enum: 1,
  const: 2,
  anyOf: 3,
  oneOf: 3,
  type: 4,
  pattern: 5,
  uniqueItems: 6,
};

const DATE_DEFINITIONS = /\/definitions\/(datePeriod|dayDate)\//;

/**
 * Turns ajv's errors into one plain-language diagnostic per problem, placed on the YAML
 * key or value it concerns. Competency typos are left to `unknown-competency`.
 */
export function mapSchemaErrors(errors: readonly ErrorObject[], ctx: MappingContext): MappedErrors {
  const diagnostics: OffsetDiagnostic[] = [];
  const invalid = new Set<string>();
  const byPath = new Map<string, { error: ErrorObject; rank: number; dateError: boolean }>();
  const missingByPath = new Map<string, string[]>();

  for (const error of errors) {
    const path = error.instancePath;
    // A competency typo is `unknown-competency`'s to report, so the value stays readable.
    if (isCompetencyError(error)) continue;
    if (error.keyword === 'required') {
      const list = missingByPath.get(path) ?? [];
      list.push(String(error.params.missingProperty));
      missingByPath.set(path, list);
      continue;
    }
    if (error.keyword === 'additionalProperties') {
      diagnostics.push(unknownKey(error, ctx));
      continue;
    }
    invalid.add(path);
    // A value gets one message however many checks it failed: dates get theirs from the
    // first error, alternatives from the `anyOf` summary, and otherwise the most telling
    // keyword wins (a list of allowed words says more than "should be text").
    const dateError = DATE_DEFINITIONS.test(error.schemaPath);
    if (!dateError && isInsideBranch(error)) continue;
    const rank = dateError
      ? 0
      : ((Object.hasOwn(KEYWORD_RANK, error.keyword) ? KEYWORD_RANK[error.keyword] : undefined) ?? 9);
    const best = byPath.get(path);
    if (!best || rank < best.rank) byPath.set(path, { error, rank, dateError });
  }

  for (const [path, { error, dateError }] of byPath) {
    const { message, suggestion } = dateError
      ? { message: dateMessage(error, path), suggestion: undefined }
      : valueMessage(error, path, errors, ctx);
    // A repeated list entry is reported on its later occurrence.
    const at =
      error.keyword === 'uniqueItems' ? `${path}/${Math.max(Number(error.params.i), Number(error.params.j))}` : path;
    diagnostics.push({
      code: 'schema',
      ...valueSpan(ctx, at),
      message,
      ...(suggestion !== undefined ? { facts: { suggestion } } : {}),
    });
  }

  for (const [path, keys] of missingByPath) {
    diagnostics.push({
      code: 'schema',
      ...missingSpan(ctx, path),
      message: missingMessage(ctx, path, keys),
      facts: { missingKeys: keys },
    });
  }
  return { diagnostics, invalid };
}

function isCompetencyError(error: ErrorObject): boolean {
  if (error.keyword === 'propertyNames' || error.propertyName !== undefined) return true;
  return error.keyword === 'enum' && /(^|\/)competency$/.test(error.instancePath);
}

function isInsideBranch(error: ErrorObject): boolean {
  return /\/(anyOf|oneOf)\/\d+\//.test(error.schemaPath);
}

function segments(path: string): string[] {
  if (path === '') return [];
  return path
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** "`owner`", "entry 2 of `members`", or "this value" for the root. */
function fieldName(path: string): string {
  const parts = segments(path);
  const last = parts[parts.length - 1];
  if (last === undefined) return 'The file';
  if (/^\d+$/.test(last)) {
    const parent = parts[parts.length - 2];
    return parent === undefined ? `Entry ${Number(last) + 1}` : `Entry ${Number(last) + 1} of \`${parent}\``;
  }
  return `\`${last}\``;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A value's message, and the value it proposes (which the quick fix writes). */
interface ValueMessage {
  message: string;
  suggestion?: string | undefined;
}

function valueMessage(
  error: ErrorObject,
  path: string,
  all: readonly ErrorObject[],
  ctx: MappingContext,
): ValueMessage {
  const name = fieldName(path);
  const data = error.data;
  switch (error.keyword) {
    case 'enum': {
      // A variant spelling is accepted, never proposed: the message names the format's words.
      const allowed = (error.params.allowedValues as unknown[]).map(String).filter((a) => !isSpellingVariant(a));
      const guess = typeof data === 'string' ? closest(data, allowed) : undefined;
      const hint = guess ? ` Did you mean \`${guess}\`?` : '';
      return {
        message: `${capitalise(name)} must be one of ${joinOr(allowed.map((a) => `\`${a}\``))}, not ${quote(data)}.${hint}`,
        suggestion: guess,
      };
    }
    case 'const':
      if (path === '/cxroadmap') {
        // `"1"` quoted reads like 1: say that it is text.
        const given = typeof data === 'string' ? `the text ${quote(data)} (write it without quotes)` : quote(data);
        return {
          message: `\`cxroadmap\` is the format version and must be the number 1, not ${given}.`,
          suggestion: '1',
        };
      }
      return { message: `${capitalise(name)} must be ${quote(error.params.allowedValue)}, not ${quote(data)}.` };
    case 'pattern':
      return patternMessage(path, name, data);
    default:
      return { message: plainValueMessage(error, path, all, ctx) };
  }
}

/** The messages that propose no value. */
function plainValueMessage(error: ErrorObject, path: string, all: readonly ErrorObject[], ctx: MappingContext): string {
  const name = fieldName(path);
  const data = error.data;
  switch (error.keyword) {
    case 'type':
      if (path === '')
        return `${ctx.rootName} should be a mapping of keys such as ${ctx.rootShape}, not ${describeValue(data)}.`;
      return `${capitalise(name)} should be ${describeType(error.params.type)}, not ${describeValue(data)}.`;
    case 'maxLength': {
      const length = typeof data === 'string' ? [...data].length : 0;
      const limit = Number(error.params.limit).toLocaleString('en-US');
      return `${capitalise(name)} is ${length.toLocaleString('en-US')} characters long; it may have at most ${limit}. Shorten it.`;
    }
    case 'uniqueItems': {
      const items = data as unknown[];
      const i = Number(error.params.i);
      return `${quote(items[i])} is listed twice in ${name}.`;
    }
    case 'anyOf':
    case 'oneOf': {
      const types = new Set<string>();
      for (const e of all) {
        if (e.instancePath === path && e.keyword === 'type') types.add(String(e.params.type));
      }
      if (types.size === 0) return `${capitalise(name)} is not valid here: ${describeValue(data)} does not fit.`;
      return `${capitalise(name)} should be ${describeType([...types])}, not ${describeValue(data)}.`;
    }
    default:
      return `${capitalise(name)} is not valid here.`;
  }
}

function patternMessage(path: string, name: string, data: unknown): ValueMessage {
  if (/(^|\/)(id|depends_on\/\d+)$/.test(path)) {
    const slug = String(data)
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      // One hyphen at most at each end: the line above made every run a single one.
      .replace(/^-|-$/g, '');
    const example = slug ? ` such as \`${slug}\`` : '';
    return {
      message: `${quote(data)} is not a valid initiative id: use lower-case letters, digits and hyphens, starting with a letter or digit${example}.`,
      suggestion: slug || undefined,
    };
  }
  if (/\/url$/.test(path))
    return { message: `Links must be secure \`https://\` addresses; ${quote(data)} is not one.` };
  return { message: `${capitalise(name)} has an unexpected format: ${quote(data)}.` };
}

function dateMessage(error: ErrorObject, path: string): string {
  const name = fieldName(path);
  const value: unknown = error.data;
  const dayOnly = error.schemaPath.includes('/dayDate/');
  const shown = value === undefined ? '' : `, not ${quote(value)}`;
  if (dayOnly) return `${capitalise(name)} should be a day date like 2027-02-01${shown}.`;
  return `${capitalise(name)} should be a date like 2027-01-31 or a period like 2027, 2027-H1, 2027-Q3 or 2027-05${shown}.`;
}

function unknownKey(error: ErrorObject, ctx: MappingContext): OffsetDiagnostic {
  const key = String(error.params.additionalProperty);
  const parent = error.parentSchema as { properties?: Record<string, unknown> } | undefined;
  const allowed = Object.keys(parent?.properties ?? {});
  const owner =
    schemaLabel(error.parentSchema) ??
    (error.instancePath === '' ? ctx.rootName.toLowerCase() : fieldName(error.instancePath));
  const guess = closest(key, allowed);
  const hint = guess
    ? ` Did you mean \`${guess}\`?`
    : ` Known keys: ${joinAnd(allowed.map((a) => `\`${a}\``))}; put your own data under a key starting with \`x-\`.`;
  const { keyNode } = ctx.root
    ? ctx.view.nodeAt(ctx.root, [...segments(error.instancePath), key])
    : { keyNode: undefined };
  const span = keyNode ? spanOf(keyNode) : ctx.rootAnchor;
  return {
    code: 'schema',
    ...span,
    message: `\`${key}\` is not a key of ${owner}.${hint}`,
    // Renaming is offered only where the key itself is marked.
    ...(guess && keyNode ? { facts: { suggestion: guess } } : {}),
  };
}

function valueSpan(ctx: MappingContext, path: string): Span {
  if (!ctx.root) return ctx.rootAnchor;
  if (path === '') return isMap(ctx.root) || !isScalar(ctx.root) ? ctx.rootAnchor : spanOf(ctx.root);
  const { node, keyNode } = ctx.view.nodeAt(ctx.root, segments(path));
  if (node && isScalar(node)) return spanOf(node);
  if (keyNode) return spanOf(keyNode);
  if (node) {
    const s = spanOf(node);
    return { start: s.start, end: Math.min(s.end, s.start + 1) };
  }
  return ctx.rootAnchor;
}

function missingSpan(ctx: MappingContext, path: string): Span {
  if (path === '' || !ctx.root) return ctx.rootAnchor;
  const { node, keyNode } = ctx.view.nodeAt(ctx.root, segments(path));
  if (keyNode) return spanOf(keyNode);
  if (node && isMap(node)) {
    const first = ctx.view.entries(node)[0];
    if (first) return spanOf(first.keyNode);
  }
  if (node) {
    const s = spanOf(node);
    return { start: s.start, end: Math.min(s.end, s.start + 1) };
  }
  return ctx.rootAnchor;
}

function missingMessage(ctx: MappingContext, path: string, keys: string[]): string {
  const list = joinAnd(keys.map((k) => `\`${k}\``));
  const parts = segments(path);
  const last = parts[parts.length - 1];
  const parent = parts[parts.length - 2];
  let owner: string;
  if (path === '') owner = ctx.rootName;
  else if (last !== undefined && /^\d+$/.test(last) && parent) owner = `This entry of \`${parent}\``;
  else owner = `\`${last}\``;
  return `${owner} is missing ${list}${requiredHint(path, keys)}.`;
}

const REQUIRED_HINTS: Record<string, string> = {
  cxroadmap: '`cxroadmap: 1` names the format version',
  title: 'a title names it for everyone who reads it',
  horizon: '`horizon` gives the start and end of the plan',
  initiatives: '`initiatives` lists the work',
  id: 'an id lets other initiatives depend on it',
  competency: '`competency` names which of the five competencies it builds',
  start: '`start` and `end` place it on the timeline',
  end: '`start` and `end` place it on the timeline',
  metric: '`metric` says what is measured',
  name: '`name` says what the milestone marks',
  date: '`date` is the day it is reached',
  url: '`url` is where the link points',
};

function requiredHint(path: string, keys: string[]): string {
  const hints = [...new Set(keys.map((k) => REQUIRED_HINTS[k]).filter((h): h is string => h !== undefined))];
  if (hints.length === 0 || path.includes('/links/')) return '';
  return `: ${hints.join('; ')}`;
}
