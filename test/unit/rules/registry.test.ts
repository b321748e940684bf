import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeRoadmap } from '../../../server/src/core/analyze';
import { RULE_CODES, Severity } from '../../../server/src/core/diagnostic';
import type { Diagnostic, RuleCode } from '../../../server/src/core/diagnostic';
import { RULES } from '../../../server/src/core/rules';
import {
  dedent,
  initiative,
  parseMarked,
  positionIn,
  roadmap,
  withInitiatives,
  yaml,
} from '../../support/roadmapBuilder';
import {
  analyze,
  assertDiagnostics,
  assertOnly,
  codes,
  config,
  diagnosticsFor,
  error,
  hint,
  information,
  warning,
} from './ruleFixture';

const ROOT = path.resolve(__dirname, '../../../..');
const PIPELINE_CODES: readonly RuleCode[] = ['syntax', 'schema', 'config'];
const RULE_MODULE_CODES = RULE_CODES.filter((c) => !PIPELINE_CODES.includes(c));

const NO_SPONSOR =
  'The roadmap names no executive `sponsor`: a CEO or top executive who gives the work political cover.';

/** A roadmap that breaks every rule of the catalogue at least once. */
function everyProblem(): string {
  return roadmap({
    top: { sponsor: null, governance: null, horizon: 'horizon:\n  start: 2027-01-01\n  end: 2030-12-31' },
    replace: {
      'asset-metrics': initiative({
        id: 'asset-metrics',
        competency: 'customers-as-assets',
        start: '2027-01-04',
        end: '2027-06-30',
        early_win: 'true',
      }),
      'customer-room': null,
    },
    add: [
      initiative({ id: 'typo', competency: 'listening-pth' }),
      initiative({ id: 'journey-map', competency: 'align-around-experience' }),
      initiative({ id: 'waits', start: '2027-04-01', depends_on: '[journey-map, nowhere]' }),
      initiative({ id: 'loop', depends_on: '[loop]' }),
      initiative({ id: 'backwards', start: '2028-06-01', end: '2028-05-31' }),
      initiative({ id: 'beyond', end: '2031-06-30', milestones: '- name: Late\n  date: 2032-01-01' }),
      initiative({ id: 'staged', stage: 'onboard' }),
      initiative({ id: 'orphan', owner: null, measures: null }),
      initiative({ id: 'scores', measures: '- metric: NPS\n  kind: survey' }),
      initiative({ id: 'bad-date', end: '2028-02-30' }),
      ...['a', 'b', 'c', 'd'].map((s) =>
        initiative({ id: `busy-${s}`, owner: 'Kim Lee', start: '2029-01-01', end: '2029-03-31' }),
      ),
      ...Array.from({ length: 9 }, (_, i) => initiative({ id: `crowd-${i}`, start: '2029-01-01', end: '2029-03-31' })),
    ],
  });
}

describe('rule registry', () => {
  it('has exactly one rule module per catalogue code, except syntax, schema and config', () => {
    for (const code of RULE_MODULE_CODES) {
      assert.equal(RULES.filter((r) => r.code === code).length, 1, code);
    }
    assert.deepStrictEqual(RULES.map((r) => r.code).sort(), [...RULE_MODULE_CODES].sort());
    assert.equal(RULES.length, 22);
  });

  it('has a documentation page for every code', () => {
    const missing = RULE_CODES.filter((code) => !fs.existsSync(path.join(ROOT, 'docs', 'rules', `${code}.md`)));
    assert.deepStrictEqual(missing, []);
  });

  it('links every diagnostic to its page under /docs/rules/', () => {
    const diagnostics: Diagnostic[] = [...analyze(everyProblem()), ...analyze('title: [unclosed\n')];
    const fired = new Set(diagnostics.map((d) => d.code));
    assert.deepStrictEqual(
      RULE_CODES.filter((c) => c !== 'config' && !fired.has(c)),
      [],
      'the sample should exercise every code the analysis can report',
    );
    for (const d of diagnostics) {
      assert.ok(d.codeDescription.href.endsWith(`/docs/rules/${d.code}.md`), d.codeDescription.href);
      assert.equal(d.source, 'cxroadmap');
    }
  });
});

describe('the clean base roadmap', () => {
  it('gives no diagnostic under the default configuration', () => {
    assert.deepStrictEqual(analyze(roadmap()), []);
  });

  it('stays clean with an extra default initiative', () => {
    assert.deepStrictEqual(analyze(withInitiatives({ id: 'extra' })), []);
  });
});

describe('rule fixture markers', () => {
  it('strips the markers and gives 0-based lines and UTF-16 characters', () => {
    const { text, ranges } = parseMarked('a: ⟦b⟧\n\u{1F680}: ⟦c\nd⟧\n');
    assert.equal(text, 'a: b\n\u{1F680}: c\nd\n');
    assert.deepStrictEqual(ranges, [
      { start: { line: 0, character: 3 }, end: { line: 0, character: 4 } },
      { start: { line: 1, character: 4 }, end: { line: 2, character: 1 } },
    ]);
  });

  it('counts \\r\\n and a lone \\r as one line break each', () => {
    assert.deepStrictEqual(positionIn('a\r\nb\rc\nd', 7), { line: 3, character: 0 });
    assert.deepStrictEqual(positionIn('a\r\nbc', 4), { line: 1, character: 1 });
  });

  it('dedents templates by their common indentation', () => {
    assert.equal(
      yaml`
        a:
          b: 1
        c: 2`,
      'a:\n  b: 1\nc: 2',
    );
    assert.equal(dedent('    - x\n      y: 1\n'), '- x\n  y: 1');
  });
});

