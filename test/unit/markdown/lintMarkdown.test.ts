import assert from 'node:assert/strict';
import { Severity } from '../../../server/src/core/diagnostic';
import type { Diagnostic } from '../../../server/src/core/diagnostic';
import type { FileResult } from '../../../server/src/cli/fileResult';
import type { FormatContext } from '../../../server/src/cli/formats';
import { formatMarkdown, OPEN_FINDINGS } from '../../../server/src/cli/formats/markdown';
import { finding, LINKS } from './fixtures';

const ctx: FormatContext = { cwd: '/work/project', color: false, toolVersion: '9.8.7' };
const withLinks: FormatContext = { ...ctx, markdown: { limit: 65_536, links: LINKS } };

function file(shown: string, absolutePath: string, diagnostics: Diagnostic[], fixed?: Diagnostic[]): FileResult {
  return { path: shown, absolutePath, diagnostics, ...(fixed === undefined ? {} : { fixed }) };
}

/** One more finding than a file shows open. */
const MANY = Array.from({ length: OPEN_FINDINGS + 1 }, (_, i) =>
  finding('missing-owner', Severity.Warning, 10 * (i + 1), `Initiative \`i${i + 1}\` has no \`owner\`.`),
);

function marked(d: Diagnostic, baselineState: 'new' | 'unchanged'): Diagnostic {
  return { ...d, data: { ...d.data, baselineState } };
}

