import assert from 'node:assert/strict';
import { analyzeRoadmap } from '../../../server/src/core/analyze';
import type { Range } from '../../../server/src/core/diagnostic';
import { errorOf, withoutData } from '../../support/findings';
import type { Finding } from '../../support/findings';
import { CLEAN, edit } from '../../support/roadmapBuilder';

/** A roadmap with no diagnostic at all, so each test sees only what its edit causes. */

const RAW_AJV_WORDING = [
  'must NOT',
  'must have required property',
  'instancePath',
  'should match pattern',
  'must match',
  'must be equal to',
  'additionalProperties',
  'must be string',
];

/** The range of `part` inside the first occurrence of `context`, counted without LineIndex. */
function rangeIn(text: string, context: string, part = context): Range {
  const at = text.indexOf(context);
  assert.ok(at >= 0, `the text has no ${JSON.stringify(context)}`);
  const inner = context.indexOf(part);
  assert.ok(inner >= 0, `${JSON.stringify(context)} has no ${JSON.stringify(part)}`);
  const start = at + inner;
  const position = (offset: number) => {
    const before = text.slice(0, offset).split('\n');
    return { line: before.length - 1, character: before[before.length - 1].length };
  };
  return { start: position(start), end: position(start + part.length) };
}

const schema = errorOf('schema');

function analyse(text: string): Finding[] {
  const { diagnostics } = analyzeRoadmap(text);
  for (const d of diagnostics) {
    for (const raw of RAW_AJV_WORDING)
      assert.ok(!d.message.includes(raw), `raw schema wording ${JSON.stringify(raw)} in: ${d.message}`);
  }
  return withoutData(diagnostics);
}

const EMPTY_MESSAGE =
  'The file is empty. A roadmap needs at least `cxroadmap: 1`, a `title`, a `horizon` with `start` and `end`, and a list of `initiatives`.';

