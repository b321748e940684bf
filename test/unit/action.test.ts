import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parse } from 'yaml';
import { initiative, parseMarked, roadmap } from '../support/roadmapBuilder';

const ROOT = path.resolve(__dirname, '../../..');
const CLI = path.join(ROOT, 'dist', 'cli.js');

interface ActionInput {
  description: string;
  required?: boolean;
  default?: string;
}

interface ActionStep {
  name: string;
  id?: string;
  shell: string;
  env?: Record<string, string>;
  run: string;
}

interface ActionFile {
  name: string;
  description: string;
  branding: { icon: string; color: string };
  inputs: Record<string, ActionInput>;
  outputs: Record<string, { description: string; value: string }>;
  runs: { using: string; steps: ActionStep[] };
}

const ACTION = parse(fs.readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as ActionFile;

interface ExpressionContext {
  inputs: Record<string, string>;
  actionPath: string;
  /** Outputs of the steps that ran so far, by step id. */
  steps: Record<string, Record<string, string>>;
}

/**
 * The runner's expression substitution, for exactly the expressions action.yml uses:
 * anything else throws, so a new expression cannot slip past this test unevaluated.
 */
function substitute(template: string, ctx: ExpressionContext): string {
  const stepIds = new Set(ACTION.runs.steps.flatMap((step) => (step.id === undefined ? [] : [step.id])));
  return template.replace(/\$\{\{(.*?)\}\}/gs, (whole, body: string) => {
    const expression = body.trim();
    const input = /^inputs\.([A-Za-z_][\w-]*)$/.exec(expression);
    if (input) {
      if (!(input[1] in ctx.inputs)) throw new Error(`${whole} names an undeclared input`);
      return ctx.inputs[input[1]];
    }
    if (expression === 'github.action_path') return ctx.actionPath;
    const output = /^steps\.([A-Za-z_][\w-]*)\.outputs\.([A-Za-z_][\w-]*)$/.exec(expression);
    if (output) {
      if (!stepIds.has(output[1])) throw new Error(`${whole} names a step that does not exist`);
      // As on a runner: a step that has not run, or did not set the output, gives ''.
      return ctx.steps[output[1]]?.[output[2]] ?? '';
    }
    throw new Error(`unsupported expression ${whole}`);
  });
}

/** `name=value` lines, the only form of $GITHUB_OUTPUT the action writes. */
function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  for (const line of text.split('\n').filter((l) => l !== '')) {
    const match = /^([A-Za-z_][\w-]*)=(.*)$/.exec(line);
    assert.ok(match, `unexpected line in GITHUB_OUTPUT: ${line}`);
    outputs[match[1]] = match[2];
  }
  return outputs;
}

interface StepRun {
  name: string;
  status: number;
  stdout: string;
  stderr: string;
  /** What the step wrote to its $GITHUB_OUTPUT file. */
  output: string;
}

interface ActionRun {
  steps: StepRun[];
  outputs: Record<string, string>;
  /** The job step's result: the status of the first failing step, else 0. */
  status: number;
}

interface RunOptions {
  prebuilt?: boolean;
  /** Prepended to PATH, for stand-ins of npm or node. */
  binDir?: string;
}

/** The caller's environment, without anything that a real runner would set itself. */
function hermeticEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !/^(GITHUB_|INPUT_|RUNNER_|CXROADMAP_)/.test(key)),
  );
}

/**
 * Runs the composite action's steps as a runner does: each `run` script, after expression
 * substitution, from a file with `bash --noprofile --norc -eo pipefail`, in the workspace,
 * with its own $GITHUB_OUTPUT and its substituted `env:`; a failing step ends the run.
 */
