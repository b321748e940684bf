import assert from 'node:assert/strict';
import { Severity } from '../../../server/src/core/diagnostic';
import type { InitiativeChange } from '../../../server/src/core/diff/changes';
import { summarize, totalsOf } from '../../../server/src/core/diff/totals';
import { formatDiffMarkdown } from '../../../server/src/cli/diff/formats/markdown';
import type { DiffReport } from '../../../server/src/cli/diff/report';
import { htmlText, markdownText, mermaidLabel, messageText } from '../../../server/src/cli/markdown/escape';
import { finding, LINKS } from './fixtures';

/** Everything roadmap text could use to break out of a table cell, a code block or a Mermaid line, or to run as code. */
const HOSTILE =
  'A | b <img src=x onerror=alert(1)> `code` *em* _em_ [link](javascript:alert(1)) ~~s~~ $x$ & "q" \\ #1; 50%%: ```\nnext\r\nline\u2028sep\u001b[31m';

describe('markdown formats: roadmap text in the report', () => {
  it('writes text in a line or a cell with no markup of its own: entities, backslashes, one line', () => {
    assert.equal(
      markdownText(HOSTILE),
      'A &#124; b &lt;img src=x onerror=alert(1)&gt; \\`code\\` \\*em\\* \\_em\\_ \\[link\\](javascript:alert(1)) \\~\\~s\\~\\~ \\$x\\$ &amp; &quot;q&quot; \\\\ #1; 50%%: \\`\\`\\` next line sep\\\\x1b\\[31m',
    );
  });

  it('writes text inside an HTML element with entities only, since markdown is not read there', () => {
    assert.equal(htmlText('plans/<b>&"x"</b>_1.yaml\nnext'), 'plans/&lt;b&gt;&amp;&quot;x&quot;&lt;/b&gt;_1.yaml next');
  });

  it('mentions nobody: an @ in a title, an owner or a path is followed by a word joiner', () => {
    assert.equal(markdownText('Owner @acme/cx-team, cc @priya'), 'Owner @\u2060acme/cx-team, cc @\u2060priya');
    assert.equal(htmlText('plans/@ops.cxroadmap.yaml'), 'plans/@\u2060ops.cxroadmap.yaml');
    assert.equal(messageText('Owner `@priya` has 4 initiatives'), 'Owner <code>@\u2060priya</code> has 4 initiatives');
  });

  it('shows what a message quotes as code, escaped like any text, and a message with an odd backtick as text', () => {
    assert.equal(
      messageText('Initiative `a|<b>*c*` has no `owner`.'),
      'Initiative <code>a&#124;&lt;b&gt;\\*c\\*</code> has no <code>owner</code>.',
    );
    assert.equal(messageText('One ` alone <b>'), 'One \\` alone &lt;b&gt;');
  });

  it('keeps only letters, digits, spaces and . , ( ) / + - in a Mermaid label, at most 60 characters', () => {
    assert.equal(
      mermaidLabel('Launch: #1; %%{init: {"theme":"dark"}}%% <script>alert(1)</script> ```\nclick x call alert()'),
      'Launch 1 init theme dark script alert(1) /script click x ca\u2026',
    );
    assert.equal(
      mermaidLabel('Überprüfung der Kundenreise – Phase 2 (Köln/Bonn)'),
      'Überprüfung der Kundenreise Phase 2 (Köln/Bonn)',
    );
    assert.equal(mermaidLabel('\u{1d400}'.repeat(70)), `${'\u{1d400}'.repeat(59)}\u2026`);
    assert.equal(mermaidLabel(':#;`'), '');
  });

  it('keeps a hostile title and id inside their cell and their Mermaid line (whole report)', () => {
    const added: InitiativeChange = { kind: 'initiative-added', id: 'x|<i>`y`', title: HOSTILE, line: 80 };
    const report: DiffReport = {
      files: [
        {
          path: 'plans/a|<b>.cxroadmap.yaml',
          repoPath: 'plans/a|<b>.cxroadmap.yaml',
          status: 'modified',
          notes: [],
          diff: {
            changes: [added],
            initiatives: [
              {
                id: added.id,
                title: HOSTILE,
                before: null,
                after: { start: '2028-01-01', end: '2028-06-30' },
                changes: [added],
              },
            ],
            coverage: { before: null, after: null },
            findings: {
              new: [
                finding(
                  'missing-measures',
                  Severity.Information,
                  80,
                  `Initiative \`${added.id}\` has no \`measures\`.`,
                ),
              ],
              fixed: [],
              unchanged: [],
            },
            totals: totalsOf([added]),
            unparsed: [],
          },
        },
      ],
      summary: summarize([]),
    };
    report.summary = summarize(report.files.map((f) => ({ totals: f.diff.totals, findings: f.diff.findings })));
    const output = formatDiffMarkdown(report, {
      cwd: '/work/project',
      color: false,
      toolVersion: '9.8.7',
      markdown: { limit: 65_536, links: LINKS },
    });
    assert.equal(
      output,
      [
        '### cxroadmap diff',
        '',
        '**1 added · 1 new info**',
        '',
        '#### plans/a&#124;&lt;b&gt;.cxroadmap.yaml · modified',
        '',
        '| Initiative | Title | Changes |',
        '| --- | --- | --- |',
        '| [x&#124;&lt;i&gt;\\`y\\`](https://github.com/acme/plans/blob/cccccccccccccccccccccccccccccccccccccccc/plans/a%7C%3Cb%3E.cxroadmap.yaml#L80) | A &#124; b &lt;img src=x onerror=alert(1)&gt; \\`code\\` \\*em\\* \\_em\\_ \\[link\\](javascript:alert(1)) \\~\\~s\\~\\~ \\$x\\$ &amp; &quot;q&quot; \\\\ #1; 50%%: \\`\\`\\` next line sep\\\\x1b\\[31m | added |',
        '',
        '```mermaid',
        'gantt',
        '  dateFormat YYYY-MM-DD',
        '  inclusiveEndDates',
        '  axisFormat %Y-%m',
        '  todayMarker off',
        '  section A b img src x onerror alert(1) code em em link (javascript… (x i y)',
        '    after :active, 2028-01-01, 2028-06-30',
        '```',
        '',
        '#### New findings (1)',
        '',
        '| Severity | Where | Rule | Message |',
        '| --- | --- | --- | --- |',
        '| info | [plans/a&#124;&lt;b&gt;.cxroadmap.yaml:80](https://github.com/acme/plans/blob/cccccccccccccccccccccccccccccccccccccccc/plans/a%7C%3Cb%3E.cxroadmap.yaml#L80) | [missing-measures](https://github.com/cxroadmap/cxroadmap/blob/main/docs/rules/missing-measures.md) | Initiative <code>x&#124;&lt;i&gt;</code>y<code></code> has no <code>measures</code>. |',
        '',
      ].join('\n'),
    );
  });
});
