import assert from 'node:assert/strict';
import type { CodeAction } from 'vscode-languageserver-types';
import { analyzeRoadmap } from '../../../server/src/core/analyze';
import type { AnalysisResult } from '../../../server/src/core/analyze';
import type { RuleCode } from '../../../server/src/core/diagnostic';
import { getCodeActions } from '../../../server/src/services/codeActions';
import { changed, coreInitiative, item, metric, roadmap } from '../../support/roadmapBuilder';

const URI = 'file:///work/fix-everything.cxroadmap.yaml';

/**
 * One roadmap with a problem for every code that has a fix: the schema's missing keys,
 * typos with a suggestion (a competency, a status, a stage, a dependency), a duplicate, a
 * missing owner, dates the wrong way round, out of order or past a horizon that is too
 * short, no governance, no sponsor and no early win inside its window (which
 * `earlyWinDays` moves).
 */
const EVERY_FIXABLE = roadmap({
  set: { title: 'Fix everything', sponsor: null, governance: null, journey: 'stages: [discover, join]' },
  horizon: { end: '2030-12-31' },
  initiatives: [
    coreInitiative('asset-metrics', {
      competency: 'customer-as-assets',
      owner: null,
      end: '2027-05-20',
      outcome: 'Leaders review customer gain and loss every month',
      measures: metric('customers lost per month'),
    }),
    coreInitiative('journey-map', {
      id: 'asset-metrics',
      title: 'Journey map for every leader',
      start: '2028-01-01',
      measures: metric('teams planning with the journey map'),
    }),
    item({
      title: 'Listening path across the journey',
      owner: 'Priya Nair',
      status: 'activ',
      stage: 'joim',
      depends_on: '[asset-metric]',
      measures: metric('repeat contacts per 1000 customers'),
    }),
    coreInitiative('reliability-fixes', {
      start: '2027-05-01',
      end: '2031-06-30',
      depends_on: '[asset-metrics]',
      measures: metric('customers who renew after a support case'),
    }),
  ],
});

const FIXABLE: readonly RuleCode[] = [
  'schema',
  'unknown-competency',
  'unknown-stage',
  'missing-owner',
  'end-before-start',
  'dependency-order',
  'outside-horizon',
  'short-horizon',
  'unknown-dependency',
  'duplicate-id',
  'no-governance',
  'no-accountability-review',
  'no-customer-room',
  'no-sponsor',
  'no-early-win',
];

/** Every action offered for each diagnostic, minus the "Disable …" ones, as title and edit. */
function fixesOf(analysis: AnalysisResult): Map<string, { title: string; edit: CodeAction['edit'] }[]> {
  const ctx = { uri: URI, text: EVERY_FIXABLE, analysis };
  const out = new Map<string, { title: string; edit: CodeAction['edit'] }[]>();
  for (const d of analysis.diagnostics) {
    const actions = getCodeActions(ctx, d.range, [d]).filter((a) => !a.title.startsWith('Disable'));
    out.set(
      `${d.code} ${d.data.fingerprint}`,
      actions.map((a) => ({ title: a.title, edit: a.edit })),
    );
  }
  return out;
}

function analyse(earlyWinDays: number): AnalysisResult {
  return analyzeRoadmap(EVERY_FIXABLE, {
    rules: {},
    options: { minHorizonYears: 5, earlyWinDays, maxConcurrentPerOwner: 3, maxActivePerQuarter: 8 },
  });
}

/** The same analysis with every message replaced: fixes must not notice. */
function reworded(analysis: AnalysisResult): AnalysisResult {
  return {
    ...analysis,
    diagnostics: analysis.diagnostics.map((d, i) => ({ ...d, message: `Reworded message ${i}.` })),
  };
}

