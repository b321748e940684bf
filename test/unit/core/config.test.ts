import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { changed, CLEAN } from '../../support/roadmapBuilder';
import { analyzeRoadmap } from '../../../server/src/core/analyze';
import { parseConfig } from '../../../server/src/core/config';
import type { Range } from '../../../server/src/core/diagnostic';
import { errorOf, withoutData } from '../../support/findings';
import type { Finding } from '../../support/findings';
import { DEFAULT_CONFIG, DEFAULT_OPTIONS } from '../../../server/src/core/options';
import type { ResolvedConfig } from '../../../server/src/core/options';
import { ConfigLookup } from '../../../server/src/host/configLookup';

function range(line: number, character: number, endLine: number, endCharacter: number): Range {
  return { start: { line, character }, end: { line: endLine, character: endCharacter } };
}

const configProblem = errorOf('config');

/** `text` parses to the defaults, not a root, with exactly `problems` (none by default). */
function assertDefaults(text: string, problems: Finding[] = []): void {
  const parsed = parseConfig(text);
  assert.deepEqual(
    { ...parsed, diagnostics: withoutData(parsed.diagnostics) },
    { config: { rules: {}, options: { ...DEFAULT_OPTIONS } }, root: false, diagnostics: problems },
  );
}

const SEVERITY_HINT = 'should be error, warning, info, hint or off';

