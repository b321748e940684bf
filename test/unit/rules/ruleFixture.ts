import assert from 'node:assert/strict';
import { analyzeRoadmap } from '../../../server/src/core/analyze';
import { ruleDocsUrl } from '../../../server/src/core/catalogue';
import { Severity } from '../../../server/src/core/diagnostic';
import type { Diagnostic, DiagnosticFacts, RuleCode } from '../../../server/src/core/diagnostic';
import { DEFAULT_CONFIG } from '../../../server/src/core/options';
import type { ResolvedConfig, RuleOptions } from '../../../server/src/core/options';
import { parseMarked } from '../../support/roadmapBuilder';

/* Assertions for rule tests; the roadmaps they check come from test/support/roadmapBuilder. */

export interface ConfigChanges {
  rules?: ResolvedConfig['rules'];
  options?: Partial<RuleOptions>;
}

export function config(changes: ConfigChanges): ResolvedConfig {
  return { rules: { ...changes.rules }, options: { ...DEFAULT_CONFIG.options, ...changes.options } };
}

/** Every diagnostic of the (marker-free) text. */
export function analyze(marked: string, cfg: ResolvedConfig = DEFAULT_CONFIG): Diagnostic[] {
  return analyzeRoadmap(parseMarked(marked).text, cfg).diagnostics;
}

/** The codes of every diagnostic, in order: what a test asserts to show nothing else fires. */
export function codes(marked: string, cfg: ResolvedConfig = DEFAULT_CONFIG): RuleCode[] {
  return analyze(marked, cfg).map((d) => d.code);
}

/** The diagnostics of one code; range markers in the text are ignored. */
export function diagnosticsFor(marked: string, code: RuleCode, cfg: ResolvedConfig = DEFAULT_CONFIG): Diagnostic[] {
  return analyze(marked, cfg).filter((d) => d.code === code);
}

export interface Expected {
  severity: Severity;
  /** The exact message, or facts it must contain. */
  message: string | readonly string[];
  /** Which ⟦…⟧ range this diagnostic covers; by default the i-th, or the only one. */
  at?: number;
  /** The facts the diagnostic's `data` carries for fixes (none by default). */
  facts?: DiagnosticFacts;
}

/**
 * Asserts the diagnostics of `code`, in their sorted order, as whole LSP objects: ranges
 * from the markers, the given severity and message, the catalogue's code, source and href.
 */
export function assertDiagnostics(
  marked: string,
  code: RuleCode,
  expected: readonly Expected[],
  cfg: ResolvedConfig = DEFAULT_CONFIG,
): Diagnostic[] {
  const { text, ranges } = parseMarked(marked);
  const actual = analyzeRoadmap(text, cfg).diagnostics.filter((d) => d.code === code);
  const want: Diagnostic[] = expected.map((e, i) => {
    const at = e.at ?? (ranges.length === 1 ? 0 : i);
    assert.ok(at < ranges.length, `no range marker #${at} for expected diagnostic #${i}`);
    let message: string;
    if (typeof e.message === 'string') {
      message = e.message;
    } else {
      const got = actual[i]?.message ?? '';
      for (const fact of e.message)
        assert.ok(got.includes(fact), `message ${JSON.stringify(got)} lacks ${JSON.stringify(fact)}`);
      message = got;
    }
    // The fingerprint's recipe has tests of its own; here it must only be there.
    const fingerprint = actual[i]?.data.fingerprint ?? '';
    assert.match(fingerprint, /^[0-9a-f]{16}(:\d+)?$/);
    const initiative = actual[i]?.data.initiative;
    return {
      range: ranges[at],
      severity: e.severity,
      code,
      codeDescription: { href: ruleDocsUrl(code) },
      source: 'cxroadmap',
      message,
      data: { fingerprint, ...(initiative !== undefined ? { initiative } : {}), ...e.facts },
    };
  });
  assert.deepStrictEqual(actual, want);
  return actual;
}

/** An expectation of one severity, for `assertDiagnostics`' list. */
const expecting =
  (severity: Severity) =>
  (message: Expected['message'], at?: number, facts?: DiagnosticFacts): Expected => ({ severity, message, at, facts });
export const error = expecting(Severity.Error);
export const warning = expecting(Severity.Warning);
export const information = expecting(Severity.Information);
export const hint = expecting(Severity.Hint);

/** `assertDiagnostics`, and no diagnostic of any other code. */
export function assertOnly(
  marked: string,
  code: RuleCode,
  expected: readonly Expected[],
  cfg: ResolvedConfig = DEFAULT_CONFIG,
): Diagnostic[] {
  const actual = assertDiagnostics(marked, code, expected, cfg);
  assert.deepStrictEqual(
    codes(marked, cfg),
    actual.map(() => code),
  );
  return actual;
}

export function assertQuiet(marked: string, code: RuleCode, cfg: ResolvedConfig = DEFAULT_CONFIG): void {
  assert.deepStrictEqual(diagnosticsFor(marked, code, cfg), []);
}

/**
 * `code` is quiet and `schema` alone fires: a rule leaves a value the format rejects to the
 * schema rather than reporting it twice.
 */
export function assertLeftToSchema(marked: string, code: RuleCode, cfg: ResolvedConfig = DEFAULT_CONFIG): void {
  assertQuiet(marked, code, cfg);
  assert.deepStrictEqual(codes(marked, cfg), ['schema']);
}
