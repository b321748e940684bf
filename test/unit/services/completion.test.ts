import assert from 'node:assert/strict';
import type { CompletionItem, CompletionList, Range } from 'vscode-languageserver-types';
import { CompletionItemKind, InsertTextFormat, InsertTextMode, MarkupKind } from 'vscode-languageserver-types';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { analyzeRoadmap } from '../../../server/src/core/analyze';
import { getCompletions } from '../../../server/src/services/completion';
import { MAX_DEPENDENCY_ITEMS } from '../../../server/src/services/completion/valueCompletions';
import { generateRoadmap } from '../../../scripts/generateRoadmap';
import { coreInitiative, roadmap, yaml } from '../../support/roadmapBuilder';
import { at, atCaret, rangeOf } from './caret';
import { D, SCHEMA } from './schemaDocs';
import type { Described } from './schemaDocs';
import { COMPETENCY_IDS, COMPETENCY_NAMES, INITIATIVE_KEYS, TOP_LEVEL_KEYS } from '../../support/expected';
import { applyEdits } from '../../support/textEdits';

const repoRoot = path.resolve(__dirname, '../../../..');

/** The day after a `YYYY-MM-DD` day, computed apart from the code under test. */
function dayAfter(day: string): string {
  const next = new Date(`${day}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10);
}

/**
 * The new-initiative snippet after its `- `, lines after the first at `indent`: each field
 * with the value it starts with, the competency `first` first among the choices.
 */
function newInitiativeBody(indent: number, first: string, start: string, end: string): string {
  const choices = [first, ...COMPETENCY_IDS.filter((id) => id !== first)].join(',');
  return [
    'id: ${1:new-initiative}',
    'title: ${2:What changes for customers}',
    `competency: \${3|${choices}|}`,
    'owner: ${4:Accountable leader}',
    `start: \${5:${start}}`,
    `end: \${6:${end}}`,
  ].join(`\n${' '.repeat(indent)}`);
}

/** A Monday in the middle of a quarter. */
const TODAY = { year: 2027, month: 2, day: 15 };
/** The snippet choice of the five ids at tab stop `n`. */
const choice = (n: number): string => `\${${n}|${COMPETENCY_IDS.join(',')}|}`;
const COMPETENCY_CHOICE = choice(3);

function complete(marked: string, today = TODAY): { list: CompletionList; range: Range; text: string } {
  const { ctx, position, text } = atCaret(marked);
  return {
    list: getCompletions(ctx, position, today),
    range: at(position),
    text,
  };
}

function labels(list: CompletionList): string[] {
  return list.items.map((i) => i.label);
}

function item(list: CompletionList, label: string): CompletionItem {
  const found = list.items.find((i) => i.label === label);
  assert.ok(found, `no item ${label} among ${labels(list).join(', ')}`);
  return found;
}

/** The item of the key `label` of the mapping `parent` describes: its documentation is the schema's for that key. */
function keyItem(
  parent: Described,
  label: string,
  detail: string,
  newText: string,
  range: Range,
  sortText: string,
): CompletionItem {
  return {
    label,
    kind: CompletionItemKind.Property,
    detail,
    documentation: {
      kind: MarkupKind.Markdown,
      value: parent.properties![label].markdownDescription,
    },
    insertTextFormat: InsertTextFormat.Snippet,
    insertTextMode: InsertTextMode.asIs,
    textEdit: { range, newText },
    sortText,
  };
}

function valueItem(
  label: string,
  kind: CompletionItemKind,
  detail: string,
  range: Range,
  sortText: string,
  newText = label,
): CompletionItem {
  return { label, kind, detail, textEdit: { range, newText }, sortText };
}

/** The sort text of the `i`-th item offered. */
function sortTextAt(i: number): string {
  return String(i).padStart(3, '0');
}

/** Value items of `kind` at `range` from `[label, detail]` rows, sorted in the rows' order. */
function valueItems(
  range: Range,
  rows: readonly (readonly [label: string, detail: string])[],
  kind: CompletionItemKind = CompletionItemKind.Value,
): CompletionItem[] {
  return rows.map(([label, detail], i) => valueItem(label, kind, detail, range, sortTextAt(i)));
}

/** Completing `marked` offers exactly the value items of `rows`, in that order, over the word at the caret. */
function assertValueItems(
  marked: string,
  rows: readonly (readonly [label: string, detail: string])[],
  today = TODAY,
): void {
  const { list, range } = complete(marked, today);
  assert.deepStrictEqual(list.items, valueItems(range, rows));
}

/** The item of another initiative's id, with that initiative's title as its detail. */
function idItem(id: string, title: string, range: Range, sortText: string, newText = id): CompletionItem {
  return valueItem(id, CompletionItemKind.Reference, title, range, sortText, newText);
}

/** A valid roadmap; tests add their line with the caret after `anchor`. */
const ROADMAP = roadmap({
  governance: { members: null, customer_room: null },
  initiatives: [
    coreInitiative('asset-metrics', { end: '2027-Q1' }),
    coreInitiative('journey-map', { depends_on: '[asset-metrics]' }),
    coreInitiative('customer-room', { owner: 'Priya Nair' }),
  ],
}).trimEnd();

/** The roadmap with `lines` (one holding the caret) added to the last initiative. */
function inLastInitiative(lines: string): string {
  return `${ROADMAP}\n${lines}`;
}

/** `keys` less those already written. */
function without(keys: readonly string[], ...written: string[]): string[] {
  return keys.filter((k) => !written.includes(k));
}

describe('completion: keys', () => {
  it('offers the top-level keys not yet written, on an empty line at column 0', () => {
    const { list, range } = complete('cxroadmap: 1\ntitle: Acme\n\u2038\n');
    assert.deepStrictEqual(labels(list), without(TOP_LEVEL_KEYS, 'cxroadmap', 'title'));
    assert.deepStrictEqual(
      item(list, 'horizon'),
      keyItem(
        SCHEMA,
        'horizon',
        'required · mapping',
        'horizon:\n  start: ${1:2027-01-01}\n  end: ${2:2031-12-31}',
        range,
        '002',
      ),
    );
    assert.deepStrictEqual(
      item(list, 'initiatives'),
      keyItem(
        SCHEMA,
        'initiatives',
        'required · list of initiatives',
        `initiatives:\n  - ${newInitiativeBody(4, COMPETENCY_IDS[0], '2027-01-01', '2027-03-31')}`,
        range,
        '006',
      ),
    );
  });

  it('offers every top-level key in an empty file', () => {
    const { list } = complete('\u2038');
    assert.deepStrictEqual(labels(list), TOP_LEVEL_KEYS);
    assert.deepStrictEqual(item(list, 'cxroadmap').textEdit, {
      range: at({ line: 0, character: 0 }),
      newText: 'cxroadmap: 1',
    });
  });

  it('lets indentation pick the mapping on an empty line, and leaves out keys written below the cursor', () => {
    const { list, range } = complete(yaml`
      title: Acme
      horizon:
        \u2038
        end: 2031-12-31
      owner: Dana Reyes
    `);
    assert.deepStrictEqual(list, {
      isIncomplete: false,
      items: [keyItem(D.horizon, 'start', 'required · day or period', 'start: ${1}', range, '000')],
    });
  });

  it('completes keys inside a flow mapping', () => {
    const { list, range } = complete('horizon: {start: 2027-01-01, \u2038}\n');
    assert.deepStrictEqual(list.items, [
      keyItem(D.horizon, 'end', 'required · day or period', 'end: ${1}', range, '000'),
    ]);
  });

  it('replaces the partial word in a flow mapping', () => {
    const { list, text } = complete('horizon: {start: 2027-01-01, e\u2038}\n');
    assert.deepStrictEqual(item(list, 'end').textEdit, {
      range: rangeOf(text, 'e', ', e'),
      newText: 'end: ${1}',
    });
  });

  it('offers flow-style snippets for mappings and lists inside a flow mapping', () => {
    const { list, range } = complete('cxroadmap: 1\ngovernance: {\u2038}\n');
    assert.deepStrictEqual(labels(list), ['board', 'members', 'review', 'customer_room']);
    assert.deepStrictEqual(item(list, 'members').textEdit, {
      range,
      newText: 'members: [${1}]',
    });
  });

  it('offers governance keys with a choice of cadences', () => {
    const { list, range } = complete(yaml`
      governance:
        board: CX Leadership Council
        \u2038
    `);
    assert.deepStrictEqual(labels(list), ['members', 'review', 'customer_room']);
    assert.deepStrictEqual(
      item(list, 'customer_room'),
      keyItem(
        D.governance,
        'customer_room',
        'optional · weekly | biweekly | monthly | quarterly',
        'customer_room: ${1|weekly,biweekly,monthly,quarterly|}',
        range,
        '002',
      ),
    );
  });

  it('offers journey stages as a block list', () => {
    const { list, range } = complete('journey:\n  \u2038\n');
    assert.deepStrictEqual(list.items, [
      keyItem(D.journey, 'stages', 'optional · list of names', 'stages:\n    - ${1}', range, '000'),
    ]);
  });

  it('offers the five competency ids as keys under competencies, less those written', () => {
    const { list, range } = complete(yaml`
      competencies:
        listening-path:
          goal: One listening system
        \u2038
    `);
    assert.deepStrictEqual(labels(list), [
      'customers-as-assets',
      'align-around-experience',
      'reliability-innovation',
      'one-company-leadership',
    ]);
    assert.deepStrictEqual(
      item(list, 'customers-as-assets'),
      keyItem(
        SCHEMA.properties!.competencies,
        'customers-as-assets',
        'Honor and Manage Customers as Assets',
        'customers-as-assets:\n    goal: ${1:What this competency will change for customers}',
        range,
        '000',
      ),
    );
  });

  it('offers goal inside a competency', () => {
    const { list } = complete('competencies:\n  listening-path:\n    \u2038\n');
    assert.deepStrictEqual(labels(list), ['goal']);
  });

  it('replaces the word being typed inside an initiative', () => {
    const { list, text } = complete(inLastInitiative('  - id: new-one\n    title: New\n    comp\u2038\n'));
    assert.deepStrictEqual(labels(list), without(INITIATIVE_KEYS, 'id', 'title'));
    assert.deepStrictEqual(
      item(list, 'competency'),
      keyItem(
        D.initiative,
        'competency',
        'required · competency id',
        `competency: ${choice(1)}`,
        rangeOf(text, 'comp', 'new-one'),
        '000',
      ),
    );
  });

  it('leaves out the keys of the same initiative written after the cursor, not those of others', () => {
    const { list } = complete(
      inLastInitiative(
        '  - id: new-one\n    \u2038\n    title: New\n    start: 2027-05-01\n  - id: other\n    owner: Lee Chen\n',
      ),
    );
    assert.deepStrictEqual(
      labels(list),
      INITIATIVE_KEYS.filter((k) => !['id', 'title', 'start'].includes(k)),
    );
  });

  it('replaces only the name when the key already has its colon', () => {
    const { list, text } = complete(inLastInitiative('  - id: new-one\n    comp\u2038etency: listening-path\n'));
    assert.deepStrictEqual(item(list, 'competency').textEdit, {
      range: rangeOf(text, 'competency', 'new-one'),
      newText: 'competency',
    });
  });

  it('offers the keys of a measure, a milestone and a link', () => {
    const measure = complete(
      inLastInitiative('    measures:\n      - metric: customers lost per month\n        \u2038\n'),
    );
    assert.deepStrictEqual(labels(measure.list), ['kind', 'baseline', 'target', 'by']);
    assert.deepStrictEqual(item(measure.list, 'kind').textEdit, {
      range: measure.range,
      newText: 'kind: ${1|behaviour,operational,financial,survey|}',
    });
    const milestone = complete(inLastInitiative('    milestones:\n      - name: First room\n        \u2038\n'));
    assert.deepStrictEqual(milestone.list.items, [
      keyItem(D.milestone, 'date', 'required · day (YYYY-MM-DD)', 'date: ${1}', milestone.range, '000'),
    ]);
    const link = complete(inLastInitiative('    links:\n      - url: https://example.com/room\n        \u2038\n'));
    assert.deepStrictEqual(link.list.items, [
      keyItem(D.link, 'title', 'required · text', 'title: ${1}', link.range, '000'),
    ]);
  });

  it('indents list snippets from the key’s column', () => {
    const { list, range } = complete(inLastInitiative('    mile\u2038\n'));
    assert.deepStrictEqual(item(list, 'milestones').textEdit, {
      range: {
        start: { line: range.start.line, character: 4 },
        end: range.end,
      },
      // A milestone starts on the last day of its initiative.
      newText:
        'milestones:\n      - name: ${1:First results reviewed by the leadership team}\n        date: ${2:2031-12-31}',
    });
  });

  it('follows the file’s own indentation step', () => {
    const { list } = complete('horizon:\n    start: 2027\n    end: 2031\n\u2038\n');
    assert.deepStrictEqual(item(list, 'governance').textEdit!.newText, 'governance:\n    ${1}');
  });
});

describe('completion: new initiative', () => {
  /** After ROADMAP's last initiative, which starts on 2027-02-01 and ends with the horizon. */
  const afterLast = (indent: number, dash: boolean): string =>
    `${dash ? '- ' : ''}${newInitiativeBody(indent, 'listening-path', '2027-02-01', '2027-04-30')}`;
  /** In a roadmap without a horizon or initiatives: this quarter, every competency to cover. */
  const inEmpty = (indent: number, dash: boolean): string =>
    `${dash ? '- ' : ''}${newInitiativeBody(indent, 'customers-as-assets', '2027-01-01', '2027-03-31')}`;
  const newInitiative = (newText: string, range: Range): CompletionItem => ({
    label: 'New initiative',
    kind: CompletionItemKind.Snippet,
    detail: 'id, title, competency, owner, start, end',
    documentation: {
      kind: MarkupKind.Markdown,
      value: D.initiative.markdownDescription,
    },
    filterText: 'initiative',
    insertTextFormat: InsertTextFormat.Snippet,
    insertTextMode: InsertTextMode.asIs,
    textEdit: { range, newText },
    sortText: '000',
  });

  it('is offered first on an empty `- ` item, followed by the initiative keys', () => {
    const { list, range } = complete(inLastInitiative('  - \u2038\n'));
    assert.deepStrictEqual(list.items[0], newInitiative(afterLast(4, false), range));
    assert.deepStrictEqual(labels(list), ['New initiative', ...INITIATIVE_KEYS]);
  });

  it('is not offered on a `- ` whose initiative already has keys below it', () => {
    const { list } = complete(inLastInitiative('  - \u2038\n    title: New\n    owner: Lee Chen\n'));
    assert.deepStrictEqual(labels(list), without(INITIATIVE_KEYS, 'title', 'owner'));
  });

  it('brings its dash on the empty line under `initiatives:`', () => {
    const { list, range } = complete('cxroadmap: 1\ninitiatives:\n  \u2038\n');
    assert.deepStrictEqual(list.items, [newInitiative(inEmpty(4, true), range)]);
  });

  it('brings its dash at the dashes’ column after an initiative', () => {
    const { list, range } = complete(`${ROADMAP}\n  \u2038\n`);
    assert.deepStrictEqual(list.items, [newInitiative(afterLast(4, true), range)]);
  });

  it('comes with the top-level keys when the list is not indented', () => {
    const { list, range } = complete('cxroadmap: 1\ninitiatives:\n- id: a\n  title: A\n\u2038\n');
    // `a` has no dates: the new one starts this quarter.
    assert.deepStrictEqual(list.items[0], newInitiative(inEmpty(2, true), range));
    assert.deepStrictEqual(labels(list), ['New initiative', ...without(TOP_LEVEL_KEYS, 'cxroadmap', 'initiatives')]);
  });

  it('is a flow mapping inside a flow list', () => {
    const { list, range } = complete('initiatives: [\u2038]\n');
    assert.deepStrictEqual(list.items, [
      newInitiative(
        `{id: \${1:new-initiative}, title: \${2:What changes for customers}, competency: ${COMPETENCY_CHOICE}, owner: \${4:Accountable leader}, start: \${5:2027-01-01}, end: \${6:2027-03-31}}`,
        range,
      ),
    ]);
  });

  it('comes first when `initiative` is typed after the list, rewriting the line at the dashes\u2019 column', () => {
    const { list, text } = complete(`${ROADMAP}\ninitiative\u2038\n`);
    const line = rangeOf(text, 'initiative\n', ROADMAP).start.line;
    const range = { start: { line, character: 0 }, end: { line, character: 'initiative'.length } };
    assert.deepStrictEqual(list.items[0], newInitiative(`  ${afterLast(4, true)}`, range));
    assert.deepStrictEqual(labels(list), ['New initiative', 'competencies']);
  });

  it('comes first, before the keys, when `initiative` is typed inside the last initiative', () => {
    const { list, text } = complete(inLastInitiative('    initiative\u2038\n'));
    const line = rangeOf(text, '    initiative\n', ROADMAP).start.line;
    const range = { start: { line, character: 0 }, end: { line, character: '    initiative'.length } };
    assert.deepStrictEqual(list.items[0], newInitiative(`  ${afterLast(4, true)}`, range));
    assert.deepStrictEqual(labels(list), [
      'New initiative',
      ...INITIATIVE_KEYS.filter((k) => !['id', 'title', 'competency', 'owner', 'start', 'end'].includes(k)),
    ]);
  });

  it('is not offered inside an initiative whose keys go on below the line', () => {
    const { list } = complete(
      ROADMAP.replace('    owner: Priya Nair\n', '    initiative\u2038\n    owner: Priya Nair\n'),
    );
    assert.deepStrictEqual(
      labels(list).filter((l) => l.startsWith('New ')),
      [],
    );
  });

  it('offers a new milestone after the milestones, for a word that can still become `milestone`', () => {
    const lines = '    milestones:\n      - name: Kick-off\n        date: 2027-03-01\n';
    const { list } = complete(inLastInitiative(`${lines}    mile\u2038\n`));
    assert.deepStrictEqual(
      list.items.slice(0, 2).map((i) => [i.label, i.filterText, i.textEdit!.newText.split('\n')[0]]),
      [
        ['New milestone', 'milestone', '      - name: ${1:First results reviewed by the leadership team}'],
        ['team', undefined, 'team: ${1}'],
      ],
    );
    assert.deepStrictEqual(labels(complete(inLastInitiative(`${lines}    i\u2038\n`)).list).slice(0, 1), [
      'New initiative',
    ]);
    // On an empty line nothing is typed yet: the keys alone.
    assert.deepStrictEqual(
      labels(complete(inLastInitiative(`${lines}    \u2038\n`)).list).filter((l) => l.startsWith('New ')),
      [],
    );
  });
});

describe('completion: snippets taken as they come', () => {
  /** A snippet as a client inserts it when every tab stop keeps its default and every choice its first word. */
  function expandSnippet(snippet: string): string {
    return snippet
      .replace(/\$\{\d+:((?:\\.|[^}\\])*)\}/g, (_, text: string) => text.replace(/\\(.)/g, '$1'))
      .replace(/\$\{\d+\|([^,|]*)(?:,[^|]*)?\|\}/g, '$1')
      .replace(/\$\{\d+\}|\$\d+/g, '');
  }

  /**
   * The findings that inserting the item `label` offered at the caret of `marked` adds, as
   * code, severity and message, to those of `before` (by default, the text it is offered in).
   */
  function addedBy(marked: string, label: string, before?: string): [string, number, string][] {
    const { ctx, position, text } = atCaret(marked);
    const edit = item(getCompletions(ctx, position, TODAY), label).textEdit as { range: Range; newText: string };
    const after = applyEdits(text, [{ range: edit.range, newText: expandSnippet(edit.newText) }]);
    const found = before === undefined ? ctx.analysis.diagnostics : analyzeRoadmap(before).diagnostics;
    const known = new Set(found.map((d) => `${d.code} ${d.message}`));
    return analyzeRoadmap(after)
      .diagnostics.filter((d) => !known.has(`${d.code} ${d.message}`))
      .map((d) => [d.code, d.severity, d.message]);
  }

  const noMeasures = (id: string): [string, number, string] => [
    'missing-measures',
    3,
    `Initiative \`${id}\` has no \`measures\`: say how success will be measured (a metric, and ideally a baseline, target and date).`,
  ];

  it('a new initiative adds nothing but the note that it has no measures yet', () => {
    assert.deepStrictEqual(addedBy(`${ROADMAP}\n  \u2038\n`, 'New initiative'), [noMeasures('new-initiative')]);
    const example = readFileSync(path.join(repoRoot, 'examples', 'acme-five-year.cxroadmap.yaml'), 'utf8');
    assert.deepStrictEqual(addedBy(`${example.trimEnd()}\n  \u2038\n`, 'New initiative'), [
      noMeasures('new-initiative'),
    ]);
    assert.deepStrictEqual(addedBy(`${ROADMAP}\n  - id: new-initiative\n  \u2038\n`, 'New initiative'), [
      noMeasures('new-initiative-2'),
    ]);
  });

  it('a new initiative typed at the end of the file or inside the last initiative adds nothing else', () => {
    // The typed word breaks the file until the snippet replaces it: compare with the file without it.
    const before = `${ROADMAP}\n`;
    assert.deepStrictEqual(addedBy(`${ROADMAP}\ninitiative\u2038\n`, 'New initiative', before), [
      noMeasures('new-initiative'),
    ]);
    assert.deepStrictEqual(addedBy(inLastInitiative('    initiative\u2038\n'), 'New initiative', before), [
      noMeasures('new-initiative'),
    ]);
  });

  it('a new measure, milestone or link adds nothing', () => {
    for (const [list, label] of [
      ['measures', 'New measure'],
      ['milestones', 'New milestone'],
      ['links', 'New link'],
    ]) {
      assert.deepStrictEqual(addedBy(inLastInitiative(`    ${list}:\n      - \u2038\n`), label), [], label);
    }
    assert.deepStrictEqual(addedBy(inLastInitiative('    \u2038\n'), 'milestones'), []);
  });
});

