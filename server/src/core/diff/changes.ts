import type { CompetencyId } from '../model/types';

/**
 * What changed in a roadmap between two versions, in the plan's own terms. These objects
 * are what `cxroadmap diff --format json` prints, so their property names are part of the
 * format (docs/format.md, "cxroadmap diff").
 */

/** Every kind of change: the initiative's in the order they are listed for one initiative, then the roadmap's own. */
export const CHANGE_KINDS = [
  'initiative-added',
  'initiative-removed',
  'initiative-renamed',
  'start-moved',
  'end-moved',
  'status-changed',
  'owner-changed',
  'competency-changed',
  'early-win-changed',
  'dependency-added',
  'dependency-removed',
  'milestone-added',
  'milestone-removed',
  'milestone-moved',
  'measure-added',
  'measure-removed',
  'measure-changed',
  'horizon-changed',
  'sponsor-changed',
  'governance-changed',
] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

/**
 * Where a change can be seen: `line` in the new version, `previousLine` in the old one
 * (1-based). An initiative removed has no `line`, one added no `previousLine`; a
 * milestone, measure or dependency added or removed has its initiative's line in the
 * version that lacks it.
 */
export interface Where {
  line?: number;
  previousLine?: number;
}

export interface InitiativeAdded extends Where {
  kind: 'initiative-added';
  id: string;
  title: string | null;
}

export interface InitiativeRemoved extends Where {
  kind: 'initiative-removed';
  id: string;
  title: string | null;
}

export interface InitiativeRenamed extends Where {
  kind: 'initiative-renamed';
  id: string;
  previousId: string;
  title: string | null;
  previousTitle: string | null;
}

/** `days` is positive when the date moved later. */
export interface DateMoved extends Where {
  kind: 'start-moved' | 'end-moved';
  id: string;
  /** The values as written (a day or a period). */
  before: string;
  after: string;
  days: number;
  /** The date is in another calendar quarter than before. */
  crossesQuarter: boolean;
  /** The date was inside the horizon and is now outside it, or the other way round (each version's own horizon). */
  crossesHorizon: boolean;
}

export interface InitiativeValueChanged extends Where {
  kind: 'status-changed' | 'owner-changed';
  id: string;
  /** Null when the key is absent. */
  before: string | null;
  after: string | null;
}

export interface CompetencyChanged extends Where {
  kind: 'competency-changed';
  id: string;
  before: CompetencyId;
  after: CompetencyId;
}

export interface EarlyWinChanged extends Where {
  kind: 'early-win-changed';
  id: string;
  /** An absent `early_win` reads as false. */
  before: boolean;
  after: boolean;
}

export interface DependencyChanged extends Where {
  kind: 'dependency-added' | 'dependency-removed';
  id: string;
  dependency: string;
}

export interface MilestoneChanged extends Where {
  kind: 'milestone-added' | 'milestone-removed';
  id: string;
  milestone: string;
  date: string | null;
}

export interface MilestoneMoved extends Where {
  kind: 'milestone-moved';
  id: string;
  milestone: string;
  before: string;
  after: string;
  days: number;
}

export interface MeasureChanged extends Where {
  kind: 'measure-added' | 'measure-removed';
  id: string;
  metric: string;
}

export const MEASURE_FIELDS = ['kind', 'baseline', 'target', 'by'] as const;
export type MeasureField = (typeof MEASURE_FIELDS)[number];

export interface MeasureFieldChange {
  field: MeasureField;
  before: string | null;
  after: string | null;
}

export interface MeasureEdited extends Where {
  kind: 'measure-changed';
  id: string;
  metric: string;
  fields: MeasureFieldChange[];
  /** The target changed and asks for less than before (see `isTargetLowered`). */
  targetLowered: boolean;
}

export interface HorizonChanged extends Where {
  kind: 'horizon-changed';
  before: { start: string | null; end: string | null };
  after: { start: string | null; end: string | null };
  /** Positive when the date moved later; null when it is missing in either version. */
  startDays: number | null;
  endDays: number | null;
}

export interface RoadmapValueChanged extends Where {
  kind: 'owner-changed' | 'sponsor-changed';
  before: string | null;
  after: string | null;
}

export type GovernanceKey = 'board' | 'review' | 'customer_room';

export interface GovernanceChanged extends Where {
  kind: 'governance-changed';
  key: GovernanceKey;
  before: string | null;
  after: string | null;
}

export interface GovernanceMembersChanged extends Where {
  kind: 'governance-changed';
  key: 'members';
  before: string[];
  after: string[];
}

/** A change of one initiative, or of its dates, milestones, measures or dependencies: it carries the initiative's id. */
export type InitiativeChange =
  | InitiativeAdded
  | InitiativeRemoved
  | InitiativeRenamed
  | DateMoved
  | InitiativeValueChanged
  | CompetencyChanged
  | EarlyWinChanged
  | DependencyChanged
  | MilestoneChanged
  | MilestoneMoved
  | MeasureChanged
  | MeasureEdited;

/** A change of the roadmap itself: no id. */
export type RoadmapChange = HorizonChanged | RoadmapValueChanged | GovernanceChanged | GovernanceMembersChanged;

export type Change = InitiativeChange | RoadmapChange;

export function isInitiativeChange(change: Change): change is InitiativeChange {
  return 'id' in change;
}
