import assert from 'node:assert/strict';
import { analyzeRoadmap } from '../../../server/src/core/analyze';
import { findSuppressions, isSuppressed } from '../../../server/src/core/suppression';
import { LineIndex } from '../../../server/src/core/text/lineIndex';
import { changed, CLEAN, edit } from '../../support/roadmapBuilder';

/**
 * Three findings on three different lines: `no-sponsor` on the first key, and
 * `missing-measures` on the ids `reliability` and `customer-room`.
 */
const ROADMAP = changed(
  CLEAN,
  ['sponsor: Sam Ortiz (CEO)\n', ''],
  ['\n    measures:\n      - metric: failed installations per month', ''],
  ['\n    measures:\n      - metric: customer room sessions held', ''],
);

/** `code@line` for each diagnostic, where line is the line of the text it marks (1 = first). */
function findings(text: string): string[] {
  const lines = text.split(/\r\n|\r|\n/);
  return analyzeRoadmap(text).diagnostics.map((d) => `${d.code}@${lines[d.range.start.line].trim()}`);
}

/** ROADMAP with `line` written just above the initiative `reliability`. */
function aboveReliability(line: string): string {
  return edit(ROADMAP, '  - id: reliability\n', `${line}\n  - id: reliability\n`);
}

const ALL = ['no-sponsor@cxroadmap: 1', 'missing-measures@- id: reliability', 'missing-measures@- id: customer-room'];

