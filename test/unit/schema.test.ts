import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv';
import type { ValidateFunction } from 'ajv';
import { parse } from 'yaml';
import { COMPETENCY_IDS, COMPETENCY_NAMES } from '../support/expected';

const REPO_ROOT = path.resolve(__dirname, '../../..');
const SCHEMA_PATH = path.join(REPO_ROOT, 'schemas', 'cxroadmap.schema.json');
const SCHEMA_ID = 'https://github.com/cxroadmap/cxroadmap/raw/main/schemas/cxroadmap.schema.json';
const EDITOR_KEYWORDS = ['markdownDescription', 'enumDescriptions', 'markdownEnumDescriptions', 'defaultSnippets'];

const DRAFT_07_KEYWORDS = [
  '$schema',
  '$id',
  '$ref',
  '$comment',
  'title',
  'description',
  'default',
  'readOnly',
  'writeOnly',
  'examples',
  'multipleOf',
  'maximum',
  'exclusiveMaximum',
  'minimum',
  'exclusiveMinimum',
  'maxLength',
  'minLength',
  'pattern',
  'additionalItems',
  'items',
  'maxItems',
  'minItems',
  'uniqueItems',
  'contains',
  'maxProperties',
  'minProperties',
  'required',
  'additionalProperties',
  'definitions',
  'properties',
  'patternProperties',
  'dependencies',
  'propertyNames',
  'const',
  'enum',
  'type',
  'format',
  'contentMediaType',
  'contentEncoding',
  'if',
  'then',
  'else',
  'allOf',
  'anyOf',
  'oneOf',
  'not',
];

const DATE_PERIOD_PATTERN = '^\\d{4}(-(H[12]|Q[1-4]|\\d{2}(-\\d{2})?))?$';

/** A roadmap with every key of the format, commented as a newcomer would read it. */
const FORMAT_EXAMPLE = `cxroadmap: 1                          # format version, required, exactly 1
title: Acme Customer Experience Roadmap  # required
owner: Dana Reyes                     # accountable customer leader (CCO/CXO)
sponsor: Sam Ortiz (CEO)              # executive sponsor: political cover
horizon:                              # required: start and end
  start: 2027-01-01
  end: 2031-12-31
governance:
  board: CX Leadership Council        # the customer-experience board
  members: [Dana Reyes, Sam Ortiz, Priya Nair]
  review: monthly                     # standalone accountability review cadence
  customer_room: monthly              # competency five's customer room cadence
journey:
  stages: [discover, join, use, get-help, renew]   # customer journey stages
competencies:                         # optional intent, keyed by competency id
  customers-as-assets:
    goal: Know monthly how many customers we gain and lose, and why
initiatives:                          # required, a list
  - id: asset-metrics                 # required, unique, [a-z0-9][a-z0-9-]*
    title: Monthly customer gain and loss report   # required
    competency: customers-as-assets   # required, one of the five ids below
    owner: Priya Nair                 # one accountable person
    team: Customer Insights           # optional: the team that delivers
    start: 2027-01-04                 # required
    end: 2027-Q1                      # required
    status: planned                   # planned | active | at-risk | blocked | done | cancelled
    note: Waiting for the data warehouse   # optional free text (why at-risk/blocked, etc.)
    early_win: true
    outcome: Leaders review customer gain and loss every month
    measures:
      - metric: customers lost per month   # required in a measure
        kind: behaviour                # behaviour | operational | financial | survey
        baseline: 1200                 # text or number
        target: -10%                   # text or number
        by: 2027-12-31
    stage: renew                      # optional, one of journey.stages
    depends_on: []                    # ids of initiatives in this file
    links:
      - title: Churn dashboard
        url: https://example.com/churn   # https only
    milestones:
      - name: First report
        date: 2027-02-01
`;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };
type SchemaNode = JsonObject;

interface Failure {
  instancePath: string;
  keyword: string;
  params: Record<string, unknown>;
}

function loadSchema(): SchemaNode {
  return JSON.parse(fs.readFileSync(SCHEMA_PATH, 'utf8')) as SchemaNode;
}