describe('cxroadmap lint --format markdown', () => {
  it('prints a headline, then each file’s findings in a table, folding a file with many', () => {
    const results = [
      file('plans/z.cxroadmap.yaml', '/work/project/plans/z.cxroadmap.yaml', MANY),
      file('plans/clean.cxroadmap.yaml', '/work/project/plans/clean.cxroadmap.yaml', []),
      file('/elsewhere/a_b.cxroadmap.yaml', '/elsewhere/a_b.cxroadmap.yaml', [
        finding('no-sponsor', Severity.Warning, 3, 'The roadmap names no executive `sponsor`.'),
      ]),
      file('plans/a.cxroadmap.yaml', '/work/project/plans/a.cxroadmap.yaml', [
        finding('unknown-competency', Severity.Error, 12, '`customer-as-assets` is not a competency.'),
        finding('short-horizon', Severity.Warning, 4, 'The horizon is shorter than 5 years.'),
      ]),
    ];
    const output = formatMarkdown(results, withLinks);
    assert.equal(
      output,
      [
        '### cxroadmap lint',
        '',
        '**14 problems (1 error, 13 warnings, 0 infos) in 3 of 4 files**',
        '',
        '#### /elsewhere/a\\_b.cxroadmap.yaml',
        '',
        '| Severity | Line | Rule | Message |',
        '| --- | --- | --- | --- |',
        '| warning | 3 | [no-sponsor](https://github.com/cxroadmap/cxroadmap/blob/main/docs/rules/no-sponsor.md) | The roadmap names no executive <code>sponsor</code>. |',
        '',
        '#### plans/a.cxroadmap.yaml',
        '',
        '| Severity | Line | Rule | Message |',
        '| --- | --- | --- | --- |',
        '| warning | [4](https://github.com/acme/plans/blob/cccccccccccccccccccccccccccccccccccccccc/plans/a.cxroadmap.yaml#L4) | [short-horizon](https://github.com/cxroadmap/cxroadmap/blob/main/docs/rules/short-horizon.md) | The horizon is shorter than 5 years. |',
        '| error | [12](https://github.com/acme/plans/blob/cccccccccccccccccccccccccccccccccccccccc/plans/a.cxroadmap.yaml#L12) | [unknown-competency](https://github.com/cxroadmap/cxroadmap/blob/main/docs/rules/unknown-competency.md) | <code>customer-as-assets</code> is not a competency. |',
        '',
        '<details><summary>plans/z.cxroadmap.yaml: 11 problems (0 errors, 11 warnings, 0 infos)</summary>',
        '',
        '| Severity | Line | Rule | Message |',
        '| --- | --- | --- | --- |',
        '| warning | [10](https://github.com/acme/plans/blob/cccccccccccccccccccccccccccccccccccccccc/plans/z.cxroadmap.yaml#L10) | [missing-owner](https://github.com/cxroadmap/cxroadmap/blob/main/docs/rules/missing-owner.md) | Initiative <code>i1</code> has no <code>owner</code>. |',
        '| warning | [20](https://github.com/acme/plans/blob/cccccccccccccccccccccccccccccccccccccccc/plans/z.cxroadmap.yaml#L20) | [missing-owner](https://github.com/cxroadmap/cxroadmap/blob/main/docs/rules/missing-owner.md) | Initiative <code>i2</code> has no <code>owner</code>. |',
        '| warning | [30](https://github.com/acme/plans/blob/cccccccccccccccccccccccccccccccccccccccc/plans/z.cxroadmap.yaml#L30) | [missing-owner](https://github.com/cxroadmap/cxroadmap/blob/main/docs/rules/missing-owner.md) | Initiative <code>i3</code> has no <code>owner</code>. |',
        '| warning | [40](https://github.com/acme/plans/blob/cccccccccccccccccccccccccccccccccccccccc/plans/z.cxroadmap.yaml#L40) | [missing-owner](https://github.com/cxroadmap/cxroadmap/blob/main/docs/rules/missing-owner.md) | Initiative <code>i4</code> has no <code>owner</code>. |',
        '| warning | [50](https://github.com/acme/plans/blob/cccccccccccccccccccccccccccccccccccccccc/plans/z.cxroadmap.yaml#L50) | [missing-owner](https://github.com/cxroadmap/cxroadmap/blob/main/docs/rules/missing-owner.md) | Initiative <code>i5</code> has no <code>owner</code>. |',
        '| warning | [60](https://github.com/acme/plans/blob/cccccccccccccccccccccccccccccccccccccccc/plans/z.cxroadmap.yaml#L60) | [missing-owner](https://github.com/cxroadmap/cxroadmap/blob/main/docs/rules/missing-owner.md) | Initiative <code>i6</code> has no <code>owner</code>. |',
        '| warning | [70](https://github.com/acme/plans/blob/cccccccccccccccccccccccccccccccccccccccc/plans/z.cxroadmap.yaml#L70) | [missing-owner](https://github.com/cxroadmap/cxroadmap/blob/main/docs/rules/missing-owner.md) | Initiative <code>i7</code> has no <code>owner</code>. |',
        '| warning | [80](https://github.com/acme/plans/blob/cccccccccccccccccccccccccccccccccccccccc/plans/z.cxroadmap.yaml#L80) | [missing-owner](https://github.com/cxroadmap/cxroadmap/blob/main/docs/rules/missing-owner.md) | Initiative <code>i8</code> has no <code>owner</code>. |',
        '| warning | [90](https://github.com/acme/plans/blob/cccccccccccccccccccccccccccccccccccccccc/plans/z.cxroadmap.yaml#L90) | [missing-owner](https://github.com/cxroadmap/cxroadmap/blob/main/docs/rules/missing-owner.md) | Initiative <code>i9</code> has no <code>owner</code>. |',
        '| warning | [100](https://github.com/acme/plans/blob/cccccccccccccccccccccccccccccccccccccccc/plans/z.cxroadmap.yaml#L100) | [missing-owner](https://github.com/cxroadmap/cxroadmap/blob/main/docs/rules/missing-owner.md) | Initiative <code>i10</code> has no <code>owner</code>. |',
        '| warning | [110](https://github.com/acme/plans/blob/cccccccccccccccccccccccccccccccccccccccc/plans/z.cxroadmap.yaml#L110) | [missing-owner](https://github.com/cxroadmap/cxroadmap/blob/main/docs/rules/missing-owner.md) | Initiative <code>i11</code> has no <code>owner</code>. |',
        '',
        '</details>',
        '',
      ].join('\n'),
    );
  });

  it('says when there is no problem', () => {
    const results = [file('plan.cxroadmap.yaml', '/work/project/plan.cxroadmap.yaml', [])];
    assert.equal(formatMarkdown(results, ctx), '### cxroadmap lint\n\n**No problems in 1 file**\n');
  });

  it('splits new, fixed and unchanged findings when they were compared with a base version', () => {
    const results = [
      file(
        'plans/a.cxroadmap.yaml',
        '/work/project/plans/a.cxroadmap.yaml',
        [
          marked(finding('unknown-competency', Severity.Error, 12, '`customer-as-assets` is not a competency.'), 'new'),
          marked(finding('short-horizon', Severity.Warning, 4, 'The horizon is shorter than 5 years.'), 'unchanged'),
        ],
        [finding('no-sponsor', Severity.Warning, 3, 'The roadmap names no executive `sponsor`.')],
      ),
      file('plans/b.cxroadmap.yaml', '/work/project/plans/b.cxroadmap.yaml', [], []),
      // A finding the comparison left unmarked (a configuration's, say) counts as new.
      file('.cxroadmaprc.yaml', '/work/project/.cxroadmaprc.yaml', [
        finding('config', Severity.Error, 2, 'Unknown rule `no-such-rule`.'),
      ]),
    ];
    const output = formatMarkdown(results, withLinks);
    assert.equal(
      output,
      [
        '### cxroadmap lint',
        '',
        '**2 new errors · 1 fixed · 1 unchanged**',
        '',
        '#### New findings (2)',
        '',
        '| Severity | Where | Rule | Message |',
        '| --- | --- | --- | --- |',
        '| error | [.cxroadmaprc.yaml:2](https://github.com/acme/plans/blob/cccccccccccccccccccccccccccccccccccccccc/.cxroadmaprc.yaml#L2) | [config](https://github.com/cxroadmap/cxroadmap/blob/main/docs/rules/config.md) | Unknown rule <code>no-such-rule</code>. |',
        '| error | [plans/a.cxroadmap.yaml:12](https://github.com/acme/plans/blob/cccccccccccccccccccccccccccccccccccccccc/plans/a.cxroadmap.yaml#L12) | [unknown-competency](https://github.com/cxroadmap/cxroadmap/blob/main/docs/rules/unknown-competency.md) | <code>customer-as-assets</code> is not a competency. |',
        '',
        '#### Fixed findings (1)',
        '',
        '| Severity | Where | Rule | Message |',
        '| --- | --- | --- | --- |',
        '| warning | plans/a.cxroadmap.yaml:3 | [no-sponsor](https://github.com/cxroadmap/cxroadmap/blob/main/docs/rules/no-sponsor.md) | The roadmap names no executive <code>sponsor</code>. |',
        '',
        '<details><summary>1 unchanged finding</summary>',
        '',
        '| Severity | Where | Rule | Message |',
        '| --- | --- | --- | --- |',
        '| warning | [plans/a.cxroadmap.yaml:4](https://github.com/acme/plans/blob/cccccccccccccccccccccccccccccccccccccccc/plans/a.cxroadmap.yaml#L4) | [short-horizon](https://github.com/cxroadmap/cxroadmap/blob/main/docs/rules/short-horizon.md) | The horizon is shorter than 5 years. |',
        '',
        '</details>',
        '',
      ].join('\n'),
    );
  });
});
