import { CATALOGUE, ruleDocsUrl } from './catalogue';
import { compareDiagnostics, Severity } from './diagnostic';
import type { Diagnostic, DiagnosticData, OffsetDiagnostic } from './diagnostic';
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
import { validate, validators } from './schema/validator';
import { findSuppressions, isSuppressed } from './suppression';
import { LineIndex } from './text/lineIndex';
import { NodeView, isMap, isSeq, spanOf } from './yaml/nodeView';
import type { AnyNode } from './yaml/nodeView';
import { parseYaml } from './yaml/parseYaml';
import { scalarsContaining } from './parse/directiveValues';
import { parseSplit } from './parse/splitAnalysis';
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
  split?: RoadmapSplit;
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
  let valuesWithDirectives: [number, number][] = [];
  let splitUsed: RoadmapSplit | undefined = undefined;
  const finish = (model: RoadmapModel, found: OffsetDiagnostic[]): AnalysisResult => {
    cache?.commit();
    return { model, diagnostics: finalize(found, config, lines, valuesWithDirectives, model), lines, split: splitUsed };
  };

  if (body.length > MAX_TEXT_LENGTH) {
    return finish(emptyModel(), [
      {
        code: 'syntax',
        start: 0,
        end: 0,
        message: `The file is larger than ${MAX_TEXT_LENGTH / 1024 / 1024} MiB, more than any roadmap needs; it is not analysed. Split it into several roadmaps.`,
      },
    ]);
  }

  // The common shape is read initiative by initiative (and cached); anything else whole.
  const split = options.wholeDocument ? undefined : splitRoadmap(body);
  if (split && split.items.length > MAX_INITIATIVES) {
    const key = /^initiatives\b/m.exec(body.slice(0, split.headerEnd));
    return finish(emptyModel(), [
      tooManyInitiatives(
        split.items.length,
        key ? { start: key.index, end: key.index + 'initiatives'.length } : { start: 0, end: 0 },
      ),
    ]);
  }
  const pieces = split ? parseSplit(body, split, cache) : undefined;
  if (pieces) splitUsed = split;
  const parsed = pieces ? pieces.header : parseYaml(body);
  const syntax = pieces ? pieces.syntax : parsed.syntax;
  // A whole document that does not parse has nothing else to say. A split one still has
  // its header and every initiative that parses: the model keeps them (for the outline,
  // navigation and completion), while the diagnostics are the syntax problems alone.
  if (syntax.length > 0 && !pieces) return finish(emptyModel(), syntax);

  const doc = parsed.doc;
  if (pieces) valuesWithDirectives = pieces.valuesWithDirectives;
  else if (doc && body.includes('cxroadmap-disable'))
    valuesWithDirectives = scalarsContaining(doc, body, 'cxroadmap-disable');
  const view = doc ? new NodeView(doc) : undefined;
  const root = view && doc ? view.resolve(doc.contents) : undefined;
  if (!view || root === undefined) {
    return finish(emptyModel(), [
      {
        code: 'schema',
        start: 0,
        end: 0,
        message:
          'The file is empty. A roadmap needs at least `cxroadmap: 1`, a `title`, a `horizon` with `start` and `end`, and a list of `initiatives`.',
      },
    ]);
  }

  const v = validators();
  const rootErrors = validate(v.root, rootPlain(view, root, pieces?.units.length));
  const firstKey = isMap(root) ? view.entries(root)[0]?.keyNode : undefined;
  const rootAnchor: Span = firstKey ? spanOf(firstKey) : firstLine(lines, spanOf(root));
  const rootMapped = mapSchemaErrors(rootErrors, {
    view,
    root,
    rootAnchor,
    rootName: 'The roadmap',
    rootShape: '`cxroadmap:`, `title:`, `horizon:` and `initiatives:`',
  });
  // A file that is not a mapping has that one problem; no rule can read anything from it.
  if (!isMap(root)) return finish(emptyModel(), [...parsed.duplicateKeys, ...rootMapped.diagnostics]);
  const extracted = extractRoadmap(view, root, rootMapped.invalid, pieces !== undefined);
  const model = extracted.model;
  const found: OffsetDiagnostic[] = [
    ...parsed.duplicateKeys,
    ...rootMapped.diagnostics,
    ...extracted.problems,
    ...view.takeComplexKeys(),
  ];

  if (!pieces && extracted.items.length > MAX_INITIATIVES) {
    model.initiativesValid = false;
    return finish(model, [...found, tooManyInitiatives(extracted.items.length, model.initiativesKey ?? rootAnchor)]);
  }
  const units: InitiativeUnit[] =
    pieces?.units ?? extracted.items.map((item, index) => unitFor(view, item.node, index, item.span));
  for (const unit of units) found.push(...unit.diagnostics);
  model.initiatives = units.map((u) => u.initiative);
  if (syntax.length > 0) return finish(model, syntax);

  const input: RoadmapInput = {
    model,
    options: config.options,
    index: new RoadmapIndex(model.initiatives),
    unknownCompetencyKeys: extracted.unknownCompetencyKeys,
    isInvalid: (pointer) => rootMapped.invalid.has(pointer),
    lineOf: (offset) => lines.lineOf(offset) + 1,
  };
  for (const rule of ROADMAP_RULES) found.push(...rule.checkRoadmap!(input));

  const result = finish(model, found);
  markInitiativesWithErrors(model, result.diagnostics, lines);
  return result;
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
  const out: Record<string, unknown> = {};
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
  const kept: { diagnostic: Diagnostic; found: OffsetDiagnostic }[] = [];
  for (const d of found) {
    const configured = config.rules[d.code];
    if (configured === 'off') continue;
    const range = lines.rangeOf(d.start, d.end);
    if (isSuppressed(suppressions, d.code, range.start.line)) continue;
    const diagnostic: Diagnostic = {
      range,
      severity: configured ?? d.severity ?? CATALOGUE[d.code].defaultSeverity,
      code: d.code,
      codeDescription: { href: ruleDocsUrl(d.code) },
      source: 'cxroadmap',
      message: d.message,
      data: { fingerprint: '' },
    };
    kept.push({ diagnostic, found: d });
  }
  kept.sort((a, b) => compareDiagnostics(a.diagnostic, b.diagnostic));
  // Fingerprints are given in document order, so that repeats are numbered the same way
  // whatever order the rules found them in.
  const counter = new FingerprintCounter();
  const scopes = new ScopeFinder(model.initiatives);
  return kept.map(({ diagnostic, found: d }) => {
    const scope = scopes.at(d.start);
    const fingerprint = counter.next(d.code, scope, identityText(lines.text, lines, d.start, d.end, d.subject));
    const data: DiagnosticData = { fingerprint };
    if (scope.initiative !== undefined) data.initiative = scope.initiative;
    diagnostic.data = d.facts ? { ...data, ...d.facts } : data;
    return diagnostic;
  });
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
    const hasErrors = first < errors.length && errors[first] <= initiative.span.end;
    return hasErrors === initiative.hasErrors ? initiative : { ...initiative, hasErrors };
  });
}

function lowerBound(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
