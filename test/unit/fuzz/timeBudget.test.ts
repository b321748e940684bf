import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { Position, Range } from 'vscode-languageserver-types';
import { analyzeRoadmap } from '../../../server/src/core/analyze';
import type { DocumentContext } from '../../../server/src/services/documentContext';
import { getCodeActions } from '../../../server/src/services/codeActions';
import { getCompletions } from '../../../server/src/services/completion';
import { getHover } from '../../../server/src/services/hover';
import {
  getDefinition,
  getDocumentSymbols,
  getFoldingRanges,
  getReferences,
  prepareRename,
} from '../../../server/src/services/navigation';
import { generateRoadmap } from '../../../scripts/generateRoadmap';

/**
 * Hostile shapes (alias fan-out, long runs of blanks and dashes, compact nesting, mappings
 * of many keys, dense flow lists) spliced
 * into a roadmap: the analysis and every language feature must answer each file under
 * 100 KB within the budget. `npm test` runs a few dozen files; FUZZ_RUNS runs more.
 */
const RUNS = Math.max(10, Math.floor(Number(process.env.FUZZ_RUNS ?? 300) / 10));
const SEED = process.env.FUZZ_SEED === undefined ? 20261203 : Number(process.env.FUZZ_SEED);
const MAX_BYTES = 100 * 1024;
/** Per file, for the analysis and for each feature at each position. */
const BUDGET_MS = 1000;
const TODAY = { year: 2027, month: 2, day: 15 };

const repeat = (unit: string, times: number): string => new Array<string>(times).fill(unit).join('');

const hostile: fc.Arbitrary<string> = fc.oneof(
  // Fan-out: one anchor used many times, in a list or as merge keys.
  fc
    .tuple(fc.integer({ min: 1, max: 12_000 }), fc.integer({ min: 1, max: 20_000 }))
    .map(([pool, uses]) => `x-pool: &a [${repeat('s, ', pool)}s]\nx-uses: [${repeat('*a, ', uses)}*a]\n`),
  fc.tuple(fc.integer({ min: 1, max: 2000 }), fc.integer({ min: 1, max: 600 })).map(([keys, uses]) => {
    let text = 'x-big: &big\n';
    for (let i = 0; i < keys; i++) text += `  k${i}: v\n`;
    return `${text}x-merged:\n${repeat('  - <<: *big\n', uses)}`;
  }),
  // Mappings of many keys: `yaml` compared each key with every key before it.
  fc
    .integer({ min: 1, max: 9_000 })
    .map((n) => `x-map: {${Array.from({ length: n }, (_, i) => `k${i}: v`).join(', ')}}\n`),
  fc
    .integer({ min: 1, max: 9_000 })
    .map((n) => `x-map:\n${Array.from({ length: n }, (_, i) => `  k${i}: v\n`).join('')}`),
  // Dense flow lists, up to and past the budget of values.
  fc
    .tuple(fc.constantFrom('s, ', '*a, ', '[s], ', '{a}, ', 'a: b, '), fc.integer({ min: 1, max: 40_000 }))
    .map(([unit, n]) => `x-pool: &a s\nx-list: [${repeat(unit, n)}s]\n`),
  // Nested laughs a few levels deep.
  fc.integer({ min: 2, max: 12 }).map((width) => {
    let text = `x-l0: &l0 [${repeat('x, ', width)}x]\n`;
    for (let i = 1; i < 6; i++) text += `x-l${i}: &l${i} [${repeat(`*l${i - 1}, `, width)}*l${i - 1}]\n`;
    return text;
  }),
  // Long runs of blanks, dashes, hashes and colons inside values and comments.
  fc
    .tuple(fc.constantFrom(' ', '\t', '-', '#', ':', ' #', '- ', '--', '*', '&a '), fc.integer({ min: 1, max: 60_000 }))
    .map(([unit, times]) => `x-note: a${repeat(unit, times)}b\n`),
  fc.integer({ min: 1, max: 40_000 }).map((n) => `# cxroadmap-disable ${repeat('a-', n)}\n`),
  // Compact and flow nesting, past the limit and just under it.
  fc
    .tuple(fc.constantFrom('- ', '? ', '- ? ', '[', '{a: ', '- ['), fc.integer({ min: 1, max: 3000 }))
    .map(([unit, times]) => `x-deep:\n  ${repeat(unit, times)}x\n`),
  fc.integer({ min: 1, max: 400 }).map((n) => {
    let text = 'x-steps:\n';
    for (let i = 1; i <= n; i++) text += `${repeat(' ', i)}k:\n`;
    return text;
  }),
);

/** A roadmap with the hostile text at the top level, inside the first initiative, or as the whole file. */
const document: fc.Arbitrary<string> = fc
  .tuple(hostile, fc.constantFrom('top', 'initiative', 'alone'))
  .map(([piece, where]) => {
    const base = generateRoadmap(3);
    if (where === 'alone') return piece;
    if (where === 'top') return base.replace('initiatives:\n', `${piece}initiatives:\n`);
    const indented = piece.replace(/^(?=.)/gm, '    ');
    return base.replace(/^( {2}- id: .*\n)/m, `$1${indented}`);
  })
  .filter((text) => text.length < MAX_BYTES);

