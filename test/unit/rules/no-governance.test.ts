import { roadmap } from '../../support/roadmapBuilder';
import { assertDiagnostics, assertLeftToSchema, assertOnly, assertQuiet, warning } from './ruleFixture';

const MESSAGE =
  'The roadmap names no customer-experience board: add `governance:` with `board:`, the group that decides priorities and settles trade-offs.';

describe('rule no-governance', () => {
  it('fires on `governance` when it has no `board`', () => {
    const governance = { board: null, members: '[Dana Reyes, Sam Ortiz]' };
    const text = roadmap({ governance, mark: ['governance'] });
    assertOnly(text, 'no-governance', [warning(MESSAGE, undefined, { governanceKey: 'board' })]);
  });

  it('counts `board: ~` and `board:` as missing', () => {
    for (const board of ['~', '']) {
      const text = roadmap({ governance: { board, members: null }, mark: ['governance'] });
      assertDiagnostics(text, 'no-governance', [warning(MESSAGE, undefined, { governanceKey: 'board' })]);
    }
  });

  it('puts all three governance rules on a `governance` key whose value is empty', () => {
    // docs/format.md: an empty value counts as missing, and a roadmap-level problem goes on the
    // named parent key when it exists.
    for (const governance of ['⟦governance⟧: ~', '⟦governance⟧:']) {
      const text = roadmap({ top: { governance } });
      assertDiagnostics(text, 'no-governance', [warning(MESSAGE, undefined, { governanceKey: 'board' })]);
      assertDiagnostics(text, 'no-accountability-review', [
        warning(['No accountability review is scheduled'], undefined, { governanceKey: 'review' }),
      ]);
      assertDiagnostics(text, 'no-customer-room', [
        warning(['No customer room is scheduled'], undefined, { governanceKey: 'customer_room' }),
      ]);
    }
  });

  it('fires on the file\u2019s first key when there is no `governance`', () => {
    const text = roadmap({ prefix: '# Roadmap of the CX office', mark: ['cxroadmap'], top: { governance: null } });
    assertDiagnostics(text, 'no-governance', [warning(MESSAGE, undefined, { governanceKey: 'board' })]);
    const titleFirst = roadmap({
      top: { cxroadmap: null, governance: null, version: 'cxroadmap: 1' },
      mark: ['title'],
    });
    assertDiagnostics(titleFirst, 'no-governance', [warning(MESSAGE, undefined, { governanceKey: 'board' })]);
  });

  it('stays silent while `governance` or its board is invalid', () => {
    assertLeftToSchema(roadmap({ top: { governance: 'governance: CX Council' } }), 'no-governance');
    assertLeftToSchema(roadmap({ governance: { board: '[CX Council]' } }), 'no-governance');
  });

  it('stays quiet on the clean base roadmap', () => {
    assertQuiet(roadmap(), 'no-governance');
  });
});
