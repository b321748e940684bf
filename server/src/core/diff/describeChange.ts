import { parseDateOrPeriod, quarterIndexOf, quarterLabel } from '../dates';
import type { Change, DateMoved } from './changes';

/**
 * Each change in plain words, for people: the terminal, a step summary, an editor view.
 * Without the initiative's id, which every front end shows in a column of its own.
 */
export function describeChange(change: Change): string {
  switch (change.kind) {
    case 'initiative-added':
      return change.title === null ? 'added' : `added: ${change.title}`;
    case 'initiative-removed':
      return change.title === null ? 'removed' : `removed: ${change.title}`;
    case 'initiative-renamed':
      return change.title === change.previousTitle || change.previousTitle === null
        ? `renamed from ${change.previousId}`
        : `renamed from ${change.previousId} (was: ${change.previousTitle})`;
    case 'start-moved':
    case 'end-moved':
      return describeMove(change);
    case 'status-changed':
    case 'owner-changed':
    case 'sponsor-changed':
      return `${change.kind.slice(0, -'-changed'.length)} ${value(change.before)} \u2192 ${value(change.after)}`;
    case 'competency-changed':
      return `competency ${change.before} \u2192 ${change.after}`;
    case 'early-win-changed':
      return change.after ? 'now an early win' : 'no longer an early win';
    case 'dependency-added':
      return `now depends on ${change.dependency}`;
    case 'dependency-removed':
      return `no longer depends on ${change.dependency}`;
    case 'milestone-added':
    case 'milestone-removed':
      return `milestone ${change.kind === 'milestone-added' ? 'added' : 'removed'}: ${change.milestone}${change.date === null ? '' : ` (${change.date})`}`;
    case 'milestone-moved':
      return `milestone ${change.milestone} ${change.before} \u2192 ${change.after}, ${days(change.days)}`;
    case 'measure-added':
      return `measure added: ${change.metric}`;
    case 'measure-removed':
      return `measure removed: ${change.metric}`;
    case 'measure-changed': {
      const fields = change.fields.map((f) => {
        const lowered = f.field === 'target' && change.targetLowered ? ' (lowered)' : '';
        return `${f.field} ${value(f.before)} \u2192 ${value(f.after)}${lowered}`;
      });
      return `measure ${change.metric}: ${fields.join(', ')}`;
    }
    case 'horizon-changed':
      return `horizon ${span(change.before)} \u2192 ${span(change.after)}`;
    case 'governance-changed': {
      if (change.key !== 'members')
        return `governance ${change.key} ${value(change.before)} \u2192 ${value(change.after)}`;
      const joined = change.after.filter((m) => !change.before.includes(m));
      const left = change.before.filter((m) => !change.after.includes(m));
      const parts = [
        ...(joined.length > 0 ? [`joined: ${joined.join(', ')}`] : []),
        ...(left.length > 0 ? [`left: ${left.join(', ')}`] : []),
      ];
      return `governance members ${parts.join('; ')}`;
    }
  }
}

function value(text: string | null): string {
  return text ?? 'none';
}

function span(horizon: { start: string | null; end: string | null }): string {
  return `${value(horizon.start)} to ${value(horizon.end)}`;
}

/** "14 days later", "1 day earlier". */
export function days(count: number): string {
  const size = Math.abs(count);
  return `${size} day${size === 1 ? '' : 's'} ${count > 0 ? 'later' : 'earlier'}`;
}

function describeMove(change: DateMoved): string {
  const which = change.kind === 'start-moved' ? 'start' : 'end';
  const parts = [`${which} ${change.before} \u2192 ${change.after}`, days(change.days)];
  const after = parseDateOrPeriod(change.after, which);
  const quarter = after.ok ? quarterLabel(quarterIndexOf(after.day)) : undefined;
  // `2027-Q2 → 2027-Q3` says the quarter already.
  if (change.crossesQuarter && quarter !== undefined && quarter !== change.after) parts.push(`now in ${quarter}`);
  if (change.crossesHorizon) parts.push('crosses the horizon');
  return parts.join(', ');
}
