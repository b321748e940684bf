import { Severity } from './diagnostic';
import type { RuleCode } from './diagnostic';

/** Where the rule pages live once the repository is published (package.json `homepage`). */
export const REPOSITORY_URL = 'https://github.com/cxroadmap/cxroadmap';

export function ruleDocsUrl(code: RuleCode): string {
  return `${REPOSITORY_URL}/blob/main/docs/rules/${code}.md`;
}

export interface RuleMeta {
  code: RuleCode;
  defaultSeverity: Severity;
  /** A short name for SARIF `shortDescription` and hover titles. */
  title: string;
  /** One sentence: what the rule checks, in the words of a CX lead. */
  summary: string;
  /** The leadership lesson the rule follows from, or the reason for a structural rule. */
  lesson: string;
}

const E = Severity.Error;
const W = Severity.Warning;
const I = Severity.Information;

function meta(code: RuleCode, defaultSeverity: Severity, title: string, summary: string, lesson: string): RuleMeta {
  return { code, defaultSeverity, title, summary, lesson };
}

export const CATALOGUE: Readonly<Record<RuleCode, RuleMeta>> = {
  syntax: meta(
    'syntax',
    E,
    'YAML syntax',
    'The file must be one well-formed YAML document.',
    'A part of a roadmap that does not parse cannot be reviewed: what it holds waits until it does.',
  ),
  schema: meta(
    'schema',
    E,
    'Roadmap shape',
    'Keys, types, dates and values must follow the roadmap format.',
    'A shared format lets every leader read every roadmap the same way.',
  ),
  config: meta(
    'config',
    E,
    'Configuration',
    'The .cxroadmaprc.yaml file must name real rules, severities and options.',
    'Editor and CI read the same configuration, so a mistake in it must be visible.',
  ),
  'unknown-competency': meta(
    'unknown-competency',
    E,
    'Unknown competency',
    'Every initiative builds one of the five customer leadership competencies.',
    'Chief Customer Officer 2.0 organises the work into five competencies; naming one keeps the roadmap tied to them.',
  ),
  'duplicate-id': meta(
    'duplicate-id',
    E,
    'Duplicate initiative id',
    'Each initiative id is used once.',
    'Dependencies and reviews refer to initiatives by id, so an id must mean one thing.',
  ),
  'unknown-dependency': meta(
    'unknown-dependency',
    E,
    'Unknown dependency',
    'Every id in depends_on names an initiative in the same roadmap.',
    'Build a clear roadmap: a dependency on something that is not planned is a gap in the plan.',
  ),
  'dependency-cycle': meta(
    'dependency-cycle',
    E,
    'Dependency cycle',
    'Initiatives may not wait on each other in a circle.',
    'Build a clear roadmap: a circle of dependencies can never start.',
  ),
  'dependency-order': meta(
    'dependency-order',
    W,
    'Dependency order',
    'An initiative starts after the initiatives it depends on have ended.',
    'Build a clear roadmap: timelines must agree with what waits on what.',
  ),
  'end-before-start': meta(
    'end-before-start',
    E,
    'End before start',
    'An initiative or the horizon ends on or after the day it starts.',
    'Build a clear roadmap: a timeline that runs backwards cannot be planned against.',
  ),
  'outside-horizon': meta(
    'outside-horizon',
    W,
    'Outside the horizon',
    'Initiatives and milestones fall within the roadmap horizon.',
    'Establish corporate patience: the horizon is the commitment; work outside it is unplanned.',
  ),
  'milestone-outside-initiative': meta(
    'milestone-outside-initiative',
    W,
    'Milestone outside its initiative',
    'A milestone falls within the dates of its initiative.',
    'Build a clear roadmap: a milestone marks progress of its own initiative.',
  ),
  'unknown-stage': meta(
    'unknown-stage',
    E,
    'Unknown journey stage',
    'An initiative stage is one of the agreed journey stages.',
    'Align around experience: leaders agree the journey stages once and use the same names everywhere.',
  ),
  'missing-owner': meta(
    'missing-owner',
    E,
    'Missing owner',
    'Every initiative has one accountable owner.',
    'Take personal accountability: work that belongs to everyone belongs to no one.',
  ),
  'competency-uncovered': meta(
    'competency-uncovered',
    W,
    'Competency not covered',
    'Each of the five competencies has at least one initiative.',
    'The five competencies work together as one growth engine; a missing one leaves a gap.',
  ),
  'short-horizon': meta(
    'short-horizon',
    W,
    'Short horizon',
    'The horizon covers at least the configured number of years (5).',
    'Establish corporate patience: customer-driven growth is a multi-year effort.',
  ),
  'no-early-win': meta(
    'no-early-win',
    W,
    'No early win',
    'An early win ends soon after the horizon starts (90 days by default).',
    'Relentless focus on results: early, tangible wins keep the investment alive.',
  ),
  'early-win-without-outcome': meta(
    'early-win-without-outcome',
    W,
    'Early win without outcome',
    'An early win says what it will change for customers.',
    'Relentless focus on results: a win counts when people can see what it achieved.',
  ),
  'missing-measures': meta(
    'missing-measures',
    I,
    'Missing measures',
    'An initiative says how its success will be measured.',
    'Build a clear roadmap: clear expectations of success.',
  ),
  'no-governance': meta(
    'no-governance',
    W,
    'No governance board',
    'The roadmap names its customer-experience board.',
    'Implement the right governance: decide who sits on the CX board and how it sets priorities.',
  ),
  'no-accountability-review': meta(
    'no-accountability-review',
    W,
    'No accountability review',
    'The roadmap sets a cadence for standalone progress reviews.',
    'Drive consistent accountability: progress reviews of their own, not an item tacked onto other meetings.',
  ),
  'no-customer-room': meta(
    'no-customer-room',
    W,
    'No customer room',
    'The roadmap sets a cadence for the customer room.',
    'One-company leadership: leaders meet regularly in the customer room to step into customers\u2019 shoes.',
  ),
  'no-sponsor': meta(
    'no-sponsor',
    W,
    'No executive sponsor',
    'The roadmap names an executive sponsor.',
    'The CEO provides political cover: a top-level partner clears the politics.',
  ),
  'owner-overload': meta(
    'owner-overload',
    I,
    'Owner overload',
    'No owner holds more than the configured number of active initiatives at once (3).',
    'Help others push the rock up the hill, and protect the leader\u2019s reserves: spread the load.',
  ),
  'too-many-priorities': meta(
    'too-many-priorities',
    I,
    'Too many priorities',
    'No quarter has more than the configured number of active initiatives (12).',
    'Find your united voice: commit to a few company-wide priorities and break the work up realistically.',
  ),
  'survey-score-only': meta(
    'survey-score-only',
    I,
    'Survey score only',
    'An initiative measures more than a survey score.',
    'Don\u2019t chase survey scores: earn growth by improving customers\u2019 lives, shown by what customers do.',
  ),
};
