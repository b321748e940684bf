import assert from 'node:assert/strict';
import { Severity } from '../../../server/src/core/diagnostic';
import type { Change, InitiativeChange } from '../../../server/src/core/diff/changes';
import { summarize, totalsOf } from '../../../server/src/core/diff/totals';
import { formatDiffMarkdown } from '../../../server/src/cli/diff/formats/markdown';
import type { DiffReport, FileDiff } from '../../../server/src/cli/diff/report';
import type { FormatContext } from '../../../server/src/cli/formats';
import { BASE_COMMIT, finding, LINKS, ONE_EACH } from './fixtures';

const END_MOVED: InitiativeChange = {
  kind: 'end-moved',
  id: 'journey-map',
  before: '2027-12-31',
  after: '2028-03-31',
  days: 91,
  crossesQuarter: true,
  crossesHorizon: false,
  line: 37,
  previousLine: 36,
};
const OWNER_CHANGED: InitiativeChange = {
  kind: 'owner-changed',
  id: 'journey-map',
  before: 'Lee Chen',
  after: 'Dana Reyes',
  line: 34,
  previousLine: 33,
};
const REMOVED: InitiativeChange = {
  kind: 'initiative-removed',
  id: 'listening-posts',
  title: 'Listening path across the journey',
  previousLine: 43,
};
const SPONSOR: Change = { kind: 'sponsor-changed', before: null, after: 'Sam Ortiz (CEO)', line: 4, previousLine: 4 };

const ACME: FileDiff = {
  path: 'plans/acme.cxroadmap.yaml',
  repoPath: 'plans/acme.cxroadmap.yaml',
  status: 'modified',
  notes: [],
  diff: {
    changes: [SPONSOR, OWNER_CHANGED, END_MOVED, REMOVED],
    initiatives: [
      {
        id: 'journey-map',
        title: 'One journey map for every leader',
        before: { start: '2027-04-01', end: '2027-12-31' },
        after: { start: '2027-04-01', end: '2028-03-31' },
        changes: [OWNER_CHANGED, END_MOVED],
      },
      {
        id: 'listening-posts',
        title: 'Listening path across the journey',
        before: { start: '2027-07-01', end: '2028-06-30' },
        after: null,
        changes: [REMOVED],
      },
    ],
    coverage: { before: ONE_EACH, after: { ...ONE_EACH, 'listening-path': 0 } },
    findings: {
      new: [
        finding(
          'competency-uncovered',
          Severity.Warning,
          15,
          'No initiative builds “Build a Customer Listening Path” (`listening-path`).',
        ),
      ],
      fixed: [finding('no-sponsor', Severity.Warning, 1, 'The roadmap names no executive `sponsor`.')],
      unchanged: [finding('missing-owner', Severity.Warning, 55, 'Initiative `reliability-fixes` has no `owner`.')],
    },
    totals: totalsOf([SPONSOR, OWNER_CHANGED, END_MOVED, REMOVED]),
    unparsed: [],
  },
};

const PILOT: FileDiff = {
  path: 'plans/pilot (v2).cxroadmap.yaml',
  previousPath: 'plans/pilot.cxroadmap.yaml',
  repoPath: 'plans/pilot (v2).cxroadmap.yaml',
  previousRepoPath: 'plans/pilot.cxroadmap.yaml',
  status: 'renamed',
  notes: [{ version: 'base', reason: 'syntax', message: 'does not parse at main, so no change is listed' }],
  diff: {
    changes: [],
    initiatives: [],
    coverage: { before: null, after: ONE_EACH },
    findings: {
      new: [],
      fixed: [finding('syntax', Severity.Error, 7, 'A `]` closes nothing here.')],
      unchanged: [finding('no-governance', Severity.Warning, 2, 'The roadmap names no `governance` board.')],
    },
    totals: totalsOf([]),
    unparsed: ['before'],
  },
};

const SAME: FileDiff = {
  path: 'plans/same.cxroadmap.yaml',
  repoPath: 'plans/same.cxroadmap.yaml',
  status: 'unchanged',
  notes: [],
  diff: {
    changes: [],
    initiatives: [],
    coverage: { before: ONE_EACH, after: ONE_EACH },
    findings: {
      new: [],
      fixed: [],
      unchanged: [finding('short-horizon', Severity.Warning, 5, 'The horizon is shorter than 5 years.')],
    },
    totals: totalsOf([]),
    unparsed: [],
  },
};

