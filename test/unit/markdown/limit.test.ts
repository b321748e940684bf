import assert from 'node:assert/strict';
import { generateRoadmap } from '../../../scripts/generateRoadmap';
import { analyzeRoadmap } from '../../../server/src/core/analyze';
import { diffRoadmapTexts } from '../../../server/src/core/diff/diffRoadmaps';
import { summarize } from '../../../server/src/core/diff/totals';
import { formatDiffMarkdown } from '../../../server/src/cli/diff/formats/markdown';
import type { DiffReport } from '../../../server/src/cli/diff/report';
import type { FormatContext } from '../../../server/src/cli/formats';
import { formatMarkdown } from '../../../server/src/cli/formats/markdown';
import { LINKS } from './fixtures';

const COUNT = 5000;
const STEP_SUMMARY = 1024 * 1024;

const bytes = (text: string) => Buffer.byteLength(text, 'utf8');

/** The counts in the notes `… N more <what> not shown`, added up. */
function leftOut(output: string, what: string): number {
  const notes = output.matchAll(new RegExp(`\\*\u2026 (\\d+) (?:more )?${what} not shown\\.\\*`, 'g'));
  return [...notes].reduce((sum, match) => sum + Number(match[1]), 0);
}

function count(output: string, pattern: RegExp): number {
  return output.match(pattern)?.length ?? 0;
}

describe('markdown formats: a 5,000-initiative roadmap', function () {
  this.timeout(120_000);
  const base = generateRoadmap(COUNT);
  // Every initiative ends a day earlier: 5,000 changes, and as many bars before and after.
  const head = base.replace(/^( {4}end: \d{4}-\d\d-)28$/gm, '$127');
  const diff = diffRoadmapTexts({ text: base }, { text: head });
  const report: DiffReport = {
    files: [{ path: 'big.cxroadmap.yaml', repoPath: 'big.cxroadmap.yaml', status: 'modified', notes: [], diff }],
    summary: summarize([{ totals: diff.totals, findings: diff.findings }]),
    base: { ref: 'main', commit: 'b'.repeat(40) },
  };
  const ctx = (limit: number): FormatContext => ({
    cwd: '/work/project',
    color: false,
    toolVersion: '9.8.7',
    markdown: { limit, links: LINKS },
  });

  it('keeps the diff under 65,536 bytes by default, and says how much of each section it left out', () => {
    assert.equal(diff.initiatives.length, COUNT);
    const findings = diff.findings.new.length + diff.findings.unchanged.length;
    assert.ok(findings > 1000, `${findings} findings`);
    const output = formatDiffMarkdown(report, { ...ctx(0), markdown: undefined });
    assert.ok(bytes(output) <= 65_536, `${bytes(output)} bytes`);
    const rows = count(output, /^\| initiative-\d+ \|/gm);
    const bars = count(output, /^ {2}section /gm);
    const unchanged = count(output, /^\| \w+ \| big\.cxroadmap\.yaml:\d+ \|/gm);
    assert.ok(rows > 0 && bars > 0 && unchanged > 0, `${rows} rows, ${bars} bars, ${unchanged} findings`);
    assert.equal(rows + leftOut(output, 'changed initiatives'), COUNT);
    assert.equal(bars + leftOut(output, 'initiatives in the chart'), COUNT);
    assert.equal(unchanged + leftOut(output, '(?:new|unchanged) findings'), findings);
    assert.ok(
      output.endsWith(
        '*The report is shortened to stay under 65536 bytes: run `cxroadmap diff` locally for all of it.*\n',
      ),
    );
  });

  it('keeps the diff under the limit asked for, with links, showing more the more room it has', () => {
    const small = formatDiffMarkdown(report, ctx(65_536));
    const large = formatDiffMarkdown(report, ctx(STEP_SUMMARY));
    assert.ok(bytes(small) <= 65_536, `${bytes(small)} bytes`);
    assert.ok(bytes(large) <= STEP_SUMMARY, `${bytes(large)} bytes`);
    assert.ok(bytes(large) > STEP_SUMMARY * 0.9, `${bytes(large)} bytes: room left unused`);
    const rows = (output: string) => count(output, /^\| \[initiative-\d+\]/gm);
    assert.ok(rows(large) > rows(small), `${rows(large)} rows, against ${rows(small)}`);
    assert.equal(rows(large) + leftOut(large, 'changed initiatives'), COUNT);
  });

  it('keeps lint under the limit, and says how many findings of the file it left out', () => {
    const diagnostics = analyzeRoadmap(head).diagnostics;
    const results = [{ path: 'big.cxroadmap.yaml', absolutePath: '/work/project/big.cxroadmap.yaml', diagnostics }];
    const output = formatMarkdown(results, ctx(65_536));
    assert.ok(bytes(output) <= 65_536, `${bytes(output)} bytes`);
    const shown = count(output, /^\| \w+ \| \[\d+\]/gm);
    assert.equal(shown + leftOut(output, 'findings in big\\.cxroadmap\\.yaml'), diagnostics.length);
    assert.ok(
      output.endsWith(
        '*The report is shortened to stay under 65536 bytes: run `cxroadmap lint` locally for all of it.*\n',
      ),
    );
  });
});
