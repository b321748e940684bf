import assert from 'node:assert/strict';
import { Severity } from '../../../server/src/core/diagnostic';
import { roadmap, yaml } from '../../support/roadmapBuilder';
import { analyze, assertDiagnostics, assertQuiet } from './ruleFixture';

const MESSAGE =
  'The roadmap names no customer-experience board: add `governance:` with `board:`, the group that decides priorities and settles trade-offs.';

describe('rule no-governance', () => {
  it('fires on `governance` when it has no `board`', () => {
    const governance = yaml`
      ⟦governance⟧:
        members: [Dana Reyes, Sam Ortiz]
        review: monthly
        customer_room: monthly`;
    const text = roadmap({ top: { governance } });
    assertDiagnostics(text, 'no-governance', [
      { severity: Severity.Warning, message: MESSAGE, facts: { governanceKey: 'board' } },
    ]);
    assert.deepStrictEqual(
      analyze(text).map((d) => d.code),
      ['no-governance'],
    );
  });

  it('counts `board: ~` and `board:` as missing', () => {
    for (const board of ['~', '']) {
      const governance = `⟦governance⟧:\n  board: ${board}\n  review: monthly\n  customer_room: monthly`;
      assertDiagnostics(roadmap({ top: { governance } }), 'no-governance', [
        { severity: Severity.Warning, message: MESSAGE, facts: { governanceKey: 'board' } },
      ]);
    }
  });

  it('puts all three governance rules on a `governance` key whose value is empty', () => {
    // An empty value counts as missing, and a roadmap-level problem goes on the named
    // parent key when it exists (docs/format.md#where-each-finding-is-placed).
    for (const governance of ['⟦governance⟧: ~', '⟦governance⟧:']) {
      const text = roadmap({ top: { governance } });
      assertDiagnostics(text, 'no-governance', [
        { severity: Severity.Warning, message: MESSAGE, facts: { governanceKey: 'board' } },
      ]);
      assertDiagnostics(text, 'no-accountability-review', [
        {
          severity: Severity.Warning,
          message: ['No accountability review is scheduled'],
          facts: { governanceKey: 'review' },
        },
      ]);
      assertDiagnostics(text, 'no-customer-room', [
        {
          severity: Severity.Warning,
          message: ['No customer room is scheduled'],
          facts: { governanceKey: 'customer_room' },
        },
      ]);
    }
  });

  it('fires on the file\u2019s first key when there is no `governance`', () => {
    const text = roadmap({ prefix: '# Roadmap of the CX office', mark: ['cxroadmap'], top: { governance: null } });
    assertDiagnostics(text, 'no-governance', [
      { severity: Severity.Warning, message: MESSAGE, facts: { governanceKey: 'board' } },
    ]);
    const titleFirst = roadmap({
      top: { cxroadmap: null, governance: null, version: 'cxroadmap: 1' },
      mark: ['title'],
    });
    assertDiagnostics(titleFirst, 'no-governance', [
      { severity: Severity.Warning, message: MESSAGE, facts: { governanceKey: 'board' } },
    ]);
  });

  it('stays silent while `governance` or its board is invalid', () => {
    const notAMap = roadmap({ top: { governance: 'governance: CX Council' } });
    assertQuiet(notAMap, 'no-governance');
    assert.deepStrictEqual(
      analyze(notAMap).map((d) => d.code),
      ['schema'],
    );
    const listBoard = roadmap({
      top: { governance: 'governance:\n  board: [CX Council]\n  review: monthly\n  customer_room: monthly' },
    });
    assertQuiet(listBoard, 'no-governance');
    assert.deepStrictEqual(
      analyze(listBoard).map((d) => d.code),
      ['schema'],
    );
  });

  it('stays quiet on the clean base roadmap', () => {
    assertQuiet(roadmap(), 'no-governance');
  });
});