describe('configuration', () => {
  describe('parseConfig', () => {
    it('reads every severity word and every option', () => {
      const parsed = parseConfig(
        [
          'root: true',
          'rules:',
          '  short-horizon: off',
          '  missing-measures: warning',
          '  no-sponsor: error',
          '  owner-overload: hint',
          '  survey-score-only: info',
          'options:',
          '  minHorizonYears: 3',
          '  earlyWinDays: 120',
          '  maxConcurrentPerOwner: 4',
          '  maxActivePerQuarter: 20',
          '',
        ].join('\n'),
      );
      assert.deepEqual(parsed, {
        config: {
          rules: {
            'short-horizon': 'off',
            'missing-measures': 2,
            'no-sponsor': 1,
            'owner-overload': 4,
            'survey-score-only': 3,
          },
          options: { minHorizonYears: 3, earlyWinDays: 120, maxConcurrentPerOwner: 4, maxActivePerQuarter: 20 },
        },
        root: true,
        diagnostics: [],
      });
    });

    it('gives the defaults for an empty file', () => {
      assertDefaults('');
      assertDefaults('# nothing yet\n');
    });

    it('keeps options that are not set at their defaults', () => {
      assert.deepEqual(parseConfig('options:\n  earlyWinDays: 30\n').config.options, {
        ...DEFAULT_OPTIONS,
        earlyWinDays: 30,
      });
    });

    it('accepts `x-` keys at the top for teams’ own data', () => {
      assert.deepEqual(withoutData(parseConfig('x-team: cx\nroot: false\n').diagnostics), []);
    });

    it('reports an unknown rule on its key and suggests the closest', () => {
      const parsed = parseConfig('rules:\n  short-horizn: off\n');
      assert.deepEqual(withoutData(parsed.diagnostics), [
        configProblem(range(1, 2, 1, 14), '`short-horizn` is not a cxroadmap rule. Did you mean `short-horizon`?'),
      ]);
      assert.deepEqual(parsed.config.rules, {});
    });

    it('reports an unknown rule with nothing close without a suggestion', () => {
      assert.deepEqual(withoutData(parseConfig('rules:\n  zzzzzzzzzzzz: off\n').diagnostics), [
        configProblem(range(1, 2, 1, 14), '`zzzzzzzzzzzz` is not a cxroadmap rule.'),
      ]);
    });

    it('reports a bad severity word on the value', () => {
      const parsed = parseConfig('rules:\n  missing-measures: warn\n  no-sponsor: OFF\n');
      assert.deepEqual(withoutData(parsed.diagnostics), [
        configProblem(range(1, 20, 1, 24), `The severity of \`missing-measures\` ${SEVERITY_HINT}, not \`warn\`.`),
        configProblem(range(2, 14, 2, 17), `The severity of \`no-sponsor\` ${SEVERITY_HINT}, not \`OFF\`.`),
      ]);
      assert.deepEqual(parsed.config.rules, {});
    });

    it('reports a missing severity on the rule key', () => {
      assert.deepEqual(withoutData(parseConfig('rules:\n  no-sponsor:\n').diagnostics), [
        configProblem(range(1, 2, 1, 12), `The severity of \`no-sponsor\` ${SEVERITY_HINT}.`),
      ]);
    });

    for (const code of ['syntax', 'schema', 'config']) {
      it(`refuses to reconfigure \`${code}\``, () => {
        for (const word of ['off', 'warning']) {
          const parsed = parseConfig(`rules:\n  ${code}: ${word}\n`);
          assert.deepEqual(withoutData(parsed.diagnostics), [
            configProblem(
              range(1, 2, 1, 2 + code.length),
              `\`${code}\` problems are always reported as errors; its severity cannot be changed.`,
            ),
          ]);
          assert.deepEqual(parsed.config.rules, {});
        }
      });
    }

    it('reports an unknown option, with a suggestion when one is close', () => {
      const parsed = parseConfig('options:\n  minHorizonYear: 3\n  qqqqqqqqqqqqq: 1\n');
      assert.deepEqual(withoutData(parsed.diagnostics), [
        configProblem(
          range(1, 2, 1, 16),
          '`minHorizonYear` is not a cxroadmap option. Did you mean `minHorizonYears`?',
        ),
        configProblem(
          range(2, 2, 2, 15),
          '`qqqqqqqqqqqqq` is not a cxroadmap option. Options: minHorizonYears, earlyWinDays, maxConcurrentPerOwner, maxActivePerQuarter.',
        ),
      ]);
      assert.deepEqual(parsed.config.options, { ...DEFAULT_OPTIONS });
    });

    it('reports an option that is not a whole number of 0 or more on its value', () => {
      const parsed = parseConfig(
        'options:\n  earlyWinDays: 1.5\n  maxActivePerQuarter: "12"\n  maxConcurrentPerOwner: -1\n  minHorizonYears: [3]\n',
      );
      assert.deepEqual(withoutData(parsed.diagnostics), [
        configProblem(range(1, 16, 1, 19), '`earlyWinDays` should be a whole number of 0 or more.'),
        configProblem(range(2, 23, 2, 27), '`maxActivePerQuarter` should be a whole number of 0 or more.'),
        configProblem(range(3, 25, 3, 27), '`maxConcurrentPerOwner` should be a whole number of 0 or more.'),
        configProblem(range(4, 19, 4, 22), '`minHorizonYears` should be a whole number of 0 or more.'),
      ]);
      assert.deepEqual(parsed.config.options, { ...DEFAULT_OPTIONS });
    });

    it('reports top-level keys of the wrong shape on their keys', () => {
      const parsed = parseConfig('rules: 1\noptions: [1]\nroot: yes\nextra: 1\n');
      assert.deepEqual(withoutData(parsed.diagnostics), [
        configProblem(range(0, 0, 0, 5), '`rules` should map rule codes to error, warning, info, hint or off.'),
        configProblem(
          range(1, 0, 1, 7),
          '`options` should be a mapping of option names to numbers (minHorizonYears, earlyWinDays, maxConcurrentPerOwner, maxActivePerQuarter).',
        ),
        configProblem(range(2, 0, 2, 4), '`root` should be `true` or `false`.'),
        configProblem(range(3, 0, 3, 5), '`extra` is not a configuration key; use `root`, `rules` and `options`.'),
      ]);
      assert.equal(parsed.root, false);
    });

    it('reports malformed YAML at the parser’s position and falls back to the defaults', () => {
      assertDefaults('rules:\n  no-sponsor: off\noptions:\n  earlyWinDays: ]\n', [
        configProblem(
          range(3, 16, 3, 17),
          'The configuration file is not valid YAML here; the defaults apply until it is fixed.',
        ),
      ]);
    });

    it('names a key set twice, where the second one is, and falls back to the defaults', () => {
      assertDefaults('rules:\n  early-win: off\n  early-win: error\n', [
        configProblem(
          range(2, 2, 2, 11),
          '`early-win` is set twice in the same mapping; keep one. The defaults apply until it is fixed.',
        ),
      ]);
    });

    it('reports a file that is not a mapping', () => {
      const parsed = parseConfig('- rules\n');
      assert.equal(parsed.diagnostics.length, 1);
      assert.deepEqual(parsed.diagnostics[0].range.start, { line: 0, character: 0 });
      assert.equal(
        parsed.diagnostics[0].message,
        'The configuration file should be a mapping with `rules:` and `options:`.',
      );
      assert.deepEqual(parsed.config, { rules: {}, options: { ...DEFAULT_OPTIONS } });
    });

    it('drops each bad entry and applies the rest', () => {
      const text = [
        'rules:',
        '  short-horizn: off',
        '  no-sponsor: off',
        '  schema: off',
        '  missing-measures: warn',
        '  no-governance: info',
        'options:',
        '  minHorizonYear: 3',
        '  earlyWinDays: 1.5',
        '  maxActivePerQuarter: 20',
        '',
      ].join('\n');
      const parsed = parseConfig(text);
      assert.deepEqual(parsed.config, {
        rules: { 'no-sponsor': 'off', 'no-governance': 3 },
        options: { ...DEFAULT_OPTIONS, maxActivePerQuarter: 20 },
      });
      assert.deepEqual(
        parsed.diagnostics.map((d) => [
          d.range.start.line,
          d.range.start.character,
          d.range.end.line,
          d.range.end.character,
          d.code,
        ]),
        [
          [1, 2, 1, 14, 'config'],
          [3, 2, 3, 8, 'config'],
          [4, 20, 4, 24, 'config'],
          [7, 2, 7, 16, 'config'],
          [8, 16, 8, 19, 'config'],
        ],
      );
    });

    const LINE_ENDS_TEXT = 'rules:\n  no-sponsor: off\n  nosponsor: off\n';

    function assertReadLikeTheLfVersion(variant: string): void {
      const parsed = parseConfig(variant);
      assert.deepEqual(withoutData(parsed.diagnostics), [
        configProblem(range(2, 2, 2, 11), '`nosponsor` is not a cxroadmap rule. Did you mean `no-sponsor`?'),
      ]);
      assert.deepEqual(parsed.config.rules, { 'no-sponsor': 'off' });
    }

    it('positions problems on the text without a BOM, and the same with CRLF line ends', () => {
      for (const variant of [LINE_ENDS_TEXT, `\uFEFF${LINE_ENDS_TEXT}`, LINE_ENDS_TEXT.replace(/\n/g, '\r\n')])
        assertReadLikeTheLfVersion(variant);
    });

    it('reads a configuration with lone-CR line ends like its \\n version', () => {
      assertReadLikeTheLfVersion(LINE_ENDS_TEXT.replace(/\n/g, '\r'));
    });
  });

  describe('ConfigLookup', () => {
    let tmp: string;

    beforeEach(() => {
      tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cxroadmap-config-'));
      // The walk would otherwise go on above the temporary folder.
      fs.mkdirSync(path.join(tmp, '.git'));
    });

    afterEach(() => {
      fs.rmSync(tmp, { recursive: true, force: true });
    });

    function write(relative: string, text: string): string {
      const file = path.join(tmp, relative);
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, text);
      return file;
    }

    /** The lookup for `roadmap` finds `configPath` (none: the defaults) with these rules, and no problem. */
    function assertFound(roadmap: string, configPath: string | undefined, rules: ResolvedConfig['rules'] = {}): void {
      const config = configPath === undefined ? DEFAULT_CONFIG : { rules, options: { ...DEFAULT_OPTIONS } };
      assert.deepEqual(new ConfigLookup().forFile(roadmap), { configPath, config, diagnostics: [] });
    }

    it('uses the nearest configuration alone, never merged with one further up', () => {
      write('.cxroadmaprc.yaml', 'rules:\n  no-sponsor: off\noptions:\n  minHorizonYears: 3\n');
      const near = write('team/.cxroadmaprc.yaml', 'rules:\n  missing-measures: warning\n');
      const roadmap = write('team/plans/a.cxroadmap.yaml', 'cxroadmap: 1\n');
      assertFound(roadmap, near, { 'missing-measures': 2 });
    });

    it('finds a configuration further up when none is nearer', () => {
      const top = write('.cxroadmaprc.yaml', 'options:\n  minHorizonYears: 3\n');
      const roadmap = write('a/b/c/r.cxroadmap.yaml', '');
      const loaded = new ConfigLookup().forFile(roadmap);
      assert.equal(loaded.configPath, top);
      assert.equal(loaded.config.options.minHorizonYears, 3);
    });

    it('accepts `.cxroadmaprc.yml`', () => {
      const yml = write('team/.cxroadmaprc.yml', 'rules:\n  no-sponsor: off\n');
      const roadmap = write('team/r.cxroadmap.yaml', '');
      assertFound(roadmap, yml, { 'no-sponsor': 'off' });
    });

    it('stops the walk at a folder that contains `.git`', () => {
      write('.cxroadmaprc.yaml', 'rules:\n  no-sponsor: off\n');
      fs.mkdirSync(path.join(tmp, 'repo', '.git'), { recursive: true });
      const roadmap = write('repo/plans/r.cxroadmap.yaml', '');
      assertFound(roadmap, undefined);
    });

    it('still reads a configuration in the repository root itself', () => {
      fs.mkdirSync(path.join(tmp, 'repo', '.git'), { recursive: true });
      const rc = write('repo/.cxroadmaprc.yaml', 'rules:\n  no-sponsor: off\n');
      const roadmap = write('repo/plans/r.cxroadmap.yaml', '');
      assert.equal(new ConfigLookup().forFile(roadmap).configPath, rc);
    });

    it('stops at a given workspace root', () => {
      write('.cxroadmaprc.yaml', 'rules:\n  no-sponsor: off\n');
      const workspace = path.join(tmp, 'workspace');
      const roadmap = write('workspace/plans/r.cxroadmap.yaml', '');
      assert.equal(new ConfigLookup([workspace]).forFile(roadmap).configPath, undefined);
    });

    it('gives the defaults when there is no configuration', () => {
      const roadmap = write('plans/r.cxroadmap.yaml', '');
      assertFound(roadmap, undefined);
    });

    it('returns the problems of a malformed configuration with the defaults, without throwing', () => {
      const rc = write('.cxroadmaprc.yaml', 'rules: {\n');
      const roadmap = write('r.cxroadmap.yaml', '');
      const loaded = new ConfigLookup().forFile(roadmap);
      assert.equal(loaded.configPath, rc);
      assert.deepEqual(loaded.config, { rules: {}, options: { ...DEFAULT_OPTIONS } });
      assert.deepEqual(
        loaded.diagnostics.map((d) => d.code),
        ['config'],
      );
    });

    it('reads the files again after clear()', () => {
      const rc = write('.cxroadmaprc.yaml', 'rules:\n  no-sponsor: off\n');
      const roadmap = write('r.cxroadmap.yaml', '');
      const lookup = new ConfigLookup();
      assert.deepEqual(lookup.forFile(roadmap).config.rules, { 'no-sponsor': 'off' });
      fs.writeFileSync(rc, 'rules:\n  no-sponsor: info\n');
      lookup.clear();
      assert.deepEqual(lookup.forFile(roadmap).config.rules, { 'no-sponsor': 3 });
    });
  });

  describe('through analyzeRoadmap', () => {
    /** CLEAN with its early win ending on a day and no measures for the customer room: one finding. */
    const ROADMAP = changed(
      CLEAN,
      ['end: 2027-Q1', 'end: 2027-03-31'],
      ['\n    measures:\n      - metric: customer room sessions held', ''],
    );

    function withConfig(config: {
      rules?: ResolvedConfig['rules'];
      options?: Partial<ResolvedConfig['options']>;
    }): ResolvedConfig {
      return { rules: config.rules ?? {}, options: { ...DEFAULT_OPTIONS, ...config.options } };
    }

    function codesAndSeverities(text: string, config: ResolvedConfig = DEFAULT_CONFIG): [string, number][] {
      return analyzeRoadmap(text, config).diagnostics.map((d) => [d.code, d.severity]);
    }

    /** At the defaults `text` adds `code` at `severity` (a warning unless given), and with `options` it does not. */
    function assertMoved(text: string, code: string, options: Partial<ResolvedConfig['options']>, severity = 2): void {
      assert.deepEqual(codesAndSeverities(text), [
        [code, severity],
        ['missing-measures', 3],
      ]);
      assert.deepEqual(codesAndSeverities(text, withConfig({ options })), [['missing-measures', 3]]);
    }

    it('the fixture has exactly one finding at the defaults (missing-measures, info)', () => {
      assert.deepEqual(codesAndSeverities(ROADMAP), [['missing-measures', 3]]);
    });

    it('`minHorizonYears` moves the short-horizon threshold', () => {
      const fourYears = ROADMAP.replace('  end: 2031-12-31\ngovernance', '  end: 2030-12-31\ngovernance').replace(
        '    end: 2031-12-31\n',
        '    end: 2030-12-31\n',
      );
      assertMoved(fourYears, 'short-horizon', { minHorizonYears: 3 });
      assertMoved(fourYears, 'short-horizon', { minHorizonYears: 4 });
    });

    it('`earlyWinDays` moves the early-win deadline', () => {
      const late = ROADMAP.replace('    end: 2027-03-31\n', '    end: 2027-05-31\n');
      assertMoved(late, 'no-early-win', { earlyWinDays: 150 });
    });

    it('`maxConcurrentPerOwner` moves the owner-overload threshold', () => {
      // Four initiatives of one owner run together in the first half of 2027.
      const busy = ROADMAP.replace(/owner: (Lee Chen|Ana Silva|Omar Haddad)/g, 'owner: Priya Nair')
        .replace('    start: 2027-H2\n', '    start: 2027-H1\n')
        .replace('    start: 2028-01\n', '    start: 2027-01\n');
      assertMoved(busy, 'owner-overload', { maxConcurrentPerOwner: 4 }, 3);
    });

    it('changes a rule’s severity', () => {
      assert.deepEqual(codesAndSeverities(ROADMAP, withConfig({ rules: { 'missing-measures': 1 } })), [
        ['missing-measures', 1],
      ]);
      assert.deepEqual(codesAndSeverities(ROADMAP, withConfig({ rules: { 'missing-measures': 4 } })), [
        ['missing-measures', 4],
      ]);
    });

    it('switches a rule off', () => {
      assert.deepEqual(codesAndSeverities(ROADMAP, withConfig({ rules: { 'missing-measures': 'off' } })), []);
    });

    it('applies a parsed configuration file end to end, bad entries dropped', () => {
      const noSponsor = ROADMAP.replace('sponsor: Sam Ortiz (CEO)\n', '');
      assert.deepEqual(codesAndSeverities(noSponsor), [
        ['no-sponsor', 2],
        ['missing-measures', 3],
      ]);
      const { config } = parseConfig('rules:\n  no-sponsor: error\n  missing-measures: of\n  schema: off\n');
      assert.deepEqual(codesAndSeverities(noSponsor, config), [
        ['no-sponsor', 1],
        ['missing-measures', 3],
      ]);
      const broken = noSponsor.replace('cxroadmap: 1', 'cxroadmap: 2');
      assert.deepEqual(codesAndSeverities(broken, config), [
        ['no-sponsor', 1],
        ['schema', 1],
        ['missing-measures', 3],
      ]);
    });
  });
});
