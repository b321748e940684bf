import type { RuleCode, Severity } from './diagnostic';

/** Numeric knobs of the rules (docs/format.md#options), each with its default. */
export interface RuleOptions {
  minHorizonYears: number;
  earlyWinDays: number;
  maxConcurrentPerOwner: number;
  maxActivePerQuarter: number;
}

export const DEFAULT_OPTIONS: Readonly<RuleOptions> = {
  minHorizonYears: 5,
  earlyWinDays: 90,
  maxConcurrentPerOwner: 3,
  maxActivePerQuarter: 12,
};

export type SeveritySetting = Severity | 'off';

/** Configuration after validation: only known rules and well-typed options remain. */
export interface ResolvedConfig {
  rules: Partial<Record<RuleCode, SeveritySetting>>;
  options: RuleOptions;
}

export const DEFAULT_CONFIG: Readonly<ResolvedConfig> = { rules: {}, options: DEFAULT_OPTIONS };