function report(files: FileDiff[]): DiffReport {
  return {
    files,
    summary: summarize(files.map((file) => ({ totals: file.diff.totals, findings: file.diff.findings }))),
    base: { ref: 'main', commit: BASE_COMMIT },
  };
}

const ctx: FormatContext = { cwd: '/work/project', color: false, toolVersion: '9.8.7' };

describe('cxroadmap diff --format markdown: the report', () => {
  it('prints the headline, each changed file, the gantt and every finding, linked to the repository', () => {
    const output = formatDiffMarkdown(report([ACME, PILOT, SAME]), {
      ...ctx,
      markdown: { limit: 65_536, links: LINKS },
    });
    assert.equal(
      output,
      [
        '### cxroadmap diff',
        '',
        '**1 initiative slipped, 91 days in total · 1 removed · 2 other changes · 1 new warning · 2 fixed**',
        '',
        'main ([bbbbbbb](https://github.com/acme/plans/commit/bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb)) → the working tree',
        '',
        '#### plans/acme.cxroadmap.yaml · modified',
        '',
        '| Initiative | Title | Changes |',
        '| --- | --- | --- |',
        '| [journey-map](https://github.com/acme/plans/blob/cccccccccccccccccccccccccccccccccccccccc/plans/acme.cxroadmap.yaml#L34) | One journey map for every leader | owner Lee Chen → Dana Reyes<br>end 2027-12-31 → 2028-03-31, 91 days later, now in 2028-Q1 |',
        '| [listening-posts](https://github.com/acme/plans/blob/bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb/plans/acme.cxroadmap.yaml#L43) | Listening path across the journey | removed |',
        '',
        '**The roadmap:**',
        '',
        '- sponsor none → Sam Ortiz (CEO) ([line 4](https://github.com/acme/plans/blob/cccccccccccccccccccccccccccccccccccccccc/plans/acme.cxroadmap.yaml#L4))',
        '',
        '| Competency | Initiatives before | Initiatives after |',
        '| --- | --- | --- |',
        '| listening-path | 1 | 0, no longer covered |',
        '',
        '```mermaid',
        'gantt',
        '  dateFormat YYYY-MM-DD',
        '  inclusiveEndDates',
        '  axisFormat %Y-%m',
        '  todayMarker off',
        '  section One journey map for every leader (journey-map)',
        '    before :done, 2027-04-01, 2027-12-31',
        '    after :active, 2027-04-01, 2028-03-31',
        '  section Listening path across the journey (listening-posts)',
        '    before :done, 2027-07-01, 2028-06-30',
        '```',
        '',
        '#### plans/pilot (v2).cxroadmap.yaml · renamed (was plans/pilot.cxroadmap.yaml)',
        '',
        '*Note:* does not parse at main, so no change is listed',
        '',
        '#### New findings (1)',
        '',
        '| Severity | Where | Rule | Message |',
        '| --- | --- | --- | --- |',
        '| warning | [plans/acme.cxroadmap.yaml:15](https://github.com/acme/plans/blob/cccccccccccccccccccccccccccccccccccccccc/plans/acme.cxroadmap.yaml#L15) | [competency-uncovered](https://github.com/cxroadmap/cxroadmap/blob/main/docs/rules/competency-uncovered.md) | No initiative builds “Build a Customer Listening Path” (<code>listening-path</code>). |',
        '',
        '#### Fixed findings (2)',
        '',
        '| Severity | Where | Rule | Message |',
        '| --- | --- | --- | --- |',
        '| warning | [plans/acme.cxroadmap.yaml:1](https://github.com/acme/plans/blob/bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb/plans/acme.cxroadmap.yaml#L1) | [no-sponsor](https://github.com/cxroadmap/cxroadmap/blob/main/docs/rules/no-sponsor.md) | The roadmap names no executive <code>sponsor</code>. |',
        '| error | [plans/pilot.cxroadmap.yaml:7](https://github.com/acme/plans/blob/bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb/plans/pilot.cxroadmap.yaml#L7) | [syntax](https://github.com/cxroadmap/cxroadmap/blob/main/docs/rules/syntax.md) | A <code>\\]</code> closes nothing here. |',
        '',
        '<details><summary>3 unchanged findings</summary>',
        '',
        '| Severity | Where | Rule | Message |',
        '| --- | --- | --- | --- |',
        '| warning | [plans/acme.cxroadmap.yaml:55](https://github.com/acme/plans/blob/cccccccccccccccccccccccccccccccccccccccc/plans/acme.cxroadmap.yaml#L55) | [missing-owner](https://github.com/cxroadmap/cxroadmap/blob/main/docs/rules/missing-owner.md) | Initiative <code>reliability-fixes</code> has no <code>owner</code>. |',
        '| warning | [plans/pilot (v2).cxroadmap.yaml:2](https://github.com/acme/plans/blob/cccccccccccccccccccccccccccccccccccccccc/plans/pilot%20%28v2%29.cxroadmap.yaml#L2) | [no-governance](https://github.com/cxroadmap/cxroadmap/blob/main/docs/rules/no-governance.md) | The roadmap names no <code>governance</code> board. |',
        '| warning | [plans/same.cxroadmap.yaml:5](https://github.com/acme/plans/blob/cccccccccccccccccccccccccccccccccccccccc/plans/same.cxroadmap.yaml#L5) | [short-horizon](https://github.com/cxroadmap/cxroadmap/blob/main/docs/rules/short-horizon.md) | The horizon is shorter than 5 years. |',
        '',
        '</details>',
        '',
      ].join('\n'),
    );
  });

  it('prints `path:line` without links outside GitHub Actions', () => {
    const output = formatDiffMarkdown(report([ACME]), ctx);
    assert.equal(
      output,
      [
        '### cxroadmap diff',
        '',
        '**1 initiative slipped, 91 days in total · 1 removed · 2 other changes · 1 new warning · 1 fixed**',
        '',
        'main (bbbbbbb) → the working tree',
        '',
        '#### plans/acme.cxroadmap.yaml · modified',
        '',
        '| Initiative | Title | Changes |',
        '| --- | --- | --- |',
        '| journey-map | One journey map for every leader | owner Lee Chen → Dana Reyes<br>end 2027-12-31 → 2028-03-31, 91 days later, now in 2028-Q1 |',
        '| listening-posts | Listening path across the journey | removed |',
        '',
        '**The roadmap:**',
        '',
        '- sponsor none → Sam Ortiz (CEO) (line 4)',
        '',
        '| Competency | Initiatives before | Initiatives after |',
        '| --- | --- | --- |',
        '| listening-path | 1 | 0, no longer covered |',
        '',
        '```mermaid',
        'gantt',
        '  dateFormat YYYY-MM-DD',
        '  inclusiveEndDates',
        '  axisFormat %Y-%m',
        '  todayMarker off',
        '  section One journey map for every leader (journey-map)',
        '    before :done, 2027-04-01, 2027-12-31',
        '    after :active, 2027-04-01, 2028-03-31',
        '  section Listening path across the journey (listening-posts)',
        '    before :done, 2027-07-01, 2028-06-30',
        '```',
        '',
        '#### New findings (1)',
        '',
        '| Severity | Where | Rule | Message |',
        '| --- | --- | --- | --- |',
        '| warning | plans/acme.cxroadmap.yaml:15 | [competency-uncovered](https://github.com/cxroadmap/cxroadmap/blob/main/docs/rules/competency-uncovered.md) | No initiative builds “Build a Customer Listening Path” (<code>listening-path</code>). |',
        '',
        '#### Fixed findings (1)',
        '',
        '| Severity | Where | Rule | Message |',
        '| --- | --- | --- | --- |',
        '| warning | plans/acme.cxroadmap.yaml:1 | [no-sponsor](https://github.com/cxroadmap/cxroadmap/blob/main/docs/rules/no-sponsor.md) | The roadmap names no executive <code>sponsor</code>. |',
        '',
        '<details><summary>1 unchanged finding</summary>',
        '',
        '| Severity | Where | Rule | Message |',
        '| --- | --- | --- | --- |',
        '| warning | plans/acme.cxroadmap.yaml:55 | [missing-owner](https://github.com/cxroadmap/cxroadmap/blob/main/docs/rules/missing-owner.md) | Initiative <code>reliability-fixes</code> has no <code>owner</code>. |',
        '',
        '</details>',
        '',
      ].join('\n'),
    );
  });
});
