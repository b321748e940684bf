import type { CodeAction, Diagnostic as LspDiagnostic, Position, Range } from 'vscode-languageserver-types';
import { isRuleCode } from '../../core/diagnostic';
import type { Diagnostic, RuleCode } from '../../core/diagnostic';
import type { DocumentContext } from '../documentContext';
import { competencyFix } from './competencyFix';
import { dependencyFix } from './dependencyFix';
import { dependencyOrderFix } from './dependencyOrderFix';
import { DocText } from './docText';
import { duplicateIdFix } from './duplicateIdFix';
import { earlyWinFix } from './earlyWinFix';
import { endBeforeStartFix } from './endBeforeStartFix';
import type { Fix, FixInput } from './fixInput';
import { governanceFix } from './governanceFix';
import { missingKeysFix } from './missingKeysFix';
import { outsideHorizonFix } from './outsideHorizonFix';
import { ownerFix } from './ownerFix';
import { shortHorizonFix } from './shortHorizonFix';
import { sponsorFix } from './sponsorFix';
import { suggestionFix } from './suggestionFix';
import { suppressionFix } from './suppressionFix';
import { syntaxFix } from './syntaxFix';
import { yamlDocumentOf } from './yamlDocument';
import { YamlGuard } from './yamlGuard';

const FIXES: Partial<Record<RuleCode, Fix>> = {
  syntax: syntaxFix,
  // A schema finding proposes a value (a word, a key, an id) or lacks keys, never both.
  schema: (input) => [...suggestionFix(input), ...missingKeysFix(input)],
  'unknown-competency': competencyFix,
  'unknown-stage': suggestionFix,
  'missing-owner': ownerFix,
  'end-before-start': endBeforeStartFix,
  'dependency-order': dependencyOrderFix,
  'outside-horizon': outsideHorizonFix,
  'short-horizon': shortHorizonFix,
  'unknown-dependency': dependencyFix,
  'duplicate-id': duplicateIdFix,
  'no-governance': governanceFix,
  'no-accountability-review': governanceFix,
  'no-customer-room': governanceFix,
  'no-sponsor': sponsorFix,
  'no-early-win': earlyWinFix,
};

/** What the client can do beyond applying an edit (docs/format.md#language-server). */
export interface CodeActionClient {
  /** A command that selects `(uri, range)`: run after a fix that writes a placeholder. */
  selectCommand?: string;
}

/**
 * Quick fixes for the diagnostics the client sends that touch `range`. A diagnostic is
 * fixed only when the current analysis still reports it at the same place: a fix computed
 * from a stale diagnostic would edit the wrong text. Fixes come first, then the
 * "Disable …" actions; an action whose edit would break the YAML is never offered.
 */
export function getCodeActions(
  ctx: DocumentContext,
  range: Range,
  diagnostics: LspDiagnostic[],
  only?: string[],
  client: CodeActionClient = {},
): CodeAction[] {
  if (only && !only.some((kind) => kind === '' || kind === 'quickfix')) return [];
  const doc = new DocText(ctx.text, ctx.analysis.lines);
  const fixes: CodeAction[] = [];
  const disables: CodeAction[] = [];
  for (const diagnostic of diagnostics) {
    if (!touches(diagnostic.range, range)) continue;
    const current = currentOf(ctx, diagnostic);
    if (!current) continue;
    const input: FixInput = {
      ctx,
      doc,
      yaml: yamlDocumentOf(ctx),
      diagnostic,
      current,
      start: ctx.analysis.lines.offsetAt(current.range.start),
      end: ctx.analysis.lines.offsetAt(current.range.end),
      selectCommand: client.selectCommand,
    };
    const fix = FIXES[current.code];
    if (fix) fixes.push(...fix(input));
    disables.push(...suppressionFix(input));
  }
  const seen = new Set<string>();
  const guard = new YamlGuard(ctx);
  return [...fixes, ...disables].filter((action) => {
    // The three governance rules share one "add the block" fix; it is offered once.
    const key = JSON.stringify([action.title, action.edit]);
    if (seen.has(key)) return false;
    seen.add(key);
    return guard.keepsYamlValid(action.edit?.changes?.[ctx.uri] ?? []);
  });
}

/**
 * The client sends back each diagnostic with its `data`; the same fingerprint at the same
 * place is the same finding. Clients that drop `data` are matched by code and place.
 */
function currentOf(ctx: DocumentContext, d: LspDiagnostic): Diagnostic | undefined {
  if (d.source !== 'cxroadmap' || typeof d.code !== 'string' || !isRuleCode(d.code)) return undefined;
  const fingerprint = fingerprintIn(d.data);
  return ctx.analysis.diagnostics.find(
    (c) =>
      c.code === d.code &&
      sameRange(c.range, d.range) &&
      (fingerprint === undefined || c.data.fingerprint === fingerprint),
  );
}

function fingerprintIn(data: unknown): string | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const value = (data as { fingerprint?: unknown }).fingerprint;
  return typeof value === 'string' ? value : undefined;
}

function sameRange(a: Range, b: Range): boolean {
  return comparePositions(a.start, b.start) === 0 && comparePositions(a.end, b.end) === 0;
}

function touches(a: Range, b: Range): boolean {
  return comparePositions(a.end, b.start) >= 0 && comparePositions(b.end, a.start) >= 0;
}

function comparePositions(a: Position, b: Position): number {
  return a.line - b.line || a.character - b.character;
}