describe('inline suppression', () => {
  it('the fixture has one finding on each of three lines', () => {
    assert.deepEqual(findings(ROADMAP), ALL);
  });

  describe('# cxroadmap-disable-next-line', () => {
    it('silences its codes on the next line only', () => {
      const text = aboveReliability('  # cxroadmap-disable-next-line missing-measures no-sponsor');
      assert.deepEqual(findings(text), ['no-sponsor@cxroadmap: 1', 'missing-measures@- id: customer-room']);
    });

    it('takes several codes separated by spaces', () => {
      const text = `# cxroadmap-disable-next-line missing-measures no-sponsor\n${ROADMAP}`;
      assert.deepEqual(findings(text), ['missing-measures@- id: reliability', 'missing-measures@- id: customer-room']);
    });

    it('does not reach past the next line', () => {
      const text = aboveReliability('  # cxroadmap-disable-next-line missing-measures\n');
      assert.deepEqual(findings(text), ALL);
    });

    it('works as a trailing comment on the line above', () => {
      const text = edit(
        ROADMAP,
        '      - metric: complaints resolved at first contact\n',
        '      - metric: complaints resolved at first contact  # cxroadmap-disable-next-line missing-measures\n',
      );
      assert.deepEqual(findings(text), ['no-sponsor@cxroadmap: 1', 'missing-measures@- id: customer-room']);
    });

    it('works with CRLF and lone-CR line ends', () => {
      const text = aboveReliability('  # cxroadmap-disable-next-line missing-measures');
      const expected = ['no-sponsor@cxroadmap: 1', 'missing-measures@- id: customer-room'];
      assert.deepEqual(findings(text.replace(/\n/g, '\r\n')), expected);
      assert.deepEqual(findings(text.replace(/\n/g, '\r')), expected);
    });
  });

  describe('# cxroadmap-disable', () => {
    it('silences its codes in the whole file, wherever it stands', () => {
      for (const text of [
        `# cxroadmap-disable missing-measures\n${ROADMAP}`,
        `${ROADMAP}# cxroadmap-disable missing-measures\n`,
      ]) {
        assert.deepEqual(findings(text), ['no-sponsor@cxroadmap: 1']);
      }
    });

    it('takes several codes', () => {
      assert.deepEqual(findings(`${ROADMAP}# cxroadmap-disable missing-measures no-sponsor\n`), []);
    });
  });

  describe('code lists', () => {
    for (const list of [
      'missing-measures,no-sponsor',
      'missing-measures, no-sponsor',
      'missing-measures ,no-sponsor',
    ]) {
      it(`accepts comma-separated codes: "${list}"`, () => {
        assert.deepEqual(findings(`# cxroadmap-disable ${list}\n${ROADMAP}`), []);
        assert.deepEqual(findings(`# cxroadmap-disable-next-line ${list}\n${ROADMAP}`), [
          'missing-measures@- id: reliability',
          'missing-measures@- id: customer-room',
        ]);
      });
    }

    it('accepts a trailing `-- reason`', () => {
      assert.deepEqual(findings(`# cxroadmap-disable no-sponsor -- the CEO sponsors every roadmap\n${ROADMAP}`), [
        'missing-measures@- id: reliability',
        'missing-measures@- id: customer-room',
      ]);
      const nextLine = aboveReliability(
        '  # cxroadmap-disable-next-line missing-measures -- measured in the ops dashboard',
      );
      assert.deepEqual(findings(nextLine), ['no-sponsor@cxroadmap: 1', 'missing-measures@- id: customer-room']);
    });

    it('ignores unknown codes and still applies the known ones', () => {
      const text = `# cxroadmap-disable no-such-rule missing-measures\n${ROADMAP}`;
      assert.deepEqual(findings(text), ['no-sponsor@cxroadmap: 1']);
    });

    it('ignores a directive made only of unknown codes', () => {
      assert.deepEqual(findings(`# cxroadmap-disable no-such-rule\n${ROADMAP}`), ALL);
    });

    it('ignores a misspelt directive word', () => {
      assert.deepEqual(findings(`# cxroadmap-disabled missing-measures\n${ROADMAP}`), ALL);
      assert.deepEqual(findings(`# cxroadmap-disable-nextline missing-measures\n${ROADMAP}`), ALL);
    });
  });

  describe('text that is not a comment', () => {
    /** Titles that hold a directive in their text: each test's name, and the title. */
    const titles: [string, string][] = [
      [
        'a directive inside a double-quoted value on one line is not a directive',
        'title: "Acme # cxroadmap-disable missing-measures no-sponsor"',
      ],
      [
        'a directive on its own line inside a multi-line double-quoted value is not a directive',
        'title: "Acme\n  # cxroadmap-disable missing-measures no-sponsor\n  Roadmap"',
      ],
      [
        'a directive on its own line inside a multi-line single-quoted value is not a directive',
        "title: 'Acme\n  # cxroadmap-disable missing-measures no-sponsor\n  Roadmap'",
      ],
      [
        'a directive inside a block scalar is not a directive',
        'title: |\n  Acme\n  # cxroadmap-disable missing-measures no-sponsor',
      ],
    ];
    for (const [name, title] of titles) {
      it(name, () => {
        const text = edit(ROADMAP, 'title: Acme Customer Experience Roadmap', title);
        assert.deepEqual(findings(text), ALL);
      });
    }
  });

  describe('codes that cannot be suppressed', () => {
    it('`schema` stays, by file and by next line', () => {
      const broken = edit(ROADMAP, 'cxroadmap: 1', 'cxroadmap: 2');
      const expected = [
        'no-sponsor@cxroadmap: 2',
        'schema@cxroadmap: 2',
        'missing-measures@- id: reliability',
        'missing-measures@- id: customer-room',
      ];
      assert.deepEqual(findings(`${broken}# cxroadmap-disable schema\n`), expected);
      assert.deepEqual(findings(`# cxroadmap-disable-next-line schema\n${broken}`), expected);
    });

    it('`syntax` stays', () => {
      const broken = edit(ROADMAP, 'title: Acme Customer Experience Roadmap', 'title: "Acme');
      const plain = analyzeRoadmap(broken).diagnostics;
      assert.ok(plain.length > 0 && plain.every((d) => d.code === 'syntax'));
      const suppressed = analyzeRoadmap(`${broken}\n# cxroadmap-disable syntax\n`).diagnostics;
      assert.equal(suppressed.length, plain.length);
      assert.ok(suppressed.every((d) => d.code === 'syntax'));
    });

    it('the directive parser drops `syntax`, `schema` and `config`', () => {
      const lines = new LineIndex(
        '# cxroadmap-disable syntax schema config missing-measures\n# cxroadmap-disable-next-line config no-sponsor\nx: 1\n',
      );
      const s = findSuppressions(lines);
      assert.deepEqual([...s.file], ['missing-measures']);
      assert.deepEqual(
        [...s.lines.entries()].map(([line, codes]) => [line, [...codes]]),
        [[2, ['no-sponsor']]],
      );
      for (const code of ['syntax', 'schema', 'config'] as const) {
        assert.equal(isSuppressed(s, code, 2), false);
        assert.equal(isSuppressed(s, code, 0), false);
      }
      assert.equal(isSuppressed(s, 'no-sponsor', 2), true);
      assert.equal(isSuppressed(s, 'no-sponsor', 1), false);
      assert.equal(isSuppressed(s, 'missing-measures', 7), true);
    });
  });
});
