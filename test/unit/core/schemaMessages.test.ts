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

/** A problem an edit of CLEAN makes, and the one finding it gets. */
interface OneFinding {
  /** The test's name. */
  name: string;
  /** The edit: the first `from` in CLEAN becomes `to`. */
  from: string;
  to: string;
  /** Where the finding stands: `part` (all of `at` when not given) of the first `at` in the edited text. */
  at: string;
  part?: string;
  message: string;
}

/** The edited text gets exactly one finding: the schema error at that range, with that message. */
function assertOneFinding(c: OneFinding): void {
  const text = edit(CLEAN, c.from, c.to);
  assert.deepEqual(analyse(text), [schema(rangeIn(text, c.at, c.part), c.message)]);
}

const PERIOD_HINT = 'should be a date like 2027-01-31 or a period like 2027, 2027-H1, 2027-Q3 or 2027-05';

/*
 * The tables below are the tests of the `describe` blocks of the same subject in which one
 * edit of CLEAN gets one schema finding; a block's other tests are written out in it.
 */

/** Values of the wrong type: the finding says what the value should be, and what it is. */
const WRONG_TYPES: OneFinding[] = [
  {
    name: '`owner: [a, b]` at the root is reported on the `owner` key',
    from: 'owner: Dana Reyes\nsponsor',
    to: 'owner: [a, b]\nsponsor',
    at: 'owner: [a, b]',
    part: 'owner',
    message: '`owner` should be text, not a list.',
  },
  {
    name: '`owner: [a, b]` in an initiative is reported on its key, and missing-owner stays silent',
    from: '    owner: Priya Nair',
    to: '    owner: [a, b]',
    at: 'owner: [a, b]',
    part: 'owner',
    message: '`owner` should be text, not a list.',
  },
  {
    name: 'names the entry of a list that has the wrong type',
    from: '  board: CX Leadership Council',
    to: '  board: CX Leadership Council\n  members: [Dana Reyes, 42]',
    at: '42]',
    part: '42',
    message: 'Entry 2 of `members` should be text, not a number.',
  },
  {
    name: 'reports `early_win: yes` (text in YAML 1.2) as not a boolean',
    from: '  - id: journey-map\n',
    to: '  - id: journey-map\n    early_win: yes\n',
    at: 'early_win: yes',
    part: 'yes',
    message: '`early_win` should be `true` or `false`, not text.',
  },
  {
    name: 'reports a text-or-number field given a list once, naming both allowed types',
    from: '        kind: behaviour',
    to: '        kind: behaviour\n        baseline: [1]',
    at: 'baseline: [1]',
    part: 'baseline',
    message: '`baseline` should be text or a number, not a list.',
  },
];

/** Keys the format does not know: the finding suggests the close one, or lists the known keys. */
const UNKNOWN_KEYS: OneFinding[] = [
  {
    name: 'suggests `owner` for `ownr` at the root, on the key',
    from: 'owner: Dana Reyes',
    to: 'ownr: Dana Reyes',
    at: 'ownr',
    message: '`ownr` is not a key of the roadmap. Did you mean `owner`?',
  },
  {
    name: 'lists the known keys and the `x-` escape when nothing is close',
    from: 'sponsor: Sam Ortiz (CEO)',
    to: 'sponsor: Sam Ortiz (CEO)\nbudgetline: 3',
    at: 'budgetline',
    message:
      '`budgetline` is not a key of the roadmap. Known keys: `cxroadmap`, `title`, `owner`, `sponsor`, `horizon`, `governance`, `journey`, `competencies` and `initiatives`; put your own data under a key starting with `x-`.',
  },
  {
    name: 'names the kind of mapping for a nested unknown key (a measure)',
    from: '        kind: behaviour',
    to: '        kind: behaviour\n        unit: percent',
    at: 'unit: percent',
    part: 'unit',
    message:
      '`unit` is not a key of a measure. Known keys: `metric`, `kind`, `baseline`, `target` and `by`; put your own data under a key starting with `x-`.',
  },
  {
    name: 'reports a key that is not text (a list used as a key)',
    from: 'sponsor: Sam Ortiz (CEO)',
    to: 'sponsor: Sam Ortiz (CEO)\n? [a, b]\n: c',
    at: '[a, b]',
    message: 'A key must be plain text, not a list or a mapping.',
  },
  {
    name: 'reports a key that is not text inside an initiative',
    from: '    owner: Priya Nair',
    to: '    owner: Priya Nair\n    ? {a: 1}\n    : c',
    at: '{a: 1}',
    message: 'A key must be plain text, not a list or a mapping.',
  },
];

