import type { OffsetDiagnostic, RuleCode } from '../diagnostic';
import type { RuleOptions } from '../options';
import type { Field, Initiative, RoadmapModel } from '../model/types';
import type { RoadmapIndex } from './roadmapIndex';

/** One initiative on its own: what a per-initiative rule may look at. */
export interface InitiativeInput {
  initiative: Initiative;
  /** Top-level keys of the initiative that have a schema problem; rules stay silent on them. */
  invalidKeys: ReadonlySet<string>;
  /** The `competency` text when it is not one of the five ids. */
  unknownCompetency?: Field<string> | undefined;
}

export type { RoadmapIndex } from './roadmapIndex';

export interface RoadmapInput {
  model: RoadmapModel;
  options: RuleOptions;
  index: RoadmapIndex;
  unknownCompetencyKeys: readonly Field<string>[];
  /** True when schema validation rejected the value at this JSON pointer (`/governance/board`). */
  isInvalid: (pointer: string) => boolean;
  /** 1-based line of an offset, for messages that point at another place. */
  lineOf: (offset: number) => number;
}

/**
 * A rule looks at one initiative (its result is cached with the initiative, so it may
 * not depend on anything else), at the whole roadmap, or both.
 */
export interface Rule {
  code: RuleCode;
  // Functions, not methods: rules never use `this`, and the checks are passed around unbound.
  checkInitiative?: (input: InitiativeInput) => OffsetDiagnostic[];
  checkRoadmap?: (input: RoadmapInput) => OffsetDiagnostic[];
}

/** Where a roadmap-level problem goes: the named parent key, else the file's first key. */
export function roadmapAnchor(
  model: RoadmapModel,
  parent?: 'governance' | 'horizon' | 'initiatives',
): { start: number; end: number } {
  const key =
    parent === 'governance'
      ? model.governance?.keySpan
      : parent === 'horizon'
        ? model.horizon?.keySpan
        : parent === 'initiatives'
          ? model.initiativesKey
          : undefined;
  return key ?? model.firstKey ?? { start: 0, end: 0 };
}

/** How an initiative is named in messages: its id, else its title, else its position. */
export function initiativeName(initiative: Initiative): string {
  if (initiative.id) return `\`${initiative.id.value}\``;
  if (initiative.title) return `\u201c${initiative.title.value}\u201d`;
  return '(no id)';
}

/** Both dates valid and in order: what every timeline rule needs. */
export function hasTimeline(
  i: Initiative,
): i is Initiative & { start: NonNullable<Initiative['start']>; end: NonNullable<Initiative['end']> } {
  return i.start !== undefined && i.end !== undefined && i.end.day >= i.start.day;
}

export function isActiveStatus(i: Initiative): boolean {
  const s = i.status?.value;
  return s !== 'done' && s !== 'cancelled';
}
