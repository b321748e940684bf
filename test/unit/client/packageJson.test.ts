import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parseDocument } from 'yaml';
import { COMMANDS, LANGUAGE_ID, PREVIEW_VIEW_TYPE } from '../../../client/src/contributions';
import { analyzeRoadmap } from '../../../server/src/core/analyze';
import { REPOSITORY_URL, ruleDocsUrl } from '../../../server/src/core/catalogue';
import { SEVERITY_WORDS } from '../../../server/src/core/config';
import { RULE_CODES, UNSUPPRESSIBLE } from '../../../server/src/core/diagnostic';
import { COMPETENCY_IDS } from '../../../server/src/core/model/types';
import { DEFAULT_OPTIONS } from '../../../server/src/core/options';

const root = path.resolve(__dirname, '../../../..');
const readText = (file: string): string => readFileSync(path.join(root, file), 'utf8');
const readJson = (file: string): unknown => JSON.parse(readText(file));

type Json = Record<string, unknown>;
const obj = (value: unknown, where: string): Json => {
  assert.ok(value !== null && typeof value === 'object' && !Array.isArray(value), `${where} is not an object`);
  return value as Json;
};
const list = (value: unknown, where: string): unknown[] => {
  assert.ok(Array.isArray(value), `${where} is not an array`);
  return value;
};

const pkg = obj(readJson('package.json'), 'package.json');
const contributes = obj(pkg.contributes, 'contributes');
const CONFIGURABLE = RULE_CODES.filter((code) => !UNSUPPRESSIBLE.has(code));
const SEVERITIES = ['error', 'warning', 'info', 'hint', 'off'];

/** `re` matches each of `matching` and none of `others`. */
function assertMatches(re: RegExp, matching: readonly string[], others: readonly string[]): void {
  const all = [...matching, ...others];
  assert.deepEqual(
    all.map((line) => [line, re.test(line)]),
    all.map((line, i) => [line, i < matching.length]),
  );
}

/** A snippet body as VS Code inserts it with every placeholder left at its default. */
function expandSnippet(body: readonly string[], indent: string): string {
  return body
    .map((line) =>
      line
        .replace(/\$\{\d+:([^}]*)\}/g, '$1')
        .replace(/\$\{\d+\|([^,|]*)(?:,[^|]*)?\|\}/g, '$1')
        .replace(/\$\d+/g, ''),
    )
    .map((line, i) => (i === 0 || line === '' ? line : indent + line))
    .join('\n');
}

