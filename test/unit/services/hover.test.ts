import assert from 'node:assert/strict';
import type { Hover, Range } from 'vscode-languageserver-types';
import { MarkupKind } from 'vscode-languageserver-types';
import { analyzeRoadmap } from '../../../server/src/core/analyze';
import { CATALOGUE, ruleDocsUrl } from '../../../server/src/core/catalogue';
import type { RuleCode } from '../../../server/src/core/diagnostic';
import { getHover } from '../../../server/src/services/hover';
import { coreInitiative, roadmap, yaml } from '../../support/roadmapBuilder';
import { atCaret, CARET, rangeOf } from './caret';
import { D, SCHEMA } from './schemaDocs';

const ROADMAP = roadmap({
  horizon: { start: '2027' },
  governance: { members: null, customer_room: null },
  set: {
    journey: null,
    competencies: 'customers-as-assets:\n  goal: Know monthly how many customers we gain and lose',
  },
  initiatives: [
    coreInitiative('asset-metrics', {
      end: '2027-Q1',
      status: 'active',
      milestones: '- name: First report\n  date: 2027-02-01',
    }),
    coreInitiative('journey-map', { start: '2027-H2', status: 'at-risk', depends_on: '[asset-metrics, nope]' }),
    coreInitiative('customer-room', {
      owner: null,
      start: '2027-04-01',
      status: 'blocked',
      depends_on: '- asset-metrics',
    }),
  ],
}).trimEnd();

/**
 * `text` with the caret placed as `marked` shows it: `marked` without its caret must
 * occur exactly once in `text`.
 */
function withCaret(text: string, marked: string): string {
  const plain = marked.replace(CARET, '');
  const at = text.indexOf(plain);
  assert.ok(at >= 0 && text.indexOf(plain, at + 1) < 0, `"${plain}" must occur once in the fixture`);
  return text.slice(0, at) + marked + text.slice(at + plain.length);
}

function hover(marked: string): { hover: Hover | null; text: string } {
  const { ctx, position, text } = atCaret(marked);
  return { hover: getHover(ctx, position), text };
}

function markdownHover(value: string, range: Range): Hover {
  return { contents: { kind: MarkupKind.Markdown, value }, range };
}

/**
 * Hovering at the caret of `marked` shows exactly `value`, as Markdown, over `word`: its
 * first occurrence (after `from`, when given) in the text without the caret.
 */
function assertHover(marked: string, value: string, word: string, from?: string): void {
  const { hover: h, text } = hover(marked);
  assert.deepStrictEqual(h, markdownHover(value, rangeOf(text, word, from)));
}

function ruleNote(code: RuleCode): string {
  return `**${code}** — ${CATALOGUE[code].lesson} [About this rule](${ruleDocsUrl(code)})`;
}

const CUSTOMERS_AS_ASSETS = [
  '**Honor and Manage Customers as Assets** (`customers-as-assets`) · competency 1 of 5',
  'Judge progress by whether the customer base grows or shrinks, read from what customers did (joined, bought more, lapsed, left) rather than from what they answered in surveys, and find out why customers leave.',
  'Typical initiatives: a monthly report of customers gained and lost by segment, in numbers and in value; the reasons customers leave; leaders phoning customers who left. Start with the data you already have.',
  'Also published as "Manage and Honor Customers as Assets".',
  '**Lessons behind it.** *Don\u2019t chase survey scores* (Jeanne Bliss): growth is earned by making customers\u2019 lives better, and what customers do shows that better than what they answer. *Take personal ownership*: say openly how many customers the company gains and loses, and what that is worth.',
  'Source: Jeanne Bliss, *Chief Customer Officer 2.0*.',
].join('\n\n');

describe('hover: competencies', () => {
  it('explains a competency id given as an initiative’s competency', () => {
    assertHover(
      withCaret(ROADMAP, '  competency: customers-as-\u2038assets'),
      CUSTOMERS_AS_ASSETS,
      'customers-as-assets',
      'id: asset-metrics',
    );
  });

  it('explains a competency id used as a key under competencies, in block and flow style', () => {
    const block = withCaret(ROADMAP, '  custo\u2038mers-as-assets:');
    assertHover(block, CUSTOMERS_AS_ASSETS, 'customers-as-assets', 'competencies:');
    const flow = 'competencies: {customers-as-assets\u2038: {goal: Know}}\n';
    assertHover(flow, CUSTOMERS_AS_ASSETS, 'customers-as-assets');
  });

  it('gives competency five the lessons of its culture side', () => {
    const { hover: h } = hover(withCaret(ROADMAP, '  competency: one-company-\u2038leadership'));
    const value = (h!.contents as { value: string }).value;
    assert.deepStrictEqual(
      value.split('\n\n').filter((p) => p.startsWith('**')),
      [
        '**One-Company Leadership, Accountability and Culture** (`one-company-leadership`) · competency 5 of 5',
        '**Lessons behind it.** *Drive consistent accountability* (Jeanne Bliss): the customer room and the accountability review are meetings of their own, not items at the end of another agenda. *Prioritise internal engagement* (Jo Boswell) and *congruence of heart and habit* (Jeanne Bliss): the change reaches customers only through employees who believe in it.',
      ],
    );
  });
});

