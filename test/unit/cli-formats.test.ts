import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv-draft-04';
import { ruleDocsUrl } from '../../server/src/core/catalogue';
import { hash64 } from '../../server/src/core/fingerprint';
import { RULE_CODES, Severity } from '../../server/src/core/diagnostic';
import type { Diagnostic, RuleCode } from '../../server/src/core/diagnostic';
import { displayPath, relativeToCwd } from '../../server/src/cli/fileResult';
import type { FileResult } from '../../server/src/cli/fileResult';
import { FORMATTERS, FORMAT_NAMES } from '../../server/src/cli/formats';
import type { FormatContext } from '../../server/src/cli/formats';

const repoRoot = path.resolve(__dirname, '../../..');
const goldenDir = path.join(repoRoot, 'test', 'golden');
const sarifSchemaPath = path.join(repoRoot, 'node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');

const cwd = '/work/project';
const ctx: FormatContext = { cwd, color: false, toolVersion: '9.8.7' };

function diag(
  code: RuleCode,
  severity: Severity,
  range: [number, number, number, number],
  message: string,
): Diagnostic {
  const [startLine, startCharacter, endLine, endCharacter] = range;
  return {
    range: { start: { line: startLine, character: startCharacter }, end: { line: endLine, character: endCharacter } },
    severity,
    code,
    codeDescription: { href: ruleDocsUrl(code) },
    source: 'cxroadmap',
    message,
    // Formats print the fingerprint they are given; how it is made is tested elsewhere.
    data: { fingerprint: hash64(`${code}:${range.join(',')}`) },
  };
}

// Line 12 of acme: a non-ASCII letter and an astral emoji (two UTF-16 code units) precede
// the unknown dependency, so its column differs between UTF-16 and code-point counting.
const dependsLine = '    depends_on: [café-🚀-launch, missing-id]';
const missingIdCharacter = dependsLine.indexOf('missing-id');
const badIdCharacter = dependsLine.indexOf('café');

function file(relative: string, diagnostics: Diagnostic[]): FileResult {
  return { path: relative, absolutePath: path.posix.join(cwd, relative), diagnostics };
}

/** Deliberately out of order, to show that every format sorts. */
const results: FileResult[] = [
  file('roadmaps/zeta.cxroadmap.yaml', []),
  file('roadmaps/acme.cxroadmap.yaml', [
    diag(
      'unknown-dependency',
      Severity.Error,
      [11, missingIdCharacter, 11, missingIdCharacter + 10],
      'No initiative has the id "missing-id": add it, or remove it from depends_on.',
    ),
    diag(
      'survey-score-only',
      Severity.Information,
      [20, 4, 20, 12],
      'Every measure is a survey score (NPS +5%).\nAdd a measure of what customers do.',
    ),
    diag(
      'schema',
      Severity.Error,
      [11, badIdCharacter, 11, badIdCharacter + 14],
      'The id "café-🚀-launch" may use only a-z, 0-9 and "-", e.g. "cafe-launch".',
    ),
    diag('missing-measures', Severity.Hint, [7, 8, 7, 19], 'Say how success will be measured.'),
    diag(
      'short-horizon',
      Severity.Warning,
      [3, 0, 5, 17],
      'The horizon covers 3 years; customer-driven growth takes at least 5.',
    ),
    diag(
      'competency-uncovered',
      Severity.Warning,
      [3, 0, 5, 17],
      'No initiative builds "Build a Customer Listening Path" (listening-path).',
    ),
  ]),
  {
    path: '/srv/shared/common.cxroadmap.yaml',
    absolutePath: '/srv/shared/common.cxroadmap.yaml',
    diagnostics: [
      diag(
        'no-sponsor',
        Severity.Warning,
        [0, 0, 0, 9],
        'Name an executive sponsor: someone at the top clears the politics.',
      ),
    ],
  },
  file('plans/q1 & q2 #draft.cxroadmap.yaml', [
    diag(
      'outside-horizon',
      Severity.Warning,
      [9, 11, 9, 21],
      'The initiative ends on 2032-03-31, after the horizon ends on 2031-12-31.',
    ),
  ]),
  file('.cxroadmaprc.yaml', [
    diag('config', Severity.Error, [2, 2, 2, 15], 'Unknown rule "short-horizn": did you mean "short-horizon"?'),
  ]),
];

