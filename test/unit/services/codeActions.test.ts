import assert from 'node:assert/strict';
import type { CodeAction, Diagnostic, TextEdit } from 'vscode-languageserver-types';
import { analyzeRoadmap } from '../../../server/src/core/analyze';
import type { DiagnosticData, RuleCode } from '../../../server/src/core/diagnostic';
import { getCodeActions } from '../../../server/src/services/codeActions';
import type { CodeActionClient } from '../../../server/src/services/codeActions';
import type { DocumentContext } from '../../../server/src/services/documentContext';
import { changed, coreInitiative, metric, roadmap } from '../../support/roadmapBuilder';
import { after, applyEdits, at, insert, rangeIn, replace, replaceIn } from '../../support/textEdits';

const URI = 'file:///work/acme.cxroadmap.yaml';

/** A clean roadmap: every rule is satisfied, so each test sees only the problem it adds. */
const BASE = roadmap({
  governance: { members: '[Dana Reyes, Sam Ortiz]' },
  set: { journey: null },
  initiatives: [
    coreInitiative('asset-metrics', {
      early_win: 'true',
      outcome: 'Leaders review customer gain and loss every month',
      measures: metric('customers lost per month'),
    }),
    coreInitiative('journey-map', { measures: metric('teams planning with the journey map') }),
    coreInitiative('listening-posts', {
      owner: 'Priya Nair',
      depends_on: '[asset-metrics]',
      measures: metric('repeat contacts per 1000 customers'),
    }),
    coreInitiative('reliability-fixes', { measures: metric('customers who renew after a support case') }),
    coreInitiative('customer-room', { measures: metric('customer room actions completed') }),
  ],
});

function contextOf(text: string): DocumentContext {
  return { uri: URI, text, analysis: analyzeRoadmap(text) };
}

function quickfix(title: string, diagnostic: Diagnostic, edits: TextEdit[], preferred = false): CodeAction {
  const action: CodeAction = {
    title,
    kind: 'quickfix',
    diagnostics: [diagnostic],
    edit: { changes: { [URI]: edits } },
  };
  if (preferred) action.isPreferred = true;
  return action;
}

/** A fix as a test expects it: its title, its edits, and whether it is the preferred one. */
interface ExpectedFix {
  title: string;
  edits: TextEdit[];
  preferred: boolean;
}

function fix(title: string, ...edits: TextEdit[]): ExpectedFix {
  return { title, edits, preferred: false };
}

function preferredFix(title: string, ...edits: TextEdit[]): ExpectedFix {
  return { title, edits, preferred: true };
}

interface Found {
  ctx: DocumentContext;
  diagnostic: Diagnostic;
  /** The fixes, without the "Disable …" actions (tested on their own). */
  fixes: CodeAction[];
  all: CodeAction[];
}

/** The code actions for the `index`-th diagnostic of `code`, requested on its own range. */
function actionsFor(text: string, code: RuleCode, index = 0, client?: CodeActionClient): Found {
  const ctx = contextOf(text);
  const diagnostic = ctx.analysis.diagnostics.filter((d) => d.code === code)[index];
  assert.ok(diagnostic, `no ${code} diagnostic #${index}`);
  const all = getCodeActions(ctx, diagnostic.range, [diagnostic], undefined, client);
  return { ctx, diagnostic, all, fixes: all.filter((a) => !a.title.startsWith('Disable ')) };
}

/** The facts the found diagnostic carries (LSP types `data` as anything). */
function dataOf(found: Found): DiagnosticData {
  return found.diagnostic.data as DiagnosticData;
}

/** The fixes offered for the diagnostic found are exactly `expected`, in that order, each for that diagnostic. */
function assertFixes(found: Found, expected: readonly ExpectedFix[]): void {
  assert.deepStrictEqual(
    found.fixes,
    expected.map((f) => quickfix(f.title, found.diagnostic, f.edits, f.preferred)),
  );
}

/**
 * Applies an action and checks the result: the exact text, the diagnostic gone (unless the
 * fix only prepares a line to type into), and no error that was not there before.
 */
function assertApplied(found: Found, action: CodeAction, expected: string, gone = true): void {
  const edits = action.edit?.changes?.[URI];
  assert.ok(edits, 'the action edits the document');
  const text = applyEdits(found.ctx.text, edits);
  assert.equal(text, expected);
  const before = found.ctx.analysis.diagnostics;
  const now = analyzeRoadmap(text).diagnostics;
  const same = (a: Diagnostic, b: Diagnostic) => a.code === b.code && a.message === b.message;
  assert.equal(
    now.some((d) => same(d, found.diagnostic)),
    !gone,
    gone ? 'the diagnostic is gone' : 'the diagnostic stays',
  );
  assert.deepStrictEqual(
    now.filter((d) => d.severity === 1 && !before.some((b) => same(b, d))).map((d) => `${d.code}: ${d.message}`),
    [],
  );
}

