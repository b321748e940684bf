/** What every measurement hands to the report: rows of numbers, the issues' goals, and notes. */
import type { Summary } from './stats';

export type Unit = 'ms' | 'MB' | 'bytes';

export interface Row {
  /** What was measured, e.g. "cxroadmap, 1,000 initiatives". */
  label: string;
  /** Repeated samples (times), summarised as median and p95. */
  summary?: Summary;
  /** A single reading (memory, a size). */
  value?: number;
  unit: Unit;
  /** Ratios, counts of incomplete runs and the like. */
  detail?: string;
}

export interface Goal {
  /** The goal as the issue states it. */
  text: string;
  measured: string;
  /** `undefined` when it could not be measured in this run (the notes say why). */
  met: boolean | undefined;
}

export interface SuiteResult {
  name: string;
  title: string;
  rows: Row[];
  goals: Goal[];
  notes: string[];
  /** Markdown of its own (the profile summary). */
  markdown?: string;
}

export function emptyResult(name: string, title: string): SuiteResult {
  return { name, title, rows: [], goals: [], notes: [] };
}

/** "12.3×" — how many times `slower` takes longer than `faster`. */
export function ratio(slower: number, faster: number): string {
  if (!Number.isFinite(slower) || !Number.isFinite(faster) || faster <= 0) return 'n/a';
  return `${(slower / faster).toFixed(1)}×`;
}

export function ms(value: number): string {
  if (!Number.isFinite(value)) return 'n/a';
  return value >= 100 ? `${Math.round(value)} ms` : `${value.toFixed(1)} ms`;
}

export function count(value: number): string {
  return value.toLocaleString('en-US');
}
