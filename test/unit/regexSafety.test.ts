/**
 * No regular expression may take more than linear time on text a stranger wrote. ESLint's
 * `regexp` plugin rejects such patterns; these tests show that the check bites, so that a
 * config edit that silently disables it fails here, and that the pattern that blocked the
 * server is gone.
 */
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { ESLint } from 'eslint';
import { analyzeRoadmap } from '../../server/src/core/analyze';
import { getFoldingRanges } from '../../server/src/services/navigation';
import { withoutComment } from '../../server/src/services/navigation/indentationBlocks';

const root = path.resolve(__dirname, '../../..');
const RULES = ['regexp/no-super-linear-backtracking', 'regexp/no-super-linear-move'];

describe('regular expressions on user text (ESLint regexp plugin)', function () {
  // Loading typescript-eslint takes a few seconds on a busy machine.
  this.timeout(20_000);

  const eslint = new ESLint({
    cwd: root,
    // Only the rules under test: the others need type information, which a scratch text has not.
    ruleFilter: ({ ruleId }) => RULES.includes(ruleId),
    overrideConfig: { languageOptions: { parserOptions: { project: null, projectService: false } } },
  });

  async function findings(code: string, filePath: string): Promise<string[]> {
    const [result] = await eslint.lintText(`${code}\nexport {};\n`, { filePath: path.join(root, filePath) });
    return result.messages.map((m) => m.ruleId ?? m.message);
  }

  const unsafe: [string, string, string][] = [
    [
      "export const code = (t: string) => t.replace(/[ \\t]+#.*$/, '');",
      'server/src/services/navigation/scratch.ts',
      RULES[1],
    ],
    ["export const slug = (t: string) => t.replace(/^-+|-+$/g, '');", 'server/src/core/scratch.ts', RULES[1]],
    ['export const words = /^(?:[a-z]+-?)*x$/;', 'server/src/core/schema/scratch.ts', RULES[0]],
    ['export const pair = /^\\s*(.*?)\\s*$/;', 'client/src/scratch.ts', RULES[0]],
    ['export const tail = /(a|b)*[a-z]*c$/;', 'scripts/scratch.ts', RULES[0]],
  ];
  for (const [code, file, rule] of unsafe) {
    it(`refuses ${code} in ${file}`, async () => {
      assert.ok((await findings(code, file)).includes(rule));
    });
  }

  const safe: [string, string][] = [
    ["export const slug = (t: string) => t.replace(/^-|-$/g, '');", 'server/src/core/scratch.ts'],
    ['export const key = /^[a-z][a-z0-9_-]*$/;', 'server/src/services/scratch.ts'],
  ];
  for (const [code, file] of safe) {
    it(`accepts ${code} in ${file}`, async () => {
      assert.deepEqual(await findings(code, file), []);
    });
  }
});

describe('folding a line with a long run of blanks', () => {
  it('answers a folding request on `x-note: a<100,000 spaces>b` at once', () => {
    // Before the fix `/[ \t]+#.*$/` made this request take 12.8 s.
    const text = `cxroadmap: 1\nx-note: a${' '.repeat(100_000)}b\ntitle: T\n`;
    const ctx = { uri: 'untitled:blanks', text, analysis: analyzeRoadmap(text) };
    const started = performance.now();
    getFoldingRanges(ctx);
    assert.ok(performance.now() - started < 500, `took ${Math.round(performance.now() - started)} ms`);
  });

  it('cuts a comment the way the pattern did', () => {
    const cases: [string, string][] = [
      ['key: value # note', 'key: value'],
      ['key: value\t \t# note # more', 'key: value'],
      ['key: a#b # c', 'key: a#b'],
      ['key: a#b', 'key: a#b'],
      ['# only', '# only'],
      ['', ''],
      [`x: a${' '.repeat(50)}b`, `x: a${' '.repeat(50)}b`],
    ];
    for (const [line, code] of cases) {
      assert.equal(withoutComment(line), code, line);
      // eslint-disable-next-line regexp/no-super-linear-move -- the old pattern, on these short lines only
      assert.equal(line.replace(/[ \t]+#.*$/, ''), code, `the old pattern on ${line}`);
    }
  });
});
