import { CATALOGUE, ruleDocsUrl } from './catalogue';
import { Severity } from './diagnostic';
import type { Diagnostic, DiagnosticData, OffsetDiagnostic, Range } from './diagnostic';
import { FingerprintCounter, identityText } from './fingerprint';
import { ScopeFinder } from './findingScope';
import { analyzeInitiative } from './initiativeUnit';
import type { InitiativeCache, InitiativeUnit } from './initiativeUnit';
import { extractRoadmap } from './model/extractRoadmap';
import type { RoadmapModel, Span } from './model/types';
import { DEFAULT_CONFIG } from './options';
import type { ResolvedConfig } from './options';
import { ROADMAP_RULES } from './rules';
import { RoadmapIndex } from './rules/roadmapIndex';
import type { RoadmapInput } from './rules/rule';
import { mapSchemaErrors } from './schema/errorMapping';
import type { MappedErrors } from './schema/errorMapping';
import { validate, validators } from './schema/validator';
import { findSuppressions, isSuppressed } from './suppression';
import { LineIndex } from './text/lineIndex';
import { NodeView, isMap, isSeq, spanOf } from './yaml/nodeView';
import type { AnyNode } from './yaml/nodeView';
import { parseYaml } from './yaml/parseYaml';
import type { ParsedYaml } from './yaml/parseYaml';
import { scalarsContaining } from './parse/directiveValues';
import { parseSplit } from './parse/splitAnalysis';
import type { SplitParse } from './parse/splitAnalysis';
import { splitRoadmap } from './parse/roadmapSplit';
import type { RoadmapSplit } from './parse/roadmapSplit';

export interface AnalysisResult {
  model: RoadmapModel;
  /** Sorted by line, character, code; severities and suppressions applied. */
  diagnostics: Diagnostic[];
  /** Positions of the analysed text (the input without a leading BOM). */
  lines: LineIndex;
  /**
   * Where the header ends and each initiative's text lies, when the file has the plain
   * shape that is read initiative by initiative. Language features use it to look only at
   * the part of a large file around the cursor.
   */
  split?: RoadmapSplit | undefined;
  /**
   * What the roadmap rules looked the initiatives up in (ids, competencies covered), when
   * they ran: language features reuse it rather than go over the initiatives again.
   */
  index?: RoadmapIndex | undefined;
}

/** Past this size a file gets one diagnostic instead of an analysis that would stall an editor. */
export const MAX_TEXT_LENGTH = 32 * 1024 * 1024;

/** Past this many initiatives (a thousand times a real roadmap) the list gets one diagnostic instead of an analysis. */
export const MAX_INITIATIVES = 50_000;

export function emptyModel(): RoadmapModel {
  return {
    horizonInvalid: false,
    governanceInvalid: false,
    journeyInvalid: false,
    competencies: [],
    initiativesValid: false,
    initiatives: [],
  };
}

/**
 * The analysis every consumer shares (language server, CLI, Gantt chart): text in, model
 * and diagnostics out. Pure: no I/O, no clock. Pass the same `cache` for successive
 * versions of one document to re-check only the initiatives whose text changed.
 */
export interface AnalyzeOptions {
  /** Parse the file as one document even when its initiatives could be parsed one by one (tests compare both). */
  wholeDocument?: boolean;
}

export function analyzeRoadmap(
  text: string,
  config: ResolvedConfig = DEFAULT_CONFIG,
  cache?: InitiativeCache,
  options: AnalyzeOptions = {},
): AnalysisResult {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const lines = new LineIndex(body);
  const read = readRoadmap(body, lines, config, cache, options);
  cache?.commit();
  const diagnostics = finalize(read.found, config, lines, read.valuesWithDirectives, read.model);
  if (read.rulesRan) markInitiativesWithErrors(read.model, diagnostics, lines);
  return { model: read.model, diagnostics, lines, split: read.split, index: read.index };
}

