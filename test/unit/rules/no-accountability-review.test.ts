import { roadmap } from '../../support/roadmapBuilder';
import { assertDiagnostics, assertLeftToSchema, assertOnly, assertQuiet, warning } from './ruleFixture';

const MESSAGE =
  'No accountability review is scheduled: add `review:` under `governance:` (weekly, biweekly, monthly or quarterly) for progress reviews held on their own, not squeezed into other meetings.';

describe('rule no-accountability-review', () => {
  it('fires on `governance` when it has no `review`', () => {
    const text = roadmap({ governance: { members: null, review: null }, mark: ['governance'] });
    assertOnly(text, 'no-accountability-review', [warning(MESSAGE, undefined, { governanceKey: 'review' })]);
  });

  it('counts an empty `review` as missing', () => {
    const text = roadmap({ governance: { members: null, review: '~' }, mark: ['governance'] });
    assertDiagnostics(text, 'no-accountability-review', [warning(MESSAGE, undefined, { governanceKey: 'review' })]);
  });

  it('fires on the file\u2019s first key when there is no `governance`', () => {
    assertDiagnostics(roadmap({ mark: ['cxroadmap'], top: { governance: null } }), 'no-accountability-review', [
      warning(MESSAGE, undefined, { governanceKey: 'review' }),
    ]);
  });

  it('accepts every cadence', () => {
    for (const review of ['weekly', 'biweekly', 'monthly', 'quarterly']) {
      assertQuiet(roadmap({ governance: { review } }), 'no-accountability-review');
    }
  });

  it('leaves a cadence outside the list to `schema`', () => {
    assertLeftToSchema(roadmap({ governance: { review: 'daily' } }), 'no-accountability-review');
  });

  it('stays quiet on the clean base roadmap', () => {
    assertQuiet(roadmap(), 'no-accountability-review');
  });
});