describe('hover: keys', () => {
  it('explains owner at the top of the roadmap and in an initiative differently', () => {
    const top = `**owner** · at the top of the roadmap\n\n${SCHEMA.properties!.owner.markdownDescription}`;
    assertHover(withCaret(ROADMAP, 'own\u2038er: Dana Reyes'), top, 'owner');
    const initiative = `**owner** · in an initiative\n\n${D.initiative.properties!.owner.markdownDescription}`;
    assertHover(withCaret(ROADMAP, '  \u2038owner: Priya Nair'), initiative, 'owner', '    owner: Priya');
  });

  it('explains start in the horizon and in an initiative, and date in a milestone', () => {
    const horizon = `**start** · in \`horizon\`\n\n${D.horizon.properties!.start.markdownDescription}`;
    assertHover(withCaret(ROADMAP, '  sta\u2038rt: 2027\n'), horizon, 'start', 'horizon:');
    const initiative = `**start** · in an initiative\n\n${D.initiative.properties!.start.markdownDescription}`;
    assertHover(withCaret(ROADMAP, '  start\u2038: 2027-01-04'), initiative, 'start', '    start: 2027-01-04');
    const milestone = `**date** · in a milestone\n\n${D.milestone.properties!.date.markdownDescription}`;
    assertHover(withCaret(ROADMAP, '  d\u2038ate: 2027-02-01'), milestone, 'date');
  });

  it('explains a key in flow style', () => {
    assertHover(
      'governance: {board: Council, rev\u2038iew: monthly}\n',
      `**review** · in \`governance\`\n\n${D.governance.properties!.review.markdownDescription}`,
      'review',
    );
  });

  it('adds why the rule exists when the key carries a diagnostic', () => {
    assertHover(
      withCaret(ROADMAP, 'gover\u2038nance:'),
      `**governance** · at the top of the roadmap\n\n${SCHEMA.properties!.governance.markdownDescription}\n\n---\n\n${ruleNote('no-customer-room')}`,
      'governance',
    );
  });
});

describe('hover: values', () => {
  it('shows the initiative a depends_on id names', () => {
    const flow = withCaret(ROADMAP, 'depends_on: [asset-\u2038metrics');
    const block = withCaret(ROADMAP, '- asset-metrics\u2038');
    const expected = [
      'Depends on **`asset-metrics`**: Monthly customer gain and loss report',
      '',
      '- Owner: Priya Nair',
      '- Dates: 2027-01-04 to 2027-03-31',
      '- Status: active',
    ].join('\n');
    assertHover(flow, expected, 'asset-metrics', 'depends_on: [');
    assertHover(block, expected, 'asset-metrics', '- asset-metrics');
  });

  it('says when no initiative has the id, with the rule behind the diagnostic', () => {
    assertHover(
      withCaret(ROADMAP, 'no\u2038pe]'),
      `Depends on **\`nope\`**, but no initiative has this id. A dependency must name the \`id\` of an initiative in this file.\n\n---\n\n${ruleNote('unknown-dependency')}`,
      'nope',
    );
  });

  it('gives the weekday and quarter of a day date', () => {
    assertHover(withCaret(ROADMAP, 'start: 2027-01-0\u20384'), '**Monday 4 January 2027** · 2027-Q1', '2027-01-04');
    const milestone = withCaret(ROADMAP, 'date: \u20382027-02-01');
    assertHover(milestone, '**Monday 1 February 2027** · 2027-Q1', '2027-02-01', 'date:');
  });

  it('gives the day a period stands for, as a start or as an end', () => {
    assertHover(
      withCaret(ROADMAP, 'end: 2027-\u2038Q1'),
      '**2027-Q1**: the first quarter of 2027\n\nAs an end it stands for its last day, inclusive: Wednesday 31 March 2027 · 2027-Q1.',
      '2027-Q1',
    );
    assertHover(
      withCaret(ROADMAP, 'start: 2027-H\u20382'),
      '**2027-H2**: the second half of 2027\n\nAs a start it stands for its first day: Thursday 1 July 2027 · 2027-Q3.',
      '2027-H2',
    );
    assertHover(
      withCaret(ROADMAP, '  start: 20\u203827\n'),
      '**2027**: the year 2027\n\nAs a start it stands for its first day: Friday 1 January 2027 · 2027-Q1.',
      '2027',
      'horizon:',
    );
  });

  it('explains at-risk and blocked with the overcoming-resistance angle', () => {
    const atRisk = [
      '**at-risk** · status',
      D.status.markdownEnumDescriptions![2],
      '**Overcoming resistance** (Jo Boswell). Work seldom slips for technical reasons alone. Before pushing harder, find out where the pushback comes from (which team, which incentive, which worry) and shape the response to that cause. Write what you learn in `note`, so the accountability review can help.',
    ];
    assertHover(withCaret(ROADMAP, 'status: at-\u2038risk'), atRisk.join('\n\n'), 'at-risk');
    const blocked = [
      '**blocked** · status',
      D.status.markdownEnumDescriptions![3],
      '**Overcoming resistance** (Jo Boswell). A blocked initiative usually waits on a decision or a team beyond its owner\u2019s reach. Name who can clear the way and what they gain or fear from doing so: influence across silos, more than escalation, is how the customer leader moves it. Put it on the agenda of the accountability review.',
    ];
    assertHover(withCaret(ROADMAP, 'status: bloc\u2038ked'), blocked.join('\n\n'), 'blocked');
  });

  it('explains other statuses and cadences from the schema alone', () => {
    const active = `**active** · status\n\n${D.status.markdownEnumDescriptions![1]}`;
    assertHover(withCaret(ROADMAP, 'status: act\u2038ive'), active, 'active');
    const monthly = `**monthly** · cadence\n\n${D.cadence.markdownEnumDescriptions![2]}`;
    assertHover(withCaret(ROADMAP, 'review: month\u2038ly'), monthly, 'monthly');
  });

  it('says which word a variant spelling stands for, then what that word means', () => {
    const canceled = [
      '**canceled** · status',
      'The US spelling of `cancelled`, read as `cancelled`.',
      D.status.markdownEnumDescriptions![5],
    ];
    assertHover(
      withCaret(ROADMAP.replace('status: active', 'status: canceled'), 'status: cance\u2038led'),
      canceled.join('\n\n'),
      'canceled',
    );
  });

  it('shows only the rules behind the diagnostics where the value itself has no help', () => {
    assertHover(
      withCaret(ROADMAP, 'id: customer-\u2038room'),
      `${ruleNote('missing-measures')}\n\n${ruleNote('missing-owner')}`,
      'customer-room',
      'id: customer-room',
    );
  });

  it('has nothing to say on free text, a comment or an empty line', () => {
    assert.equal(hover(withCaret(ROADMAP, 'title: Acme Cus\u2038tomer')).hover, null);
    assert.equal(hover(`# the plan\u2038\n${ROADMAP}`).hover, null);
    assert.equal(
      hover(ROADMAP.replace('sponsor: Sam Ortiz (CEO)\n', 'sponsor: Sam Ortiz (CEO)\n\u2038\n')).hover,
      null,
    );
  });
});

