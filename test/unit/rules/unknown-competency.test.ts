import assert from 'node:assert/strict';
import { initiative, roadmap, withInitiatives, yaml } from '../../support/roadmapBuilder';
import { analyze, assertDiagnostics, assertOnly, assertQuiet, error } from './ruleFixture';

/** A `competencies:` block with one key and its goal, for `roadmap({ set })`. */
const competencies = (key: string, goal: string) => ({ competencies: `${key}:\n  goal: ${goal}` });

describe('rule unknown-competency', () => {
  it('flags a typo on the competency value, suggests the closest id, and adds no schema problem', () => {
    const text = withInitiatives({ id: 'win-back', competency: '⟦customer-as-assets⟧' });
    assertOnly(text, 'unknown-competency', [
      error(
        '`customer-as-assets` is not one of the five customer leadership competencies. Did you mean `customers-as-assets` (Honor and Manage Customers as Assets)?',
        undefined,
        { suggestion: 'customers-as-assets' },
      ),
    ]);
  });

  it('flags an unknown key under `competencies:` with the closest id', () => {
    const text = roadmap({ set: competencies('⟦listening-pth⟧', 'Hear customers at every stage') });
    assertOnly(text, 'unknown-competency', [
      error(
        '`listening-pth` under `competencies` is not one of the five customer leadership competencies. Did you mean `listening-path` (Build a Customer Listening Path)?',
        undefined,
        { suggestion: 'listening-path' },
      ),
    ]);
  });

  it('lists the five ids when nothing is close', () => {
    assertDiagnostics(withInitiatives({ id: 'campaign', competency: '⟦marketing⟧' }), 'unknown-competency', [
      error(
        '`marketing` is not one of the five customer leadership competencies. Use one of: `customers-as-assets`, `align-around-experience`, `listening-path`, `reliability-innovation`, `one-company-leadership`.',
      ),
    ]);
  });

  it('flags each typo, in initiatives and under `competencies:` alike', () => {
    const text = roadmap({
      set: competencies('⟦one-company⟧', 'Leaders act as one company'),
      add: [initiative({ id: 'reliable', competency: '⟦reliability⟧' })],
    });
    assertDiagnostics(text, 'unknown-competency', [
      error(['`one-company` under `competencies`', 'Did you mean `one-company-leadership`'], undefined, {
        suggestion: 'one-company-leadership',
      }),
      error(['`reliability` is not one of', 'Did you mean `reliability-innovation`'], undefined, {
        suggestion: 'reliability-innovation',
      }),
    ]);
  });

  it('stays quiet on the clean base roadmap', () => {
    assertQuiet(roadmap(), 'unknown-competency');
  });

  it('stays quiet on the five ids and on `x-` keys under `competencies:`', () => {
    const text = roadmap({
      top: {
        competencies: yaml`
          competencies:
            customers-as-assets:
              goal: Know monthly how many customers we gain and lose
            one-company-leadership:
              goal: Leaders meet monthly in the customer room
            x-review-notes:
              goal: free text for the team`,
      },
    });
    assert.deepStrictEqual(analyze(text), []);
  });

  it('leaves a competency of the wrong type to `schema`', () => {
    const text = withInitiatives({ id: 'listed', competency: '[listening-path]' });
    assertQuiet(text, 'unknown-competency');
    assert.equal(analyze(text).filter((d) => d.code === 'schema').length, 1);
  });
});