function runAction(
  workspace: string,
  scratch: string,
  given: Record<string, string>,
  options: RunOptions = {},
): ActionRun {
  for (const name of Object.keys(given)) assert.ok(name in ACTION.inputs, `the action has no input ${name}`);
  const ctx: ExpressionContext = {
    inputs: Object.fromEntries(
      Object.entries(ACTION.inputs).map(([name, input]) => [name, given[name] ?? input.default ?? '']),
    ),
    actionPath: ROOT,
    steps: {},
  };
  const runs: StepRun[] = [];
  let status = 0;
  for (const [index, step] of ACTION.runs.steps.entries()) {
    const outputFile = path.join(scratch, `output-${index}`);
    const scriptFile = path.join(scratch, `step-${index}.sh`);
    fs.writeFileSync(outputFile, '');
    fs.writeFileSync(scriptFile, substitute(step.run, ctx));
    const env: NodeJS.ProcessEnv = {
      ...hermeticEnv(),
      GITHUB_ACTION_PATH: ROOT,
      GITHUB_WORKSPACE: workspace,
      GITHUB_OUTPUT: outputFile,
      ...(options.prebuilt === false ? {} : { CXROADMAP_ACTION_PREBUILT: '1' }),
      ...Object.fromEntries(Object.entries(step.env ?? {}).map(([key, value]) => [key, substitute(value, ctx)])),
    };
    if (options.binDir !== undefined) env.PATH = `${options.binDir}${path.delimiter}${env.PATH ?? ''}`;
    const result = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', scriptFile], {
      cwd: workspace,
      env,
      encoding: 'utf8',
    });
    assert.equal(result.error, undefined);
    assert.notEqual(result.status, null, `step "${step.name}" was killed by ${result.signal}`);
    const output = fs.readFileSync(outputFile, 'utf8');
    runs.push({ name: step.name, status: result.status ?? -1, stdout: result.stdout, stderr: result.stderr, output });
    if (step.id !== undefined) ctx.steps[step.id] = parseOutputFile(output);
    if (result.status !== 0) {
      status = result.status ?? -1;
      break;
    }
  }
  const outputs = Object.fromEntries(
    Object.entries(ACTION.outputs).map(([name, output]) => [name, substitute(output.value, ctx)]),
  );
  return { steps: runs, outputs, status };
}

const STEP_NAMES = ['Install and build cxroadmap', 'Lint roadmaps', 'Write the SARIF report', 'Report the lint result'];

function statuses(run: ActionRun): [string, number][] {
  return run.steps.map((step) => [step.name, step.status]);
}

function lintStep(run: ActionRun): StepRun {
  const step = run.steps.find((s) => s.name === 'Lint roadmaps');
  assert.ok(step, 'the lint step did not run');
  return step;
}

interface Annotation {
  level: string;
  file: string;
  line: number;
  col: number;
  endLine: number;
  endColumn: number;
  title: string;
}

/** Every stdout line must be a workflow command annotation; messages are the CLI's own business. */
function parseAnnotations(stdout: string): Annotation[] {
  return stdout
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => {
      const match = /^::(error|warning|notice) ([^:]+)::(.+)$/.exec(line);
      assert.ok(match, `not an annotation: ${line}`);
      const props = Object.fromEntries(
        match[2].split(',').map((pair) => {
          const equals = pair.indexOf('=');
          return [pair.slice(0, equals), decodeURIComponent(pair.slice(equals + 1))];
        }),
      );
      return {
        level: match[1],
        file: props.file,
        line: Number(props.line),
        col: Number(props.col),
        endLine: Number(props.endLine),
        endColumn: Number(props.endColumn),
        title: props.title,
      };
    });
}

const CLEAN = roadmap();

/** The clean roadmap without a sponsor (one warning) and with a misspelt competency (one error). */
const MARKED_BROKEN = roadmap({
  mark: ['cxroadmap'],
  top: { sponsor: null },
  add: [initiative({ id: 'renewal-calls', competency: '⟦customer-as-assets⟧', start: '2028', end: '2028' })],
});
const BROKEN = parseMarked(MARKED_BROKEN).text;

const CLEAN_PATH = 'roadmaps/clean/acme.cxroadmap.yaml';
// A folder name with a space, as real repositories have.
const BROKEN_PATH = 'roadmaps/needs work/globex.cxroadmap.yaml';

const BROKEN_ANNOTATIONS: Annotation[] = (
  [
    ['warning', 'no-sponsor'],
    ['error', 'unknown-competency'],
  ] as const
).map(([level, title], i) => {
  const { start, end } = parseMarked(MARKED_BROKEN).ranges[i];
  const [line, col, endLine, endColumn] = [start.line + 1, start.character + 1, end.line + 1, end.character + 1];
  return { level, file: BROKEN_PATH, line, col, endLine, endColumn, title };
});

function write(file: string, text: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
}

/** Every file below `folder` named `name`, so a stray `touch` anywhere is caught. */
function findFiles(folder: string, name: string): string[] {
  return fs.readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((entry) => path.basename(entry) === name);
}

