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
    const { hover: h, text } = hover(withCaret(ROADMAP, '  competency: customers-as-\u2038assets'));
    assert.deepStrictEqual(
      h,
      markdownHover(CUSTOMERS_AS_ASSETS, rangeOf(text, 'customers-as-assets', 'id: asset-metrics')),
    );
  });

  it('explains a competency id used as a key under competencies, in block and flow style', () => {
    const block = hover(withCaret(ROADMAP, '  custo\u2038mers-as-assets:'));
    assert.deepStrictEqual(
      block.hover,
      markdownHover(CUSTOMERS_AS_ASSETS, rangeOf(block.text, 'customers-as-assets', 'competencies:')),
    );
    const flow = hover('competencies: {customers-as-assets\u2038: {goal: Know}}\n');
    assert.deepStrictEqual(flow.hover, markdownHover(CUSTOMERS_AS_ASSETS, rangeOf(flow.text, 'customers-as-assets')));
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
    const top = hover(withCaret(ROADMAP, 'own\u2038er: Dana Reyes'));
    assert.deepStrictEqual(
      top.hover,
      markdownHover(
        `**owner** · at the top of the roadmap\n\n${SCHEMA.properties!.owner.markdownDescription}`,
        rangeOf(top.text, 'owner'),
      ),
    );
    const initiative = hover(withCaret(ROADMAP, '  \u2038owner: Priya Nair'));
    assert.deepStrictEqual(
      initiative.hover,
      markdownHover(
        `**owner** · in an initiative\n\n${D.initiative.properties!.owner.markdownDescription}`,
        rangeOf(initiative.text, 'owner', '    owner: Priya'),
      ),
    );
  });

  it('explains start in the horizon and in an initiative, and date in a milestone', () => {
    const horizon = hover(withCaret(ROADMAP, '  sta\u2038rt: 2027\n'));
    assert.deepStrictEqual(
      horizon.hover,
      markdownHover(
        `**start** · in \`horizon\`\n\n${D.horizon.properties!.start.markdownDescription}`,
        rangeOf(horizon.text, 'start', 'horizon:'),
      ),
    );
    const initiative = hover(withCaret(ROADMAP, '  start\u2038: 2027-01-04'));
    assert.deepStrictEqual(
      initiative.hover,
      markdownHover(
        `**start** · in an initiative\n\n${D.initiative.properties!.start.markdownDescription}`,
        rangeOf(initiative.text, 'start', '    start: 2027-01-04'),
      ),
    );
    const milestone = hover(withCaret(ROADMAP, '  d\u2038ate: 2027-02-01'));
    assert.deepStrictEqual(
      milestone.hover,
      markdownHover(
        `**date** · in a milestone\n\n${D.milestone.properties!.date.markdownDescription}`,
        rangeOf(milestone.text, 'date'),
      ),
    );
  });

  it('explains a key in flow style', () => {
    const { hover: h, text } = hover('governance: {board: Council, rev\u2038iew: monthly}\n');
    assert.deepStrictEqual(
      h,
      markdownHover(
        `**review** · in \`governance\`\n\n${D.governance.properties!.review.markdownDescription}`,
        rangeOf(text, 'review'),
      ),
    );
  });

  it('adds why the rule exists when the key carries a diagnostic', () => {
    const { hover: h, text } = hover(withCaret(ROADMAP, 'gover\u2038nance:'));
    assert.deepStrictEqual(
      h,
      markdownHover(
        `**governance** · at the top of the roadmap\n\n${SCHEMA.properties!.governance.markdownDescription}\n\n---\n\n${ruleNote('no-customer-room')}`,
        rangeOf(text, 'governance'),
      ),
    );
  });
});