function newAjv(): Ajv {
  const ajv = new Ajv({ allErrors: true, strict: true });
  ajv.addVocabulary(EDITOR_KEYWORDS);
  return ajv;
}

function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function child(node: Json | undefined, key: string): SchemaNode {
  assert.ok(isObject(node), `expected an object above ${key}`);
  const value = node[key];
  assert.ok(isObject(value), `expected an object at ${key}`);
  return value;
}

/** A fresh copy of the example, for one test to change. */
function example(): JsonObject {
  return parse(FORMAT_EXAMPLE) as JsonObject;
}

function firstInitiative(roadmap: JsonObject): JsonObject {
  const initiatives = roadmap.initiatives;
  assert.ok(Array.isArray(initiatives));
  const first = initiatives[0];
  assert.ok(isObject(first));
  return first;
}

function escapePointerSegment(segment: string): string {
  return encodeURIComponent(segment.replace(/~/g, '~0').replace(/\//g, '~1'));
}

interface Visited {
  node: SchemaNode;
  pointer: string;
  /** Reached as a property, pattern property, additional property, array item or definition. */
  documented: boolean;
}

/**
 * Every subschema of the schema with its JSON pointer. `documented` marks the ones a user
 * hovers in an editor; anyOf branches and propertyNames are internal to their parent.
 */
function walk(root: SchemaNode): Visited[] {
  const out: Visited[] = [];
  const visit = (node: SchemaNode, pointer: string, documented: boolean): void => {
    out.push({ node, pointer, documented });
    for (const mapKey of ['properties', 'patternProperties', 'definitions']) {
      const map = node[mapKey];
      if (isObject(map)) {
        for (const [key, sub] of Object.entries(map)) {
          assert.ok(isObject(sub), `${pointer}/${mapKey}/${key} is not a schema object`);
          visit(sub, `${pointer}/${mapKey}/${escapePointerSegment(key)}`, true);
        }
      }
    }
    for (const key of ['items', 'additionalProperties']) {
      const sub = node[key];
      // A bare $ref borrows the documentation of the definition it names.
      if (isObject(sub) && !(Object.keys(sub).length === 1 && typeof sub.$ref === 'string')) {
        visit(sub, `${pointer}/${key}`, true);
      }
    }
    for (const key of ['anyOf', 'allOf', 'oneOf']) {
      const list = node[key];
      if (Array.isArray(list)) {
        list.forEach((sub, i) => {
          assert.ok(isObject(sub));
          visit(sub, `${pointer}/${key}/${i}`, false);
        });
      }
    }
    for (const key of ['propertyNames', 'not', 'contains', 'if', 'then', 'else']) {
      const sub = node[key];
      if (isObject(sub)) visit(sub, `${pointer}/${key}`, false);
    }
  };
  visit(root, '', true);
  return out;
}

function nonEmptyText(value: Json | undefined): boolean {
  return typeof value === 'string' && value.trim().length > 0;
}

/** Replaces snippet placeholders by their default text (a choice by its first option). */
function snippetDefaults(body: Json): Json {
  if (typeof body === 'string') {
    return body.replace(/\$\{\d+:([^}]*)\}/g, '$1').replace(/\$\{\d+\|([^,|]*)(?:,[^,}|]*)*\|\}/g, '$1');
  }
  if (Array.isArray(body)) return body.map(snippetDefaults);
  if (isObject(body)) return Object.fromEntries(Object.entries(body).map(([k, v]) => [k, snippetDefaults(v)]));
  return body;
}

