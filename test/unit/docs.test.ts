import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseAllDocuments } from 'yaml';
import { analyzeRoadmap } from '../../server/src/core/analyze';
import { CATALOGUE } from '../../server/src/core/catalogue';
import { parseConfig } from '../../server/src/core/config';
import { RULE_CODES, UNSUPPRESSIBLE } from '../../server/src/core/diagnostic';
import type { RuleCode, Severity } from '../../server/src/core/diagnostic';
import { DEFAULT_OPTIONS } from '../../server/src/core/options';
import type { RuleOptions } from '../../server/src/core/options';

const ROOT = path.resolve(__dirname, '../../..');
const RULES_DIR = path.join(ROOT, 'docs', 'rules');
const EXAMPLES_DIR = path.join(ROOT, 'examples');

/** The marker that lets syntax.md show a snippet that must not parse. */
const BROKEN_MARKER = '<!-- broken-yaml -->';

const SECTIONS = ['What it checks', 'Why', 'Example', 'How to fix', 'Options', 'Configuration'];

const SEVERITY_WORDS: Record<Severity, string> = { 1: 'error', 2: 'warning', 3: 'info', 4: 'hint' };

const RULE_OPTIONS: Partial<Record<RuleCode, keyof RuleOptions>> = {
  'short-horizon': 'minHorizonYears',
  'no-early-win': 'earlyWinDays',
  'owner-overload': 'maxConcurrentPerOwner',
  'too-many-priorities': 'maxActivePerQuarter',
};

interface YamlBlock {
  file: string;
  /** 1-based line of the opening fence, for failure messages. */
  line: number;
  text: string;
  broken: boolean;
}

function read(file: string): string {
  return fs.readFileSync(file, 'utf8');
}

function page(code: string): string {
  return read(path.join(RULES_DIR, `${code}.md`));
}

function markdownFiles(): string[] {
  return fs
    .readdirSync(RULES_DIR)
    .filter((name) => name.endsWith('.md'))
    .sort();
}

/** Lines outside fenced code blocks, so a `## ` inside a snippet is not taken for a heading. */
function proseLines(markdown: string): string[] {
  const out: string[] = [];
  let inFence = false;
  for (const line of markdown.split('\n')) {
    if (line.startsWith('```')) inFence = !inFence;
    else if (!inFence) out.push(line);
  }
  return out;
}

function sectionHeadings(markdown: string): string[] {
  return proseLines(markdown)
    .filter((line) => line.startsWith('## '))
    .map((line) => line.slice(3).trim());
}

function sectionBody(markdown: string, heading: string): string {
  const lines = markdown.split('\n');
  const start = lines.indexOf(`## ${heading}`);
  assert.notEqual(start, -1, `missing section "${heading}"`);
  const rest = lines.slice(start + 1);
  const next = rest.findIndex((line) => line.startsWith('## '));
  return (next === -1 ? rest : rest.slice(0, next)).join('\n').trim();
}

function yamlBlocks(file: string): YamlBlock[] {
  const lines = read(file).split('\n');
  const blocks: YamlBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!/^```ya?ml\s*$/.test(lines[i])) continue;
    const close = lines.findIndex((line, j) => j > i && line.startsWith('```'));
    assert.notEqual(close, -1, `${path.basename(file)}:${i + 1}: unclosed code block`);
    blocks.push({
      file: path.basename(file),
      line: i + 1,
      text: lines.slice(i + 1, close).join('\n'),
      broken: i > 0 && lines[i - 1].trim() === BROKEN_MARKER,
    });
    i = close;
  }
  return blocks;
}

/** The YAML snippets of one section of a page, in order. */
function sectionSnippets(markdown: string, heading: string): string[] {
  return [...sectionBody(markdown, heading).matchAll(/^```ya?ml\n([\s\S]*?)^```$/gm)].map((m) => m[1]);
}

/** The codes the engine reports for a snippet; a config page's snippets are rc files. */
function reportedCodes(code: RuleCode, snippet: string): string[] {
  const diagnostics = code === 'config' ? parseConfig(snippet).diagnostics : analyzeRoadmap(snippet).diagnostics;
  return diagnostics.map((d) => d.code);
}

function yamlErrors(text: string): string[] {
  const parsed = parseAllDocuments(text);
  if ('empty' in parsed) return parsed.errors.map((e) => e.message);
  return parsed.flatMap((doc) => doc.errors.map((e) => e.message));
}