describe('hover: values', () => {
  it('shows the initiative a depends_on id names', () => {
    const flow = hover(withCaret(ROADMAP, 'depends_on: [asset-\u2038metrics'));
    const expected = [
      'Depends on **`asset-metrics`**: Monthly customer gain and loss report',
      '',
      '- Owner: Priya Nair',
      '- Dates: 2027-01-04 to 2027-03-31',
      '- Status: active',
    ].join('\n');
    assert.deepStrictEqual(flow.hover, markdownHover(expected, rangeOf(flow.text, 'asset-metrics', 'depends_on: [')));
    const block = hover(withCaret(ROADMAP, '- asset-metrics\u2038'));
    assert.deepStrictEqual(
      block.hover,
      markdownHover(expected, rangeOf(block.text, 'asset-metrics', '- asset-metrics')),
    );
  });

  it('says when no initiative has the id, with the rule behind the diagnostic', () => {
    const { hover: h, text } = hover(withCaret(ROADMAP, 'no\u2038pe]'));
    assert.deepStrictEqual(
      h,
      markdownHover(
        `Depends on **\`nope\`**, but no initiative has this id. A dependency must name the \`id\` of an initiative in this file.\n\n---\n\n${ruleNote('unknown-dependency')}`,
        rangeOf(text, 'nope'),
      ),
    );
  });

  it('gives the weekday and quarter of a day date', () => {
    const start = hover(withCaret(ROADMAP, 'start: 2027-01-0\u20384'));
    assert.deepStrictEqual(
      start.hover,
      markdownHover('**Monday 4 January 2027** · 2027-Q1', rangeOf(start.text, '2027-01-04')),
    );
    const milestone = hover(withCaret(ROADMAP, 'date: \u20382027-02-01'));
    assert.deepStrictEqual(
      milestone.hover,
      markdownHover('**Monday 1 February 2027** · 2027-Q1', rangeOf(milestone.text, '2027-02-01', 'date:')),
    );
  });

  it('gives the day a period stands for, as a start or as an end', () => {
    const end = hover(withCaret(ROADMAP, 'end: 2027-\u2038Q1'));
    assert.deepStrictEqual(
      end.hover,
      markdownHover(
        '**2027-Q1**: the first quarter of 2027\n\nAs an end it stands for its last day, inclusive: Wednesday 31 March 2027 · 2027-Q1.',
        rangeOf(end.text, '2027-Q1'),
      ),
    );
    const half = hover(withCaret(ROADMAP, 'start: 2027-H\u20382'));
    assert.deepStrictEqual(
      half.hover,
      markdownHover(
        '**2027-H2**: the second half of 2027\n\nAs a start it stands for its first day: Thursday 1 July 2027 · 2027-Q3.',
        rangeOf(half.text, '2027-H2'),
      ),
    );
    const year = hover(withCaret(ROADMAP, '  start: 20\u203827\n'));
    assert.deepStrictEqual(
      year.hover,
      markdownHover(
        '**2027**: the year 2027\n\nAs a start it stands for its first day: Friday 1 January 2027 · 2027-Q1.',
        rangeOf(year.text, '2027', 'horizon:'),
      ),
    );
  });

  it('explains at-risk and blocked with the overcoming-resistance angle', () => {
    const atRisk = hover(withCaret(ROADMAP, 'status: at-\u2038risk'));
    assert.deepStrictEqual(
      atRisk.hover,
      markdownHover(
        [
          '**at-risk** · status',
          D.status.markdownEnumDescriptions![2],
          '**Overcoming resistance** (Jo Boswell). Work seldom slips for technical reasons alone. Before pushing harder, find out where the pushback comes from (which team, which incentive, which worry) and shape the response to that cause. Write what you learn in `note`, so the accountability review can help.',
        ].join('\n\n'),
        rangeOf(atRisk.text, 'at-risk'),
      ),
    );
    const blocked = hover(withCaret(ROADMAP, 'status: bloc\u2038ked'));
    assert.deepStrictEqual(
      blocked.hover,
      markdownHover(
        [
          '**blocked** · status',
          D.status.markdownEnumDescriptions![3],
          '**Overcoming resistance** (Jo Boswell). A blocked initiative usually waits on a decision or a team beyond its owner\u2019s reach. Name who can clear the way and what they gain or fear from doing so: influence across silos, more than escalation, is how the customer leader moves it. Put it on the agenda of the accountability review.',
        ].join('\n\n'),
        rangeOf(blocked.text, 'blocked'),
      ),
    );
  });

  it('explains other statuses and cadences from the schema alone', () => {
    const active = hover(withCaret(ROADMAP, 'status: act\u2038ive'));
    assert.deepStrictEqual(
      active.hover,
      markdownHover(`**active** · status\n\n${D.status.markdownEnumDescriptions![1]}`, rangeOf(active.text, 'active')),
    );
    const review = hover(withCaret(ROADMAP, 'review: month\u2038ly'));
    assert.deepStrictEqual(
      review.hover,
      markdownHover(
        `**monthly** · cadence\n\n${D.cadence.markdownEnumDescriptions![2]}`,
        rangeOf(review.text, 'monthly'),
      ),
    );
  });

  it('shows only the rules behind the diagnostics where the value itself has no help', () => {
    const { hover: h, text } = hover(withCaret(ROADMAP, 'id: customer-\u2038room'));
    assert.deepStrictEqual(
      h,
      markdownHover(
        `${ruleNote('missing-measures')}\n\n${ruleNote('missing-owner')}`,
        rangeOf(text, 'customer-room', 'id: customer-room'),
      ),
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
    assert.ok(analyzeRoadmap(BROKEN).diagnostics.every((d) => d.code === 'syntax'));
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
    const key = hover(withCaret(BROKEN, '    ow\u2038ner: Priya'));
    assert.deepStrictEqual(
      key.hover,
      markdownHover(
        `**owner** · in an initiative\n\n${D.initiative.properties!.owner.markdownDescription}`,
        rangeOf(key.text, 'owner'),
      ),
    );
    const dependency = hover(withCaret(BROKEN, '[asset-metric\u2038s]'));
    assert.deepStrictEqual(
      dependency.hover,
      markdownHover(
        [
          'Depends on **`asset-metrics`**: Monthly report',
          '',
          '- Owner: Priya Nair',
          '- Dates: 2027-01-04 to 2027-03-31',
          '- Status: active',
        ].join('\n'),
        rangeOf(dependency.text, 'asset-metrics', '[asset-metrics]'),
      ),
    );
  });

  it('explains the syntax rule on the error itself', () => {
    const { hover: h, text } = hover(withCaret(BROKEN, 'note: \u2038data'));
    assert.deepStrictEqual(h, markdownHover(ruleNote('syntax'), rangeOf(text, 'd', 'data: late')));
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
