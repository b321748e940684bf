import assert from 'node:assert/strict';
import { roadmap } from '../../support/roadmapBuilder';
import { assertDiagnostics, assertLeftToSchema, assertOnly, assertQuiet, codes, warning } from './ruleFixture';

const MESSAGE =
  'No customer room is scheduled: add `customer_room:` under `governance:` (monthly is typical), where leaders step into customers\u2019 shoes together and agree a few actions.';

describe('rule no-customer-room', () => {
  it('fires on `governance` when it has no `customer_room`', () => {
    const text = roadmap({ governance: { members: null, customer_room: null }, mark: ['governance'] });
    assertOnly(text, 'no-customer-room', [warning(MESSAGE, undefined, { governanceKey: 'customer_room' })]);
  });

  it('fires on the file\u2019s first key when there is no `governance`, alongside the other governance rules', () => {
    const text = roadmap({ mark: ['cxroadmap'], top: { governance: null } });
    assertDiagnostics(text, 'no-customer-room', [warning(MESSAGE, undefined, { governanceKey: 'customer_room' })]);
    assert.deepStrictEqual(codes(text), ['no-accountability-review', 'no-customer-room', 'no-governance']);
  });

  it('fires on `governance` when it is empty', () => {
    assertDiagnostics(roadmap({ top: { governance: '⟦governance⟧: {}' } }), 'no-customer-room', [
      warning(MESSAGE, undefined, { governanceKey: 'customer_room' }),
    ]);
  });

  it('leaves a cadence outside the list to `schema`', () => {
    assertLeftToSchema(roadmap({ governance: { customer_room: 'sometimes' } }), 'no-customer-room');
  });

  it('stays quiet on the clean base roadmap', () => {
    assertQuiet(roadmap(), 'no-customer-room');
  });
});