describe('client: package.json', () => {
  it('activates only on roadmaps (and to restore a Gantt preview), from dist/extension.js', () => {
    assert.deepEqual(pkg.activationEvents, [
      'onLanguage:cxroadmap',
      'workspaceContains:**/*.cxroadmap.{yaml,yml}',
      `onWebviewPanel:${PREVIEW_VIEW_TYPE}`,
    ]);
    assert.equal(pkg.main, './dist/extension.js');
  });

  it('declares support for untrusted and virtual workspaces', () => {
    assert.deepEqual(pkg.capabilities, { untrustedWorkspaces: { supported: true }, virtualWorkspaces: true });
  });

  it('has a 128×128 PNG icon', () => {
    const png = readFileSync(path.join(root, String(pkg.icon)));
    assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    assert.equal(png.toString('latin1', 12, 16), 'IHDR');
    assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [128, 128]);
  });

  describe('language', () => {
    it('contributes the cxroadmap language for *.cxroadmap.yaml and *.cxroadmap.yml', () => {
      assert.deepEqual(contributes.languages, [
        {
          id: LANGUAGE_ID,
          aliases: ['CX Roadmap', 'cxroadmap'],
          filenamePatterns: ['*.cxroadmap.yaml', '*.cxroadmap.yml'],
          configuration: './language-configuration.json',
          icon: { light: './icons/cxroadmap.svg', dark: './icons/cxroadmap.svg' },
        },
      ]);
      assert.ok(readText('icons/cxroadmap.svg').startsWith('<svg xmlns="http://www.w3.org/2000/svg"'));
    });

    it('has a language configuration with YAML comments, brackets and valid patterns', () => {
      const config = obj(readJson('language-configuration.json'), 'language-configuration.json');
      assert.deepEqual(config.comments, { lineComment: '#' });
      assert.deepEqual(config.brackets, [
        ['{', '}'],
        ['[', ']'],
        ['(', ')'],
      ]);
      const folding = obj(config.folding, 'folding');
      assert.equal(folding.offSide, true);
      const markers = obj(folding.markers, 'folding.markers');
      const indentation = obj(config.indentationRules, 'indentationRules');
      const onEnter = list(config.onEnterRules, 'onEnterRules').map((r) => obj(r, 'onEnterRule'));
      for (const source of [
        markers.start,
        markers.end,
        config.wordPattern,
        indentation.increaseIndentPattern,
        indentation.decreaseIndentPattern,
        ...onEnter.map((r) => r.beforeText),
      ]) {
        assert.equal(typeof source, 'string');
        assert.doesNotThrow(() => new RegExp(source as string), String(source));
      }
      assert.equal(new RegExp(markers.start as string).test('  # region Year one'), true);
      const increase = new RegExp(indentation.increaseIndentPattern as string);
      assertMatches(increase, ['initiatives:', '    measures:   # why', '  -'], ['  - id: x', 'title: a: b']);
      // Competency ids, initiative ids and dates are single words: double-click and completion take them whole.
      const word = new RegExp(config.wordPattern as string, 'g');
      assert.deepEqual('  competency: customers-as-assets  # 2027-Q1'.match(word), [
        'competency',
        'customers-as-assets',
        '2027-Q1',
      ]);
    });
  });

  describe('grammar', () => {
    const grammar = obj(readJson('syntaxes/cxroadmap.tmLanguage.json'), 'grammar');
    const repository = obj(grammar.repository, 'repository');
    const rule = (name: string): Json => obj(repository[name], name);
    /** The `key` pattern of the rule `name`, checked to give what it matches the scope `scope`. */
    const scopedPattern = (name: string, scope: string, key: 'match' | 'begin'): RegExp => {
      const found = rule(name);
      assert.equal(found.name, scope);
      return new RegExp(found[key] as string);
    };

    it('is registered for the language and builds on source.yaml', () => {
      assert.deepEqual(contributes.grammars, [
        { language: LANGUAGE_ID, scopeName: 'source.cxroadmap', path: './syntaxes/cxroadmap.tmLanguage.json' },
      ]);
      assert.equal(grammar.scopeName, 'source.cxroadmap');
      assert.deepEqual(grammar.patterns, [{ include: 'source.yaml' }]);
      assert.deepEqual(grammar.injections, {
        'L:source.cxroadmap -comment -string': {
          patterns: [
            { include: '#suppression-comment' },
            { include: '#competency-value' },
            { include: '#competency-key' },
          ],
        },
      });
    });

    // The patterns use only syntax that Oniguruma (VS Code's engine) and JavaScript read alike.
    it('marks a competency value, plain or quoted, as constant.language.competency.cxroadmap', () => {
      const value = rule('competency-value');
      const re = new RegExp(value.match as string);
      assert.equal(
        obj(obj(value.captures, 'captures')['4'], 'capture 4').name,
        'constant.language.competency.cxroadmap',
      );
      for (const id of COMPETENCY_IDS) assert.equal(re.exec(`    competency: ${id}`)?.[4], id);
      assert.equal(re.exec('  - competency: "listening-path"   # note')?.[4], 'listening-path');
      assertMatches(
        re,
        [],
        [
          '    competency: listening-paths',
          '    x-competency: listening-path',
          '    competency: listening-path extra',
          '    competency: "listening-path\'',
        ],
      );
    });

    it('marks a competency key under `competencies:`', () => {
      const scope = 'meta.map.key.yaml entity.name.tag.yaml constant.language.competency.cxroadmap';
      assertMatches(
        scopedPattern('competency-key', scope, 'match'),
        ['  customers-as-assets:', '  one-company-leadership :  # x'],
        ['  customers-as-assets-2:', '  goal: customers-as-assets'],
      );
    });

    it('marks suppression comments, with exactly the configurable rule codes as keywords', () => {
      assertMatches(
        scopedPattern('suppression-comment', 'comment.line.directive.cxroadmap', 'begin'),
        ['# cxroadmap-disable-next-line missing-owner', 'owner: x  #cxroadmap-disable no-sponsor'],
        ['a#cxroadmap-disable x', '# cxroadmap-disabled x'],
      );
      const inner = list(rule('suppression-comment').patterns, 'patterns').map((p) => obj(p, 'pattern'));
      const ruleKeyword = inner.find((p) => p.name === 'keyword.other.rule.cxroadmap');
      assert.ok(ruleKeyword);
      const alternation = /\(\?:([a-z|-]+)\)/.exec(ruleKeyword.match as string);
      assert.deepEqual(alternation?.[1].split('|'), CONFIGURABLE);
      const keyword = new RegExp(ruleKeyword.match as string, 'g');
      assert.deepEqual(' no-sponsor,missing-owner schema no-sponsors'.match(keyword), ['no-sponsor', 'missing-owner']);
    });
  });

  describe('snippets', () => {
    const snippets = obj(readJson('snippets/cxroadmap.json'), 'snippets');
    const body = (name: string): string[] => list(obj(snippets[name], name).body, `${name}.body`) as string[];

    it('are registered for the language: a roadmap, an initiative, a milestone and a measure', () => {
      assert.deepEqual(contributes.snippets, [{ language: LANGUAGE_ID, path: './snippets/cxroadmap.json' }]);
      assert.deepEqual(Object.keys(snippets), ['New roadmap', 'Initiative', 'Milestone', 'Measure']);
      for (const [name, snippet] of Object.entries(snippets)) {
        const s = obj(snippet, name);
        assert.ok(Array.isArray(s.prefix) && s.prefix.length > 0, name);
        assert.ok(typeof s.description === 'string' && s.description.length > 0, name);
        assert.equal(parseDocument(expandSnippet(body(name), '')).errors.length, 0, name);
      }
    });

    it('give a roadmap whose only findings are the competencies still to plan', () => {
      const roadmap = expandSnippet(body('New roadmap'), '');
      assert.deepEqual(
        analyzeRoadmap(roadmap).diagnostics.map((d) => d.code),
        ['competency-uncovered', 'competency-uncovered', 'competency-uncovered', 'competency-uncovered'],
      );
    });

    it('insert an initiative, a measure and a milestone that the format accepts where they belong', () => {
      // Each snippet is inserted at the indentation of the list it extends, as VS Code does.
      const text = [
        expandSnippet(body('New roadmap'), ''),
        '  ' + expandSnippet(body('Initiative'), '  '),
        '      ' + expandSnippet(body('Measure'), '      '),
        '    milestones:',
        '      ' + expandSnippet(body('Milestone'), '      '),
      ].join('\n');
      const result = analyzeRoadmap(text);
      assert.deepEqual(
        result.diagnostics.map((d) => d.code),
        ['competency-uncovered', 'competency-uncovered', 'competency-uncovered', 'competency-uncovered'],
      );
      const added = result.model.initiatives[1];
      assert.deepEqual(
        { id: added.id?.value, measures: added.measures?.items.length, milestones: added.milestones.length },
        { id: 'initiative-id', measures: 2, milestones: 1 },
      );
    });
  });

  describe('settings', () => {
    const configuration = obj(contributes.configuration, 'configuration');
    const properties = obj(configuration.properties, 'properties');
    const setting = (name: string): Json => obj(properties[name], name);

    it('are the rules, the options and the server trace, each with a scope and a markdown description', () => {
      assert.equal(configuration.title, 'CX Roadmap');
      assert.deepEqual(
        Object.entries(properties).map(([name, value]) => [name, obj(value, name).scope]),
        [
          ['cxroadmap.rules', 'resource'],
          ['cxroadmap.options', 'resource'],
          ['cxroadmap.trace.server', 'window'],
        ],
      );
      for (const [name, value] of Object.entries(properties)) {
        const description = obj(value, name).markdownDescription;
        assert.ok(typeof description === 'string' && description.length > 40, name);
      }
    });

    it('cxroadmap.rules lists exactly the configurable rule codes, and says a .cxroadmaprc.yaml wins', () => {
      const rules = setting('cxroadmap.rules');
      assert.equal(rules.type, 'object');
      assert.deepEqual(rules.default, {});
      assert.match(rules.markdownDescription as string, /no\*\* `\.cxroadmaprc\.yaml`.*applies instead/);
      const ruleProperties = obj(rules.properties, 'rules.properties');
      assert.deepEqual(Object.keys(ruleProperties), CONFIGURABLE);
      assert.deepEqual(Object.keys(SEVERITY_WORDS), SEVERITIES);
      assert.deepEqual(obj(rules.additionalProperties, 'additionalProperties').enum, SEVERITIES);
      for (const code of CONFIGURABLE) {
        const property = obj(ruleProperties[code], code);
        assert.deepEqual(property.enum, SEVERITIES, code);
        assert.ok((property.markdownDescription as string).includes(`(${ruleDocsUrl(code)})`), code);
      }
    });

    it('cxroadmap.rules and cxroadmap.options link to their sections of the format reference', () => {
      const reference = `${REPOSITORY_URL}/blob/main/docs/format.md`;
      assert.deepEqual(
        ['cxroadmap.rules', 'cxroadmap.options'].map((name) =>
          [...(setting(name).markdownDescription as string).matchAll(/\]\(([^)]+)\)/g)].map((m) => m[1]),
        ),
        [[`${reference}#finding-the-file`], [`${reference}#options`]],
      );
    });

    it('cxroadmap.options has the four options with their defaults', () => {
      const options = setting('cxroadmap.options');
      assert.deepEqual(options.default, DEFAULT_OPTIONS);
      assert.equal(options.additionalProperties, false);
      const optionProperties = obj(options.properties, 'options.properties');
      assert.deepEqual(
        Object.entries(optionProperties).map(([name, value]) => [
          name,
          obj(value, name).type,
          obj(value, name).default,
          obj(value, name).minimum,
        ]),
        Object.entries(DEFAULT_OPTIONS).map(([name, value]) => [name, 'integer', value, 0]),
      );
    });

    it('cxroadmap.trace.server is off, messages or verbose', () => {
      const trace = setting('cxroadmap.trace.server');
      assert.deepEqual([trace.enum, trace.default], [['off', 'messages', 'verbose'], 'off']);
    });
  });

  describe('commands', () => {
    it('are the seven commands the extension registers, each in the CX Roadmap category', () => {
      assert.deepEqual(contributes.commands, [
        { command: COMMANDS.restartServer, title: 'Restart Language Server', category: 'CX Roadmap' },
        { command: COMMANDS.newRoadmap, title: 'New Roadmap', category: 'CX Roadmap' },
        { command: COMMANDS.openExample, title: 'Open Example Roadmap', category: 'CX Roadmap' },
        { command: COMMANDS.showProblems, title: 'Show Roadmap Problems', category: 'CX Roadmap' },
        { command: COMMANDS.openPreview, title: 'Open Gantt Preview', category: 'CX Roadmap', icon: '$(open-preview)' },
        {
          command: COMMANDS.openPreviewToSide,
          title: 'Open Gantt Preview to the Side',
          category: 'CX Roadmap',
          icon: '$(open-preview)',
        },
        {
          command: COMMANDS.exportChart,
          title: 'Export Gantt Chart as SVG/HTML\u2026',
          category: 'CX Roadmap',
          icon: '$(export)',
        },
      ]);
    });

    it('put the preview button on roadmap editors, and export on the preview, like Markdown', () => {
      const preview = `activeWebviewPanelId == '${PREVIEW_VIEW_TYPE}'`;
      assert.deepEqual(contributes.menus, {
        'editor/title': [
          { command: COMMANDS.openPreviewToSide, when: `resourceLangId == ${LANGUAGE_ID}`, group: 'navigation' },
          { command: COMMANDS.exportChart, when: preview, group: 'navigation' },
        ],
        commandPalette: [
          { command: COMMANDS.openPreview, when: `editorLangId == ${LANGUAGE_ID}` },
          { command: COMMANDS.openPreviewToSide, when: `editorLangId == ${LANGUAGE_ID}` },
          { command: COMMANDS.exportChart, when: `editorLangId == ${LANGUAGE_ID} || ${preview}` },
        ],
      });
    });
  });

  describe('walkthrough', () => {
    it('has six steps, each with a markdown page and a way to complete it', () => {
      const walkthroughs = list(contributes.walkthroughs, 'walkthroughs');
      assert.equal(walkthroughs.length, 1);
      const steps = list(obj(walkthroughs[0], 'walkthrough').steps, 'steps').map((s) => obj(s, 'step'));
      assert.deepEqual(
        steps.map((s) => s.id),
        ['openExample', 'openChart', 'createRoadmap', 'seeDiagnostics', 'configureRules', 'lintInCi'],
      );
      for (const step of steps) {
        const markdown = obj(step.media, 'media').markdown as string;
        assert.match(markdown, /^media\/walkthrough\/[a-z-]+\.md$/);
        assert.ok(readText(markdown).startsWith('# '), markdown);
        assert.ok(list(step.completionEvents, 'completionEvents').length > 0, String(step.id));
        for (const [, command] of (step.description as string).matchAll(/\(command:([\w.]+)/g)) {
          assert.ok(
            command.startsWith('workbench.') || (Object.values(COMMANDS) as string[]).includes(command),
            command,
          );
        }
      }
    });
  });

  describe('l10n', () => {
    it('has a bundle whose keys are exactly the strings the client passes to vscode.l10n.t', () => {
      assert.equal(pkg.l10n, './l10n');
      const bundle = obj(readJson('l10n/bundle.l10n.json'), 'bundle');
      const used = new Set<string>();
      const scan = (dir: string): void => {
        for (const entry of readdirSync(path.join(root, dir), { withFileTypes: true })) {
          const file = path.join(dir, entry.name);
          if (entry.isDirectory()) scan(file);
          else if (file.endsWith('.ts'))
            for (const m of readText(file).matchAll(/l10n\.t\(\s*'((?:[^'\\]|\\.)*)'/g)) used.add(m[1]);
        }
      };
      scan('client/src');
      assert.ok(used.size >= 5);
      assert.deepEqual(Object.keys(bundle).sort(), [...used].sort());
      for (const [key, value] of Object.entries(bundle)) assert.equal(value, key);
    });
  });

  it('ships every file the manifest points to', () => {
    const files = [
      'language-configuration.json',
      'syntaxes/cxroadmap.tmLanguage.json',
      'snippets/cxroadmap.json',
      'icons/cxroadmap.svg',
      'icons/cxroadmap.png',
      'l10n/bundle.l10n.json',
    ];
    assert.deepEqual(
      files.filter((f) => !existsSync(path.join(root, f))),
      [],
    );
  });
});