describe('schema diagnostics in plain language', () => {
  it('the fixture is clean', () => {
    assert.deepEqual(analyse(CLEAN), []);
  });

  describe('wrong type', () => {
    it('`owner: [a, b]` at the root is reported on the `owner` key', () => {
      const text = edit(CLEAN, 'owner: Dana Reyes\nsponsor', 'owner: [a, b]\nsponsor');
      assert.deepEqual(analyse(text), [
        schema(rangeIn(text, 'owner: [a, b]', 'owner'), '`owner` should be text, not a list.'),
      ]);
    });

    it('`owner: [a, b]` in an initiative is reported on its key, and missing-owner stays silent', () => {
      const text = edit(CLEAN, '    owner: Priya Nair', '    owner: [a, b]');
      assert.deepEqual(analyse(text), [
        schema(rangeIn(text, 'owner: [a, b]', 'owner'), '`owner` should be text, not a list.'),
      ]);
    });

    it('names the entry of a list that has the wrong type', () => {
      const text = edit(
        CLEAN,
        '  board: CX Leadership Council',
        '  board: CX Leadership Council\n  members: [Dana Reyes, 42]',
      );
      assert.deepEqual(analyse(text), [
        schema(rangeIn(text, '42]', '42'), 'Entry 2 of `members` should be text, not a number.'),
      ]);
    });

    it('describes a mapping, a list and a number in words', () => {
      const text = edit(CLEAN, '    owner: Priya Nair', '    owner: {name: Priya}\n    team: [1]\n    note: 7');
      assert.deepEqual(analyse(text), [
        schema(rangeIn(text, 'owner: {name', 'owner'), '`owner` should be text, not a mapping of keys.'),
        schema(rangeIn(text, 'team: [1]', 'team'), '`team` should be text, not a list.'),
        schema(rangeIn(text, 'note: 7', '7'), '`note` should be text, not a number.'),
      ]);
    });

    it('reports `early_win: yes` (text in YAML 1.2) as not a boolean', () => {
      const text = edit(CLEAN, '  - id: journey-map\n', '  - id: journey-map\n    early_win: yes\n');
      assert.deepEqual(analyse(text), [
        schema(rangeIn(text, 'early_win: yes', 'yes'), '`early_win` should be `true` or `false`, not text.'),
      ]);
    });

    it('reports a text-or-number field given a list once, naming both allowed types', () => {
      const text = edit(CLEAN, '        kind: behaviour', '        kind: behaviour\n        baseline: [1]');
      assert.deepEqual(analyse(text), [
        schema(rangeIn(text, 'baseline: [1]', 'baseline'), '`baseline` should be text or a number, not a list.'),
      ]);
    });

    it('reports `initiatives` that is a mapping on its key', () => {
      const text = `${CLEAN.slice(0, CLEAN.indexOf('initiatives:'))}initiatives: {a: 1}\n`;
      assert.deepEqual(analyse(text), [
        schema(rangeIn(text, 'initiatives', 'initiatives'), '`initiatives` should be a list, not a mapping of keys.'),
      ]);
    });
  });

  describe('unknown keys', () => {
    it('suggests `owner` for `ownr` at the root, on the key', () => {
      const text = edit(CLEAN, 'owner: Dana Reyes', 'ownr: Dana Reyes');
      assert.deepEqual(analyse(text), [
        schema(rangeIn(text, 'ownr'), '`ownr` is not a key of the roadmap. Did you mean `owner`?'),
      ]);
    });

    it('suggests `owner` for `ownr` in an initiative', () => {
      const text = edit(CLEAN, '    owner: Priya Nair', '    ownr: Priya Nair');
      const schemaOnly = analyse(text).filter((d) => d.code === 'schema');
      assert.deepEqual(schemaOnly, [
        schema(rangeIn(text, 'ownr'), '`ownr` is not a key of an initiative. Did you mean `owner`?'),
      ]);
    });

    it('lists the known keys and the `x-` escape when nothing is close', () => {
      const text = edit(CLEAN, 'sponsor: Sam Ortiz (CEO)', 'sponsor: Sam Ortiz (CEO)\nbudgetline: 3');
      assert.deepEqual(analyse(text), [
        schema(
          rangeIn(text, 'budgetline'),
          '`budgetline` is not a key of the roadmap. Known keys: `cxroadmap`, `title`, `owner`, `sponsor`, `horizon`, `governance`, `journey`, `competencies` and `initiatives`; put your own data under a key starting with `x-`.',
        ),
      ]);
    });

    it('names the kind of mapping for a nested unknown key (a measure)', () => {
      const text = edit(CLEAN, '        kind: behaviour', '        kind: behaviour\n        unit: percent');
      assert.deepEqual(analyse(text), [
        schema(
          rangeIn(text, 'unit: percent', 'unit'),
          '`unit` is not a key of a measure. Known keys: `metric`, `kind`, `baseline`, `target` and `by`; put your own data under a key starting with `x-`.',
        ),
      ]);
    });

    it('accepts `x-` keys anywhere: root, horizon, governance, journey, initiative, measure', () => {
      let text = edit(CLEAN, 'sponsor: Sam Ortiz (CEO)', 'sponsor: Sam Ortiz (CEO)\nx-root: {a: [1, {b: 2}]}');
      text = edit(text, '  end: 2031-12-31\ngovernance:', '  end: 2031-12-31\n  x-horizon-note: fixed\ngovernance:');
      text = edit(text, '  board: CX Leadership Council', '  board: CX Leadership Council\n  x-chair: [Dana]');
      text = edit(text, '  stages: [discover, renew]', '  stages: [discover, renew]\n  x-source: workshop');
      text = edit(text, '    owner: Priya Nair', '    owner: Priya Nair\n    x-budget-code: CX-2027-04');
      text = edit(text, '        kind: behaviour', '        kind: behaviour\n        x-dashboard: churn');
      assert.deepEqual(analyse(text), []);
    });

    it('reports a key that is not text (a list used as a key)', () => {
      const text = edit(CLEAN, 'sponsor: Sam Ortiz (CEO)', 'sponsor: Sam Ortiz (CEO)\n? [a, b]\n: c');
      assert.deepEqual(analyse(text), [
        schema(rangeIn(text, '[a, b]'), 'A key must be plain text, not a list or a mapping.'),
      ]);
    });

    it('reports a key that is not text inside an initiative', () => {
      const text = edit(CLEAN, '    owner: Priya Nair', '    owner: Priya Nair\n    ? {a: 1}\n    : c');
      assert.deepEqual(analyse(text), [
        schema(rangeIn(text, '{a: 1}'), 'A key must be plain text, not a list or a mapping.'),
      ]);
    });
  });

  describe('enums, constants and patterns', () => {
    it('suggests `active` for `status: activ`', () => {
      const text = edit(CLEAN, '    early_win: true', '    status: activ\n    early_win: true');
      assert.deepEqual(analyse(text), [
        schema(
          rangeIn(text, 'status: activ', 'activ'),
          '`status` must be one of `planned`, `active`, `at-risk`, `blocked`, `done` or `cancelled`, not `activ`. Did you mean `active`?',
        ),
      ]);
    });

    it('suggests `monthly` for a cadence typo', () => {
      const text = edit(CLEAN, 'review: monthly', 'review: montly');
      assert.deepEqual(analyse(text), [
        schema(
          rangeIn(text, 'montly'),
          '`review` must be one of `weekly`, `biweekly`, `monthly` or `quarterly`, not `montly`. Did you mean `monthly`?',
        ),
      ]);
    });

    it('gives a number where a word of a list is expected one diagnostic, not one per failed check', () => {
      const text = edit(CLEAN, 'review: monthly', 'review: 3');
      const found = analyse(text);
      assert.deepEqual(
        found.map((d) => [d.code, d.range]),
        [['schema', rangeIn(text, 'review: 3', '3')]],
        found.map((d) => d.message).join('\n'),
      );
    });

    it('reports `cxroadmap: 2` on the value', () => {
      const text = edit(CLEAN, 'cxroadmap: 1', 'cxroadmap: 2');
      assert.deepEqual(analyse(text), [
        schema(
          rangeIn(text, 'cxroadmap: 2', '2'),
          '`cxroadmap` is the format version and must be the number 1, not `2`.',
        ),
      ]);
    });

    it('says that a quoted `cxroadmap: "1"` is text', () => {
      const text = edit(CLEAN, 'cxroadmap: 1', 'cxroadmap: "1"');
      assert.deepEqual(analyse(text), [
        schema(
          rangeIn(text, 'cxroadmap: "1"', '"1"'),
          '`cxroadmap` is the format version and must be the number 1, not the text `1` (write it without quotes).',
        ),
      ]);
    });

    it('reports a bad id and proposes a valid one', () => {
      const text = edit(CLEAN, 'id: asset-metrics', 'id: Asset Metrics');
      assert.deepEqual(analyse(text), [
        schema(
          rangeIn(text, 'Asset Metrics'),
          '`Asset Metrics` is not a valid initiative id: use lower-case letters, digits and hyphens, starting with a letter or digit such as `asset-metrics`.',
        ),
      ]);
    });

    it('reports a bad id in `depends_on` on that entry', () => {
      const text = edit(CLEAN, '    early_win: true', '    depends_on: [Bad Id]\n    early_win: true');
      assert.deepEqual(analyse(text), [
        schema(
          rangeIn(text, 'Bad Id'),
          '`Bad Id` is not a valid initiative id: use lower-case letters, digits and hyphens, starting with a letter or digit such as `bad-id`.',
        ),
      ]);
    });

    it('reports an http link on the url', () => {
      const text = edit(
        CLEAN,
        '    early_win: true',
        '    links:\n      - title: Dashboard\n        url: http://example.com/churn\n    early_win: true',
      );
      assert.deepEqual(analyse(text), [
        schema(
          rangeIn(text, 'http://example.com/churn'),
          'Links must be secure `https://` addresses; `http://example.com/churn` is not one.',
        ),
      ]);
    });
  });

  describe('malformed dates', () => {
    const PERIOD_HINT = 'should be a date like 2027-01-31 or a period like 2027, 2027-H1, 2027-Q3 or 2027-05';

    it('in `start`', () => {
      const text = edit(CLEAN, 'start: 2027-01-04', 'start: 2027/01/04');
      assert.deepEqual(analyse(text), [
        schema(rangeIn(text, '2027/01/04'), `\`start\` ${PERIOD_HINT}, not \`2027/01/04\`.`),
      ]);
    });

    it('in `end`', () => {
      const text = edit(CLEAN, '    start: 2027\n    end: 2027\n', '    start: 2027\n    end: Q4 2027\n');
      assert.deepEqual(analyse(text), [schema(rangeIn(text, 'Q4 2027'), `\`end\` ${PERIOD_HINT}, not \`Q4 2027\`.`)]);
    });

    it('in `horizon.start` (a year that is not four digits)', () => {
      const text = edit(CLEAN, '  start: 2027-01-01', '  start: 999');
      assert.deepEqual(analyse(text), [
        schema(rangeIn(text, 'start: 999', '999'), `\`start\` ${PERIOD_HINT}, not \`999\`.`),
      ]);
    });

    it('in a milestone `date` (a period is not a day)', () => {
      const text = edit(
        CLEAN,
        '    early_win: true',
        '    milestones:\n      - name: First report\n        date: 2027-Q1\n    early_win: true',
      );
      assert.deepEqual(analyse(text), [
        schema(
          rangeIn(text, 'date: 2027-Q1', '2027-Q1'),
          '`date` should be a day date like 2027-02-01, not `2027-Q1`.',
        ),
      ]);
    });

    it('in a measure `by`', () => {
      const text = edit(CLEAN, '        kind: behaviour', '        kind: behaviour\n        by: soon');
      assert.deepEqual(analyse(text), [
        schema(rangeIn(text, 'by: soon', 'soon'), '`by` should be a day date like 2027-02-01, not `soon`.'),
      ]);
    });

    it('a malformed end of the only early win gives `schema` and no date rule (no-early-win) on it', () => {
      const text = edit(CLEAN, 'end: 2027-Q1', 'end: Q1 2027');
      assert.deepEqual(analyse(text), [schema(rangeIn(text, 'Q1 2027'), `\`end\` ${PERIOD_HINT}, not \`Q1 2027\`.`)]);
    });
  });

  describe('impossible dates', () => {
    it('2027-02-30', () => {
      const text = edit(CLEAN, 'start: 2027-01-04', 'start: 2027-02-30');
      assert.deepEqual(analyse(text), [
        schema(rangeIn(text, '2027-02-30'), '`start` 2027-02-30 is not a real date: February 2027 has 28 days.'),
      ]);
    });

    it('2027-13', () => {
      const text = edit(CLEAN, '    start: 2028-01\n    end: 2028-12', '    start: 2028-01\n    end: 2027-13');
      assert.deepEqual(analyse(text), [
        schema(rangeIn(text, '2027-13'), '`end` 2027-13 is not a real date: there is no month 13.'),
      ]);
    });

    it('29 February of a common year in a milestone', () => {
      const text = edit(
        CLEAN,
        '    early_win: true',
        '    milestones:\n      - name: Leap\n        date: 2027-02-29\n    early_win: true',
      );
      assert.deepEqual(analyse(text), [
        schema(rangeIn(text, '2027-02-29'), '`date` 2027-02-29 is not a real date: February 2027 has 28 days.'),
      ]);
    });
  });

  describe('missing required keys', () => {
    it('lists every missing key of an initiative in one diagnostic on its `id` value', () => {
      const text = `${CLEAN}  - id: extra\n    owner: Lee Chen\n    measures:\n      - metric: m\n`;
      assert.deepEqual(analyse(text), [
        schema(
          rangeIn(text, 'id: extra', 'extra'),
          'Initiative `extra` is missing `title`, `competency`, `start` and `end`: a title names it for everyone who reads it; `competency` names which of the five competencies it builds; `start` and `end` place it on the timeline.',
        ),
      ]);
    });

    it('puts it on the first key when the initiative has no id', () => {
      const text = `${CLEAN}  - owner: Lee Chen\n    title: Extra\n    measures:\n      - metric: m\n`;
      assert.deepEqual(analyse(text), [
        schema(
          rangeIn(text, '  - owner: Lee Chen', 'owner'),
          'This initiative is missing `id`, `competency`, `start` and `end`: an id lets other initiatives depend on it; `competency` names which of the five competencies it builds; `start` and `end` place it on the timeline.',
        ),
      ]);
    });

    it('puts missing root keys on the first key of the file', () => {
      const text = `# Acme\n${edit(CLEAN, 'cxroadmap: 1\ntitle: Acme Customer Experience Roadmap\n', '')}`;
      assert.deepEqual(analyse(text), [
        schema(
          rangeIn(text, 'owner: Dana Reyes', 'owner'),
          'The roadmap is missing `cxroadmap` and `title`: `cxroadmap: 1` names the format version; a title names it for everyone who reads it.',
        ),
      ]);
    });

    it('counts `title: ~` as missing', () => {
      const text = edit(CLEAN, 'title: Acme Customer Experience Roadmap', 'title: ~');
      assert.deepEqual(analyse(text), [
        schema(
          rangeIn(text, 'cxroadmap'),
          'The roadmap is missing `title`: a title names it for everyone who reads it.',
        ),
      ]);
    });

    it('puts a missing horizon key on the `horizon` key', () => {
      const text = edit(CLEAN, '  end: 2031-12-31\ngovernance', 'governance');
      assert.deepEqual(analyse(text), [
        schema(rangeIn(text, 'horizon'), '`horizon` is missing `end`: `start` and `end` place it on the timeline.'),
      ]);
    });
  });

  describe('duplicates', () => {
    it('reports a duplicate root key as `schema` on the second key', () => {
      const text = edit(CLEAN, 'sponsor: Sam Ortiz (CEO)', 'sponsor: Sam Ortiz (CEO)\nowner: Someone Else');
      assert.deepEqual(analyse(text), [
        schema(rangeIn(text, 'owner: Someone', 'owner'), 'This key appears twice in the same mapping.'),
      ]);
    });

    it('reports a duplicate key in an initiative as `schema` on the second key', () => {
      const text = edit(
        CLEAN,
        '    title: Monthly customer gain and loss report\n',
        '    title: Monthly customer gain and loss report\n    title: Again\n',
      );
      assert.deepEqual(analyse(text), [
        schema(rangeIn(text, 'title: Again', 'title'), 'This key appears twice in the same mapping.'),
      ]);
    });

    it('reports a duplicate `depends_on` entry on the repeated entry', () => {
      const text = edit(
        CLEAN,
        '    early_win: true',
        '    depends_on: [journey-map, listening, journey-map]\n    early_win: true',
      );
      assert.deepEqual(analyse(text), [
        schema(
          rangeIn(text, 'listening, journey-map]', 'journey-map'),
          '`journey-map` is listed twice in `depends_on`.',
        ),
      ]);
    });
  });

  describe('files without a roadmap mapping', () => {
    for (const [name, text] of [
      ['an empty file', ''],
      ['a file of only comments', '# roadmap to come\n# (draft)\n'],
      ['a file of blank lines', '  \n\n'],
      ['a file with only `---`', '---\n'],
    ] as const) {
      it(`${name} gets exactly one schema diagnostic at 0:0`, () => {
        const zero = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
        assert.deepEqual(analyse(text), [schema(zero, EMPTY_MESSAGE)]);
      });
    }

    const ROOT_SHAPE =
      'The roadmap should be a mapping of keys such as `cxroadmap:`, `title:`, `horizon:` and `initiatives:`';

    it('a list at the root gets a schema diagnostic on its first line', () => {
      const text = '- a\n- b\n';
      const found = analyse(text).filter((d) => d.code === 'schema');
      assert.deepEqual(found, [schema(rangeIn(text, '- a'), `${ROOT_SHAPE}, not a list.`)]);
    });

    it('a scalar at the root gets a schema diagnostic on it', () => {
      const text = 'hello\n';
      const found = analyse(text).filter((d) => d.code === 'schema');
      assert.deepEqual(found, [schema(rangeIn(text, 'hello'), `${ROOT_SHAPE}, not text.`)]);
    });

    it('a root that is not a mapping gets nothing but that schema diagnostic', () => {
      for (const text of ['- a\n- b\n', 'hello\n']) {
        assert.deepEqual(
          analyse(text).map((d) => d.code),
          ['schema'],
          JSON.stringify(text),
        );
      }
    });
  });

  describe('no raw validator wording', () => {
    it('reads plainly for a file with many kinds of problems at once', () => {
      let text = edit(CLEAN, 'cxroadmap: 1', 'cxroadmap: "one"');
      text = edit(text, 'review: monthly', 'review: 3');
      text = edit(text, '  stages: [discover, renew]', '  stages: [discover, renew, renew, [x]]');
      text = edit(
        text,
        '    owner: Priya Nair',
        '    owner: {a: 1}\n    team: [x]\n    stage: {}\n    depends_on: nope\n    links: [{url: ftp://x}, 5]\n    milestones: [{}, {name: [1], date: 20270101}]',
      );
      text = edit(text, '        kind: behaviour', '        kind: 3\n        target: {a: 1}\n        by: 2027-02-31');
      text = edit(text, '  - id: journey-map', '  - id: -journey-map\n    early_win: 1');
      const found = analyse(text);
      assert.ok(
        found.filter((d) => d.code === 'schema').length >= 10,
        `expected many schema diagnostics, got ${found.length}`,
      );
    });
  });
});

