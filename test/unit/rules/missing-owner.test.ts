import assert from 'node:assert/strict';
import { Severity } from '../../../server/src/core/diagnostic';
import { initiative, roadmap, withInitiatives, yaml } from '../../support/roadmapBuilder';
import {
  assertDiagnostics,
  assertLeftToSchema,
  assertOnly,
  assertQuiet,
  codes,
  config,
  error,
  information,
  warning,
} from './ruleFixture';

function ownerless(status: string | null): string {
  return withInitiatives({ id: '⟦win-back⟧', owner: null, status });
}

describe('rule missing-owner', () => {
  it('is a warning, on the id, while the status is planned', () => {
    const text = ownerless('planned');
    assertOnly(text, 'missing-owner', [
      warning('Initiative `win-back` has no `owner`: name the one person accountable for it.'),
    ]);
  });

  it('is a warning while the status is unset', () => {
    assertDiagnostics(ownerless(null), 'missing-owner', [
      warning('Initiative `win-back` has no `owner`: name the one person accountable for it.'),
    ]);
  });

  for (const status of ['active', 'at-risk', 'blocked', 'done']) {
    it(`is an error while the status is ${status}`, () => {
      assertDiagnostics(ownerless(status), 'missing-owner', [
        {
          severity: Severity.Error,
          message: `Initiative \`win-back\` has no \`owner\`: name the one person accountable for it. It is ${status}, so someone must already be answering for it.`,
        },
      ]);
    });
  }

  it('is an error for a cancelled initiative, since only planned or unset status softens it', () => {
    assertDiagnostics(ownerless('cancelled'), 'missing-owner', [error(['`win-back`', 'It is cancelled'])]);
  });

  it('counts `owner: ~`, `owner:` and a blank owner as missing, without a schema problem', () => {
    for (const owner of ['~', '', "''", 'null']) {
      const text = roadmap({
        add: [
          initiative({ id: '⟦win-back⟧', status: 'active' })
            .replace(/owner: .*/, `owner: ${owner}`)
            .trimEnd(),
        ],
      });
      assertDiagnostics(text, 'missing-owner', [error(['`win-back` has no `owner`', 'It is active'])]);
      assert.deepStrictEqual(codes(text), ['missing-owner'], `owner: ${owner}`);
    }
  });

  it('goes on the first key of an initiative without an id, naming it by its title', () => {
    const item = yaml`
      - ⟦title⟧: Win back lapsed customers
        competency: customers-as-assets
        start: 2028-01-01
        end: 2028-06-30
        measures:
          - metric: customers who come back
            kind: behaviour`;
    assertDiagnostics(roadmap({ add: [item] }), 'missing-owner', [
      warning(
        'Initiative \u201cWin back lapsed customers\u201d has no `owner`: name the one person accountable for it.',
      ),
    ]);
  });

  it('follows a configured severity whatever the status', () => {
    const info = config({ rules: { 'missing-owner': Severity.Information } });
    assertDiagnostics(ownerless('planned'), 'missing-owner', [information(['`win-back`'])], info);
    assertDiagnostics(ownerless('active'), 'missing-owner', [information(['`win-back`', 'It is active'])], info);
    assertQuiet(ownerless('active'), 'missing-owner', config({ rules: { 'missing-owner': 'off' } }));
  });

  it('stays silent on an owner of the wrong type, which is a schema problem', () => {
    const text = withInitiatives({ id: 'win-back', owner: '[Kim Lee, Ana Ruiz]', status: 'active' });
    assertLeftToSchema(text, 'missing-owner');
  });

  it('stays quiet on the clean base roadmap', () => {
    assertQuiet(roadmap(), 'missing-owner');
  });
});