/** Values outside a list of words, other than a constant, or not matching a pattern. */
const OUTSIDE_ENUMS_AND_PATTERNS: OneFinding[] = [
  {
    name: 'suggests `active` for `status: activ`',
    from: '    early_win: true',
    to: '    status: activ\n    early_win: true',
    at: 'status: activ',
    part: 'activ',
    message:
      '`status` must be one of `planned`, `active`, `at-risk`, `blocked`, `done` or `cancelled`, not `activ`. Did you mean `active`?',
  },
  {
    name: 'suggests `monthly` for a cadence typo',
    from: 'review: monthly',
    to: 'review: montly',
    at: 'montly',
    message:
      '`review` must be one of `weekly`, `biweekly`, `monthly` or `quarterly`, not `montly`. Did you mean `monthly`?',
  },
  {
    name: 'reports `cxroadmap: 2` on the value',
    from: 'cxroadmap: 1',
    to: 'cxroadmap: 2',
    at: 'cxroadmap: 2',
    part: '2',
    message: '`cxroadmap` is the format version and must be the number 1, not `2`.',
  },
  {
    name: 'says that a quoted `cxroadmap: "1"` is text',
    from: 'cxroadmap: 1',
    to: 'cxroadmap: "1"',
    at: 'cxroadmap: "1"',
    part: '"1"',
    message: '`cxroadmap` is the format version and must be the number 1, not the text `1` (write it without quotes).',
  },
  {
    name: 'reports a bad id and proposes a valid one',
    from: 'id: asset-metrics',
    to: 'id: Asset Metrics',
    at: 'Asset Metrics',
    message:
      '`Asset Metrics` is not a valid initiative id: use lower-case letters, digits and hyphens, starting with a letter or digit such as `asset-metrics`.',
  },
  {
    name: 'reports a bad id in `depends_on` on that entry',
    from: '    early_win: true',
    to: '    depends_on: [Bad Id]\n    early_win: true',
    at: 'Bad Id',
    message:
      '`Bad Id` is not a valid initiative id: use lower-case letters, digits and hyphens, starting with a letter or digit such as `bad-id`.',
  },
  {
    name: 'reports an http link on the url',
    from: '    early_win: true',
    to: '    links:\n      - title: Dashboard\n        url: http://example.com/churn\n    early_win: true',
    at: 'http://example.com/churn',
    message: 'Links must be secure `https://` addresses; `http://example.com/churn` is not one.',
  },
];

/** Dates that are neither a day nor a period. */
const MALFORMED_DATES: OneFinding[] = [
  {
    name: 'in `start`',
    from: 'start: 2027-01-04',
    to: 'start: 2027/01/04',
    at: '2027/01/04',
    message: `\`start\` ${PERIOD_HINT}, not \`2027/01/04\`.`,
  },
  {
    name: 'in `end`',
    from: '    start: 2027\n    end: 2027\n',
    to: '    start: 2027\n    end: Q4 2027\n',
    at: 'Q4 2027',
    message: `\`end\` ${PERIOD_HINT}, not \`Q4 2027\`.`,
  },
  {
    name: 'in `horizon.start` (a year that is not four digits)',
    from: '  start: 2027-01-01',
    to: '  start: 999',
    at: 'start: 999',
    part: '999',
    message: `\`start\` ${PERIOD_HINT}, not \`999\`.`,
  },
  {
    name: 'in a milestone `date` (a period is not a day)',
    from: '    early_win: true',
    to: '    milestones:\n      - name: First report\n        date: 2027-Q1\n    early_win: true',
    at: 'date: 2027-Q1',
    part: '2027-Q1',
    message: '`date` should be a day date like 2027-02-01, not `2027-Q1`.',
  },
  {
    name: 'in a measure `by`',
    from: '        kind: behaviour',
    to: '        kind: behaviour\n        by: soon',
    at: 'by: soon',
    part: 'soon',
    message: '`by` should be a day date like 2027-02-01, not `soon`.',
  },
  {
    name: 'a malformed end of the only early win gives `schema` and no date rule (no-early-win) on it',
    from: 'end: 2027-Q1',
    to: 'end: Q1 2027',
    at: 'Q1 2027',
    message: `\`end\` ${PERIOD_HINT}, not \`Q1 2027\`.`,
  },
];

/** Dates of the right form that no calendar has. */
const IMPOSSIBLE_DATES: OneFinding[] = [
  {
    name: '2027-02-30',
    from: 'start: 2027-01-04',
    to: 'start: 2027-02-30',
    at: '2027-02-30',
    message: '`start` 2027-02-30 is not a real date: February 2027 has 28 days.',
  },
  {
    name: '2027-13',
    from: '    start: 2028-01\n    end: 2028-12',
    to: '    start: 2028-01\n    end: 2027-13',
    at: '2027-13',
    message: '`end` 2027-13 is not a real date: there is no month 13.',
  },
  {
    name: '29 February of a common year in a milestone',
    from: '    early_win: true',
    to: '    milestones:\n      - name: Leap\n        date: 2027-02-29\n    early_win: true',
    at: '2027-02-29',
    message: '`date` 2027-02-29 is not a real date: February 2027 has 28 days.',
  },
];