/** Exact comparison with a file under test/golden; UPDATE_GOLDEN=1 rewrites the file instead. */
function assertGolden(name: string, actual: string): void {
  const goldenPath = path.join(goldenDir, name);
  if (process.env.UPDATE_GOLDEN === '1') {
    fs.mkdirSync(goldenDir, { recursive: true });
    fs.writeFileSync(goldenPath, actual);
  }
  assert.equal(actual, fs.readFileSync(goldenPath, 'utf8'));
}

describe('cli displayPath', () => {
  it('is relative with "/" inside the current folder', () => {
    assert.equal(displayPath('/work/project/roadmaps/a.cxroadmap.yaml', cwd), 'roadmaps/a.cxroadmap.yaml');
    assert.equal(displayPath('/work/project/..plans.cxroadmap.yaml', cwd), '..plans.cxroadmap.yaml');
  });

  it('is absolute outside the current folder, including a sibling sharing its prefix', () => {
    assert.equal(displayPath('/work/other/a.cxroadmap.yaml', cwd), '/work/other/a.cxroadmap.yaml');
    assert.equal(displayPath('/work/project-b/a.cxroadmap.yaml', cwd), '/work/project-b/a.cxroadmap.yaml');
    assert.equal(relativeToCwd('/work/project-b/a.cxroadmap.yaml', cwd), undefined);
  });
});

