import { initiative, roadmap, withInitiatives } from '../../support/roadmapBuilder';
import { assertDiagnostics, assertLeftToSchema, assertOnly, assertQuiet, information } from './ruleFixture';

/** An initiative measured by the given `measures` block, its `measures` key marked. */
function measuredBy(measures: string): string {
  return roadmap({ add: [initiative({ id: 'scores', measures }).replace('  measures:', '  ⟦measures⟧:')] });
}

describe('rule survey-score-only', () => {
  it('flags an initiative measured only by `kind: survey`, on `measures`', () => {
    const text = measuredBy('- metric: post-call rating\n  kind: survey');
    assertOnly(text, 'survey-score-only', [
      information(
        'Initiative `scores` is measured only by survey scores; add a measure of what customers do (stay, buy again, leave, call less) to show their lives improved.',
      ),
    ]);
  });

  for (const metric of [
    'NPS',
    'nps among new customers',
    'CSAT after a support call',
    'Relationship CES',
    'Net Promoter Score',
    'net  promoter',
    'Customer Satisfaction index',
    'customer effort score',
    'survey (NPS)',
  ]) {
    it(`flags a metric naming a survey score as a whole word: "${metric}"`, () => {
      assertDiagnostics(measuredBy(`- metric: ${metric}\n  kind: behaviour`), 'survey-score-only', [
        information(['Initiative `scores` is measured only by survey scores']),
      ]);
    });
  }

  it('flags several measures when every one is a survey score', () => {
    assertDiagnostics(
      measuredBy('- metric: NPS\n- metric: average rating\n  kind: survey\n- metric: CSAT'),
      'survey-score-only',
      [information(['`scores`'])],
    );
  });

  for (const metric of [
    'services renewed',
    'process steps removed',
    'snps',
    'csats',
    'successes per quarter',
    'customer efforts',
    'promoter events',
    'satisfaction of staff',
  ]) {
    it(`stays quiet on a metric that only contains the letters: "${metric}"`, () => {
      assertQuiet(measuredBy(`- metric: ${metric}\n  kind: behaviour`), 'survey-score-only');
    });
  }

  it('stays quiet when one measure is behavioural', () => {
    assertQuiet(
      measuredBy('- metric: NPS\n  kind: survey\n- metric: customers who renew\n  kind: behaviour'),
      'survey-score-only',
    );
    assertQuiet(measuredBy('- metric: CSAT\n- metric: repeat purchases'), 'survey-score-only');
  });

  it('stays silent on missing, empty or invalid measures', () => {
    assertQuiet(withInitiatives({ id: 'scores', measures: null }), 'survey-score-only');
    assertQuiet(withInitiatives({ id: 'scores', measures: '[]' }), 'survey-score-only');
    // The second metric names CSAT, but its kind is not one of the four: schema's problem first.
    const invalid = measuredBy('- metric: NPS\n  kind: survey\n- metric: CSAT\n  kind: servey');
    assertLeftToSchema(invalid, 'survey-score-only');
  });

  it('stays quiet on the clean base roadmap', () => {
    assertQuiet(roadmap(), 'survey-score-only');
  });
});
