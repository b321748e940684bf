import assert from 'node:assert/strict';
import { performance } from 'node:perf_hooks';
import { parseAllDocuments } from 'yaml';
import { analyzeRoadmap } from '../../../server/src/core/analyze';
import type { AnalysisResult } from '../../../server/src/core/analyze';
import { isRuleCode } from '../../../server/src/core/diagnostic';
import { errorOf, withoutData } from '../../support/findings';
import type { Range } from '../../../server/src/core/diagnostic';
import { PARSE_OPTIONS } from '../../../server/src/core/yaml/parseYaml';
import { CLEAN, edit } from '../../support/roadmapBuilder';
import { prng } from '../seededRandom';

/** A hang guard, not a benchmark: every input here takes well under a second on a laptop. */
const BOUND_MS = 5000;

/** Problems on several lines, so that line-ending tests compare more than one position. */
const WITH_PROBLEMS = CLEAN.replace('owner: Dana Reyes\nsponsor', 'ownr: Dana Reyes\nsponsor')
  .replace('id: journey-map', 'id: Journey Map')
  .replace('    owner: Omar Haddad\n', '')
  .replace('    end: 2031-12-31', '    end: 2032-06-30');

/** Line lengths as VS Code counts lines, computed without the code under test. */
function lineLengths(text: string): number[] {
  return text.split(/\r\n|\r|\n/).map((l) => l.length);
}

function positionOf(text: string, offset: number): { line: number; character: number } {
  const lines = text.slice(0, offset).split(/\r\n|\r|\n/);
  return { line: lines.length - 1, character: lines[lines.length - 1].length };
}

function rangeIn(text: string, context: string, part = context): Range {
  const start = text.indexOf(context) + context.indexOf(part);
  assert.ok(
    text.includes(context) && context.includes(part),
    `no ${JSON.stringify(part)} in ${JSON.stringify(context)}`,
  );
  return { start: positionOf(text, start), end: positionOf(text, start + part.length) };
}

/** Analyses within the time bound and checks that every diagnostic is well formed and inside the text. */
function analyseSafely(text: string): AnalysisResult {
  const started = performance.now();
  const result = analyzeRoadmap(text);
  const elapsed = performance.now() - started;
  assert.ok(elapsed < BOUND_MS, `analysis took ${Math.round(elapsed)} ms`);
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const lengths = lineLengths(body);
  for (const d of result.diagnostics) {
    assert.ok(isRuleCode(d.code), `unknown code ${d.code}`);
    assert.ok(d.message.length > 0, 'empty message');
    for (const p of [d.range.start, d.range.end]) {
      assert.ok(p.line >= 0 && p.line < lengths.length, `line ${p.line} outside the text (${lengths.length} lines)`);
      assert.ok(p.character >= 0 && p.character <= lengths[p.line], `character ${p.character} outside line ${p.line}`);
    }
    const s = d.range.start;
    const e = d.range.end;
    assert.ok(s.line < e.line || (s.line === e.line && s.character <= e.character), 'range ends before it starts');
  }
  return result;
}

function byPosition(a: Range, b: Range): number {
  return (
    a.start.line - b.start.line ||
    a.start.character - b.start.character ||
    a.end.line - b.end.line ||
    a.end.character - b.end.character
  );
}

const syntax = errorOf('syntax');