describe('quick fixes read diagnostic data, never messages', () => {
  for (const earlyWinDays of [150, 200]) {
    it(`offers the same fixes when every message is reworded (earlyWinDays ${earlyWinDays})`, () => {
      const analysis = analyse(earlyWinDays);
      const fired = new Set(analysis.diagnostics.map((d) => d.code));
      assert.deepEqual(
        FIXABLE.filter((code) => !fired.has(code)),
        [],
        'the sample should exercise every code that has a fix',
      );
      const original = fixesOf(analysis);
      for (const code of FIXABLE) {
        const offered = [...original].filter(([key, fixes]) => key.startsWith(`${code} `) && fixes.length > 0);
        assert.ok(offered.length > 0, `no fix offered for ${code}`);
      }
      assert.deepEqual(fixesOf(reworded(analysis)), original);
    });
  }

  it('marks the early win that the data’s deadline admits, whatever the message says', () => {
    // With 90 days the initiative ending 2027-05-20 is outside the window: no candidate.
    const short = analyse(90);
    const noEarlyWin = short.diagnostics.find((d) => d.code === 'no-early-win');
    assert.equal(noEarlyWin?.data.earlyWinDeadline, '2027-04-01');
    assert.deepEqual(fixesOf(short).get(`no-early-win ${noEarlyWin.data.fingerprint}`), []);
    // With 150 days it is inside, and only the data says so.
    const long = analyzeRoadmap(EVERY_FIXABLE, {
      rules: {},
      options: { minHorizonYears: 5, earlyWinDays: 150, maxConcurrentPerOwner: 3, maxActivePerQuarter: 8 },
    });
    const d = long.diagnostics.find((x) => x.code === 'no-early-win');
    assert.equal(d?.data.earlyWinDeadline, '2027-05-31');
    assert.deepEqual(
      fixesOf(reworded(long))
        .get(`no-early-win ${d.data.fingerprint}`)
        ?.map((f) => f.title),
      ['Mark asset-metrics as an early win (ends 2027-05-20)'],
    );
  });

  it('finds the diagnostic a client sends back by its fingerprint', () => {
    const analysis = analyse(90);
    const ctx = { uri: URI, text: EVERY_FIXABLE, analysis };
    const dependency = analysis.diagnostics.find((d) => d.code === 'unknown-dependency');
    assert.ok(dependency);
    const titles = (data: unknown) =>
      getCodeActions(ctx, dependency.range, [{ ...dependency, data }]).map((a) => a.title);
    assert.deepEqual(titles(dependency.data), [
      'Change to asset-metrics',
      'Remove asset-metric from depends_on',
      'Disable unknown-dependency for this line',
      'Disable unknown-dependency for this file',
    ]);
    // A fingerprint the analysis no longer has is a stale diagnostic: nothing is offered.
    assert.deepEqual(titles({ fingerprint: '0000000000000000' }), []);
    // A client that drops `data` still gets the fixes, matched by code and place.
    assert.deepEqual(titles(undefined), titles(dependency.data));
  });

  it('repairs each common YAML mistake from its data, whatever the message says', () => {
    // One mistake per initiative, so that each initiative parses once its own is repaired.
    const text = changed(
      roadmap({
        set: { title: 'Fix every mistake' },
        initiatives: [
          ...['asset-metrics', 'journey-map', 'listening-posts', 'reliability-fixes', 'customer-room'].map((id) =>
            coreInitiative(id),
          ),
          item({ id: 'extra-work', title: 'Extra work', owner: 'Kim Park' }),
        ],
      }),
      ['    owner: Priya Nair', '    owner: Priya Nair\n    note: Phase 1: Gold tier only'],
      ['    title: One journey map for every leader', '    title: "One journey map for every leader'],
      ['    owner: Omar Haddad', '    owner: Omar Haddad\n    depends_on: [asset-metrics'],
      ['    owner: Ana Ruiz', '    owner: - Ana Ruiz'],
      ['    owner: Sam Ortiz', '\towner: Sam Ortiz'],
      ['    owner: Kim Park', '    - owner: Kim Park'],
    );
    const fixes = (analysis: AnalysisResult) =>
      analysis.diagnostics
        .filter((d) => d.code === 'syntax')
        .map((d) => [
          d.data.repair,
          getCodeActions({ uri: URI, text, analysis }, d.range, [d]).map((action) => [action.title, action.edit]),
        ]);
    const analysis = analyzeRoadmap(text);
    const offered = fixes(analysis);
    assert.deepEqual(
      offered.map(([repair, actions]) => [repair, (actions as [string, unknown][]).map(([title]) => title)]),
      [
        ['quote', ['Put the text in quotes']],
        ['close', ['Add the closing "']],
        ['close', ['Add the closing ]']],
        ['quote', ['Put the text in quotes']],
        ['indent', ['Indent with spaces']],
        ['undash', ['Remove the -']],
      ],
    );
    assert.deepEqual(fixes(reworded(analysis)), offered);
  });
});
