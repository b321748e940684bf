import { formatDay } from '../dates';
import type { Initiative } from '../model/types';
import type { InitiativeChange } from './changes';

/** An initiative's first and last day (YYYY-MM-DD): the bar the chart draws for it. */
export interface Schedule {
  start: string;
  end: string;
}

/**
 * An initiative with its changes and what they do not carry: its title, and its bar in
 * each version, so that a report can show one row per initiative and draw the plan
 * before and after.
 */
export interface ChangedInitiative {
  /** The new id, for a renamed initiative; the old one for a removed one. */
  id: string;
  /** The new title, or the old one when the initiative was removed or lost its title. */
  title: string | null;
  /** Null when the initiative is not in that version, or has no start and end in order there. */
  before: Schedule | null;
  after: Schedule | null;
  /** The same objects as in the file's `changes`, at least one. */
  changes: InitiativeChange[];
}

function scheduleOf(initiative: Initiative | undefined): Schedule | null {
  const start = initiative?.start;
  const end = initiative?.end;
  if (!start || !end || end.day < start.day) return null;
  return { start: formatDay(start.day), end: formatDay(end.day) };
}

export function changedInitiative(
  changes: [InitiativeChange, ...InitiativeChange[]],
  before: Initiative | undefined,
  after: Initiative | undefined,
): ChangedInitiative {
  return {
    id: changes[0].id,
    title: after?.title?.value ?? before?.title?.value ?? null,
    before: scheduleOf(before),
    after: scheduleOf(after),
    changes,
  };
}