describe('bad input never throws and never hangs', () => {
  it('the fixture is clean', () => {
    assert.deepEqual(analyseSafely(CLEAN).diagnostics, []);
  });

  describe('YAML syntax errors', () => {
    // Mistakes common enough to be named (an unclosed quote, say) have tests of their own
    // in commonMistakes.test.ts; the parser's other errors are reported as it gives them.
    const broken: [string, string][] = [
      ['a bad indentation', edit(CLEAN, '  start: 2027-01-01', '   start: 2027-01-01')],
      [
        'several errors',
        edit(edit(CLEAN, 'review: monthly', 'review: ]monthly'), 'owner: Dana Reyes', 'owner: & Dana Reyes'),
      ],
      ['a value starting with a closing bracket', edit(CLEAN, 'review: monthly', 'review: ]monthly')],
      ['an anchor without a name', edit(CLEAN, 'owner: Dana Reyes', 'owner: & Dana Reyes')],
    ];

    for (const [name, text] of broken) {
      it(`${name}: one syntax diagnostic per parser error, at its position`, () => {
        const errors = parseAllDocuments(text, PARSE_OPTIONS);
        const docs = Array.isArray(errors) ? errors : [];
        const parserErrors = docs.flatMap((d) => d.errors).filter((e) => e.code !== 'DUPLICATE_KEY');
        assert.ok(parserErrors.length > 0, 'the input should not parse');
        const found = analyseSafely(text).diagnostics;
        assert.deepEqual(
          found.map((d) => [d.code, d.range]),
          parserErrors
            .map((e): Range => ({
              start: positionOf(text, e.pos[0]),
              end: positionOf(text, Math.max(e.pos[0], e.pos[1])),
            }))
            .sort(byPosition)
            .map((range) => ['syntax', range]),
        );
      });
    }

    it('reports nothing but syntax while the header has a syntax error (no schema, no duplicate key, no rule)', () => {
      let text = edit(CLEAN, 'owner: Dana Reyes\nsponsor: Sam Ortiz (CEO)\n', 'ownr: Dana Reyes\nownr: again\n');
      text = edit(text, 'id: journey-map', 'id: Journey Map');
      text = edit(text, '  board: CX Leadership Council\n', '');
      assert.ok(
        analyzeRoadmap(text).diagnostics.some((d) => d.code !== 'syntax'),
        'the text without the syntax error has other problems',
      );
      const broken = edit(text, 'stages: [discover, renew]', 'stages: [discover, renew');
      const codes = analyseSafely(broken).diagnostics.map((d) => d.code);
      assert.ok(codes.length > 0);
      assert.deepEqual([...new Set(codes)], ['syntax']);
    });

    it('reports a second document on its `---` marker', () => {
      const text = `${CLEAN}---\nmore: 1\n`;
      assert.deepEqual(withoutData(analyseSafely(text).diagnostics), [
        syntax(
          rangeIn(text, '---\nmore', '---'),
          'A roadmap file holds one YAML document; this `---` starts a second one. Remove it, or move the rest to its own file.',
        ),
      ]);
    });

    it('accepts a single document that starts with `---`', () => {
      assert.deepEqual(analyseSafely(`---\n${CLEAN}`).diagnostics, []);
    });

    it('reports tabs used as indentation once per line, on the tab', () => {
      const text = edit(CLEAN, '  start: 2027-01-01\n  end: 2031-12-31', '\tstart: 2027-01-01\n\tend: 2031-12-31');
      const message = 'This line is indented with a tab, which YAML does not allow; indent it with spaces.';
      assert.deepEqual(withoutData(analyseSafely(text).diagnostics), [
        syntax(rangeIn(text, '\tstart', '\t'), message),
        syntax(rangeIn(text, '\tend', '\t'), message),
      ]);
    });

    it('accepts tabs as separators after a key', () => {
      const text = edit(CLEAN, 'title: Acme Customer Experience Roadmap', 'title:\tAcme Customer Experience Roadmap\t');
      assert.deepEqual(analyseSafely(text).diagnostics, []);
    });
  });

  describe('binary junk', () => {
    for (let seed = 1; seed <= 20; seed++) {
      it(`random bytes with NULs (seed ${seed}), read as Latin-1 and as UTF-8`, () => {
        const random = prng(seed);
        const bytes = Buffer.alloc(2000);
        for (let i = 0; i < bytes.length; i++) bytes[i] = random() < 0.05 ? 0 : Math.floor(random() * 256);
        analyseSafely(bytes.toString('latin1'));
        analyseSafely(bytes.toString('utf8'));
      });
    }

    it('random YAML punctuation (seeded)', () => {
      const random = prng(99);
      const alphabet = ':-?[]{},&*!|>\'"%@`#\n\r\t \u0000aZ9';
      for (let n = 0; n < 50; n++) {
        let text = '';
        for (let i = 0; i < 400; i++) text += alphabet[Math.floor(random() * alphabet.length)];
        analyseSafely(text);
      }
    });
  });

  describe('byte-order mark and line endings', () => {
    it('computes positions on the text without a BOM', () => {
      const plain = analyseSafely(WITH_PROBLEMS);
      const withBom = analyseSafely(`\uFEFF${WITH_PROBLEMS}`);
      assert.ok(plain.diagnostics.length >= 3);
      assert.deepEqual(withBom.diagnostics, plain.diagnostics);
      assert.equal(withBom.lines.text, WITH_PROBLEMS);
      assert.deepEqual(withBom.model, plain.model);
    });

    it('puts a problem at the very start of a BOM file at 0:0', () => {
      const text = `\uFEFF${edit(CLEAN, 'cxroadmap: 1', 'cxroadmp: 1')}`;
      const first = analyseSafely(text).diagnostics.find((d) => d.message.startsWith('`cxroadmp`'));
      assert.deepEqual(first?.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 8 } });
    });

    it('gives a CRLF file the same positions as its \\n version, line for line', () => {
      const plain = analyseSafely(WITH_PROBLEMS).diagnostics;
      assert.deepEqual(analyseSafely(WITH_PROBLEMS.replace(/\n/g, '\r\n')).diagnostics, plain);
    });

    it('gives a lone-CR file the same positions as its \\n version, line for line', () => {
      const plain = analyseSafely(WITH_PROBLEMS).diagnostics;
      assert.deepEqual(analyseSafely(WITH_PROBLEMS.replace(/\n/g, '\r')).diagnostics, plain);
    });

    it('gives a file mixing \\n, \\r\\n and \\r the same positions as its \\n version', () => {
      const plain = analyseSafely(WITH_PROBLEMS).diagnostics;
      const endings = ['\n', '\r\n', '\r'];
      let i = 0;
      const mixed = WITH_PROBLEMS.replace(/\n/g, () => endings[i++ % 3]);
      assert.deepEqual(analyseSafely(mixed).diagnostics, plain);
    });

    it('gives a CRLF file with a syntax error the same positions as its \\n version', () => {
      const text = edit(WITH_PROBLEMS, 'stages: [discover, renew]', 'stages: [discover, renew');
      const plain = analyseSafely(text).diagnostics;
      assert.ok(plain.length > 0);
      assert.deepEqual(analyseSafely(text.replace(/\n/g, '\r\n')).diagnostics, plain);
    });
  });

  describe('aliases', () => {
    const LAUGHS = [
      'a: &a [x, x, x, x, x, x, x, x, x, x]',
      'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]',
      'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]',
      'd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]',
      'e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]',
      'f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e, *e]',
      'g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f, *f]',
      'h: &h [*g, *g, *g, *g, *g, *g, *g, *g, *g, *g]',
      'i: &i [*h, *h, *h, *h, *h, *h, *h, *h, *h, *h]',
      '',
    ].join('\n');

    it('reports a billion-laughs bomb once, on the first alias past the limit', () => {
      // `d` holds 1 + 10 * 1,111 = 11,111 values, the first past 10,000; `*d` first appears on line `e`.
      assert.deepEqual(withoutData(analyseSafely(LAUGHS).diagnostics), [
        syntax(
          rangeIn(LAUGHS, 'e: &e [*d', '*d'),
          'The alias *d expands to more than 10,000 values; a roadmap never needs that many, so the file is not read further.',
        ),
      ]);
    });

    it('reports the bomb inside an otherwise valid roadmap the same way', () => {
      const text = edit(
        CLEAN,
        'sponsor: Sam Ortiz (CEO)\n',
        `sponsor: Sam Ortiz (CEO)\nx-laughs:\n${LAUGHS.replace(/^/gm, '  ').trimEnd()}\n`,
      );
      const found = analyseSafely(text).diagnostics;
      assert.deepEqual(
        found.map((d) => [d.code, d.range]),
        [['syntax', rangeIn(text, 'e: &e [*d', '*d')]],
      );
    });

    it('reports an alias inside its own anchor once', () => {
      const text = 'a: &a [1, *a]\n';
      assert.deepEqual(withoutData(analyseSafely(text).diagnostics), [
        syntax(rangeIn(text, '*a'), 'The alias *a refers to the value that contains it, so it never ends.'),
      ]);
    });

    /** CLEAN with `x-defaults` (`owner`, 2027 to 2027) merged into journey-map in place of `keys`. */
    function withMergedDefaults(owner: string, keys: string): string {
      const defaults = `x-defaults: &defaults\n  owner: ${owner}\n  start: 2027\n  end: 2027\ninitiatives:\n`;
      return edit(edit(CLEAN, 'initiatives:\n', defaults), keys, '    <<: *defaults\n');
    }

    it('accepts aliases and merge keys used legitimately', () => {
      let text = withMergedDefaults('Lee Chen', '    owner: Lee Chen\n    start: 2027\n    end: 2027\n');
      text = edit(text, '  board: CX Leadership Council', '  board: &board CX Leadership Council\n  members: [*board]');
      const result = analyseSafely(text);
      assert.deepEqual(result.diagnostics, []);
      const merged = result.model.initiatives[1];
      assert.equal(merged.id?.value, 'journey-map');
      assert.equal(merged.owner?.value, 'Lee Chen');
      assert.equal(merged.start?.value, '2027');
      assert.equal(merged.end?.value, '2027');
      assert.deepEqual(
        result.model.governance?.members?.map((m) => m.value),
        ['CX Leadership Council'],
      );
    });

    it('lets explicit keys override merged ones', () => {
      const text = withMergedDefaults('Somebody', '    start: 2027\n    end: 2027\n');
      const result = analyseSafely(text);
      assert.deepEqual(result.diagnostics, []);
      assert.equal(result.model.initiatives[1].owner?.value, 'Lee Chen');
    });
  });

  describe('deep nesting', () => {
    const DEPTH = 20_000;

    it(`${DEPTH} levels of flow sequences`, () => {
      assert.ok(analyseSafely(`x-deep: ${'['.repeat(DEPTH)}${']'.repeat(DEPTH)}\n`).diagnostics.length > 0);
    });

    it(`${DEPTH} levels of flow mappings`, () => {
      assert.ok(analyseSafely(`x-deep: ${'{a: '.repeat(DEPTH)}1${'}'.repeat(DEPTH)}\n`).diagnostics.length > 0);
    });

    it(`${DEPTH} unclosed flow levels`, () => {
      assert.ok(analyseSafely(`title: ${'['.repeat(DEPTH)}`).diagnostics.length > 0);
    });

    // 20,000 levels of indentation would take 200 MB of spaces; compact block sequences
    // (`- - - x`) and explicit keys (`? ? ? x`) nest block collections on one line instead.
    it(`${DEPTH} levels of block sequences`, () => {
      assert.ok(analyseSafely(`${'- '.repeat(DEPTH)}x\n`).diagnostics.length > 0);
    });

    it(`${DEPTH} levels of block mappings (explicit keys)`, () => {
      assert.ok(analyseSafely(`${'? '.repeat(DEPTH)}x\n`).diagnostics.length > 0);
    });

    it('indented block nesting as deep as the size limit allows', () => {
      let text = 'x-deep:\n';
      for (let i = 1; i <= 2000; i++) text += `${' '.repeat(i)}k:\n`;
      analyseSafely(edit(CLEAN, 'sponsor: Sam Ortiz (CEO)\n', `sponsor: Sam Ortiz (CEO)\n${text}`));
    });

    it('moderate nesting inside a value the schema checks', () => {
      for (const depth of [50, 250]) {
        const text = edit(
          CLEAN,
          'title: Acme Customer Experience Roadmap',
          `title: ${'['.repeat(depth)}${']'.repeat(depth)}`,
        );
        const found = analyseSafely(text).diagnostics;
        assert.deepEqual(
          found.map((d) => [d.code, d.message]),
          [['schema', '`title` should be text, not a list.']],
          `depth ${depth}`,
        );
      }
    });

    it('reports nesting past 256 levels once, on the first bracket past the limit', () => {
      const text = edit(
        CLEAN,
        'title: Acme Customer Experience Roadmap',
        `title: ${'['.repeat(300)}${']'.repeat(300)}`,
      );
      // The roadmap's mapping is the first level, so the 256th bracket is level 257.
      const bracket = { line: 1, character: 'title: '.length + 255 };
      assert.deepEqual(withoutData(analyseSafely(text).diagnostics), [
        syntax(
          { start: bracket, end: { line: 1, character: bracket.character + 1 } },
          'Lists or mappings are nested more than 256 levels deep here; a roadmap never needs that, so the file is not read further.',
        ),
      ]);
    });

    const TOO_DEEP =
      'Lists or mappings are nested more than 256 levels deep here; a roadmap never needs that, so the file is not read further.';

    for (const indicator of ['- ', '? ', '- ? ']) {
      it(`reports 900 levels of \`${indicator.trim()}\` on one line before parsing, at the level past the limit`, () => {
        const text = `${indicator.repeat(900 / (indicator.length / 2))}x\n`;
        // Each indicator opens a level at the column after it; level 257 starts at column 512.
        const at = { line: 0, character: 512 };
        assert.deepEqual(withoutData(analyseSafely(text).diagnostics), [
          syntax({ start: at, end: { line: 0, character: 513 } }, TOO_DEEP),
        ]);
      });
    }

    it('adds flow levels to the block levels they sit in', () => {
      let text = 'x-deep:\n';
      for (let i = 1; i < 200; i++) text += `${' '.repeat(i)}k:\n`;
      text += `${' '.repeat(200)}k: ${'['.repeat(60)}${']'.repeat(60)}\n`;
      // 201 block levels (x-deep, 199 keys, the last key's line), so the 56th bracket is level 257.
      const at = { line: 200, character: 200 + 'k: '.length + 55 };
      assert.deepEqual(withoutData(analyseSafely(text).diagnostics), [
        syntax({ start: at, end: { line: 200, character: at.character + 1 } }, TOO_DEEP),
      ]);
    });

    it('accepts a compact list of lists a few levels deep', () => {
      const text = edit(CLEAN, 'initiatives:\n', 'x-grid:\n  - - - a\n    - - b\n  - - c\ninitiatives:\n');
      assert.deepEqual(analyseSafely(text).diagnostics, []);
    });

    describe('text that only looks nested is not rejected', () => {
      const NOTE_AT = '    early_win: true\n';

      it('a block scalar whose lines step further and further right', () => {
        const note = Array.from({ length: 300 }, (_, i) => `${' '.repeat(6 + i)}step ${i}`).join('\n');
        const text = edit(CLEAN, NOTE_AT, `    note: |\n${note}\n${NOTE_AT}`);
        assert.deepEqual(analyseSafely(text).diagnostics, []);
      });

      it('a block scalar with many unmatched opening brackets', () => {
        const note = Array.from({ length: 300 }, (_, i) => `      see [${i}`).join('\n');
        const text = edit(CLEAN, NOTE_AT, `    note: |\n${note}\n${NOTE_AT}`);
        assert.deepEqual(analyseSafely(text).diagnostics, []);
      });

      it('a plain one-line value with many opening brackets', () => {
        const note = Array.from({ length: 300 }, (_, i) => `see [${i}`).join(' ');
        const text = edit(CLEAN, NOTE_AT, `    note: ${note}\n${NOTE_AT}`);
        assert.deepEqual(analyseSafely(text).diagnostics, []);
      });
    });

    it('stops at 256 levels with one syntax diagnostic where the limit is passed', () => {
      const text = edit(
        CLEAN,
        'title: Acme Customer Experience Roadmap',
        `title: ${'['.repeat(300)}${']'.repeat(300)}`,
      );
      const found = analyseSafely(text).diagnostics;
      assert.deepEqual(
        found.map((d) => [d.code, d.message]),
        [
          [
            'syntax',
            'Lists or mappings are nested more than 256 levels deep here; a roadmap never needs that, so the file is not read further.',
          ],
        ],
      );
    });

    it('reports too-deep nesting in plain words, not as a JavaScript stack error', () => {
      for (const d of analyseSafely(`x-deep: ${'['.repeat(DEPTH)}${']'.repeat(DEPTH)}\n`).diagnostics) {
        assert.ok(!/call stack/i.test(d.message), d.message);
      }
    });
  });

  describe('large input', () => {
    it('a 1 MB single-line value', () => {
      const text = edit(CLEAN, 'title: Acme Customer Experience Roadmap', `title: ${'x'.repeat(1 << 20)}`);
      assert.deepEqual(
        analyseSafely(text).diagnostics.map((d) => [d.code, d.message]),
        [['schema', '`title` is 1,048,576 characters long; it may have at most 200. Shorten it.']],
      );
      const note = edit(CLEAN, '    early_win: true\n', `    early_win: true\n    note: ${'x'.repeat(1 << 20)}\n`);
      assert.deepEqual(analyseSafely(note).diagnostics, []);
    });

    it('a 1 MB single line without a break, not YAML at all', () => {
      analyseSafely('\u0001'.repeat(1 << 20));
    });

    it('a 1 MB single-line flow list', () => {
      const items = Array.from({ length: 90_000 }, (_, i) => `item-${String(i).padStart(5, '0')}`);
      const text = edit(
        CLEAN,
        'sponsor: Sam Ortiz (CEO)\n',
        `sponsor: Sam Ortiz (CEO)\nx-data: [${items.join(', ')}]\n`,
      );
      assert.ok(text.length > 1_000_000);
      assert.deepEqual(analyseSafely(text).diagnostics, []);
    });

    it('a 1 MB suppression comment line, well formed and malformed at its very end', () => {
      const noSponsor = edit(CLEAN, 'sponsor: Sam Ortiz (CEO)\n', '');
      const line = `# cxroadmap-disable${' no-sponsor'.repeat(95_000)}`;
      assert.ok(line.length > 1_000_000);
      assert.deepEqual(analyseSafely(`${line}\n${noSponsor}`).diagnostics, []);
      assert.deepEqual(
        analyseSafely(`${line} !\n${noSponsor}`).diagnostics.map((d) => d.code),
        ['no-sponsor'],
      );
    });

    it('a generated roadmap of 5,000 initiatives', () => {
      const competencies = [
        'customers-as-assets',
        'align-around-experience',
        'listening-path',
        'reliability-innovation',
        'one-company-leadership',
      ];
      let text = `${CLEAN.slice(0, CLEAN.indexOf('initiatives:'))}initiatives:\n`;
      for (let i = 0; i < 5000; i++) {
        const month = String((i % 12) + 1).padStart(2, '0');
        text +=
          `  - id: initiative-${i}\n    title: Initiative ${i}\n    competency: ${competencies[i % 5]}\n` +
          `    owner: Owner ${i}\n    start: 2027-${month}\n    end: 2028-${month}\n` +
          `    early_win: ${i === 0}\n    outcome: Outcome ${i}\n    measures:\n      - metric: customers kept\n` +
          `    depends_on: [${i > 0 ? `initiative-${i - 1}` : ''}]\n`;
      }
      const result = analyseSafely(text);
      assert.equal(result.model.initiatives.length, 5000);
      assert.deepEqual(
        result.model.initiatives.slice(0, 3).map((i) => i.id?.value),
        ['initiative-0', 'initiative-1', 'initiative-2'],
      );
      assert.equal(result.model.initiatives[4999].id?.value, 'initiative-4999');
      assert.equal(result.diagnostics.filter((d) => d.code === 'schema' || d.code === 'syntax').length, 0);
    });
  });
});