/** What the stages found, before configuration, suppressions and fingerprints apply. */
interface ReadRoadmap {
  model: RoadmapModel;
  found: OffsetDiagnostic[];
  valuesWithDirectives: [number, number][];
  split?: RoadmapSplit | undefined;
  /** False when a stage stopped the analysis before the roadmap rules. */
  rulesRan: boolean;
  index?: RoadmapIndex | undefined;
}

/**
 * The stages, in order: size, parse (initiative by initiative when the layout allows),
 * the roadmap's own schema, its model, its initiatives, then the roadmap rules. A stage
 * that leaves nothing for the next to read ends the analysis with what it found.
 */
function readRoadmap(
  body: string,
  lines: LineIndex,
  config: ResolvedConfig,
  cache: InitiativeCache | undefined,
  options: AnalyzeOptions,
): ReadRoadmap {
  const stop = (found: OffsetDiagnostic[], model = emptyModel(), extra: Partial<ReadRoadmap> = {}): ReadRoadmap => ({
    model,
    found,
    valuesWithDirectives: [],
    rulesRan: false,
    ...extra,
  });
  if (body.length > MAX_TEXT_LENGTH) return stop([tooLarge()]);

  const parsed = parseStage(body, options, cache);
  if ('tooMany' in parsed) return stop([parsed.tooMany]);
  const { pieces, header, syntax, split, valuesWithDirectives } = parsed;
  const kept = { split, valuesWithDirectives };
  // A whole document that does not parse has nothing else to say. A split one has a
  // header that parses, so only some initiatives do not: the rest is read and checked.
  if (syntax.length > 0 && !pieces) return stop(syntax, emptyModel(), kept);

  const view = header.doc ? new NodeView(header.doc) : undefined;
  const root = view && header.doc ? view.resolve(header.doc.contents) : undefined;
  if (!view || root === undefined) return stop([emptyFile()], emptyModel(), kept);

  const rootSchema = rootSchemaStage(view, root, lines, pieces ? split?.items.length : undefined);
  // A file that is not a mapping has that one problem; no rule can read anything from it.
  if (!isMap(root)) return stop([...header.duplicateKeys, ...rootSchema.diagnostics], emptyModel(), kept);

  const extracted = extractRoadmap(view, root, rootSchema.invalid, pieces !== undefined);
  const model = extracted.model;
  const found: OffsetDiagnostic[] = [
    ...header.duplicateKeys,
    ...rootSchema.diagnostics,
    ...extracted.problems,
    ...view.takeComplexKeys(),
  ];
  if (!pieces && extracted.items.length > MAX_INITIATIVES) {
    model.initiativesValid = false;
    const at = model.initiativesKey ?? rootSchema.anchor;
    return stop([...found, tooManyInitiatives(extracted.items.length, at)], model, kept);
  }

  const units = pieces?.units ?? extracted.items.map((item, index) => unitFor(view, item.node, index, item.span));
  for (const unit of units) found.push(...unit.diagnostics);
  model.initiatives = units.map((u) => u.initiative);
  // Initiatives that do not parse are left out; the rules that would conclude something is
  // missing from the whole roadmap see that and wait for them.
  found.push(...syntax);
  if (pieces && pieces.unparsed.length > 0) model.unparsedInitiatives = pieces.unparsed;

  const input: RoadmapInput = {
    model,
    options: config.options,
    index: new RoadmapIndex(model.initiatives),
    unknownCompetencyKeys: extracted.unknownCompetencyKeys,
    isInvalid: (pointer) => rootSchema.invalid.has(pointer),
    lineOf: (offset) => lines.lineOf(offset) + 1,
  };
  for (const rule of ROADMAP_RULES) found.push(...rule.checkRoadmap!(input));
  return { model, found, ...kept, rulesRan: true, index: input.index };
}

interface ParseStage {
  /** The header parsed on its own (split), or the whole document. */
  header: ParsedYaml;
  pieces?: SplitParse;
  split?: RoadmapSplit | undefined;
  syntax: OffsetDiagnostic[];
  valuesWithDirectives: [number, number][];
}