describe('schemas/cxroadmap.schema.json', () => {
  let schema: SchemaNode;
  let ajv: Ajv;
  let validate: ValidateFunction;

  function failures(data: Json): Failure[] {
    if (validate(data)) return [];
    return (validate.errors ?? []).map((e) => ({ instancePath: e.instancePath, keyword: e.keyword, params: e.params }));
  }

  before(() => {
    schema = loadSchema();
    ajv = newAjv();
    validate = ajv.compile(schema);
  });

  describe('identity', () => {
    it('is a draft-07 schema with the published $id, a title and a description', () => {
      assert.equal(schema.$schema, 'http://json-schema.org/draft-07/schema#');
      assert.equal(schema.$id, SCHEMA_ID);
      assert.ok(nonEmptyText(schema.title));
      assert.ok(nonEmptyText(schema.description));
    });

    it('compiles again in a fresh strict Ajv 8 with the editor keywords as a vocabulary', () => {
      assert.doesNotThrow(() => newAjv().compile(loadSchema()));
    });

    it('has exactly the definitions the core refers to by name', () => {
      assert.deepEqual(Object.keys(child(schema, 'definitions')), [
        'initiative',
        'measure',
        'milestone',
        'link',
        'horizon',
        'governance',
        'journey',
        'competencyIntent',
        'competencyId',
        'initiativeId',
        'datePeriod',
        'dayDate',
        'cadence',
        'status',
        'measureKind',
        'text',
        'textOrNumber',
        'name',
      ]);
    });

    it('lists the five competency ids in the book order, also as the keys under competencies', () => {
      const definitions = child(schema, 'definitions');
      assert.deepEqual(child(definitions, 'competencyId').enum, COMPETENCY_IDS);
      const competencies = child(child(schema, 'properties'), 'competencies');
      assert.deepEqual(Object.keys(child(competencies, 'properties')), COMPETENCY_IDS);
    });

    it('has the enums of docs/format.md', () => {
      const definitions = child(schema, 'definitions');
      assert.deepEqual(child(definitions, 'status').enum, [
        'planned',
        'active',
        'at-risk',
        'blocked',
        'done',
        'cancelled',
        'canceled',
      ]);
      assert.deepEqual(child(definitions, 'cadence').enum, ['weekly', 'biweekly', 'monthly', 'quarterly']);
      assert.deepEqual(child(definitions, 'measureKind').enum, [
        'behaviour',
        'operational',
        'financial',
        'survey',
        'behavior',
      ]);
    });
  });

  describe('validation', () => {
    it('accepts the example roadmap', () => {
      assert.deepEqual(failures(example()), []);
    });

    it('accepts the complete example of docs/format.md', () => {
      const reference = fs.readFileSync(path.join(REPO_ROOT, 'docs', 'format.md'), 'utf8');
      const block = /^## A complete example\n[^`]*```yaml\n([\s\S]*?)^```$/m.exec(reference);
      assert.ok(block, 'no YAML block under "## A complete example"');
      assert.deepEqual(failures(parse(block[1]) as JsonObject), []);
    });

    it('reports a missing title on the root', () => {
      const roadmap = example();
      delete roadmap.title;
      assert.deepEqual(failures(roadmap), [
        { instancePath: '', keyword: 'required', params: { missingProperty: 'title' } },
      ]);
    });

    it('reports an unknown key where it stands', () => {
      const roadmap = example();
      const initiative = firstInitiative(roadmap);
      initiative.ownr = initiative.owner;
      delete initiative.owner;
      assert.deepEqual(failures(roadmap), [
        { instancePath: '/initiatives/0', keyword: 'additionalProperties', params: { additionalProperty: 'ownr' } },
      ]);
    });

    it('accepts x- keys on every object', () => {
      const roadmap = example();
      const initiative = firstInitiative(roadmap);
      const objects: Json[] = [
        roadmap,
        roadmap.horizon,
        roadmap.governance,
        roadmap.journey,
        roadmap.competencies,
        child(roadmap.competencies, 'customers-as-assets'),
        initiative,
        (initiative.measures as Json[])[0],
        (initiative.links as Json[])[0],
        (initiative.milestones as Json[])[0],
      ];
      for (const object of objects) {
        assert.ok(isObject(object));
        object['x-foo'] = { anything: [1, 'two'] };
      }
      assert.deepEqual(failures(roadmap), []);
    });

    it('reports a status outside the enum', () => {
      const roadmap = example();
      firstInitiative(roadmap).status = 'paused';
      assert.deepEqual(failures(roadmap), [
        {
          instancePath: '/initiatives/0/status',
          keyword: 'enum',
          params: { allowedValues: ['planned', 'active', 'at-risk', 'blocked', 'done', 'cancelled', 'canceled'] },
        },
      ]);
    });

    it('accepts the US spellings `canceled` and `behavior`', () => {
      const roadmap = example();
      firstInitiative(roadmap).status = 'canceled';
      (firstInitiative(roadmap).measures as JsonObject[])[0].kind = 'behavior';
      assert.deepEqual(failures(roadmap), []);
    });

    it('accepts an unquoted year, which YAML reads as a number', () => {
      const roadmap = parse(FORMAT_EXAMPLE.replace('start: 2027-01-04', 'start: 2027')) as JsonObject;
      assert.equal(firstInitiative(roadmap).start, 2027);
      assert.deepEqual(failures(roadmap), []);
    });

    it('accepts every period form as start and end', () => {
      for (const period of ['2027', '2027-H1', '2027-H2', '2027-Q1', '2027-Q4', '2027-06', '2027-06-30', 2027]) {
        const roadmap = example();
        roadmap.horizon = { start: period, end: period };
        firstInitiative(roadmap).end = period;
        assert.deepEqual(failures(roadmap), [], `period ${String(period)}`);
      }
    });

    it('reports a quarter that does not exist', () => {
      const roadmap = parse(FORMAT_EXAMPLE.replace('start: 2027-01-04', 'start: 2027-Q5')) as JsonObject;
      assert.deepEqual(failures(roadmap), [
        { instancePath: '/initiatives/0/start', keyword: 'pattern', params: { pattern: DATE_PERIOD_PATTERN } },
        { instancePath: '/initiatives/0/start', keyword: 'type', params: { type: 'integer' } },
        { instancePath: '/initiatives/0/start', keyword: 'anyOf', params: {} },
      ]);
    });

    it('reports a year number outside 1000-9999', () => {
      const roadmap = example();
      roadmap.horizon = { start: 999, end: '2031-12-31' };
      assert.deepEqual(failures(roadmap), [
        { instancePath: '/horizon/start', keyword: 'type', params: { type: 'string' } },
        { instancePath: '/horizon/start', keyword: 'minimum', params: { comparison: '>=', limit: 1000 } },
        { instancePath: '/horizon/start', keyword: 'anyOf', params: {} },
      ]);
    });

    it('reports a period where a day date is required', () => {
      const roadmap = example();
      const milestone = (firstInitiative(roadmap).milestones as JsonObject[])[0];
      milestone.date = '2027-Q1';
      assert.deepEqual(failures(roadmap), [
        {
          instancePath: '/initiatives/0/milestones/0/date',
          keyword: 'pattern',
          params: { pattern: '^\\d{4}-\\d{2}-\\d{2}$' },
        },
      ]);
    });

    it('reports a link that is not https', () => {
      const roadmap = example();
      const link = (firstInitiative(roadmap).links as JsonObject[])[0];
      link.url = 'http://example.com/churn';
      assert.deepEqual(failures(roadmap), [
        { instancePath: '/initiatives/0/links/0/url', keyword: 'pattern', params: { pattern: '^https://[^\\s]+$' } },
      ]);
    });

    it('reports an id outside the id pattern', () => {
      const roadmap = example();
      firstInitiative(roadmap).id = 'Asset_Metrics';
      assert.deepEqual(failures(roadmap), [
        { instancePath: '/initiatives/0/id', keyword: 'pattern', params: { pattern: '^[a-z0-9][a-z0-9-]*$' } },
      ]);
    });

    it('reports an id named twice in depends_on', () => {
      const roadmap = example();
      (roadmap.initiatives as JsonObject[]).push({
        id: 'asset-calls',
        title: 'Leaders call customers who left',
        competency: 'customers-as-assets',
        start: '2027-04-01',
        end: '2027-Q2',
        depends_on: ['asset-metrics', 'asset-metrics'],
      });
      assert.deepEqual(failures(roadmap), [
        { instancePath: '/initiatives/1/depends_on', keyword: 'uniqueItems', params: { i: 1, j: 0 } },
      ]);
    });

    it('reports a journey stage listed twice', () => {
      const roadmap = example();
      roadmap.journey = { stages: ['join', 'use', 'join'] };
      assert.deepEqual(failures(roadmap), [
        { instancePath: '/journey/stages', keyword: 'uniqueItems', params: { i: 2, j: 0 } },
      ]);
    });

    it('reports a format version other than 1', () => {
      const roadmap = example();
      roadmap.cxroadmap = 2;
      assert.deepEqual(failures(roadmap), [
        { instancePath: '/cxroadmap', keyword: 'const', params: { allowedValue: 1 } },
      ]);
    });

    it('reports an unknown competency key through propertyNames only', () => {
      const roadmap = example();
      roadmap.competencies = { 'customer-assets': { goal: 'Know who leaves' } };
      assert.deepEqual(failures(roadmap), [
        { instancePath: '/competencies', keyword: 'enum', params: { allowedValues: COMPETENCY_IDS } },
        { instancePath: '/competencies', keyword: 'pattern', params: { pattern: '^x-' } },
        { instancePath: '/competencies', keyword: 'anyOf', params: {} },
        { instancePath: '/competencies', keyword: 'propertyNames', params: { propertyName: 'customer-assets' } },
      ]);
    });

    it('reports an unknown key inside a competency intent', () => {
      const roadmap = example();
      roadmap.competencies = { 'listening-path': { goal: 'One listening system', gaol: 'typo' } };
      assert.deepEqual(failures(roadmap), [
        {
          instancePath: '/competencies/listening-path',
          keyword: 'additionalProperties',
          params: { additionalProperty: 'gaol' },
        },
      ]);
    });

    it('reports a cadence, a measure kind and a competency outside their enums', () => {
      const roadmap = example();
      child(roadmap, 'governance').review = 'yearly';
      const initiative = firstInitiative(roadmap);
      initiative.competency = 'listening';
      (initiative.measures as JsonObject[])[0].kind = 'nps';
      assert.deepEqual(
        failures(roadmap).map((f) => [f.instancePath, f.keyword]),
        [
          ['/governance/review', 'enum'],
          ['/initiatives/0/competency', 'enum'],
          ['/initiatives/0/measures/0/kind', 'enum'],
        ],
      );
    });

    it('accepts a number or text as baseline and target, and rejects other types', () => {
      const roadmap = example();
      const measure = (firstInitiative(roadmap).measures as JsonObject[])[0];
      measure.baseline = '4.1 out of 5';
      measure.target = 4.5;
      assert.deepEqual(failures(roadmap), []);
      measure.target = true;
      assert.deepEqual(failures(roadmap), [
        { instancePath: '/initiatives/0/measures/0/target', keyword: 'type', params: { type: 'string' } },
        { instancePath: '/initiatives/0/measures/0/target', keyword: 'type', params: { type: 'number' } },
        { instancePath: '/initiatives/0/measures/0/target', keyword: 'anyOf', params: {} },
      ]);
    });

    it('accepts the smallest roadmap: the required keys only', () => {
      assert.deepEqual(
        failures({
          cxroadmap: 1,
          title: 'Small',
          horizon: { start: 2027, end: 2031 },
          initiatives: [{ id: 'a', title: 'A', competency: 'listening-path', start: '2027-Q1', end: '2027-Q2' }],
        }),
        [],
      );
    });
  });

  describe('editor help', () => {
    it('documents every property, item and definition in plain text and in Markdown', () => {
      const undocumented = walk(schema)
        .filter((v) => v.documented)
        .filter((v) => !nonEmptyText(v.node.description) || !nonEmptyText(v.node.markdownDescription))
        .map((v) => v.pointer);
      assert.deepEqual(undocumented, []);
    });

    it('describes every enum value, in plain text and in Markdown, in the same order', () => {
      const enums = walk(schema).filter((v) => Array.isArray(v.node.enum));
      assert.deepEqual(enums.map((v) => v.pointer).sort(), [
        '/definitions/cadence',
        '/definitions/competencyId',
        '/definitions/measureKind',
        '/definitions/status',
      ]);
      for (const { node, pointer } of enums) {
        const values = node.enum as Json[];
        for (const key of ['enumDescriptions', 'markdownEnumDescriptions']) {
          const texts = node[key];
          assert.ok(Array.isArray(texts), `${pointer} has no ${key}`);
          assert.equal(texts.length, values.length, `${pointer}/${key}`);
          assert.ok(texts.every(nonEmptyText), `${pointer}/${key} has an empty entry`);
        }
      }
    });

    it('gives each competency its full name and its source', () => {
      const competencyId = child(child(schema, 'definitions'), 'competencyId');
      for (const key of ['enumDescriptions', 'markdownEnumDescriptions']) {
        const texts = competencyId[key] as string[];
        texts.forEach((text, i) => {
          assert.ok(text.includes(COMPETENCY_NAMES[i]), `${key}[${i}] lacks the name`);
          assert.ok(
            text.includes('Jeanne Bliss') && text.includes('Chief Customer Officer 2.0'),
            `${key}[${i}] lacks the source`,
          );
          assert.ok(text.includes('Typical initiatives'), `${key}[${i}] lacks typical initiatives`);
        });
      }
    });

    it('uses only draft-07 keywords and the four editor keywords', () => {
      const allowed = new Set([...DRAFT_07_KEYWORDS, ...EDITOR_KEYWORDS]);
      const unknown = walk(schema).flatMap((v) =>
        Object.keys(v.node)
          .filter((k) => !allowed.has(k))
          .map((k) => `${v.pointer}/${k}`),
      );
      assert.deepEqual(unknown, []);
    });

    it('closes every object to unknown keys while leaving x- keys free', () => {
      const objects = walk(schema).filter((v) => v.node.type === 'object');
      const open = objects
        .filter((v) => {
          const patterns = v.node.patternProperties;
          const closed =
            v.node.additionalProperties === false ||
            (v.pointer === '/properties/competencies' && isObject(v.node.propertyNames));
          return !closed || !isObject(patterns) || Object.keys(patterns).join() !== '^x-';
        })
        .map((v) => v.pointer);
      assert.deepEqual(open, []);
      assert.equal(objects.length, 10);
    });

    it('has examples that the schema accepts where they stand', () => {
      const withExamples = walk(schema).filter((v) => Array.isArray(v.node.examples));
      assert.ok(withExamples.length >= 30, `only ${withExamples.length} nodes have examples`);
      for (const { node, pointer } of withExamples) {
        const check = ajv.getSchema(`${SCHEMA_ID}#${pointer}`);
        assert.ok(check, `no validator for ${pointer}`);
        for (const value of node.examples as Json[]) {
          assert.equal(check(value), true, `${pointer}: example ${JSON.stringify(value)}`);
        }
      }
    });

    it('offers snippets for initiative, measure and milestone with exactly their required keys', () => {
      const definitions = child(schema, 'definitions');
      const withSnippets = Object.keys(definitions).filter(
        (name) => child(definitions, name).defaultSnippets !== undefined,
      );
      assert.deepEqual(withSnippets, ['initiative', 'measure', 'milestone']);
      for (const name of withSnippets) {
        const definition = child(definitions, name);
        const snippets = definition.defaultSnippets;
        assert.ok(Array.isArray(snippets) && snippets.length > 0);
        const check = ajv.getSchema(`${SCHEMA_ID}#/definitions/${name}`);
        assert.ok(check);
        for (const snippet of snippets) {
          assert.ok(isObject(snippet));
          assert.deepEqual(Object.keys(snippet), ['label', 'description', 'body']);
          assert.ok(nonEmptyText(snippet.label) && nonEmptyText(snippet.description));
          assert.ok(isObject(snippet.body));
          assert.deepEqual(Object.keys(snippet.body), definition.required);
          const filled = snippetDefaults(snippet.body);
          assert.equal(check(filled), true, `${name} snippet defaults: ${JSON.stringify(filled)}`);
        }
      }
    });
  });
});
