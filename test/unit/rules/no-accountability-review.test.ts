import assert from 'node:assert/strict';
import { roadmap, yaml } from '../../support/roadmapBuilder';
import { assertDiagnostics, assertOnly, assertQuiet, codes, warning } from './ruleFixture';

const MESSAGE =
  'No accountability review is scheduled: add `review:` under `governance:` (weekly, biweekly, monthly or quarterly) for progress reviews held on their own, not squeezed into other meetings.';

describe('rule no-accountability-review', () => {
  it('fires on `governance` when it has no `review`', () => {
    const governance = yaml`
      ⟦governance⟧:
        board: CX Leadership Council
        customer_room: monthly`;
    const text = roadmap({ top: { governance } });
    assertOnly(text, 'no-accountability-review', [warning(MESSAGE, undefined, { governanceKey: 'review' })]);
  });

  it('counts an empty `review` as missing', () => {
    const governance = '⟦governance⟧:\n  board: CX Leadership Council\n  review: ~\n  customer_room: monthly';
    assertDiagnostics(roadmap({ top: { governance } }), 'no-accountability-review', [
      warning(MESSAGE, undefined, { governanceKey: 'review' }),
    ]);
  });

  it('fires on the file\u2019s first key when there is no `governance`', () => {
    assertDiagnostics(roadmap({ mark: ['cxroadmap'], top: { governance: null } }), 'no-accountability-review', [
      warning(MESSAGE, undefined, { governanceKey: 'review' }),
    ]);
  });

  it('accepts every cadence', () => {
    for (const review of ['weekly', 'biweekly', 'monthly', 'quarterly']) {
      assertQuiet(
        roadmap({
          top: { governance: `governance:\n  board: CX Council\n  review: ${review}\n  customer_room: monthly` },
        }),
        'no-accountability-review',
      );
    }
  });

  it('leaves a cadence outside the list to `schema`', () => {
    const text = roadmap({
      top: { governance: 'governance:\n  board: CX Council\n  review: daily\n  customer_room: monthly' },
    });
    assertQuiet(text, 'no-accountability-review');
    assert.deepStrictEqual(codes(text), ['schema']);
  });

  it('stays quiet on the clean base roadmap', () => {
    assertQuiet(roadmap(), 'no-accountability-review');
  });
});
