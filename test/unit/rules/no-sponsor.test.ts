import assert from 'node:assert/strict';
import { Severity } from '../../../server/src/core/diagnostic';
import { roadmap } from '../../support/roadmapBuilder';
import { analyze, assertDiagnostics, assertQuiet } from './ruleFixture';

const MESSAGE = 'The roadmap names no executive `sponsor`: a CEO or top executive who gives the work political cover.';

describe('rule no-sponsor', () => {
  it('fires on the file\u2019s first key when there is no `sponsor`', () => {
    const text = roadmap({ mark: ['cxroadmap'], top: { sponsor: null } });
    assertDiagnostics(text, 'no-sponsor', [{ severity: Severity.Warning, message: MESSAGE }]);
    assert.deepStrictEqual(
      analyze(text).map((d) => d.code),
      ['no-sponsor'],
    );
  });

  it('goes on whatever key comes first, after leading comments', () => {
    const text = roadmap({
      prefix: '# CX roadmap\n\n# owned by the CX office',
      top: { cxroadmap: null, sponsor: null, version: 'cxroadmap: 1' },
      mark: ['title'],
    });
    assertDiagnostics(text, 'no-sponsor', [{ severity: Severity.Warning, message: MESSAGE }]);
  });

  it('counts `sponsor: ~` and `sponsor:` as missing', () => {
    for (const sponsor of ['sponsor: ~', 'sponsor:']) {
      const text = roadmap({ mark: ['cxroadmap'], top: { sponsor } });
      assertDiagnostics(text, 'no-sponsor', [{ severity: Severity.Warning, message: MESSAGE }]);
      assert.deepStrictEqual(
        analyze(text).map((d) => d.code),
        ['no-sponsor'],
        sponsor,
      );
    }
  });

  it('stays silent on a sponsor of the wrong type, which is a schema problem', () => {
    const text = roadmap({ top: { sponsor: 'sponsor: [Sam Ortiz, Priya Nair]' } });
    assertQuiet(text, 'no-sponsor');
    assert.deepStrictEqual(
      analyze(text).map((d) => d.code),
      ['schema'],
    );
  });

  it('stays quiet on the clean base roadmap', () => {
    assertQuiet(roadmap(), 'no-sponsor');
  });
});
