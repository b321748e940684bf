import assert from 'node:assert/strict';
import { competencyCoverage } from '../../../client/src/competencyCoverage';

describe('client: competencyCoverage', () => {
  it('reads `competency:` values of initiatives, plain or quoted, with or without a comment', () => {
    const text = [
      'initiatives:',
      '  - id: a',
      '    competency: listening-path',
      '  - competency: "one-company-leadership"   # first key of the item',
      '  - id: c',
      "    competency: 'customers-as-assets'",
      '',
    ].join('\n');
    assert.deepEqual(competencyCoverage(text), {
      covered: ['customers-as-assets', 'listening-path', 'one-company-leadership'],
      uncovered: ['align-around-experience', 'reliability-innovation'],
    });
  });

  it('ends lines at \\r\\n and at a lone \\r as well as at \\n', () => {
    const text =
      'initiatives:\r\n  - competency: listening-path\r\n  - competency: reliability-innovation\r  - id: x\r';
    assert.deepEqual(competencyCoverage(text).covered, ['listening-path', 'reliability-innovation']);
  });

  it('ignores comments, keys under `competencies:`, other keys and unknown ids', () => {
    const text = [
      'competencies:',
      '  customers-as-assets:',
      '    goal: x',
      'initiatives:',
      '  # competency: listening-path',
      '  - id: a',
      '    x-competency: align-around-experience',
      '    competency: listening-paths',
      '    title: competency: reliability-innovation',
      '    competency: one-company-leadership extra',
      '',
    ].join('\n');
    assert.deepEqual(competencyCoverage(text), {
      covered: [],
      uncovered: [
        'customers-as-assets',
        'align-around-experience',
        'listening-path',
        'reliability-innovation',
        'one-company-leadership',
      ],
    });
  });

  it('counts a competency once however many initiatives build it', () => {
    const text = '- competency: listening-path\n- competency: listening-path\n';
    assert.deepEqual(competencyCoverage(text).covered, ['listening-path']);
  });
});