describe('completion: values', () => {
  /** The item of competency `id`, with the note of an uncovered one when `uncovered`. */
  const competencyItem = (id: string, range: Range, sortText: string, uncovered: boolean): CompletionItem => {
    const i = COMPETENCY_IDS.indexOf(id);
    return {
      label: id,
      kind: CompletionItemKind.EnumMember,
      detail: COMPETENCY_NAMES[i],
      ...(uncovered ? { labelDetails: { description: 'no initiative yet' } } : {}),
      documentation: {
        kind: MarkupKind.Markdown,
        value: D.competencyId.markdownEnumDescriptions![i],
      },
      textEdit: { range, newText: id },
      sortText,
    };
  };
  /** The competency items in the order offered: the `uncovered` ones first, then the `covered`. */
  const competencyItems = (range: Range, uncovered: string[], covered: string[]): CompletionItem[] =>
    [...uncovered.map((id) => [id, true] as const), ...covered.map((id) => [id, false] as const)].map(
      ([id, isUncovered], i) => competencyItem(id, range, sortTextAt(i), isUncovered),
    );

  it('offers the five competencies with their names and summaries, those no initiative builds first', () => {
    const { list, range } = complete(inLastInitiative('  - id: new-one\n    competency: \u2038\n'));
    assert.deepStrictEqual(
      list.items,
      competencyItems(
        range,
        ['listening-path', 'reliability-innovation'],
        ['customers-as-assets', 'align-around-experience', 'one-company-leadership'],
      ),
    );
  });

  it('does not count the competency being changed as covered by its own initiative', () => {
    const { list, text } = complete(
      ROADMAP.replace('competency: one-company-leadership', 'competency: one-company-lead\u2038ership'),
    );
    const range = rangeOf(text, 'one-company-leadership');
    assert.deepStrictEqual(
      list.items,
      competencyItems(
        range,
        ['listening-path', 'reliability-innovation', 'one-company-leadership'],
        ['customers-as-assets', 'align-around-experience'],
      ),
    );
  });

  it('adds the missing space after a bare colon', () => {
    const { list, range } = complete(inLastInitiative('  - id: new-one\n    competency:\u2038\n'));
    assert.deepStrictEqual(item(list, 'listening-path').textEdit, {
      range,
      newText: ' listening-path',
    });
  });

  it('offers statuses, cadences and measure kinds from the schema', () => {
    const status = complete(inLastInitiative('    status: \u2038\n'));
    assert.deepStrictEqual(labels(status.list), ['planned', 'active', 'at-risk', 'blocked', 'done', 'cancelled']);
    assert.deepStrictEqual(item(status.list, 'at-risk'), {
      label: 'at-risk',
      kind: CompletionItemKind.EnumMember,
      detail: 'Under way, but the result or the dates are in danger',
      documentation: {
        kind: MarkupKind.Markdown,
        value: D.status.markdownEnumDescriptions![2],
      },
      textEdit: { range: status.range, newText: 'at-risk' },
      sortText: '002',
    });
    const review = complete('governance:\n  review: \u2038\n');
    assert.deepStrictEqual(labels(review.list), ['weekly', 'biweekly', 'monthly', 'quarterly']);
    const room = complete('governance: {customer_room: m\u2038}\n');
    assert.deepStrictEqual(item(room.list, 'monthly').textEdit, {
      range: rangeOf(room.text, 'm', ': m'),
      newText: 'monthly',
    });
    const kind = complete(inLastInitiative('    measures:\n      - metric: customers lost\n        kind: \u2038\n'));
    assert.deepStrictEqual(labels(kind.list), ['behaviour', 'operational', 'financial', 'survey']);
  });

  it('offers true and false for early_win', () => {
    const { list, range } = complete(inLastInitiative('    early_win: \u2038\n'));
    assert.deepStrictEqual(list.items, [
      valueItem(
        'true',
        CompletionItemKind.Value,
        'An early win: a visible result soon after the horizon starts',
        range,
        '000',
      ),
      valueItem('false', CompletionItemKind.Value, 'Not an early win', range, '001'),
    ]);
  });

  it('offers the other initiatives in a block depends_on list, less itself and those listed', () => {
    const { list, range } = complete(inLastInitiative('    depends_on:\n      - asset-metrics\n      - \u2038\n'));
    assert.deepStrictEqual(list.items, [idItem('journey-map', 'One journey map for every leader', range, '000')]);
  });

  it('offers initiative ids in a flow depends_on list, replacing the partial id', () => {
    const { list, text } = complete(inLastInitiative('    depends_on: [jour\u2038]\n'));
    assert.deepStrictEqual(list.items, [
      idItem('asset-metrics', 'Monthly customer gain and loss report', rangeOf(text, 'jour', 'depends_on: ['), '000'),
      idItem('journey-map', 'One journey map for every leader', rangeOf(text, 'jour', 'depends_on: ['), '001'),
    ]);
    const second = complete(inLastInitiative('    depends_on: [asset-metrics, \u2038]\n'));
    assert.deepStrictEqual(labels(second.list), ['journey-map']);
  });

  it('writes the dash of a new depends_on item at the dashes’ column', () => {
    const { list, range } = complete(inLastInitiative('    depends_on:\n      - asset-metrics\n      \u2038\n'));
    assert.deepStrictEqual(list.items, [
      idItem('journey-map', 'One journey map for every leader', range, '000', '- journey-map'),
    ]);
  });

  it('offers the journey stages after stage:', () => {
    const { list, range } = complete(inLastInitiative('    stage: \u2038\n'));
    assert.deepStrictEqual(labels(list), ['discover', 'join', 'use', 'get-help', 'renew']);
    assert.deepStrictEqual(
      item(list, 'join'),
      valueItem('join', CompletionItemKind.EnumMember, 'Journey stage 2 of 5', range, '001'),
    );
  });

  it('offers the owners already named, once each, for owner: and sponsor:', () => {
    const owner = complete(inLastInitiative('  - id: new-one\n    owner: \u2038\n'));
    const expected = (range: Range): CompletionItem[] =>
      valueItems(range, [
        ['Dana Reyes', 'Owner of the roadmap'],
        ['Priya Nair', 'Owner of 2 initiatives'],
        ['Lee Chen', 'Owner of 1 initiative'],
      ]);
    assert.deepStrictEqual(owner.list.items, expected(owner.range));
    const sponsor = complete(ROADMAP.replace('sponsor: Sam Ortiz (CEO)', 'sponsor: \u2038'));
    assert.deepStrictEqual(sponsor.list.items, expected(sponsor.range));
  });

  it('offers a person written with and without a role once, as the initiatives write the name', () => {
    const text = ROADMAP.replace('owner: Dana Reyes', 'owner: Dana Reyes (COO)');
    assertValueItems(`${text}\n  - id: new-one\n    owner: Dana Reyes\n  - id: other\n    owner: \u2038\n`, [
      ['Dana Reyes', 'Owner of the roadmap and 1 initiative'],
      ['Priya Nair', 'Owner of 2 initiatives'],
      ['Lee Chen', 'Owner of 1 initiative'],
    ]);
  });

  it('does not offer the owner being typed as one already used', () => {
    const { list, text } = complete(ROADMAP.replace('owner: Dana Reyes', 'owner: Da\u2038'));
    assert.deepStrictEqual(
      list.items,
      valueItems(rangeOf(text, 'Da'), [
        ['Priya Nair', 'Owner of 2 initiatives'],
        ['Lee Chen', 'Owner of 1 initiative'],
      ]),
    );
  });

  /** The days offered where a date is being written, as `[label, detail]` in the order offered. */
  const DAYS_OFFERED = {
    /**
     * An initiative's start, after a prerequisite: customer-room, the initiative before, ends
     * with the horizon, so the day after is left out.
     */
    start: [
      ['2027-04-01', 'Day after `asset-metrics` ends, which this one depends on: Thursday 1 April 2027'],
      ['2027-02-01', 'Same start as `customer-room`: Monday 1 February 2027'],
      ['2027-01-01', 'First day of the horizon: Friday 1 January 2027'],
      ['2027-Q2', 'The quarter: as a start, its first day, Thursday 1 April 2027'],
      ['2027-H1', 'The half-year: as a start, its first day, Friday 1 January 2027'],
      ['2027', 'The year: as a start, its first day, Friday 1 January 2027'],
    ],
    /** An initiative's end, after its start of 2028-02-10. */
    end: [
      ['2028-05-09', 'A quarter after its start: Tuesday 9 May 2028'],
      ['2028-08-09', 'Half a year after its start: Wednesday 9 August 2028'],
      ['2029-02-09', 'A year after its start: Friday 9 February 2029'],
      ['2031-12-31', 'Same end as `customer-room`: Wednesday 31 December 2031'],
      ['2028-Q2', 'The quarter: as an end, its last day, Friday 30 June 2028'],
      ['2028-H1', 'The half-year: as an end, its last day, Friday 30 June 2028'],
      ['2028', 'The year: as an end, its last day, Sunday 31 December 2028'],
    ],
    /** The horizon's start in a roadmap that says nothing else yet: days around `TODAY`. */
    today: [
      ['2027-02-15', 'Today: Monday 15 February 2027'],
      ['2027-01-01', 'First day of this quarter (2027-Q1): Friday 1 January 2027'],
      ['2027-03-31', 'Last day of this quarter (2027-Q1): Wednesday 31 March 2027'],
      ['2027-04-01', 'First day of next quarter (2027-Q2): Thursday 1 April 2027'],
      ['2027-06-30', 'Last day of next quarter (2027-Q2): Wednesday 30 June 2027'],
      ['2027-Q1', 'This quarter: as a start, its first day, Friday 1 January 2027'],
      ['2027-H1', 'This half-year: as a start, its first day, Friday 1 January 2027'],
      ['2027', 'This year: as a start, its first day, Friday 1 January 2027'],
    ],
  } as const;

  it('offers, for a start, the day after its prerequisite and the initiative before it end, and the horizon\u2019s first day', () => {
    assertValueItems(
      inLastInitiative('  - id: new-one\n    depends_on: [asset-metrics]\n    start: \u2038\n'),
      DAYS_OFFERED.start,
    );
  });

  it('offers, for an end, a quarter, a half and a year after the start, the end before and the horizon\u2019s last day', () => {
    assertValueItems(inLastInitiative('  - id: new-one\n    start: 2028-02-10\n    end: \u2038\n'), DAYS_OFFERED.end);
  });

  it('reads the start of an initiative that does not parse yet from its text', () => {
    const { ctx, position } = atCaret(
      inLastInitiative('  - id: new-one\n    start: 2028-02-10\n    ow\n    end: \u2038\n'),
    );
    // The initiatives that parse keep their findings while this one does not.
    assert.deepStrictEqual(
      ctx.analysis.diagnostics.map((d) => d.code),
      ['no-customer-room', 'missing-measures', 'missing-measures', 'missing-measures', 'syntax'],
    );
    assert.deepStrictEqual(
      getCompletions(ctx, position, TODAY)
        .items.slice(0, 3)
        .map((i) => i.label),
      ['2028-05-09', '2028-08-09', '2029-02-09'],
    );
  });

  it('finds the initiative before and the prerequisites in a roadmap read initiative by initiative', () => {
    const text = generateRoadmap(600);
    const endOf = (id: string): string => new RegExp(`- id: ${id}\\n(?:    .*\\n)*?    end: (\\S+)`).exec(text)![1];
    const marked = text.replace(/(- id: initiative-31\n(?: {4}.*\n)*? {4}start: )\S+/, '$1\u2038');
    const { ctx, position } = atCaret(marked);
    assert.ok(ctx.analysis.split, 'the roadmap is read initiative by initiative');
    const list = getCompletions(ctx, position, TODAY);
    assert.deepStrictEqual(
      list.items.slice(0, 2).map((i) => [i.label, String(i.detail).split(':')[0]]),
      [
        [dayAfter(endOf('initiative-21')), 'Day after `initiative-21` ends, which this one depends on'],
        [dayAfter(endOf('initiative-30')), 'Day after `initiative-30` ends'],
      ],
    );
  });

  it('offers days around today where the roadmap says nothing yet, as for the horizon\u2019s start', () => {
    assertValueItems('cxroadmap: 1\nhorizon:\n  start: \u2038\n', DAYS_OFFERED.today);
    const quarterStart = complete('cxroadmap: 1\nhorizon:\n  start: \u2038\n', {
      year: 2027,
      month: 4,
      day: 1,
    });
    assert.deepStrictEqual(labels(quarterStart.list).slice(0, 4), [
      '2027-04-01',
      '2027-06-30',
      '2027-07-01',
      '2027-09-30',
    ]);
    assert.deepStrictEqual(quarterStart.list.items[0].detail, 'Today: Thursday 1 April 2027');
  });

  it('offers five years after the horizon\u2019s start for its end, with periods read as ends, in flow style too', () => {
    const { list } = complete('horizon: {start: 2027-01-01, end: \u2038}\n');
    assert.deepStrictEqual(
      list.items.map((i) => [i.label, i.detail]),
      [
        ['2031-12-31', 'Five years after the start: Wednesday 31 December 2031'],
        ['2031-Q4', 'The quarter: as an end, its last day, Wednesday 31 December 2031'],
        ['2031-H2', 'The half-year: as an end, its last day, Wednesday 31 December 2031'],
        ['2031', 'The year: as an end, its last day, Wednesday 31 December 2031'],
      ],
    );
  });

  it('offers days within the initiative for a milestone, and its end and after for a measure\u2019s by', () => {
    const date = complete(inLastInitiative('    milestones:\n      - name: First room\n        date: \u2038\n'));
    assert.deepStrictEqual(
      date.list.items.map((i) => [i.label, i.detail]),
      [
        ['2027-02-01', 'First day of the initiative: Monday 1 February 2027'],
        ['2027-03-31', 'End of 2027-Q1: Wednesday 31 March 2027'],
        ['2027-06-30', 'End of 2027-Q2: Wednesday 30 June 2027'],
        ['2027-09-30', 'End of 2027-Q3: Thursday 30 September 2027'],
        ['2027-12-31', 'End of 2027-Q4: Friday 31 December 2027'],
        ['2031-12-31', 'Last day of the initiative: Wednesday 31 December 2031'],
      ],
    );
    const by = complete(
      inLastInitiative(
        '  - id: new-one\n    start: 2028-01-01\n    end: 2028-06-30\n    measures:\n      - metric: rooms held\n        by: \u2038\n',
      ),
    );
    assert.deepStrictEqual(
      by.list.items.map((i) => [i.label, i.detail]),
      [
        ['2028-06-30', 'Last day of the initiative: Friday 30 June 2028'],
        ['2029-06-30', 'A year after the initiative ends: Saturday 30 June 2029'],
        ['2031-12-31', 'Last day of the horizon: Wednesday 31 December 2031'],
      ],
    );
  });
});

