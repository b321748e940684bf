/** The shapes `layoutChart` returns, and the sizes it lays them out with. */
import type { CompetencyId, Status } from '../core/model/types';
import type { Point } from './arrows';
import type { AxisBand, DaySpan } from './axis';
import type { FindingLevel, ProblemCount } from './findings';
import type { LegendLayout } from './legend';
import type { ChartLink } from './links';

export const UNKNOWN_LANE_NAME = 'Without a known competency';

/** Sizes in px; the SVG renderer draws with the same numbers. */
export const METRICS = {
  /** The names column's width (where the timeline starts) unless a chart asks for another. */
  labelWidth: 440,
  /** The narrowest names column: room for the finding and early-win marks, no title. */
  minLabelWidth: 40,
  maxLabelWidth: 1000,
  /** Where initiative titles start in the names column, after the finding and early-win marks. */
  titleX: 40,
  laneHeader: 30,
  row: 26,
  bar: 14,
  /** The height of a lane without initiatives, under its name. */
  emptyLane: 14,
  lanePadding: 8,
  paddingRight: 24,
  paddingBottom: 16,
  minWidth: 960,
  /** The timeline width when no zoom is asked for. */
  fitWidth: 1040,
  /** The narrowest timeline a span is fitted to, however narrow the view. */
  minFitWidth: 240,
  /** The widest timeline any zoom gives. */
  maxTimelineWidth: 100_000,
  titleFont: 12.5,
  detailFont: 11.5,
  gap: 6,
} as const;

/** Drawn before each link's title after the dates; counted in the label's width. */
export const LINK_PREFIX = '   \u2197 ';

export interface ChartOptions {
  /** Zoom; by default the span fills `METRICS.fitWidth`, or the view (`viewWidth`). */
  pxPerDay?: number;
  /** Day number of today: drawing only, never a rule. */
  today?: number;
  /** The names column's width in px, `METRICS.minLabelWidth` to `maxLabelWidth`; `METRICS.labelWidth` by default. */
  labelWidth?: number;
  /**
   * The width of the view that shows the chart (the preview's panel): the chart is at least
   * this wide (instead of `METRICS.minWidth`), its legend wraps to it, without a zoom the
   * span fills what the names column leaves of it, and when the chart fits the view a label
   * after a bar that would widen it past the view is left out.
   */
  viewWidth?: number;
}

export interface BarGeometry {
  x: number;
  y: number;
  width: number;
  height: number;
  /** The initiative starts before / ends after the drawn span. */
  clippedStart: boolean;
  clippedEnd: boolean;
}

export interface MilestoneMark {
  index: number;
  name?: string;
  day: number;
  /** Centre of the diamond. */
  x: number;
  y: number;
}

/** Owner and dates (then the links), beside the bar or inside it when it has no room outside. */
export interface DetailLabel {
  text: string;
  x: number;
  anchor: 'start' | 'end';
  inside: boolean;
  width: number;
}

export interface InitiativeRow {
  index: number;
  id?: string;
  title?: string;
  /** The title (or id) shortened to the names column; empty when the column holds only marks. */
  label: string;
  owner?: string;
  team?: string;
  status?: Status;
  competency?: CompetencyId;
  outcome?: string;
  note?: string;
  earlyWin: boolean;
  hasErrors: boolean;
  problems: ProblemCount;
  /** The worst of its findings, which the row is marked with; absent when it has none. */
  finding?: FindingLevel;
  start?: number;
  end?: number;
  y: number;
  height: number;
  bar?: BarGeometry;
  /** Why there is no bar, when there is none. */
  notDrawn?: string;
  milestones: MilestoneMark[];
  /** Absent without a bar, and when no place in the view could hold it. */
  detail?: DetailLabel;
  links: ChartLink[];
}

export type LaneKey = CompetencyId | 'unknown';

export interface Lane {
  key: LaneKey;
  name: string;
  y: number;
  height: number;
  rows: InitiativeRow[];
}

export interface ArrowPath {
  from: string;
  to: string;
  fromIndex: number;
  toIndex: number;
  dependsOnIndex: number;
  points: Point[];
  violated: boolean;
  /** The dependency diagnostic's message when violated. */
  message?: string;
}

export interface TodayMark {
  day: number;
  x: number;
  y: number;
  height: number;
}

export interface ChartLayout {
  title?: string;
  width: number;
  height: number;
  span?: DaySpan;
  spanSource: 'horizon' | 'initiatives' | 'none';
  pxPerDay: number;
  timeline: { x: number; width: number };
  legend: LegendLayout;
  axis: { y: number; height: number; bands: AxisBand[] };
  body: { y: number; height: number };
  lanes: Lane[];
  arrows: ArrowPath[];
  today?: TodayMark;
  initiativeCount: number;
  totals: ProblemCount;
}