/** Required keys left empty or left out. */
const MISSING_KEYS: OneFinding[] = [
  {
    name: 'counts `title: ~` as missing',
    from: 'title: Acme Customer Experience Roadmap',
    to: 'title: ~',
    at: 'cxroadmap',
    message: 'The roadmap is missing `title`: a title names it for everyone who reads it.',
  },
  {
    name: 'puts a missing horizon key on the `horizon` key',
    from: '  end: 2031-12-31\ngovernance',
    to: 'governance',
    at: 'horizon',
    message: '`horizon` is missing `end`: `start` and `end` place it on the timeline.',
  },
];

/** Keys and `depends_on` entries written twice. */
const DUPLICATES: OneFinding[] = [
  {
    name: 'reports a duplicate root key as `schema` on the second key',
    from: 'sponsor: Sam Ortiz (CEO)',
    to: 'sponsor: Sam Ortiz (CEO)\nowner: Someone Else',
    at: 'owner: Someone',
    part: 'owner',
    message: 'This key appears twice in the same mapping.',
  },
  {
    name: 'reports a duplicate key in an initiative as `schema` on the second key',
    from: '    title: Monthly customer gain and loss report\n',
    to: '    title: Monthly customer gain and loss report\n    title: Again\n',
    at: 'title: Again',
    part: 'title',
    message: 'This key appears twice in the same mapping.',
  },
  {
    name: 'reports a duplicate `depends_on` entry on the repeated entry',
    from: '    early_win: true',
    to: '    depends_on: [journey-map, listening, journey-map]\n    early_win: true',
    at: 'listening, journey-map]',
    part: 'journey-map',
    message: '`journey-map` is listed twice in `depends_on`.',
  },
];

const EMPTY_MESSAGE =
  'The file is empty. A roadmap needs at least `cxroadmap: 1`, a `title`, a `horizon` with `start` and `end`, and a list of `initiatives`.';

describe('schema diagnostics in plain language', () => {
  it('the fixture is clean', () => {
    assert.deepEqual(analyse(CLEAN), []);
  });

  describe('wrong type', () => {
    for (const c of WRONG_TYPES) it(c.name, () => assertOneFinding(c));

    it('describes a mapping, a list and a number in words', () => {
      const text = edit(CLEAN, '    owner: Priya Nair', '    owner: {name: Priya}\n    team: [1]\n    note: 7');
      assert.deepEqual(analyse(text), [
        schema(rangeIn(text, 'owner: {name', 'owner'), '`owner` should be text, not a mapping of keys.'),
        schema(rangeIn(text, 'team: [1]', 'team'), '`team` should be text, not a list.'),
        schema(rangeIn(text, 'note: 7', '7'), '`note` should be text, not a number.'),
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
    for (const c of UNKNOWN_KEYS) it(c.name, () => assertOneFinding(c));

    it('suggests `owner` for `ownr` in an initiative', () => {
      const text = edit(CLEAN, '    owner: Priya Nair', '    ownr: Priya Nair');
      const schemaOnly = analyse(text).filter((d) => d.code === 'schema');
      assert.deepEqual(schemaOnly, [
        schema(rangeIn(text, 'ownr'), '`ownr` is not a key of an initiative. Did you mean `owner`?'),
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
  });

  describe('enums, constants and patterns', () => {
    for (const c of OUTSIDE_ENUMS_AND_PATTERNS) it(c.name, () => assertOneFinding(c));

    it('gives a number where a word of a list is expected one diagnostic, not one per failed check', () => {
      const text = edit(CLEAN, 'review: monthly', 'review: 3');
      const found = analyse(text);
      assert.deepEqual(
        found.map((d) => [d.code, d.range]),
        [['schema', rangeIn(text, 'review: 3', '3')]],
        found.map((d) => d.message).join('\n'),
      );
    });
  });

  describe('malformed dates', () => {
    for (const c of MALFORMED_DATES) it(c.name, () => assertOneFinding(c));
  });

  describe('impossible dates', () => {
    for (const c of IMPOSSIBLE_DATES) it(c.name, () => assertOneFinding(c));
  });

  describe('missing required keys', () => {
    for (const c of MISSING_KEYS) it(c.name, () => assertOneFinding(c));

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
  });

  describe('duplicates', () => {
    for (const c of DUPLICATES) it(c.name, () => assertOneFinding(c));
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