describe('code actions', () => {
  describe('unknown-competency', () => {
    it('offers the closest competency id as the preferred fix', () => {
      const text = changed(BASE, ['competency: listening-path', 'competency: listning-path']);
      const found = actionsFor(text, 'unknown-competency');
      assertFixes(found, [
        preferredFix(
          'Change to listening-path (Build a Customer Listening Path)',
          replace(text, 'listning-path', 'listening-path'),
        ),
      ]);
      assertApplied(found, found.fixes[0], BASE);
    });

    it('offers all five ids, none preferred, when none is close', () => {
      const text = changed(BASE, ['competency: listening-path', 'competency: growth']);
      const found = actionsFor(text, 'unknown-competency');
      const ids = [
        ['customers-as-assets', 'Honor and Manage Customers as Assets'],
        ['align-around-experience', 'Align Around Experience'],
        ['listening-path', 'Build a Customer Listening Path'],
        ['reliability-innovation', 'Proactive Experience Reliability and Innovation'],
        ['one-company-leadership', 'One-Company Leadership, Accountability and Culture'],
      ];
      assertFixes(
        found,
        ids.map(([id, name]) => fix(`Change to ${id} (${name})`, replace(text, 'growth', id))),
      );
      assertApplied(found, found.fixes[2], BASE);
    });

    it('renames a key under competencies, never to a key already there', () => {
      const text = changed(BASE, [
        'initiatives:\n',
        'competencies:\n  customers-as-assets:\n    goal: Know why customers leave\n  customer-as-assets:\n    goal: Keep them\ninitiatives:\n',
      ]);
      const found = actionsFor(text, 'unknown-competency');
      const others = [
        ['align-around-experience', 'Align Around Experience'],
        ['listening-path', 'Build a Customer Listening Path'],
        ['reliability-innovation', 'Proactive Experience Reliability and Innovation'],
        ['one-company-leadership', 'One-Company Leadership, Accountability and Culture'],
      ];
      assertFixes(
        found,
        others.map(([id, name]) => fix(`Change to ${id} (${name})`, replace(text, 'customer-as-assets', id))),
      );
      assertApplied(found, found.fixes[0], changed(text, ['  customer-as-assets:', '  align-around-experience:']));
    });

    it('replaces a quoted value inside a flow mapping', () => {
      const text = changed(BASE, [
        '  - id: customer-room\n    title: Leaders meet in the customer room\n    competency: one-company-leadership\n    owner: Sam Ortiz\n    start: 2027-02-01\n    end: 2031-12-31\n    measures:\n      - metric: customer room actions completed\n',
        '  - {id: customer-room, title: Leaders meet, competency: "one-company-leadrship", owner: Sam Ortiz, start: 2027-02-01, end: 2031-12-31, measures: [{metric: actions completed}]}\n',
      ]);
      const found = actionsFor(text, 'unknown-competency');
      assertFixes(found, [
        preferredFix(
          'Change to one-company-leadership (One-Company Leadership, Accountability and Culture)',
          replace(text, '"one-company-leadrship"', 'one-company-leadership'),
        ),
      ]);
      assertApplied(found, found.fixes[0], changed(text, ['"one-company-leadrship"', 'one-company-leadership']));
    });
  });

  describe('missing-owner', () => {
    it('offers the owners already named, most frequent first, on the line after competency', () => {
      const text = changed(BASE, ['    owner: Lee Chen\n', '']);
      const found = actionsFor(text, 'missing-owner');
      const p = after(text, 'competency: align-around-experience');
      assertFixes(found, [
        fix('Add owner: Priya Nair', insert(p, '\n    owner: Priya Nair')),
        fix('Add owner: Ana Ruiz', insert(p, '\n    owner: Ana Ruiz')),
        fix('Add owner: Sam Ortiz', insert(p, '\n    owner: Sam Ortiz')),
      ]);
      assertApplied(found, found.fixes[0], changed(BASE, ['    owner: Lee Chen\n', '    owner: Priya Nair\n']));
    });

    it('offers at most five owners', () => {
      const extra = ['Ann', 'Bo', 'Cy', 'Di', 'Ed']
        .map(
          (o, i) =>
            `  - id: extra-${i}\n    title: Extra ${i}\n    competency: listening-path\n    owner: ${o}\n    start: 2028-01-01\n    end: 2028-12-31\n    measures:\n      - metric: m\n`,
        )
        .join('');
      const text = changed(BASE + extra, ['    owner: Lee Chen\n', '']);
      const found = actionsFor(text, 'missing-owner');
      assert.deepStrictEqual(
        found.fixes.map((a) => a.title),
        ['Add owner: Priya Nair', 'Add owner: Ana Ruiz', 'Add owner: Sam Ortiz', 'Add owner: Ann', 'Add owner: Bo'],
      );
    });

    /** An initiative of `owner` (with measures, so it adds no finding of its own) from 2027-07-01 to 2027-12-31. */
    const extra = (id: string, owner: string) =>
      `  - id: ${id}\n    title: Extra ${id}\n    competency: listening-path\n    owner: ${owner}\n    start: 2027-07-01\n    end: 2027-12-31\n    measures:\n      - metric: m\n`;

    it('puts people who already hold too many initiatives last', () => {
      const text = changed(
        BASE + extra('extra-1', 'Priya Nair') + extra('extra-2', 'Priya Nair') + extra('extra-3', 'Priya Nair'),
        ['    owner: Lee Chen\n', ''],
      );
      assert.deepStrictEqual(
        contextOf(text)
          .analysis.diagnostics.filter((d) => d.code === 'owner-overload')
          .map((d) => d.message.slice(0, 'Priya Nair holds 4'.length)),
        ['Priya Nair holds 4'],
      );
      assert.deepStrictEqual(
        actionsFor(text, 'missing-owner').fixes.map((a) => a.title),
        ['Add owner: Ana Ruiz', 'Add owner: Sam Ortiz', 'Add owner: Priya Nair'],
      );
    });

    it('counts a name written with and without a role as one person, written the usual way', () => {
      const text =
        changed(BASE, ['    owner: Lee Chen\n', ''], ['    owner: Ana Ruiz\n', '    owner: Ana Ruiz (Support)\n']) +
        extra('extra-1', 'Ana Ruiz') +
        extra('extra-2', 'Ana Ruiz');
      assert.deepStrictEqual(
        actionsFor(text, 'missing-owner').fixes.map((a) => a.title),
        ['Add owner: Ana Ruiz', 'Add owner: Priya Nair', 'Add owner: Sam Ortiz'],
      );
    });

    it('fills an empty owner in place and quotes a name that needs it', () => {
      const text = changed(
        BASE,
        ['    owner: Lee Chen\n', '    owner:\n'],
        ['    owner: Ana Ruiz\n', '    owner: "Ana: Ops"\n'],
      );
      const found = actionsFor(text, 'missing-owner');
      assert.deepStrictEqual(
        found.fixes.map((a) => a.title),
        ['Add owner: Priya Nair', 'Add owner: Ana: Ops', 'Add owner: Sam Ortiz'],
      );
      assert.deepStrictEqual(found.fixes[1].edit, {
        changes: { [URI]: [insert(after(text, '    owner:', 1), ' "Ana: Ops"')] },
      });
      assertApplied(found, found.fixes[1], changed(text, ['    owner:\n', '    owner: "Ana: Ops"\n']));
    });

    it('falls back to the roadmap owner, then to an owner line to type into', () => {
      const lone = `cxroadmap: 1
title: Pilot
owner: Dana Reyes
initiatives:
  - id: pilot
    title: Pilot
    competency: listening-path
    start: 2027-01-01
    end: 2027-03-31
`;
      const withOwner = actionsFor(lone, 'missing-owner');
      assertFixes(withOwner, [
        fix('Add owner: Dana Reyes', insert(after(lone, 'competency: listening-path'), '\n    owner: Dana Reyes')),
      ]);
      assertApplied(
        withOwner,
        withOwner.fixes[0],
        changed(lone, ['listening-path\n', 'listening-path\n    owner: Dana Reyes\n']),
      );

      const nobody = changed(lone, ['owner: Dana Reyes\n', '']);
      const found = actionsFor(nobody, 'missing-owner', 0, { selectCommand: 'editor.select' });
      const fixed = changed(nobody, ['listening-path\n', 'listening-path\n    owner: Accountable leader\n']);
      assert.deepStrictEqual(found.fixes, [
        {
          ...quickfix('Add an owner line', found.diagnostic, [
            insert(after(nobody, 'competency: listening-path'), '\n    owner: Accountable leader'),
          ]),
          command: {
            title: 'Add an owner line',
            command: 'editor.select',
            arguments: [URI, rangeIn(fixed, 'owner: Accountable leader', 'Accountable leader')],
          },
        },
      ]);
      // The placeholder is a name: the warning goes at once, and typing replaces it.
      assertApplied(found, found.fixes[0], fixed);
    });

    it('adds the owner to a flow mapping', () => {
      const text = changed(BASE, [
        '  - id: customer-room\n    title: Leaders meet in the customer room\n    competency: one-company-leadership\n    owner: Sam Ortiz\n    start: 2027-02-01\n    end: 2031-12-31\n    measures:\n      - metric: customer room actions completed\n',
        '  - {id: customer-room, title: Leaders meet, competency: one-company-leadership, start: 2027-02-01, end: 2031-12-31, status: active, measures: [{metric: actions completed}]}\n',
      ]);
      const found = actionsFor(text, 'missing-owner');
      assert.deepStrictEqual(
        found.fixes[0],
        quickfix('Add owner: Priya Nair', found.diagnostic, [
          insert(after(text, 'competency: one-company-leadership'), ', owner: Priya Nair'),
        ]),
      );
      assertApplied(
        found,
        found.fixes[0],
        changed(text, ['one-company-leadership, start', 'one-company-leadership, owner: Priya Nair, start']),
      );
    });
  });

  describe('end-before-start', () => {
    it('swaps the values of an initiative, periods included', () => {
      const text = changed(BASE, [
        '    start: 2028-01-01\n    end: 2029-06-30\n',
        '    start: 2029-H1\n    end: 2028-01-01\n',
      ]);
      const found = actionsFor(text, 'end-before-start');
      assertFixes(found, [
        preferredFix(
          'Swap start and end',
          replace(text, '2029-H1', '2028-01-01'),
          replace(text, '2028-01-01', '2029-H1'),
        ),
      ]);
      assertApplied(
        found,
        found.fixes[0],
        changed(text, ['    start: 2029-H1\n    end: 2028-01-01\n', '    start: 2028-01-01\n    end: 2029-H1\n']),
      );
    });

    it('swaps the horizon', () => {
      const text = changed(BASE, [
        '  start: 2027-01-01\n  end: 2031-12-31\n',
        '  start: 2031-12-31\n  end: 2027-01-01\n',
      ]);
      const found = actionsFor(text, 'end-before-start');
      assertFixes(found, [
        preferredFix(
          'Swap start and end',
          replace(text, '2031-12-31', '2027-01-01'),
          replace(text, '2027-01-01', '2031-12-31'),
        ),
      ]);
      assertApplied(found, found.fixes[0], BASE);
    });
  });

  describe('schema: missing keys of an initiative', () => {
    it('adds the required keys in the format\u2019s order with values from the roadmap', () => {
      const text = `${BASE}  - id: new-thing\n    owner: Lee Chen\n    measures:\n      - metric: m\n`;
      const found = actionsFor(text, 'schema');
      assert.equal(
        found.diagnostic.message.startsWith(
          'Initiative `new-thing` is missing `title`, `competency`, `start` and `end`',
        ),
        true,
      );
      assertFixes(found, [
        fix(
          'Add title, competency, start, end',
          insert(after(text, 'id: new-thing'), '\n    title: New thing\n    competency: customers-as-assets'),
          insert(after(text, 'owner: Lee Chen', 1), '\n    start: 2027-01-01\n    end: 2027-03-31'),
        ),
      ]);
      assertApplied(
        found,
        found.fixes[0],
        `${BASE}  - id: new-thing\n    title: New thing\n    competency: customers-as-assets\n    owner: Lee Chen\n    start: 2027-01-01\n    end: 2027-03-31\n    measures:\n      - metric: m\n`,
      );
    });

    it('picks the first uncovered competency and an end a quarter after the start', () => {
      const text = changed(BASE, ['    competency: reliability-innovation\n', ''], ['    end: 2029-06-30\n', '']);
      const found = actionsFor(text, 'schema');
      assertFixes(found, [
        fix(
          'Add competency, end',
          insert(
            after(text, 'title: Fix the top ten failures in getting help'),
            '\n    competency: reliability-innovation',
          ),
          insert(after(text, 'start: 2028-01-01'), '\n    end: 2028-03-31'),
        ),
      ]);
      assertApplied(found, found.fixes[0], changed(BASE, ['    end: 2029-06-30\n', '    end: 2028-03-31\n']));
    });

    it('adds an id from the title before the first key', () => {
      const text = changed(BASE, [
        '  - id: journey-map\n    title: One journey map for every leader\n',
        '  - title: One journey map for every leader\n',
      ]);
      const found = actionsFor(text, 'schema');
      assertFixes(found, [
        fix('Add id', insert(at(text, 'title: One journey map'), 'id: one-journey-map-for-every-leader\n    ')),
      ]);
      assertApplied(found, found.fixes[0], changed(BASE, ['id: journey-map', 'id: one-journey-map-for-every-leader']));
    });

    it('adds the keys inside a flow mapping', () => {
      const text = `${BASE}  - {id: flow-one, owner: Lee Chen, measures: [{metric: m}]}\n`;
      const found = actionsFor(text, 'schema');
      assertFixes(found, [
        fix(
          'Add title, competency, start, end',
          insert(after(text, 'id: flow-one'), ', title: Flow one, competency: customers-as-assets'),
          insert(after(text, 'owner: Lee Chen', 1), ', start: 2027-01-01, end: 2027-03-31'),
        ),
      ]);
      assertApplied(
        found,
        found.fixes[0],
        `${BASE}  - {id: flow-one, title: Flow one, competency: customers-as-assets, owner: Lee Chen, start: 2027-01-01, end: 2027-03-31, measures: [{metric: m}]}\n`,
      );
    });

    it('offers nothing for other schema problems', () => {
      const text = changed(BASE, ['  review: monthly', '  review: sometimes']);
      assert.deepStrictEqual(actionsFor(text, 'schema').all, []);
    });
  });

  describe('schema: the value a message proposes', () => {
    const withKind = (kind: string) =>
      changed(BASE, [
        '- metric: customers lost per month\n',
        `- metric: customers lost per month\n        kind: ${kind}\n`,
      ]);
    /**
     * `from` changed to `to` in `base` draws one schema finding whose fix writes `suggestion`
     * over `wrong` (its only occurrence after `from`'s place), which gives `base` back.
     */
    const cases: [name: string, base: string, from: string, to: string, wrong: string, suggestion: string][] = [
      ['a word of a list', BASE, '  review: monthly', '  review: montly', 'montly', 'monthly'],
      ['a measure kind', withKind('behaviour'), 'kind: behaviour', 'kind: behavour', 'behavour', 'behaviour'],
      ['a misspelt key', BASE, '    owner: Lee Chen', '    ownr: Lee Chen', 'ownr', 'owner'],
      ['an id of the wrong form', BASE, 'id: journey-map', 'id: Journey Map', 'Journey Map', 'journey-map'],
      [
        'a depends_on entry of the wrong form',
        BASE,
        '[asset-metrics]',
        '["Asset Metrics"]',
        '"Asset Metrics"',
        'asset-metrics',
      ],
      ['the format version', BASE, 'cxroadmap: 1', 'cxroadmap: 2', '2', '1'],
      ['the format version written as text', BASE, 'cxroadmap: 1', 'cxroadmap: "1"', '"1"', '1'],
    ];
    for (const [name, base, from, to, wrong, suggestion] of cases) {
      it(`writes the proposal for ${name}`, () => {
        const text = changed(base, [from, to]);
        const found = actionsFor(text, 'schema');
        assert.equal(dataOf(found).suggestion, suggestion);
        assertFixes(found, [preferredFix(`Change to ${suggestion}`, replaceIn(text, to, wrong, suggestion))]);
        assertApplied(found, found.fixes[0], base);
      });
    }

    it('does not rename a key to one the mapping already has', () => {
      const text = changed(BASE, ['    owner: Lee Chen\n', '    owner: Lee Chen\n    ownr: Lee Chen\n']);
      const found = actionsFor(text, 'schema');
      assert.equal(dataOf(found).suggestion, 'owner');
      assert.deepStrictEqual(found.fixes, []);
    });
  });

  describe('unknown-stage', () => {
    const staged = (stages: string, stage: string) =>
      changed(
        BASE,
        ['initiatives:\n', `journey:\n  stages: ${stages}\ninitiatives:\n`],
        ['    end: 2027-12-31\n', `    end: 2027-12-31\n    stage: ${stage}\n`],
      );

    it('writes the closest stage', () => {
      const text = staged('[discover, join, use, get-help, renew]', 'get-hlep');
      const found = actionsFor(text, 'unknown-stage');
      assertFixes(found, [preferredFix('Change to get-help', replace(text, 'get-hlep', 'get-help'))]);
      assertApplied(found, found.fixes[0], staged('[discover, join, use, get-help, renew]', 'get-help'));
    });

    it('quotes a stage name that YAML would not read as plain text', () => {
      const text = staged('["sign up: online", use]', '"sign up: onlin"');
      const found = actionsFor(text, 'unknown-stage');
      assertFixes(found, [
        preferredFix('Change to sign up: online', replace(text, '"sign up: onlin"', '"sign up: online"')),
      ]);
      assertApplied(found, found.fixes[0], staged('["sign up: online", use]', '"sign up: online"'));
    });

    it('offers no change when no stage is close', () => {
      const text = staged('[discover, join, use, get-help, renew]', 'anniversary');
      assert.deepStrictEqual(actionsFor(text, 'unknown-stage').fixes, []);
    });
  });

  describe('short-horizon', () => {
    it('extends the horizon to the day the message names, whatever form the end had', () => {
      for (const end of ['2030-12-31', '2029', '"2031-06-30"']) {
        const text = changed(BASE, [
          'horizon:\n  start: 2027-01-01\n  end: 2031-12-31\n',
          `horizon:\n  start: 2027-01-01\n  end: ${end}\n`,
        ]);
        const found = actionsFor(text, 'short-horizon');
        assertFixes(found, [
          preferredFix(
            'Extend the horizon to 2031-12-31',
            replaceIn(text, `horizon:\n  start: 2027-01-01\n  end: ${end}\n`, end, '2031-12-31'),
          ),
        ]);
        assertApplied(found, found.fixes[0], BASE);
      }
    });
  });

  describe('dependency-order', () => {
    it('starts the initiative the day after its prerequisite ends', () => {
      const text = changed(BASE, ['    start: 2027-07-01\n', '    start: 2027-03-01\n']);
      const found = actionsFor(text, 'dependency-order');
      assertFixes(found, [preferredFix('Start on 2027-04-01', replace(text, '2027-03-01', '2027-04-01'))]);
      assertApplied(found, found.fixes[0], changed(BASE, ['    start: 2027-07-01\n', '    start: 2027-04-01\n']));
    });

    it('moves the end by as many days when the new start is past it', () => {
      const text = changed(BASE, ['    end: 2027-03-31\n', '    end: 2028-09-30\n']);
      const found = actionsFor(text, 'dependency-order');
      assertFixes(found, [
        preferredFix(
          'Start on 2028-10-01 and end on 2029-10-01',
          replace(text, '2027-07-01', '2028-10-01'),
          replace(text, '2028-06-30', '2029-10-01'),
        ),
      ]);
      assertApplied(
        found,
        found.fixes[0],
        changed(text, ['    start: 2027-07-01\n    end: 2028-06-30\n', '    start: 2028-10-01\n    end: 2029-10-01\n']),
      );
    });
  });

  describe('outside-horizon', () => {
    it('moves a start to the horizon\u2019s first day, or extends the horizon to it', () => {
      const text = changed(BASE, ['    start: 2027-04-01\n', '    start: 2026-10-01\n']);
      const found = actionsFor(text, 'outside-horizon');
      assertFixes(found, [
        preferredFix("Start on 2027-01-01 (the horizon's start)", replace(text, '2026-10-01', '2027-01-01')),
        fix('Extend the horizon to start on 2026-10-01', replace(text, '2027-01-01', '2026-10-01')),
      ]);
      assertApplied(found, found.fixes[0], changed(BASE, ['    start: 2027-04-01\n', '    start: 2027-01-01\n']));
      assertApplied(
        found,
        found.fixes[1],
        changed(text, ['  start: 2027-01-01\n  end: 2031-12-31\n', '  start: 2026-10-01\n  end: 2031-12-31\n']),
      );
    });

    it('moves an end to the horizon\u2019s last day, or extends the horizon to it', () => {
      const text = changed(BASE, [
        '    start: 2027-02-01\n    end: 2031-12-31\n',
        '    start: 2027-02-01\n    end: 2032-Q2\n',
      ]);
      const found = actionsFor(text, 'outside-horizon');
      assertFixes(found, [
        preferredFix("End on 2031-12-31 (the horizon's end)", replace(text, '2032-Q2', '2031-12-31')),
        fix('Extend the horizon to end on 2032-06-30', replace(text, '2031-12-31', '2032-06-30')),
      ]);
      assertApplied(found, found.fixes[0], BASE);
    });

    it('only extends the horizon when moving one date would reverse the initiative', () => {
      const text = changed(BASE, [
        '    start: 2027-04-01\n    end: 2027-12-31\n',
        '    start: 2025-01-01\n    end: 2025-06-30\n',
      ]);
      const found = actionsFor(text, 'outside-horizon');
      assertFixes(found, [fix('Extend the horizon to start on 2025-01-01', replace(text, '2027-01-01', '2025-01-01'))]);
    });

    it('moves a milestone to the nearest edge of the horizon', () => {
      const text = changed(BASE, [
        '      - metric: customer room actions completed\n',
        '      - metric: customer room actions completed\n    milestones:\n      - name: Last room\n        date: 2032-03-01\n',
      ]);
      const found = actionsFor(text, 'outside-horizon');
      assertFixes(found, [
        preferredFix("Move to 2031-12-31 (the horizon's end)", replace(text, '2032-03-01', '2031-12-31')),
        fix('Extend the horizon to end on 2032-03-01', replace(text, '2031-12-31', '2032-03-01')),
      ]);
      assertApplied(found, found.fixes[0], changed(text, ['date: 2032-03-01', 'date: 2031-12-31']));
    });
  });

  describe('unknown-dependency', () => {
    it('offers the close id (preferred) and removing a block list entry', () => {
      const text = changed(BASE, [
        '    depends_on: [asset-metrics]\n',
        '    depends_on:\n      - asset-metrics\n      - journey-mpa\n',
      ]);
      const found = actionsFor(text, 'unknown-dependency');
      const line = at(text, '      - journey-mpa').line;
      assertFixes(found, [
        preferredFix('Change to journey-map', replace(text, 'journey-mpa', 'journey-map')),
        fix('Remove journey-mpa from depends_on', {
          range: { start: { line, character: 0 }, end: { line: line + 1, character: 0 } },
          newText: '',
        }),
      ]);
      assertApplied(found, found.fixes[1], changed(text, ['      - journey-mpa\n', '']));
    });

    it('removes an entry of a flow list with its comma, wherever it stands', () => {
      const cases: [list: string, expected: string][] = [
        ['[ghost, asset-metrics]', '[asset-metrics]'],
        ['[asset-metrics, ghost]', '[asset-metrics]'],
        ['[asset-metrics, ghost, journey-map]', '[asset-metrics, journey-map]'],
        ['[ghost]', '[]'],
      ];
      for (const [list, expected] of cases) {
        const text = changed(BASE, ['depends_on: [asset-metrics]', `depends_on: ${list}`]);
        const found = actionsFor(text, 'unknown-dependency');
        assert.deepStrictEqual(
          found.fixes.map((a) => a.title),
          ['Remove ghost from depends_on'],
          list,
        );
        assertApplied(found, found.fixes[0], changed(text, [`depends_on: ${list}`, `depends_on: ${expected}`]));
      }
    });

    it('does not suggest an id already listed, nor the initiative\u2019s own id', () => {
      const listed = changed(BASE, ['depends_on: [asset-metrics]', 'depends_on: [asset-metrics, asset-metric]']);
      assert.deepStrictEqual(
        actionsFor(listed, 'unknown-dependency').fixes.map((a) => a.title),
        ['Remove asset-metric from depends_on'],
      );
      const own = changed(BASE, ['depends_on: [asset-metrics]', 'depends_on: [listening-post]']);
      assert.deepStrictEqual(
        actionsFor(own, 'unknown-dependency').fixes.map((a) => a.title),
        ['Remove listening-post from depends_on'],
      );
    });
  });

  describe('duplicate-id', () => {
    it('renames the duplicate to the first free numbered id', () => {
      const text = changed(
        BASE,
        ['id: customer-room', 'id: journey-map'],
        ['depends_on: [asset-metrics]', 'depends_on: [asset-metrics, journey-map-2]'],
      );
      const found = actionsFor(text, 'duplicate-id');
      assertFixes(found, [
        preferredFix(
          'Rename this duplicate to journey-map-3',
          replaceIn(text, 'id: journey-map', 'journey-map', 'journey-map-3', 1),
        ),
      ]);
    });

    it('leaves no duplicate once applied', () => {
      const text = changed(BASE, ['id: customer-room', 'id: journey-map']);
      const found = actionsFor(text, 'duplicate-id');
      assertFixes(found, [
        preferredFix(
          'Rename this duplicate to journey-map-2',
          replaceIn(text, 'id: journey-map', 'journey-map', 'journey-map-2', 1),
        ),
      ]);
      assertApplied(found, found.fixes[0], changed(BASE, ['id: customer-room', 'id: journey-map-2']));
    });
  });

  describe('governance', () => {
    const noGovernance = changed(BASE, [
      'governance:\n  board: CX Leadership Council\n  members: [Dana Reyes, Sam Ortiz]\n  review: monthly\n  customer_room: monthly\n',
      '',
    ]);
    const skeleton =
      '\ngovernance:\n  board: CX Leadership Council\n  members: [Dana Reyes, Sam Ortiz (CEO)]\n  review: monthly\n  customer_room: monthly';

    it('adds the whole block after the horizon, once for the three rules', () => {
      const ctx = contextOf(noGovernance);
      const three = ctx.analysis.diagnostics.filter((d) => d.code.startsWith('no-'));
      assert.deepStrictEqual(
        three.map((d) => d.code),
        ['no-accountability-review', 'no-customer-room', 'no-governance'],
      );
      const actions = getCodeActions(ctx, three[0].range, three).filter((a) => !a.title.startsWith('Disable '));
      assert.deepStrictEqual(actions, [
        quickfix('Add a governance block', three[0], [insert(after(noGovernance, 'end: 2031-12-31'), skeleton)]),
      ]);
      const fixed = applyEdits(noGovernance, actions[0].edit!.changes![URI]);
      assert.deepStrictEqual(
        analyzeRoadmap(fixed).diagnostics.map((d) => d.code),
        [],
      );
    });

    it('fills an empty governance key', () => {
      const text = changed(noGovernance, ['initiatives:\n', 'governance:\ninitiatives:\n']);
      const found = actionsFor(text, 'no-governance');
      const block =
        '\n  board: CX Leadership Council\n  members: [Dana Reyes, Sam Ortiz (CEO)]\n  review: monthly\n  customer_room: monthly';
      assertFixes(found, [fix('Add a governance block', insert(after(text, 'governance:'), block))]);
      assertApplied(found, found.fixes[0], changed(text, ['governance:\n', `governance:${block}\n`]));
    });

    it('adds only the missing key to an existing block', () => {
      const text = changed(BASE, ['  review: monthly\n', '']);
      const found = actionsFor(text, 'no-accountability-review');
      assertFixes(found, [
        fix(
          'Add review: monthly to governance',
          insert(after(text, 'members: [Dana Reyes, Sam Ortiz]'), '\n  review: monthly'),
        ),
      ]);
      assertApplied(found, found.fixes[0], BASE);
    });

    it('fills an empty board', () => {
      const text = changed(BASE, ['  board: CX Leadership Council\n', '  board: ~\n']);
      const found = actionsFor(text, 'no-governance');
      assertFixes(found, [
        fix('Add board: CX Leadership Council to governance', replace(text, '~', 'CX Leadership Council')),
      ]);
      assertApplied(found, found.fixes[0], BASE);
    });

    it('adds to a flow mapping', () => {
      const text = changed(BASE, [
        'governance:\n  board: CX Leadership Council\n  members: [Dana Reyes, Sam Ortiz]\n  review: monthly\n  customer_room: monthly\n',
        'governance: {board: CX Leadership Council, review: monthly}\n',
      ]);
      const found = actionsFor(text, 'no-customer-room');
      assertFixes(found, [
        fix(
          'Add customer_room: monthly to governance',
          insert(after(text, 'review: monthly'), ', customer_room: monthly'),
        ),
      ]);
      assertApplied(
        found,
        found.fixes[0],
        changed(text, ['review: monthly}', 'review: monthly, customer_room: monthly}']),
      );
    });
  });

  describe('no-sponsor', () => {
    const text = changed(BASE, ['sponsor: Sam Ortiz (CEO)\n', '']);

    it('adds a sponsor line with a placeholder after owner, or after title, and the warning goes', () => {
      const found = actionsFor(text, 'no-sponsor');
      assertFixes(found, [
        fix('Add a sponsor line', insert(after(text, 'owner: Dana Reyes'), '\nsponsor: Chief Executive Officer')),
      ]);
      assertApplied(
        found,
        found.fixes[0],
        changed(text, ['owner: Dana Reyes\n', 'owner: Dana Reyes\nsponsor: Chief Executive Officer\n']),
      );

      const noOwner = changed(text, ['owner: Dana Reyes\n', '']);
      const second = actionsFor(noOwner, 'no-sponsor');
      assertFixes(second, [
        fix(
          'Add a sponsor line',
          insert(after(noOwner, 'title: Acme Customer Experience Roadmap'), '\nsponsor: Chief Executive Officer'),
        ),
      ]);
    });

    it('fills an empty sponsor', () => {
      const empty = changed(BASE, ['sponsor: Sam Ortiz (CEO)\n', 'sponsor:\n']);
      const found = actionsFor(empty, 'no-sponsor');
      assertFixes(found, [fix('Add a sponsor line', insert(after(empty, 'sponsor:'), ' Chief Executive Officer'))]);
      assertApplied(found, found.fixes[0], changed(empty, ['sponsor:\n', 'sponsor: Chief Executive Officer\n']));
    });

    it('selects the placeholder once applied, with the command the client named', () => {
      const found = actionsFor(text, 'no-sponsor', 0, { selectCommand: 'editor.select' });
      const fixed = changed(text, ['owner: Dana Reyes\n', 'owner: Dana Reyes\nsponsor: Chief Executive Officer\n']);
      assert.deepStrictEqual(found.fixes, [
        {
          ...quickfix('Add a sponsor line', found.diagnostic, [
            insert(after(text, 'owner: Dana Reyes'), '\nsponsor: Chief Executive Officer'),
          ]),
          command: {
            title: 'Add a sponsor line',
            command: 'editor.select',
            arguments: [URI, rangeIn(fixed, 'sponsor: Chief Executive Officer', 'Chief Executive Officer')],
          },
        },
      ]);
      assertApplied(found, found.fixes[0], fixed);
    });
  });

  describe('no-early-win', () => {
    it('marks the initiative that ends first within the window', () => {
      const text = changed(BASE, [
        '    early_win: true\n    outcome: Leaders review customer gain and loss every month\n',
        '',
      ]);
      const found = actionsFor(text, 'no-early-win');
      assertFixes(found, [
        fix(
          'Mark asset-metrics as an early win (ends 2027-03-31)',
          insert(after(text, 'end: 2027-03-31'), '\n    early_win: true'),
        ),
      ]);
      assertApplied(
        found,
        found.fixes[0],
        changed(text, ['    end: 2027-03-31\n', '    end: 2027-03-31\n    early_win: true\n']),
      );
    });

    it('turns early_win: false into true', () => {
      const text = changed(BASE, ['    early_win: true\n', '    early_win: false\n']);
      const found = actionsFor(text, 'no-early-win');
      assertFixes(found, [fix('Mark asset-metrics as an early win (ends 2027-03-31)', replace(text, 'false', 'true'))]);
      assertApplied(found, found.fixes[0], BASE);
    });

    it('offers nothing when no initiative ends within the window', () => {
      const text = changed(BASE, ['    early_win: true\n', ''], ['    end: 2027-03-31\n', '    end: 2027-06-30\n']);
      assert.deepStrictEqual(actionsFor(text, 'no-early-win').fixes, []);
    });
  });

  describe('syntax: common mistakes', () => {
    /** BASE with the `from` line of an initiative written as `to`. */
    const broken = (from: string, to: string) => changed(BASE, [from, to]);
    const cases: [string, string, string, string, string, string][] = [
      // name, line as in BASE, line as broken, fix title, text the fix replaces, its replacement
      [
        'a colon in free text',
        '    owner: Lee Chen',
        '    owner: Lee Chen\n    note: Phase 1: Gold tier only # to confirm',
        'Put the text in quotes',
        'Phase 1: Gold tier only',
        '"Phase 1: Gold tier only"',
      ],
      ['a tab in the indentation', '    owner: Lee Chen', '\towner: Lee Chen', 'Indent with spaces', '\t', '    '],
      [
        'an unclosed quote',
        '    owner: Lee Chen',
        '    owner: "Lee Chen',
        'Add the closing "',
        '"Lee Chen',
        '"Lee Chen"',
      ],
      [
        'an unclosed bracket',
        '    depends_on: [asset-metrics]',
        '    depends_on: [asset-metrics',
        'Add the closing ]',
        '[asset-metrics',
        '[asset-metrics]',
      ],
      ['a stray dash', '    owner: Lee Chen', '    - owner: Lee Chen', 'Remove the -', '- ', ''],
      [
        'a text starting with a dash',
        '    owner: Lee Chen',
        '    owner: Lee Chen\n    note: - ask the council first',
        'Put the text in quotes',
        '- ask the council first',
        '"- ask the council first"',
      ],
    ];
    for (const [name, from, to, title, target, replacement] of cases) {
      it(`repairs ${name} as the diagnostic's data says, and the initiative parses again`, () => {
        const text = broken(from, to);
        const found = actionsFor(text, 'syntax');
        assert.deepEqual(
          found.ctx.analysis.diagnostics.map((d) => d.code),
          ['syntax'],
        );
        const edit = replaceIn(text, to, target, replacement);
        assertFixes(found, [preferredFix(title, edit)]);
        assertApplied(found, found.fixes[0], applyEdits(text, [edit]));
        assert.deepEqual(analyzeRoadmap(applyEdits(text, [edit])).diagnostics, []);
      });
    }

    it('is offered for one initiative while another one still does not parse', () => {
      const text = changed(
        BASE,
        ['    owner: Lee Chen', '    owner: Lee Chen\n    note: Phase 1: Gold tier only'],
        ['    owner: Ana Ruiz', '\towner: Ana Ruiz'],
      );
      const first = actionsFor(text, 'syntax', 0);
      assertFixes(first, [
        preferredFix('Put the text in quotes', replace(text, 'Phase 1: Gold tier only', '"Phase 1: Gold tier only"')),
      ]);
      const second = actionsFor(text, 'syntax', 1);
      assertFixes(second, [preferredFix('Indent with spaces', replace(text, '\t', '    '))]);
      const fixed = applyEdits(text, [...first.fixes[0].edit!.changes![URI], ...second.fixes[0].edit!.changes![URI]]);
      assert.deepEqual(analyzeRoadmap(fixed).diagnostics, []);
    });

    it('is offered in the roadmap header, read as a whole document', () => {
      const title = 'title: Acme Customer Experience Roadmap';
      const text = changed(BASE, [title, 'title: Acme: the next five years']);
      const found = actionsFor(text, 'syntax');
      assertFixes(found, [
        preferredFix(
          'Put the text in quotes',
          replace(text, 'Acme: the next five years', '"Acme: the next five years"'),
        ),
      ]);
    });

    it('is never offered when the repaired text would still not parse', () => {
      // The quotes would close the first line of a text that runs on to the next.
      const text = broken('    owner: Lee Chen', '    owner: Lee Chen\n    note: Phase 1: Gold tier\n      and silver');
      const found = actionsFor(text, 'syntax');
      assert.equal(found.ctx.analysis.diagnostics[0]?.data.repair, 'quote');
      assertFixes(found, []);
    });
  });

  describe('disable comments', () => {
    const text = changed(BASE, ['    owner: Lee Chen\n', '']);

    it('disables a rule for the line with the line\u2019s indentation, or for the file', () => {
      const found = actionsFor(text, 'missing-owner');
      const line = found.diagnostic.range.start.line;
      assert.deepStrictEqual(found.all.slice(-2), [
        quickfix('Disable missing-owner for this line', found.diagnostic, [
          insert({ line, character: 0 }, '  # cxroadmap-disable-next-line missing-owner\n'),
        ]),
        quickfix('Disable missing-owner for this file', found.diagnostic, [
          insert({ line: 0, character: 0 }, '# cxroadmap-disable missing-owner\n'),
        ]),
      ]);
      assertApplied(
        found,
        found.all[found.all.length - 2],
        changed(text, [
          '  - id: journey-map\n',
          '  # cxroadmap-disable-next-line missing-owner\n  - id: journey-map\n',
        ]),
      );
      assertApplied(found, found.all[found.all.length - 1], `# cxroadmap-disable missing-owner\n${text}`);
    });

    it('joins existing directives', () => {
      const withDirectives = changed(
        `# Acme roadmap\n# vim: set ft=yaml:\n# cxroadmap-disable no-sponsor -- decided in review\n${text}`,
        ['  - id: journey-map\n', '  # cxroadmap-disable-next-line missing-measures\n  - id: journey-map\n'],
      );
      const found = actionsFor(withDirectives, 'missing-owner');
      assert.deepStrictEqual(found.all.slice(-2), [
        quickfix('Disable missing-owner for this line', found.diagnostic, [
          insert(after(withDirectives, 'disable-next-line missing-measures'), ' missing-owner'),
        ]),
        quickfix('Disable missing-owner for this file', found.diagnostic, [
          insert(after(withDirectives, 'disable no-sponsor'), ' missing-owner'),
        ]),
      ]);
      for (const action of found.all.slice(-2)) {
        assert.deepStrictEqual(analyzeRoadmap(applyEdits(withDirectives, action.edit!.changes![URI])).diagnostics, []);
      }
    });

    it('goes below the comment block that opens the file', () => {
      const commented = `# Acme roadmap\n# vim: set ft=yaml:\n\n${text}`;
      const found = actionsFor(commented, 'missing-owner');
      assert.deepStrictEqual(found.all[found.all.length - 1].edit, {
        changes: { [URI]: [insert({ line: 2, character: 0 }, '# cxroadmap-disable missing-owner\n')] },
      });
    });

    it('is not offered for syntax, schema or config', () => {
      const text2 = changed(BASE, ['  review: monthly', '  review: sometimes']);
      assert.deepStrictEqual(actionsFor(text2, 'schema').all, []);
      const broken = changed(BASE, ['title: Acme Customer Experience Roadmap', 'title: "Acme']);
      // The mistake's repair, and no comment to disable it.
      assert.deepStrictEqual(
        actionsFor(broken, 'syntax').all.map((a) => a.title),
        ['Add the closing "'],
      );
    });
  });

  describe('CRLF documents', () => {
    it('inserts lines with the document\u2019s own line ending', () => {
      const text = changed(BASE, ['    owner: Lee Chen\n', '']).replace(/\n/g, '\r\n');
      const found = actionsFor(text, 'missing-owner');
      const line = found.diagnostic.range.start.line;
      assert.deepStrictEqual(found.all, [
        quickfix('Add owner: Priya Nair', found.diagnostic, [
          insert(after(text, 'competency: align-around-experience'), '\r\n    owner: Priya Nair'),
        ]),
        quickfix('Add owner: Ana Ruiz', found.diagnostic, [
          insert(after(text, 'competency: align-around-experience'), '\r\n    owner: Ana Ruiz'),
        ]),
        quickfix('Add owner: Sam Ortiz', found.diagnostic, [
          insert(after(text, 'competency: align-around-experience'), '\r\n    owner: Sam Ortiz'),
        ]),
        quickfix('Disable missing-owner for this line', found.diagnostic, [
          insert({ line, character: 0 }, '  # cxroadmap-disable-next-line missing-owner\r\n'),
        ]),
        quickfix('Disable missing-owner for this file', found.diagnostic, [
          insert({ line: 0, character: 0 }, '# cxroadmap-disable missing-owner\r\n'),
        ]),
      ]);
      assertApplied(
        found,
        found.all[0],
        changed(BASE, ['    owner: Lee Chen\n', '    owner: Priya Nair\n']).replace(/\n/g, '\r\n'),
      );
    });

    it('removes a whole CRLF line and adds a governance block', () => {
      const text = changed(
        BASE,
        ['    depends_on: [asset-metrics]\n', '    depends_on:\n      - ghost\n'],
        ['  customer_room: monthly\n', ''],
      ).replace(/\n/g, '\r\n');
      const dep = actionsFor(text, 'unknown-dependency');
      assertApplied(dep, dep.fixes[0], text.replace('      - ghost\r\n', ''));
      const room = actionsFor(text, 'no-customer-room');
      assertApplied(
        room,
        room.fixes[0],
        text.replace('  review: monthly\r\n', '  review: monthly\r\n  customer_room: monthly\r\n'),
      );
    });
  });

  describe('requests', () => {
    const text = changed(BASE, ['sponsor: Sam Ortiz (CEO)\n', '']);

    it('honours `only`', () => {
      const ctx = contextOf(text);
      const d = ctx.analysis.diagnostics[0];
      assert.deepStrictEqual(getCodeActions(ctx, d.range, [d], ['refactor']), []);
      assert.deepStrictEqual(getCodeActions(ctx, d.range, [d], ['quickfix']), getCodeActions(ctx, d.range, [d]));
      assert.equal(getCodeActions(ctx, d.range, [d], ['quickfix']).length, 3);
    });

    it('ignores diagnostics away from the range, stale ones and other sources', () => {
      const ctx = contextOf(text);
      const d = ctx.analysis.diagnostics[0];
      const far = { start: { line: 40, character: 0 }, end: { line: 40, character: 0 } };
      assert.deepStrictEqual(getCodeActions(ctx, far, [d]), []);
      const moved = { ...d, range: { start: { line: 5, character: 0 }, end: { line: 5, character: 3 } } };
      assert.deepStrictEqual(getCodeActions(ctx, moved.range, [moved]), []);
      assert.deepStrictEqual(getCodeActions(ctx, d.range, [{ ...d, source: 'yaml' }]), []);
    });

    it('offers on a document with a syntax error only the suppressions of the findings that stay', () => {
      const broken = 'cxroadmap: 1\ninitiatives:\n  - id: a\n   title: [unclosed\n';
      const ctx = contextOf(broken);
      // The initiative does not parse; the header's findings stay.
      assert.deepStrictEqual(
        ctx.analysis.diagnostics.map((d) => d.code),
        ['no-accountability-review', 'no-customer-room', 'no-governance', 'no-sponsor', 'schema', 'syntax', 'syntax'],
      );
      const whole = { start: { line: 0, character: 0 }, end: { line: 4, character: 0 } };
      // Suppression comments go on the first line, which parses; nothing else is fixed.
      assert.deepStrictEqual(
        getCodeActions(ctx, whole, ctx.analysis.diagnostics).map((a) => a.title),
        ['no-accountability-review', 'no-customer-room', 'no-governance', 'no-sponsor'].flatMap((code) => [
          `Disable ${code} for this line`,
          `Disable ${code} for this file`,
        ]),
      );
      const stale: Diagnostic = {
        range: { start: { line: 2, character: 8 }, end: { line: 2, character: 9 } },
        severity: 2,
        code: 'missing-owner',
        source: 'cxroadmap',
        message: 'Initiative `a` has no `owner`: name the one person accountable for it.',
      };
      assert.deepStrictEqual(getCodeActions(ctx, whole, [stale]), []);
    });
  });
});