describe('rule documentation (docs/rules)', () => {
  it('has exactly one page per rule code, plus the README index', () => {
    const expected = [...RULE_CODES.map((code) => `${code}.md`), 'README.md'].sort();
    assert.deepEqual(markdownFiles(), expected);
  });

  for (const code of RULE_CODES) {
    describe(`${code}.md`, () => {
      it('starts with the code as its title', () => {
        assert.equal(page(code).split('\n')[0], `# ${code}`);
      });

      it('has the sections in the agreed order', () => {
        assert.deepEqual(sectionHeadings(page(code)), SECTIONS);
      });

      it('states the default severity of the catalogue', () => {
        const match = /^\*\*Default severity:\*\* (error|warning|info|hint)\b/m.exec(page(code));
        assert.ok(match, 'no "**Default severity:**" line');
        assert.equal(match[1], SEVERITY_WORDS[CATALOGUE[code].defaultSeverity]);
      });

      it('has an example the engine reports, and a fix it does not', () => {
        const text = page(code);
        const examples = sectionSnippets(text, 'Example');
        const fixes = sectionSnippets(text, 'How to fix');
        assert.notEqual(examples.length, 0, 'no YAML snippet under "Example"');
        assert.notEqual(fixes.length, 0, 'no YAML snippet under "How to fix"');
        assert.deepEqual(
          examples.map((snippet) => reportedCodes(code, snippet).includes(code)),
          examples.map(() => true),
        );
        assert.deepEqual(
          fixes.map((snippet) => reportedCodes(code, snippet).includes(code)),
          fixes.map(() => false),
        );
      });

      const option = RULE_OPTIONS[code];
      if (option) {
        it(`documents ${option} with its default`, () => {
          const body = sectionBody(page(code), 'Options');
          assert.ok(body.includes(`| \`${option}\` | \`${DEFAULT_OPTIONS[option]}\` |`), body);
        });
      } else {
        it('says it has no options', () => {
          assert.equal(sectionBody(page(code), 'Options'), 'None.');
        });
      }

      if (UNSUPPRESSIBLE.has(code)) {
        it('says it cannot be switched off or suppressed, and offers no comment for it', () => {
          const text = page(code);
          const body = sectionBody(text, 'Configuration');
          assert.ok(body.startsWith(`\`${code}\` cannot be switched off`), body);
          assert.equal(text.includes(`cxroadmap-disable-next-line ${code}`), false);
          assert.equal(text.includes(`cxroadmap-disable ${code}`), false);
        });
      } else {
        it('shows how to change its severity and both suppression comments', () => {
          const body = sectionBody(page(code), 'Configuration');
          assert.match(body, new RegExp(`^rules:\\n  ${code}: (error|warning|info|hint|off) `, 'm'));
          assert.ok(body.includes(`# cxroadmap-disable-next-line ${code}\``), body);
          assert.ok(body.includes(`# cxroadmap-disable ${code}\``), body);
        });
      }
    });
  }

  it('indexes every rule in the README, in catalogue order, with its default severity', () => {
    const rows = read(path.join(RULES_DIR, 'README.md'))
      .split('\n')
      .map((line) => /^\| \[`([a-z-]+)`\]\(([a-z-]+)\.md\) \| (error|warning|info)\b[^|]* \| [^|]+ \|$/.exec(line))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => ({ code: m[1], page: m[2], severity: m[3] }));
    assert.deepEqual(
      rows,
      RULE_CODES.map((code) => ({ code, page: code, severity: SEVERITY_WORDS[CATALOGUE[code].defaultSeverity] })),
    );
  });

  it('parses every YAML snippet, except those marked as broken', () => {
    const failures = markdownFiles()
      .flatMap((name) => yamlBlocks(path.join(RULES_DIR, name)))
      .filter((block) => !block.broken)
      .flatMap((block) => yamlErrors(block.text).map((message) => `${block.file}:${block.line}: ${message}`));
    assert.deepEqual(failures, []);
  });

  it('marks broken snippets only in syntax.md, and each one really fails to parse', () => {
    const broken = markdownFiles()
      .flatMap((name) => yamlBlocks(path.join(RULES_DIR, name)))
      .filter((block) => block.broken);
    assert.deepEqual([...new Set(broken.map((block) => block.file))], ['syntax.md']);
    for (const block of broken) assert.notDeepEqual(yamlErrors(block.text), [], `${block.file}:${block.line}`);
  });

  it('links only to files that exist', () => {
    const missing: string[] = [];
    for (const name of markdownFiles()) {
      for (const line of proseLines(read(path.join(RULES_DIR, name)))) {
        for (const [, target] of line.matchAll(/\]\(([^)#\s]+)\)/g)) {
          if (/^[a-z]+:/.test(target)) continue;
          if (!fs.existsSync(path.join(RULES_DIR, target))) missing.push(`${name}: ${target}`);
        }
      }
    }
    assert.deepEqual(missing, []);
  });
});

describe('example roadmaps (examples/)', () => {
  const clean = path.join(EXAMPLES_DIR, 'acme-five-year.cxroadmap.yaml');
  const flawed = path.join(EXAMPLES_DIR, 'needs-work.cxroadmap.yaml');

  for (const file of [clean, flawed]) {
    it(`${path.basename(file)} is one YAML document without syntax errors`, () => {
      const docs = parseAllDocuments(read(file));
      assert.ok(!('empty' in docs), 'the file is empty');
      assert.equal(docs.length, 1);
      assert.deepEqual(docs[0].errors, []);
    });
  }

  it('keeps the clean example clean without suppression comments', () => {
    assert.equal(read(clean).includes('cxroadmap-disable'), false);
  });

  it('shows inline suppression in the flawed example', () => {
    assert.match(read(flawed), /^ *# cxroadmap-disable-next-line missing-measures\n *- id: /m);
  });

  it('ships no configuration next to the examples, so they run with the defaults', () => {
    assert.equal(fs.existsSync(path.join(EXAMPLES_DIR, '.cxroadmaprc.yaml')), false);
    assert.equal(fs.existsSync(path.join(EXAMPLES_DIR, '.cxroadmaprc.yml')), false);
  });
});
