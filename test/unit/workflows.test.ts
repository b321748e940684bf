import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv';
import type { ErrorObject } from 'ajv';
import { parse } from 'yaml';
import { systemPackages } from '../../scripts/codeServer/install';

const ROOT = path.resolve(__dirname, '../../..');
const WORKFLOWS = path.join(ROOT, '.github', 'workflows');

interface Step {
  uses?: string;
  run?: string;
}
interface Job {
  uses?: string;
  env?: Record<string, string>;
  permissions?: Record<string, string>;
  steps?: Step[];
}
interface Workflow {
  permissions?: unknown;
  concurrency?: { group?: string; 'cancel-in-progress'?: boolean };
  jobs: Record<string, Job>;
}

const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
  scripts: Record<string, string>;
  devDependencies: Record<string, string>;
};

// SchemaStore's schema (draft-07) is written for editors, not for Ajv's strict mode: it has
// `properties` without `type: object`, which strict mode refuses to compile.
const validate = new Ajv({ strict: false, allErrors: true }).compile(
  JSON.parse(readFileSync(path.join(ROOT, 'test', 'schemas', 'github-workflow.json'), 'utf8')) as object,
);

function workflow(name: string): Workflow {
  return parse(readFileSync(path.join(WORKFLOWS, name), 'utf8')) as Workflow;
}

/** Each error as "instance path: keyword", with the property a key error is about. */
function schemaErrors(document: unknown): string[] {
  if (validate(document)) return [];
  return (validate.errors ?? []).map((e: ErrorObject) => {
    const params = e.params as { additionalProperty?: string; missingProperty?: string };
    const property = params.additionalProperty ?? params.missingProperty;
    return `${e.instancePath}: ${e.keyword}${property === undefined ? '' : ` ${property}`}`;
  });
}

/** Every `run:` of the workflow, with the text of each repository script it runs with `bash`. */
function commands(w: Workflow): string[] {
  const runs = Object.values(w.jobs).flatMap((job) => (job.steps ?? []).flatMap((step) => step.run ?? []));
  const scripts = runs.flatMap((run) =>
    [...run.matchAll(/\bbash\s+(\S+)/g)]
      .map((m) => path.join(ROOT, m[1]))
      .filter((file) => existsSync(file))
      .map((file) => readFileSync(file, 'utf8')),
  );
  return [...runs, ...scripts];
}

/** The npm scripts the commands run: `npm run NAME`, `npm run-script NAME`, `npm test`, `npm start`. */
function npmScripts(texts: string[]): string[] {
  const names = texts.flatMap((text) =>
    [...text.matchAll(/\bnpm\s+(?:run(?:-script)?\s+([\w:.-]+)|(test|start)\b)/g)].map((m) => m[1] ?? m[2]),
  );
  return [...new Set(names)].sort();
}

function missingScripts(texts: string[]): string[] {
  return npmScripts(texts).filter((name) => !(name in manifest.scripts));
}