describe('positions in analysed text', () => {
  it('counts UTF-16 units after an astral character on the line', () => {
    const item =
      '- {id: rocket, title: "\u{1F680} launch", competency: listening-path, owner: Kim Lee, start: 2028-01-01, end: 2028-06-30, stage: ⟦lauch⟧, measures: [{metric: repeat purchases}]}';
    assertDiagnostics(roadmap({ add: [item] }), 'unknown-stage', [error(['`lauch` is not one of the journey stages'])]);
  });

  it('counts \\r\\n line endings as VS Code does', () => {
    const text = roadmap({ mark: ['cxroadmap'], top: { sponsor: null } }).replace(/\n/g, '\r\n');
    assertDiagnostics(text, 'no-sponsor', [warning(NO_SPONSOR)]);
    const owner = withInitiatives({ id: '⟦ownerless⟧', owner: null }).replace(/\n/g, '\r\n');
    assertDiagnostics(owner, 'missing-owner', [warning(['`ownerless`'])]);
  });
});

describe('one problem, one diagnostic', () => {
  it('reports only syntax while the file has a syntax error', () => {
    const journey = yaml`
      journey:
        stages: [discover, join`;
    const text = roadmap({
      top: { sponsor: null, governance: null, journey },
      add: [initiative({ id: 'orphan', owner: null, measures: null })],
    });
    assert.deepStrictEqual([...new Set(codes(text))], ['syntax']);
  });

  it('gives a bad date schema and no date rule', () => {
    const text = withInitiatives(
      { id: 'prepare', start: '2028-01-01', end: '⟦2028-02-30⟧' },
      {
        id: 'launch',
        start: '2028-02-01',
        depends_on: '[prepare]',
        milestones: '- name: Review\n  date: 2028-03-15',
      },
    );
    assertOnly(text, 'schema', [error('`end` 2028-02-30 is not a real date: February 2028 has 29 days.')]);
  });
});

describe('severity settings and suppression', () => {
  const noSponsor = (prefix?: string): string => roadmap({ prefix, mark: ['cxroadmap'], top: { sponsor: null } });

  it('removes a rule set to off', () => {
    assert.deepStrictEqual(analyze(noSponsor(), config({ rules: { 'no-sponsor': 'off' } })), []);
  });

  it('applies a configured severity', () => {
    assertDiagnostics(noSponsor(), 'no-sponsor', [information(NO_SPONSOR)], config({ rules: { 'no-sponsor': 3 } }));
    assertDiagnostics(
      noSponsor(),
      'no-sponsor',
      [hint(NO_SPONSOR)],
      config({ rules: { 'no-sponsor': Severity.Hint } }),
    );
    assertDiagnostics(
      noSponsor(),
      'no-sponsor',
      [error(NO_SPONSOR)],
      config({ rules: { 'no-sponsor': Severity.Error } }),
    );
  });

  it('changes the severity of missing-owner whatever the status', () => {
    const text = withInitiatives(
      { id: '⟦planned-one⟧', owner: null },
      { id: '⟦active-one⟧', owner: null, status: 'active' },
    );
    assertDiagnostics(
      text,
      'missing-owner',
      [information(['`planned-one`']), information(['`active-one`', 'It is active'])],
      config({ rules: { 'missing-owner': 3 } }),
    );
  });

  it('suppresses a code on the next line with `# cxroadmap-disable-next-line`', () => {
    assert.deepStrictEqual(analyze(noSponsor('# cxroadmap-disable-next-line no-sponsor')), []);
    assert.deepStrictEqual(
      analyze(noSponsor('# cxroadmap-disable-next-line no-governance, no-sponsor -- agreed with the board')),
      [],
    );
  });

  it('suppresses only the named code, and only on the next line', () => {
    assertDiagnostics(noSponsor('# cxroadmap-disable-next-line no-governance'), 'no-sponsor', [warning(NO_SPONSOR)]);
    assertDiagnostics(noSponsor('# cxroadmap-disable-next-line no-sponsor\n# owned by the CX office'), 'no-sponsor', [
      warning(NO_SPONSOR),
    ]);
  });

  it('suppresses a code in the whole file with `# cxroadmap-disable`', () => {
    const text = withInitiatives({ id: 'a', measures: null }, { id: 'b', measures: null });
    assert.equal(diagnosticsFor(text, 'missing-measures').length, 2);
    assert.deepStrictEqual(analyze(`${text}# cxroadmap-disable missing-measures\n`), []);
    assert.deepStrictEqual(analyze(`# cxroadmap-disable missing-measures\n${text}`), []);
  });

  it('cannot suppress schema', () => {
    const bad = initiative({ id: 'leap', end: '⟦2027-02-29⟧' }).replace(
      /\n {2}end:/,
      '\n  # cxroadmap-disable-next-line schema\n  end:',
    );
    const text = `# cxroadmap-disable schema\n${roadmap({ add: [bad] })}`;
    assertDiagnostics(text, 'schema', [error('`end` 2027-02-29 is not a real date: February 2027 has 28 days.')]);
  });

  it('cannot suppress syntax', () => {
    const text = '# cxroadmap-disable syntax\n# cxroadmap-disable-next-line syntax\ntitle: [unclosed\n';
    const diagnostics = analyzeRoadmap(text).diagnostics;
    assert.ok(diagnostics.length > 0);
    assert.deepStrictEqual(
      diagnostics.filter((d) => d.code !== 'syntax'),
      [],
    );
  });
});