/** The common layout is read initiative by initiative (and cached); anything else whole. */
function parseStage(
  body: string,
  options: AnalyzeOptions,
  cache: InitiativeCache | undefined,
): ParseStage | { tooMany: OffsetDiagnostic } {
  const split = options.wholeDocument ? undefined : splitRoadmap(body);
  if (split && split.items.length > MAX_INITIATIVES) {
    const key = /^initiatives\b/m.exec(body.slice(0, split.headerEnd));
    const at = key ? { start: key.index, end: key.index + 'initiatives'.length } : { start: 0, end: 0 };
    return { tooMany: tooManyInitiatives(split.items.length, at) };
  }
  const pieces = split ? parseSplit(body, split, cache) : undefined;
  if (pieces) {
    return {
      header: pieces.header,
      pieces,
      split,
      syntax: pieces.syntax,
      valuesWithDirectives: pieces.valuesWithDirectives,
    };
  }
  const whole = parseYaml(body);
  const valuesWithDirectives =
    whole.doc && body.includes('cxroadmap-disable') ? scalarsContaining(whole.doc, body, 'cxroadmap-disable') : [];
  return { header: whole, syntax: whole.syntax, valuesWithDirectives };
}

/** The roadmap's own keys against the schema; initiatives are validated one by one. */
function rootSchemaStage(
  view: NodeView,
  root: AnyNode,
  lines: LineIndex,
  splitItems: number | undefined,
): MappedErrors & { anchor: Span } {
  const rootErrors = validate(validators().root, rootPlain(view, root, splitItems));
  const firstKey = isMap(root) ? view.entries(root)[0]?.keyNode : undefined;
  const anchor: Span = firstKey ? spanOf(firstKey) : firstLine(lines, spanOf(root));
  const mapped = mapSchemaErrors(rootErrors, {
    view,
    root,
    rootAnchor: anchor,
    rootName: 'The roadmap',
    rootShape: '`cxroadmap:`, `title:`, `horizon:` and `initiatives:`',
  });
  return { ...mapped, anchor };
}

function tooLarge(): OffsetDiagnostic {
  return {
    code: 'syntax',
    start: 0,
    end: 0,
    message: `The file is larger than ${MAX_TEXT_LENGTH / 1024 / 1024} MiB, more than any roadmap needs; it is not analysed. Split it into several roadmaps.`,
  };
}

function emptyFile(): OffsetDiagnostic {
  return {
    code: 'schema',
    start: 0,
    end: 0,
    message:
      'The file is empty. A roadmap needs at least `cxroadmap: 1`, a `title`, a `horizon` with `start` and `end`, and a list of `initiatives`.',
  };
}

function tooManyInitiatives(count: number, at: Span): OffsetDiagnostic {
  return {
    code: 'schema',
    ...at,
    message: `The roadmap lists ${count.toLocaleString('en-US')} initiatives, more than the ${MAX_INITIATIVES.toLocaleString('en-US')} cxroadmap analyses in one file; split it into several roadmaps.`,
  };
}

/**
 * A unit of a document parsed whole. These are not cached: their nodes belong to the whole
 * document's tree, which a cached unit would keep alive, and this path is the rare one.
 */
function unitFor(view: NodeView, node: AnyNode | undefined, index: number, span: Span): InitiativeUnit {
  return analyzeInitiative(view, node, index, span);
}

/** The root value for validation, without the initiatives' contents (validated one by one). */
function rootPlain(view: NodeView, root: AnyNode, splitItems: number | undefined): unknown {
  if (!isMap(root)) return view.toPlain(root);
  // No prototype, as in NodeView.toPlain: `__proto__` is a key like any other.
  const out = Object.create(null) as Record<string, unknown>;
  for (const entry of view.entries(root)) {
    if (entry.key === 'initiatives' && splitItems !== undefined) {
      out.initiatives = new Array<null>(splitItems).fill(null);
      continue;
    }
    if (entry.value === undefined || entry.key.startsWith('x-')) continue;
    out[entry.key] =
      entry.key === 'initiatives' && isSeq(entry.value)
        ? new Array<null>(entry.value.items.length).fill(null)
        : view.toPlain(entry.value, 1);
  }
  return out;
}

