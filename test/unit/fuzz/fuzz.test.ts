import assert from 'node:assert/strict';
import fc from 'fast-check';
import { FORMATTERS } from '../../../server/src/cli/formats';
import { printableLines } from '../../../server/src/cli/terminalText';
import type { FileResult } from '../../../server/src/cli/fileResult';
import { analyseChecked, checkAgainstWholeDocument } from './invariants';
import { mutatedRoadmap } from './roadmapArbitrary';

/**
 * Property-based runs over the analysis core and the CLI formats. `npm test` runs a
 * bounded number of documents; `npm run fuzz` runs many more (FUZZ_RUNS, FUZZ_SEED).
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 300);
const SEED = process.env.FUZZ_SEED === undefined ? 20261126 : Number(process.env.FUZZ_SEED);

function unescapeGithub(value: string): string {
  return value
    .replace(/%0D/g, '\r')
    .replace(/%0A/g, '\n')
    .replace(/%3A/g, ':')
    .replace(/%2C/g, ',')
    .replace(/%25/g, '%');
}

describe('fuzz: mutated roadmaps', function () {
  this.timeout(0);

  it(`never throws, never hangs, and keeps every diagnostic inside the document (${RUNS} documents)`, () => {
    fc.assert(
      fc.property(mutatedRoadmap, ({ text }) => {
        const result = analyseChecked(text);
        checkAgainstWholeDocument(text, result);
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });

  it('prints the same 1-based positions in json, sarif and github as the diagnostics hold', () => {
    fc.assert(
      fc.property(mutatedRoadmap, ({ text }) => {
        const { diagnostics } = analyseChecked(text);
        const results: FileResult[] = [
          { path: 'fuzz.cxroadmap.yaml', absolutePath: '/repo/fuzz.cxroadmap.yaml', diagnostics },
        ];
        const ctx = { cwd: '/repo', color: false, toolVersion: '0.0.0' };
        const json = JSON.parse(FORMATTERS.json(results, ctx)) as { diagnostics: typeof diagnostics }[];
        assert.deepEqual(json[0].diagnostics, diagnostics);
        const sarif = JSON.parse(FORMATTERS.sarif(results, ctx)) as {
          runs: {
            results: {
              ruleId: string;
              message: { text: string };
              locations: { physicalLocation: { region: Record<string, number> } }[];
            }[];
          }[];
        };
        const regions = sarif.runs[0].results.map((r) => [
          r.ruleId,
          r.message.text,
          r.locations[0].physicalLocation.region,
        ]);
        assert.deepEqual(
          regions,
          diagnostics.map((d) => [
            d.code,
            d.message,
            {
              startLine: d.range.start.line + 1,
              startColumn: d.range.start.character + 1,
              endLine: d.range.end.line + 1,
              endColumn: d.range.end.character + 1,
            },
          ]),
        );
        const github = FORMATTERS.github(results, ctx)
          .split('\n')
          .filter((l) => l !== '');
        assert.equal(github.length, diagnostics.length);
        github.forEach((line, i) => {
          const d = diagnostics[i];
          const m =
            /^::(error|warning|notice) file=([^,]*),line=(\d+),col=(\d+),endLine=(\d+),endColumn=(\d+),title=([^:]*)::(.*)$/.exec(
              line,
            );
          assert.ok(m, line);
          assert.deepEqual(
            [
              unescapeGithub(m[2]),
              Number(m[3]),
              Number(m[4]),
              Number(m[5]),
              Number(m[6]),
              unescapeGithub(m[7]),
              unescapeGithub(m[8]),
            ],
            [
              'fuzz.cxroadmap.yaml',
              d.range.start.line + 1,
              d.range.start.character + 1,
              d.range.end.line + 1,
              d.range.end.character + 1,
              d.code,
              // The runner shows annotations to people: control characters arrive escaped (SECURITY.md).
              printableLines(d.message),
            ],
          );
        });
      }),
      { numRuns: Math.max(20, Math.floor(RUNS / 5)), seed: SEED + 1 },
    );
  });
});