describe('GitHub workflows (.github/workflows)', () => {
  it('are ci.yml and release.yml', () => {
    assert.deepEqual(readdirSync(WORKFLOWS).sort(), ['ci.yml', 'release.yml']);
  });

  for (const name of ['ci.yml', 'release.yml']) {
    it(`${name} is valid against SchemaStore's github-workflow schema`, () => {
      assert.deepEqual(schemaErrors(workflow(name)), []);
    });
  }

  it('the schema rejects a broken workflow, at the path of the mistake', () => {
    const broken = (yaml: string) => schemaErrors(parse(yaml));
    assert.deepEqual(
      {
        noJobs: broken('on: push\n'),
        badPermission: broken(
          'on: push\npermissions:\n  contents: admin\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - run: npm test\n',
        ),
        misspeltRun: broken(
          'on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - runs: npm test\n',
        ),
      },
      {
        noJobs: [': required jobs'],
        badPermission: [
          '/permissions: type',
          '/permissions: enum',
          '/permissions/contents: enum',
          '/permissions: oneOf',
        ],
        // A job is a normal job or a call of a reusable workflow; the second alternative's
        // errors come after the one that matters.
        misspeltRun: [
          '/jobs/test/steps/0: additionalProperties runs',
          '/jobs/test: required uses',
          '/jobs/test: additionalProperties runs-on',
          '/jobs/test: additionalProperties steps',
          '/jobs/test: oneOf',
        ],
      },
    );
  });

  it('run only npm scripts that package.json defines, .ci/run included', () => {
    assert.deepEqual(
      {
        ci: npmScripts(commands(workflow('ci.yml'))),
        release: npmScripts(commands(workflow('release.yml'))),
        missing: missingScripts([...commands(workflow('ci.yml')), ...commands(workflow('release.yml'))]),
      },
      { ci: ['build', 'lint', 'test', 'test:electron'], release: ['package'], missing: [] },
    );
  });

  it('would report a run of an npm script that package.json lacks', () => {
    assert.deepEqual(missingScripts(['npm ci && npm run tset', 'npm test', 'npm run-script fuzzz']), ['fuzzz', 'tset']);
  });

  it('read the repository only, and write only in the jobs that publish', () => {
    const jobPermissions = (w: Workflow) =>
      Object.fromEntries(
        Object.entries(w.jobs).flatMap(([id, job]) => (job.permissions ? [[id, job.permissions]] : [])),
      );
    assert.deepEqual(
      {
        ci: [workflow('ci.yml').permissions, jobPermissions(workflow('ci.yml'))],
        release: [workflow('release.yml').permissions, jobPermissions(workflow('release.yml'))],
      },
      {
        ci: [{ contents: 'read' }, {}],
        release: [
          { contents: 'read' },
          { npm: { contents: 'read', 'id-token': 'write' }, 'github-release': { contents: 'write' } },
        ],
      },
    );
  });

  it('use actions pinned to a major version, and the CI workflow from the release', () => {
    const uses = ['ci.yml', 'release.yml'].flatMap((name) =>
      Object.values(workflow(name).jobs).flatMap((job) => [
        ...(job.uses ? [job.uses] : []),
        ...(job.steps ?? []).flatMap((step) => step.uses ?? []),
      ]),
    );
    assert.deepEqual([...new Set(uses)].sort(), [
      './.github/workflows/ci.yml',
      'actions/checkout@v4',
      'actions/download-artifact@v4',
      'actions/setup-node@v4',
      'actions/upload-artifact@v4',
    ]);
  });

  it('cancel a superseded CI run, and never a release', () => {
    assert.deepEqual(
      [workflow('ci.yml').concurrency, workflow('release.yml').concurrency],
      [
        { group: 'ci-${{ github.ref }}', 'cancel-in-progress': true },
        { group: 'release-${{ github.ref }}', 'cancel-in-progress': false },
      ],
    );
  });

  it('CI installs what prepareTests checks for, with the browser CHROMIUM_PATH names', () => {
    const test = workflow('ci.yml').jobs.test;
    const install = (test.steps ?? [])
      .flatMap((step) => (step.run ?? '').split('\n'))
      .find((line) => line.startsWith('sudo apt-get install -y '));
    const chromium = test.env?.CHROMIUM_PATH;
    assert.deepEqual(
      { chromium, packages: install?.slice('sudo apt-get install -y '.length).split(' ') },
      { chromium: '/usr/bin/google-chrome', packages: systemPackages({ CHROMIUM_PATH: chromium }) },
    );
  });

  it('publishes with the vsce version that packages the .vsix', () => {
    const runs = commands(workflow('release.yml')).join('\n');
    assert.deepEqual(
      [...runs.matchAll(/npx --yes @vscode\/vsce@(\S+) publish/g)].map((m) => m[1]),
      [manifest.devDependencies['@vscode/vsce']],
    );
  });
});