/**
 * CPU time, not wall time: CI machines and the cores these tests share with other jobs
 * stall a process for reasons of their own; the work it does is what the budget bounds.
 */
function timed<T>(what: string, run: () => T): T {
  const started = process.cpuUsage();
  const result = run();
  const used = process.cpuUsage(started);
  const elapsed = (used.user + used.system) / 1000;
  assert.ok(elapsed < BUDGET_MS, `${what} took ${Math.round(elapsed)} ms of CPU time`);
  return result;
}

/** A few positions spread over the text, and one on its longest line. */
function positions(ctx: DocumentContext): Position[] {
  const lines = ctx.analysis.lines;
  const out: Position[] = [];
  for (const fraction of [0, 0.25, 0.5, 0.75, 1]) {
    const line = Math.min(lines.lineCount - 1, Math.floor(fraction * lines.lineCount));
    const length = lines.lineEnd(line) - lines.lineStart(line);
    out.push({ line, character: Math.floor(length / 2) }, { line, character: length });
  }
  return out;
}

/** As a client asks for every fix at once: the whole text and all its diagnostics. */
function wholeFile(ctx: DocumentContext): Range {
  return { start: { line: 0, character: 0 }, end: { line: ctx.analysis.lines.lineCount, character: 0 } };
}

/**
 * A roadmap of problems in every initiative whose initiatives use the header's anchors (so
 * no initiative parses on its own), with an alias fan-out in the header, just under 100 KB.
 */
function aliasHeavyWithProblems(count: number): string {
  const fanOut = `x-pool: &a [${repeat('s, ', 200)}s]\nx-uses: [${repeat('*a, ', 300)}*a]\n`;
  return generateRoadmap(count)
    .replace('owner: Dana Reyes', 'owner: &o Dana Reyes')
    .replace('initiatives:\n', `${fanOut}initiatives:\n`)
    .replace(/ {4}owner: Owner \d+\n/g, '    owner: *o\n')
    .replace(/ {4}team: Team \d+\n/g, '    team: *o\n')
    .replace(/competency: \S+/g, 'competency: nope')
    .replace(/depends_on: \[initiative-/g, 'depends_on: [initiativ-');
}

describe('fuzz: hostile files stay within the time budget', function () {
  this.timeout(0);

  it(`analyses and answers every language feature in under ${BUDGET_MS} ms per file under 100 KB (${RUNS} files)`, () => {
    fc.assert(
      fc.property(document, (text) => {
        const analysis = timed('analysis', () => analyzeRoadmap(text));
        const ctx: DocumentContext = { uri: 'file:///fuzz.cxroadmap.yaml', text: analysis.lines.text, analysis };
        timed('folding ranges', () => getFoldingRanges(ctx));
        timed('document symbols', () => getDocumentSymbols(ctx));
        for (const position of positions(ctx)) {
          const at = `at ${position.line}:${position.character}`;
          // As an editor asks for the light bulb: the cursor's line and the diagnostics on it.
          const line = {
            start: { line: position.line, character: 0 },
            end: { line: position.line + 1, character: 0 },
          };
          const here = analysis.diagnostics.filter(
            (d) => d.range.start.line <= position.line && position.line <= d.range.end.line,
          );
          timed(`code actions ${at}`, () => getCodeActions(ctx, line, here));
          timed(`hover ${at}`, () => getHover(ctx, position));
          timed(`completion ${at}`, () => getCompletions(ctx, position, TODAY));
          timed(`definition ${at}`, () => getDefinition(ctx, position));
          timed(`references ${at}`, () => getReferences(ctx, position, true));
          timed(`prepare rename ${at}`, () => prepareRename(ctx, position));
        }
        timed('code actions for the whole file', () => getCodeActions(ctx, wholeFile(ctx), analysis.diagnostics));
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });

  // Each action used to parse its initiative, and then the whole file when the initiative
  // alone did not parse (its aliases' anchors are in the header): 7 s for 24 KB.
  for (const count of [40, 230]) {
    it(`answers a request for every fix of an alias-heavy roadmap of ${count} initiatives in under ${BUDGET_MS} ms`, () => {
      const text = aliasHeavyWithProblems(count);
      assert.ok(text.length < MAX_BYTES, `${text.length} bytes`);
      const analysis = analyzeRoadmap(text);
      const ctx: DocumentContext = { uri: 'file:///fuzz.cxroadmap.yaml', text: analysis.lines.text, analysis };
      assert.ok(analysis.diagnostics.length > count, `${analysis.diagnostics.length} diagnostics`);
      const actions = timed('code actions for the whole file', () =>
        getCodeActions(ctx, wholeFile(ctx), analysis.diagnostics),
      );
      // Every competency gets its fix, and every problem its "Disable … for this line" (one per line and rule).
      const titles = actions.map((a) => a.title);
      assert.ok(titles.filter((t) => t.startsWith('Change to ')).length >= count);
      const lineAndRule = new Set(analysis.diagnostics.map((d) => `${d.range.start.line} ${d.code}`));
      assert.equal(titles.filter((t) => t.endsWith(' for this line')).length, lineAndRule.size);
    });
  }
});