describe('GitHub Action (action.yml)', () => {
  let scratch: string;
  let fixture: string;

  before(() => {
    assert.ok(fs.existsSync(CLI), `${CLI} is missing: run npm run build first`);
  });

  beforeEach(() => {
    scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'cxroadmap-action-'));
    fixture = path.join(scratch, 'repo');
    fs.mkdirSync(fixture);
    // The .git folder ends the walk for .cxroadmaprc.yaml, so nothing above the fixture applies.
    const git = spawnSync('git', ['init', '-q'], { cwd: fixture, encoding: 'utf8' });
    assert.equal(git.status, 0, git.stderr);
    write(path.join(fixture, CLEAN_PATH), CLEAN);
    write(path.join(fixture, BROKEN_PATH), BROKEN);
    // Would give a syntax error if the folder search did not skip node_modules.
    write(path.join(fixture, 'node_modules', 'x.cxroadmap.yaml'), 'cxroadmap: [\n');
  });

  afterEach(() => {
    fs.rmSync(scratch, { recursive: true, force: true });
  });

  describe('metadata', () => {
    it('is a composite action of bash steps that take no expression into their scripts', () => {
      assert.equal(ACTION.runs.using, 'composite');
      assert.deepEqual(
        ACTION.runs.steps.map((step) => step.name),
        STEP_NAMES,
      );
      for (const step of ACTION.runs.steps) {
        assert.deepEqual(
          Object.keys(step).filter((key) => !['name', 'id', 'shell', 'env', 'run'].includes(key)),
          [],
          `step "${step.name}" uses a key this test does not run`,
        );
        assert.equal(step.shell, 'bash');
        assert.equal(step.run.includes('${{'), false, `step "${step.name}" interpolates an expression into its script`);
      }
    });

    it('declares the inputs with their defaults, and the exit-code output', () => {
      assert.deepEqual(
        Object.fromEntries(Object.entries(ACTION.inputs).map(([name, input]) => [name, input.default])),
        { paths: '.', format: 'github', 'max-warnings': '', 'sarif-file': '', 'working-directory': '.' },
      );
      assert.deepEqual(Object.keys(ACTION.outputs), ['exit-code']);
      assert.deepEqual(ACTION.branding, { icon: 'map', color: 'blue' });
    });

    it('is checked with a substitution that refuses any expression action.yml does not use', () => {
      const ctx: ExpressionContext = {
        inputs: { paths: 'a b' },
        actionPath: '/action',
        steps: { lint: { 'exit-code': '1' } },
      };
      assert.equal(
        substitute('${{ inputs.paths }}|${{ github.action_path }}|${{steps.lint.outputs.exit-code}}', ctx),
        'a b|/action|1',
      );
      assert.throws(() => substitute('${{ github.event.pull_request.title }}', ctx), /unsupported expression/);
      assert.throws(() => substitute('${{ inputs.token }}', ctx), /undeclared input/);
      assert.throws(() => substitute('${{ steps.build.outputs.x }}', ctx), /does not exist/);
    });
  });

  describe('run as a runner runs it', () => {
    it('annotates the broken roadmap with paths relative to the workspace, skips node_modules and fails with 1', () => {
      const run = runAction(fixture, scratch, {});

      assert.deepEqual(statuses(run), [
        ['Install and build cxroadmap', 0],
        ['Lint roadmaps', 0],
        ['Write the SARIF report', 0],
        ['Report the lint result', 1],
      ]);
      assert.deepEqual(parseAnnotations(lintStep(run).stdout), BROKEN_ANNOTATIONS);
      assert.equal(lintStep(run).output, 'exit-code=1\n');
      assert.deepEqual(run.outputs, { 'exit-code': '1' });
      assert.equal(run.status, 1);
    });

    it('passes with exit code 0 when only the clean roadmap is linted', () => {
      const run = runAction(fixture, scratch, { paths: 'roadmaps/clean' });

      assert.deepEqual(
        statuses(run),
        STEP_NAMES.map((name) => [name, 0]),
      );
      assert.equal(lintStep(run).stdout, '');
      assert.equal(lintStep(run).output, 'exit-code=0\n');
      assert.deepEqual(run.outputs, { 'exit-code': '0' });
      assert.equal(run.status, 0);
    });

    it('writes a SARIF 2.1.0 log with one result per diagnostic although the lint failed', () => {
      const run = runAction(fixture, scratch, { 'sarif-file': 'cxroadmap.sarif' });

      assert.equal(run.status, 1);
      const sarif = JSON.parse(fs.readFileSync(path.join(fixture, 'cxroadmap.sarif'), 'utf8')) as {
        version: string;
        runs: {
          results: {
            ruleId: string;
            level: string;
            locations: {
              physicalLocation: {
                artifactLocation: { uri: string };
                region: { startLine: number; startColumn: number };
              };
            }[];
          }[];
        }[];
      };
      assert.equal(sarif.version, '2.1.0');
      assert.equal(sarif.runs.length, 1);
      assert.deepEqual(
        sarif.runs[0].results.map((result) => {
          const location = result.locations[0].physicalLocation;
          return {
            level: result.level,
            file: decodeURI(location.artifactLocation.uri),
            line: location.region.startLine,
            col: location.region.startColumn,
            title: result.ruleId,
          };
        }),
        BROKEN_ANNOTATIONS.map(({ level, file, line, col, title }) => ({ level, file, line, col, title })),
      );
    });

    it('writes no SARIF file unless sarif-file is set', () => {
      runAction(fixture, scratch, {});
      assert.deepEqual(
        fs.readdirSync(fixture, { recursive: true, encoding: 'utf8' }).filter((entry) => entry.endsWith('.sarif')),
        [],
      );
    });

    it('runs in working-directory, but writes sarif-file relative to the workspace', () => {
      const run = runAction(fixture, scratch, { 'working-directory': 'roadmaps', 'sarif-file': 'report.sarif' });

      assert.deepEqual(
        parseAnnotations(lintStep(run).stdout).map((a) => a.file),
        ['needs work/globex.cxroadmap.yaml', 'needs work/globex.cxroadmap.yaml'],
      );
      assert.equal(fs.existsSync(path.join(fixture, 'report.sarif')), true);
      assert.equal(fs.existsSync(path.join(fixture, 'roadmaps', 'report.sarif')), false);
      assert.deepEqual(run.outputs, { 'exit-code': '1' });
    });

    it('passes max-warnings to the command line', () => {
      const over = runAction(fixture, scratch, { paths: 'roadmaps', 'max-warnings': '0' });
      assert.equal(lintStep(over).stderr, 'cxroadmap: too many warnings (1, maximum 0)\n');

      const within = runAction(fixture, scratch, { paths: 'roadmaps', 'max-warnings': '1' });
      assert.equal(lintStep(within).stderr, '');
    });

    it('prints the chosen format', () => {
      const run = runAction(fixture, scratch, { paths: 'roadmaps/clean', format: 'json' });

      assert.deepEqual(JSON.parse(lintStep(run).stdout), [{ file: CLEAN_PATH, diagnostics: [] }]);
      assert.deepEqual(run.outputs, { 'exit-code': '0' });
    });

    it('splits one line of paths at spaces, and several lines into one path per line', () => {
      const lines = runAction(fixture, scratch, { paths: 'roadmaps/needs work\n  roadmaps/clean  \n\n' });
      assert.deepEqual(parseAnnotations(lintStep(lines).stdout), BROKEN_ANNOTATIONS);
      assert.deepEqual(lines.outputs, { 'exit-code': '1' });

      const words = runAction(fixture, scratch, { paths: 'roadmaps/clean roadmaps/needs*/globex.cxroadmap.yaml' });
      assert.deepEqual(parseAnnotations(lintStep(words).stdout), BROKEN_ANNOTATIONS);

      const split = runAction(fixture, scratch, { paths: 'roadmaps/needs work' });
      assert.equal(lintStep(split).stderr, 'cxroadmap: no such file or folder: roadmaps/needs\n');
      assert.deepEqual(split.outputs, { 'exit-code': '2' });
      assert.equal(split.status, 2);
    });

    const hostile: { inputs: Record<string, string>; exitCode: string }[] = [
      { inputs: { paths: 'roadmaps/clean $(touch pwned) `touch pwned`' }, exitCode: '2' },
      { inputs: { paths: 'roadmaps/clean\n$(touch pwned)\n`touch pwned`;touch pwned\n' }, exitCode: '2' },
      { inputs: { paths: 'roadmaps/clean', 'max-warnings': '$(touch pwned)' }, exitCode: '2' },
      { inputs: { paths: 'roadmaps/clean', format: 'github; touch pwned' }, exitCode: '2' },
      { inputs: { paths: 'roadmaps/clean', 'working-directory': '$(touch pwned)' }, exitCode: '2' },
      { inputs: { paths: 'roadmaps/clean', 'sarif-file': '$(touch pwned).sarif' }, exitCode: '0' },
    ];
    for (const { inputs, exitCode } of hostile) {
      it(`never executes input values: ${JSON.stringify(inputs)}`, () => {
        const run = runAction(fixture, scratch, inputs);

        // The scripts run in the workspace, the working directory or the action folder.
        assert.deepEqual(findFiles(scratch, 'pwned'), []);
        assert.equal(fs.existsSync(path.join(ROOT, 'pwned')), false);
        assert.deepEqual(run.outputs, { 'exit-code': exitCode });
        assert.equal(run.status, Number(exitCode));
      });
    }

    it('refuses a sarif-file that a pull request committed as a symbolic link, and leaves its target alone', () => {
      const keys = 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOwner owner@laptop\n';
      const target = path.join(scratch, 'authorized_keys');
      fs.writeFileSync(target, keys);
      fs.symlinkSync(target, path.join(fixture, 'cxroadmap.sarif'));

      const run = runAction(fixture, scratch, { 'sarif-file': 'cxroadmap.sarif' });

      assert.deepEqual(statuses(run), [
        ['Install and build cxroadmap', 0],
        ['Lint roadmaps', 0],
        ['Write the SARIF report', 2],
      ]);
      const sarifStep = run.steps[2];
      assert.equal(sarifStep.stderr, 'cxroadmap: will not write cxroadmap.sarif: it is a symbolic link\n');
      assert.equal(
        sarifStep.stdout,
        '::error title=cxroadmap::cxroadmap could not write the SARIF report (exit status 2).\n',
      );
      assert.equal(fs.readFileSync(target, 'utf8'), keys);
      assert.equal(fs.readlinkSync(path.join(fixture, 'cxroadmap.sarif')), target);
      assert.deepEqual(
        fs.readdirSync(fixture).filter((name) => name.includes('sarif')),
        ['cxroadmap.sarif'],
      );
      assert.equal(run.status, 2);
    });

    it('writes the SARIF report to a file named literally as given', () => {
      runAction(fixture, scratch, { paths: 'roadmaps/clean', 'sarif-file': '$(touch pwned).sarif' });
      assert.equal(fs.existsSync(path.join(fixture, '$(touch pwned).sarif')), true);
    });
  });

  describe('install step', () => {
    let bin: string;

    beforeEach(() => {
      bin = path.join(scratch, 'bin');
      fs.mkdirSync(bin);
    });

    it('runs npm ci and the build in the action folder unless CXROADMAP_ACTION_PREBUILT=1', () => {
      const log = path.join(scratch, 'npm.log');
      write(path.join(bin, 'npm'), `#!/bin/sh\necho "$PWD|$*" >> '${log}'\n`);
      fs.chmodSync(path.join(bin, 'npm'), 0o755);

      const prebuilt = runAction(fixture, scratch, { paths: 'roadmaps/clean' }, { binDir: bin });
      assert.equal(fs.existsSync(log), false);
      assert.equal(prebuilt.status, 0);

      const fresh = runAction(fixture, scratch, { paths: 'roadmaps/clean' }, { binDir: bin, prebuilt: false });
      assert.deepEqual(fs.readFileSync(log, 'utf8').split('\n'), [
        `${ROOT}|ci --no-audit --no-fund`,
        `${ROOT}|run build`,
        '',
      ]);
      assert.equal(fresh.status, 0);
    });

    it('stops with an annotation when the runner has a Node.js older than 20', () => {
      write(path.join(bin, 'node'), '#!/bin/sh\necho v18.20.4\n');
      fs.chmodSync(path.join(bin, 'node'), 0o755);

      const run = runAction(fixture, scratch, {}, { binDir: bin });

      assert.deepEqual(statuses(run), [['Install and build cxroadmap', 1]]);
      assert.equal(
        run.steps[0].stdout,
        '::error title=cxroadmap::cxroadmap needs Node.js 20 or later (found v18.20.4). Add actions/setup-node with node-version: 20 before this action.\n',
      );
      assert.deepEqual(run.outputs, { 'exit-code': '' });
      assert.equal(run.status, 1);
    });
  });
});