describe('hover: odd documents', () => {
  const BROKEN = yaml`
    cxroadmap: 1
    title: Acme
    initiatives:
      - id: asset-metrics
        title: Monthly report
        owner: Priya Nair
        start: 2027-01-04
        end: 2027-Q1
        status: active
        note: data: late
      - id: journey-map
        competency: listening-path
        depends_on: [asset-metrics]
  `;

  it('keeps explaining keys, competencies and dependencies while the file has a syntax error', () => {
    assert.ok(analyzeRoadmap(BROKEN).diagnostics.some((d) => d.code === 'syntax'));
    const competency = hover(withCaret(BROKEN, 'listening\u2038-path'));
    const valid = hover('initiatives:\n  - competency: listening-\u2038path\n');
    assert.deepStrictEqual(competency.hover, {
      contents: valid.hover!.contents,
      range: rangeOf(competency.text, 'listening-path'),
    });
    assert.equal(
      (valid.hover!.contents as { value: string }).value.split('\n\n')[0],
      '**Build a Customer Listening Path** (`listening-path`) · competency 3 of 5',
    );
    const owner = `**owner** · in an initiative\n\n${D.initiative.properties!.owner.markdownDescription}`;
    assertHover(withCaret(BROKEN, '    ow\u2038ner: Priya'), owner, 'owner');
    const dependency = [
      'Depends on **`asset-metrics`**: Monthly report',
      '',
      '- Owner: Priya Nair',
      '- Dates: 2027-01-04 to 2027-03-31',
      '- Status: active',
    ];
    assertHover(withCaret(BROKEN, '[asset-metric\u2038s]'), dependency.join('\n'), 'asset-metrics', '[asset-metrics]');
  });

  it('explains the syntax rule on the error itself', () => {
    assertHover(withCaret(BROKEN, 'note: \u2038data'), ruleNote('syntax'), 'data: late');
  });

  it('counts positions on the text without its BOM, with CRLF line ends', () => {
    const { hover: h } = hover('\uFEFFcxroadmap: 1\r\ninitiatives:\r\n  - id: a\r\n    sta\u2038tus: done\r\n');
    const range = { start: { line: 3, character: 4 }, end: { line: 3, character: 10 } };
    assert.deepStrictEqual(
      h,
      markdownHover(`**status** · in an initiative\n\n${D.initiative.properties!.status.markdownDescription}`, range),
    );
  });
});