describe('completion: odd places', () => {
  it('reads the context from the text while the file has a syntax error elsewhere', () => {
    const broken = yaml`
      cxroadmap: 1
      title: Acme
      owner: Dana Reyes
      journey:
        stages: [discover, join]
      initiatives:
        - id: asset-metrics
          title: Monthly report
          owner: Priya Nair
          depends_on: [journey-map
        - id: journey-map
          title: One journey map
          \u2038
    `;
    const { ctx } = atCaret(broken);
    assert.ok(ctx.analysis.diagnostics.some((d) => d.code === 'syntax'));
    assert.deepStrictEqual(labels(complete(broken).list), without(INITIATIVE_KEYS, 'id', 'title'));
    const ids = complete(broken.replace('\u2038', 'depends_on: [\u2038]'));
    assert.deepStrictEqual(ids.list.items, [idItem('asset-metrics', 'Monthly report', ids.range, '000')]);
    assert.deepStrictEqual(labels(complete(broken.replace('\u2038', 'stage: \u2038')).list), ['discover', 'join']);
    assert.deepStrictEqual(labels(complete(broken.replace('\u2038', 'owner: \u2038')).list), [
      'Dana Reyes',
      'Priya Nair',
    ]);
  });

  it('still completes when the line being typed is the only error', () => {
    const { ctx, position } = atCaret('cxroadmap: 1\ninitiatives:\n  - id: a\n    ti\u2038\n    owner: Lee Chen\n');
    assert.ok(ctx.analysis.diagnostics.some((d) => d.code === 'syntax'));
    assert.deepStrictEqual(labels(getCompletions(ctx, position, TODAY)), without(INITIATIVE_KEYS, 'id', 'owner'));
  });

  it('counts positions on the text without its BOM, with CRLF line ends', () => {
    const marked = '\uFEFFcxroadmap: 1\r\ntitle: T\r\ninitiatives:\r\n  - id: a\r\n    title: A\r\n    comp\u2038\r\n';
    const { list } = complete(marked);
    const range = {
      start: { line: 5, character: 4 },
      end: { line: 5, character: 8 },
    };
    assert.deepStrictEqual(item(list, 'competency').textEdit, {
      range,
      newText: `competency: ${choice(1)}`,
    });
    const measures = item(list, 'measures').textEdit!.newText;
    assert.equal(measures, 'measures:\n      - metric: ${1:customers who stay after their first year}');
    const value = complete('\uFEFFinitiatives:\r\n  - id: a\r\n    status: bl\u2038\r\n');
    assert.deepStrictEqual(item(value.list, 'blocked').textEdit, {
      range: {
        start: { line: 2, character: 12 },
        end: { line: 2, character: 14 },
      },
      newText: 'blocked',
    });
  });

  it('offers nothing in a comment or inside a block of text', () => {
    assert.deepStrictEqual(complete('cxroadmap: 1\n# the plan \u2038\n').list, {
      isIncomplete: false,
      items: [],
    });
    assert.deepStrictEqual(complete(inLastInitiative('    note: |\n      Waiting for the \u2038\n')).list.items, []);
    assert.deepStrictEqual(complete(inLastInitiative('    title: A long\n      \u2038\n')).list.items, []);
  });
});

describe('completion: long lists', () => {
  it('offers at most MAX_DEPENDENCY_ITEMS ids in depends_on, matching what is typed, and asks to be asked again', () => {
    const text = generateRoadmap(600).replace(
      '  - id: initiative-600\n',
      '  - id: initiative-600\n    depends_on: [initiative-12\u2038]\n',
    );
    const { ctx, position } = atCaret(text);
    const list = getCompletions(ctx, position, {
      year: 2027,
      month: 1,
      day: 1,
    });
    assert.equal(list.isIncomplete, true);
    assert.ok(list.items.length <= MAX_DEPENDENCY_ITEMS);
    assert.deepEqual(list.items.map((i) => i.label).slice(0, 3), ['initiative-12', 'initiative-120', 'initiative-121']);
    assert.ok(
      list.items.every(
        (i) => String(i.label).includes('initiative-12') || String(i.detail).toLowerCase().includes('initiative-12'),
      ),
    );
  });
});