describe('cli formats', () => {
  it('counts the column in UTF-16 code units', () => {
    assert.equal(missingIdCharacter, 33);
    const row = FORMATTERS.stylish(results, ctx)
      .split('\n')
      .find((line) => line.includes('unknown-dependency'));
    assert.equal(
      row,
      '  12:34  error    No initiative has the id "missing-id": add it, or remove it from depends_on.    unknown-dependency',
    );
  });

  it('stylish matches the golden file', () => {
    assertGolden('cli-stylish.txt', FORMATTERS.stylish(results, ctx));
  });

  it('stylish in colour matches the golden file', () => {
    assertGolden('cli-stylish-color.txt', FORMATTERS.stylish(results, { ...ctx, color: true }));
  });

  it('json matches the golden file and carries the diagnostics unchanged', () => {
    const output = FORMATTERS.json(results, ctx);
    assertGolden('cli-json.json', output);
    const acme = results[1];
    const parsed = JSON.parse(output) as { file: string; diagnostics: Diagnostic[] }[];
    assert.deepEqual(
      parsed.map((entry) => entry.file),
      [
        '.cxroadmaprc.yaml',
        '/srv/shared/common.cxroadmap.yaml',
        'plans/q1 & q2 #draft.cxroadmap.yaml',
        'roadmaps/acme.cxroadmap.yaml',
        'roadmaps/zeta.cxroadmap.yaml',
      ],
    );
    assert.deepEqual(parsed[3].diagnostics, [
      acme.diagnostics[5],
      acme.diagnostics[4],
      acme.diagnostics[3],
      acme.diagnostics[2],
      acme.diagnostics[0],
      acme.diagnostics[1],
    ]);
    assert.deepEqual(Object.keys(parsed[3].diagnostics[0]), [
      'range',
      'severity',
      'code',
      'codeDescription',
      'source',
      'message',
      'data',
    ]);
  });

  it('sarif matches the golden file', () => {
    assertGolden('cli-sarif.json', FORMATTERS.sarif(results, ctx));
  });

  it('sarif validates against the SARIF 2.1.0 schema', () => {
    // The schema's language pattern has a stray ']' that only non-unicode regular expressions accept.
    const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
    // ajv-draft-04 ships no format checks; these cover every format the SARIF schema uses.
    ajv.addFormat('uri', (value: string) => URL.canParse(value));
    ajv.addFormat('uri-reference', (value: string) => URL.canParse(value, 'file:///base/'));
    ajv.addFormat('date-time', (value: string) => !Number.isNaN(Date.parse(value)));
    const validate = ajv.compile(JSON.parse(fs.readFileSync(sarifSchemaPath, 'utf8')) as object);
    const valid = validate(JSON.parse(FORMATTERS.sarif(results, ctx)));
    assert.deepEqual(validate.errors ?? [], []);
    assert.equal(valid, true);
  });

  it('sarif lists the whole catalogue and locates results relative to %SRCROOT%', () => {
    const run = (
      JSON.parse(FORMATTERS.sarif(results, ctx)) as {
        runs: {
          tool: { driver: { rules: { id: string }[] } };
          originalUriBaseIds: unknown;
          artifacts: unknown[];
          results: { ruleId: string; ruleIndex: number; level: string; locations: unknown[] }[];
        }[];
      }
    ).runs[0];
    assert.deepEqual(
      run.tool.driver.rules.map((rule) => rule.id),
      [...RULE_CODES],
    );
    assert.deepEqual(run.originalUriBaseIds, { '%SRCROOT%': { uri: 'file:///work/project/' } });
    assert.deepEqual(run.artifacts, [
      { location: { uri: '.cxroadmaprc.yaml', uriBaseId: '%SRCROOT%' } },
      { location: { uri: 'file:///srv/shared/common.cxroadmap.yaml' } },
      { location: { uri: 'plans/q1%20%26%20q2%20%23draft.cxroadmap.yaml', uriBaseId: '%SRCROOT%' } },
      { location: { uri: 'roadmaps/acme.cxroadmap.yaml', uriBaseId: '%SRCROOT%' } },
      { location: { uri: 'roadmaps/zeta.cxroadmap.yaml', uriBaseId: '%SRCROOT%' } },
    ]);
    const unknownDependency = run.results.find((r) => r.ruleId === 'unknown-dependency');
    assert.deepEqual(unknownDependency, {
      ruleId: 'unknown-dependency',
      ruleIndex: RULE_CODES.indexOf('unknown-dependency'),
      level: 'error',
      message: { text: 'No initiative has the id "missing-id": add it, or remove it from depends_on.' },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: 'roadmaps/acme.cxroadmap.yaml', uriBaseId: '%SRCROOT%', index: 3 },
            region: { startLine: 12, startColumn: 34, endLine: 12, endColumn: 44 },
          },
        },
      ],
      partialFingerprints: { 'cxroadmap/v1': hash64('unknown-dependency:11,33,11,43') },
    });
    assert.deepEqual(
      run.results.map((r) => r.level),
      ['error', 'warning', 'warning', 'warning', 'warning', 'note', 'error', 'error', 'note'],
    );
  });

  it('github matches the golden file', () => {
    assertGolden('cli-github.txt', FORMATTERS.github(results, ctx));
  });

  it('github escapes messages and property values', () => {
    const lines = FORMATTERS.github(results, ctx).split('\n');
    assert.equal(
      lines.find((line) => line.includes('survey-score-only')),
      '::notice file=roadmaps/acme.cxroadmap.yaml,line=21,col=5,endLine=21,endColumn=13,title=survey-score-only::' +
        'Every measure is a survey score (NPS +5%25).%0AAdd a measure of what customers do.',
    );
    const awkward = FORMATTERS.github(
      [
        {
          ...file('a,b/x:y.cxroadmap.yaml', []),
          diagnostics: [diag('syntax', Severity.Error, [0, 0, 0, 1], '50%\r\n:,')],
        },
      ],
      ctx,
    );
    assert.equal(
      awkward,
      '::error file=a%2Cb/x%3Ay.cxroadmap.yaml,line=1,col=1,endLine=1,endColumn=2,title=syntax::50%25%0D%0A:,\n',
    );
  });

  it('prints nothing for a clean run in stylish and github, and empty lists in json', () => {
    const clean = [file('b.cxroadmap.yaml', []), file('a.cxroadmap.yaml', [])];
    assert.equal(FORMATTERS.stylish(clean, { ...ctx, color: true }), '');
    assert.equal(FORMATTERS.github(clean, ctx), '');
    assert.equal(
      FORMATTERS.json(clean, ctx),
      '[\n  {\n    "file": "a.cxroadmap.yaml",\n    "diagnostics": []\n  },\n  {\n    "file": "b.cxroadmap.yaml",\n    "diagnostics": []\n  }\n]\n',
    );
  });

  it('stylish counts hints only when there are some, in the singular for one', () => {
    const one = [file('a.cxroadmap.yaml', [diag('no-sponsor', Severity.Warning, [0, 0, 0, 5], 'Name a sponsor.')])];
    assert.equal(
      FORMATTERS.stylish(one, ctx),
      'a.cxroadmap.yaml\n  1:1  warning  Name a sponsor.  no-sponsor\n\n\u2716 1 problem (0 errors, 1 warning, 0 infos)\n',
    );
  });

  it('maps every format name to a formatter', () => {
    assert.deepEqual(Object.keys(FORMATTERS), [...FORMAT_NAMES]);
  });
});