function firstLine(lines: LineIndex, span: Span): Span {
  const end = Math.min(span.end, lines.lineEnd(lines.lineOf(span.start)));
  return { start: span.start, end: Math.max(span.start, end) };
}

function finalize(
  found: OffsetDiagnostic[],
  config: ResolvedConfig,
  lines: LineIndex,
  valuesWithDirectives: [number, number][],
  model: RoadmapModel,
): Diagnostic[] {
  const suppressions = findSuppressions(lines, valuesWithDirectives);
  const kept: Kept[] = [];
  for (const d of found) {
    const configured = config.rules[d.code];
    if (configured === 'off') continue;
    const range = lines.rangeOf(d.start, d.end);
    if (isSuppressed(suppressions, d.code, range.start.line)) continue;
    kept.push({ found: d, range, severity: configured ?? d.severity ?? CATALOGUE[d.code].defaultSeverity });
  }
  kept.sort(compareKept);
  // Fingerprints are given in document order, so that repeats are numbered the same way
  // whatever order the rules found them in. Each diagnostic is built whole, in one shape:
  // a server publishes thousands of them per edit, and uniform objects serialise faster.
  const counter = new FingerprintCounter();
  const scopes = new ScopeFinder(model.initiatives);
  const diagnostics = new Array<Diagnostic>(kept.length);
  for (let i = 0; i < kept.length; i++) {
    const { found: d, range, severity } = kept[i]!;
    const scope = scopes.at(d.start);
    const identity = identityText(lines.text, lines.lineStart(range.start.line), d.start, d.end, d.subject);
    const fingerprint = counter.next(d.code, scope, identity);
    const data: DiagnosticData =
      scope.initiative === undefined ? { fingerprint } : { fingerprint, initiative: scope.initiative };
    diagnostics[i] = {
      range,
      severity,
      code: d.code,
      codeDescription: { href: ruleDocsUrl(d.code) },
      source: 'cxroadmap',
      message: d.message,
      data: d.facts ? { ...data, ...d.facts } : data,
    };
  }
  return diagnostics;
}

/** A finding that configuration and suppressions keep, with what its diagnostic needs. */
interface Kept {
  found: OffsetDiagnostic;
  range: Range;
  severity: Severity;
}

/** The order of `compareDiagnostics`, on findings not yet made into diagnostics. */
function compareKept(a: Kept, b: Kept): number {
  const x = a.range;
  const y = b.range;
  const p = a.found;
  const q = b.found;
  return (
    x.start.line - y.start.line ||
    x.start.character - y.start.character ||
    (p.code < q.code ? -1 : p.code > q.code ? 1 : 0) ||
    x.end.line - y.end.line ||
    x.end.character - y.end.character ||
    (p.message < q.message ? -1 : p.message > q.message ? 1 : 0)
  );
}

/** Marks, on copies, the initiatives that hold an error (the chart flags them). */
function markInitiativesWithErrors(model: RoadmapModel, diagnostics: readonly Diagnostic[], lines: LineIndex): void {
  const errors = diagnostics
    .filter((d) => d.severity === Severity.Error)
    .map((d) => lines.offsetAt(d.range.start))
    .sort((a, b) => a - b);
  if (errors.length === 0) return;
  model.initiatives = model.initiatives.map((initiative) => {
    const first = lowerBound(errors, initiative.span.start);
    const next = errors[first];
    const hasErrors = next !== undefined && next <= initiative.span.end;
    return hasErrors === initiative.hasErrors ? initiative : { ...initiative, hasErrors };
  });
}

function lowerBound(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
