import assert from 'node:assert/strict';
import { analyzeRoadmap } from '../../../server/src/core/analyze';
import type { AnalysisResult } from '../../../server/src/core/analyze';
import { CATALOGUE } from '../../../server/src/core/catalogue';
import { DEFAULT_CONFIG } from '../../../server/src/core/options';

/** A hang guard for one document, far above any real analysis time. */
export const MAX_MS = 5_000;

/** VS Code's lines: `\n`, `\r\n` and a lone `\r` end a line; positions are on the text without a BOM. */
export function vscodeLines(text: string): string[] {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return body.split(/\r\n|\r|\n/);
}

/** Every property a diagnostic must have, whatever the input. */
export function checkDiagnostics(text: string, result: AnalysisResult): void {
  const lines = vscodeLines(text);
  for (const d of result.diagnostics) {
    const where = JSON.stringify(d);
    assert.ok(d.code in CATALOGUE, `unknown code ${where}`);
    assert.ok([1, 2, 3, 4].includes(d.severity), `bad severity ${where}`);
    assert.equal(d.source, 'cxroadmap');
    assert.ok(
      d.message.trim().length > 10 && !/undefined|\[object Object\]|NaN/.test(d.message),
      `bad message ${where}`,
    );
    for (const p of [d.range.start, d.range.end]) {
      assert.ok(Number.isInteger(p.line) && p.line >= 0 && p.line < lines.length, `line outside the document ${where}`);
      assert.ok(
        Number.isInteger(p.character) && p.character >= 0 && p.character <= lines[p.line].length,
        `character outside the line ${where}`,
      );
    }
    const s = d.range.start;
    const e = d.range.end;
    assert.ok(s.line < e.line || (s.line === e.line && s.character <= e.character), `start after end ${where}`);
  }
}

/** Analyses with a time bound, checks the invariants, and returns the result. */
export function analyseChecked(text: string): AnalysisResult {
  const started = performance.now();
  const result = analyzeRoadmap(text);
  const ms = performance.now() - started;
  assert.ok(ms < MAX_MS, `analysis took ${Math.round(ms)} ms`);
  checkDiagnostics(text, result);
  return result;
}

/** The split, cached analysis and the whole-document one agree wherever the YAML parses. */
export function checkAgainstWholeDocument(text: string, split: AnalysisResult): void {
  const whole = analyzeRoadmap(text, DEFAULT_CONFIG, undefined, { wholeDocument: true });
  const wholeSyntax = whole.diagnostics.some((d) => d.code === 'syntax');
  const splitSyntax = split.diagnostics.some((d) => d.code === 'syntax');
  if (wholeSyntax) {
    assert.ok(splitSyntax, 'the whole document does not parse, but the split analysis found no syntax problem');
    return;
  }
  assert.deepEqual(split.diagnostics, whole.diagnostics);
}
