import assert from 'node:assert/strict';
import { roadmap } from '../../support/roadmapBuilder';
import { assertDiagnostics, assertLeftToSchema, assertOnly, assertQuiet, codes, warning } from './ruleFixture';

const MESSAGE = 'The roadmap names no executive `sponsor`: a CEO or top executive who gives the work political cover.';

describe('rule no-sponsor', () => {
  it('fires on the file\u2019s first key when there is no `sponsor`', () => {
    const text = roadmap({ mark: ['cxroadmap'], top: { sponsor: null } });
    assertOnly(text, 'no-sponsor', [warning(MESSAGE)]);
  });

  it('goes on whatever key comes first, after leading comments', () => {
    const text = roadmap({
      prefix: '# CX roadmap\n\n# owned by the CX office',
      top: { cxroadmap: null, sponsor: null, version: 'cxroadmap: 1' },
      mark: ['title'],
    });
    assertDiagnostics(text, 'no-sponsor', [warning(MESSAGE)]);
  });

  it('counts `sponsor: ~` and `sponsor:` as missing', () => {
    for (const sponsor of ['sponsor: ~', 'sponsor:']) {
      const text = roadmap({ mark: ['cxroadmap'], top: { sponsor } });
      assertDiagnostics(text, 'no-sponsor', [warning(MESSAGE)]);
      assert.deepStrictEqual(codes(text), ['no-sponsor'], sponsor);
    }
  });

  it('stays silent on a sponsor of the wrong type, which is a schema problem', () => {
    const text = roadmap({ top: { sponsor: 'sponsor: [Sam Ortiz, Priya Nair]' } });
    assertLeftToSchema(text, 'no-sponsor');
  });

  it('stays quiet on the clean base roadmap', () => {
    assertQuiet(roadmap(), 'no-sponsor');
  });
});