describe('values longer than the schema allows', () => {
  function longId(text: string): string {
    return edit(text, '  - id: listening\n', `  - id: ${'l'.repeat(257)}\n`);
  }

  it('reports an id over 256 characters in plain words, once, on the id', () => {
    const text = longId(CLEAN);
    const found = analyse(text).filter((d) => d.code === 'schema');
    assert.deepEqual(found, [
      schema(rangeIn(text, 'l'.repeat(257)), '`id` is 257 characters long; it may have at most 256. Shorten it.'),
    ]);
  });

  it('accepts an id of exactly 256 characters', () => {
    const text = edit(CLEAN, '  - id: listening\n', `  - id: ${'l'.repeat(256)}\n`);
    assert.deepEqual(
      analyse(text).filter((d) => d.code === 'schema'),
      [],
    );
  });

  const fields: [string, string, number][] = [
    ['owner: Dana Reyes\n', 'owner', 200],
    ['    owner: Ana Silva\n', 'owner', 200],
    ['    title: Listening path\n', 'title', 200],
    ['  - metric: complaints resolved at first contact\n', 'metric', 200],
  ];
  for (const [line, key, limit] of fields) {
    it(`reports \`${key}\` over ${limit} characters in plain words (${line.trim()})`, () => {
      const indent = line.slice(0, line.indexOf(key));
      const long = 'w'.repeat(limit + 1);
      const text = edit(CLEAN, line, `${indent}${key}: ${long}\n`);
      const found = analyse(text).filter((d) => d.code === 'schema');
      assert.deepEqual(found, [
        schema(
          rangeIn(text, long),
          `\`${key}\` is ${limit + 1} characters long; it may have at most ${limit}. Shorten it.`,
        ),
      ]);
    });
  }
});
