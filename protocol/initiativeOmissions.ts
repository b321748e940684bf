/**
 * Initiatives the preview cannot act on. Their values come from the roadmap's text (an id
 * too long, say), so one of them must not cost the whole chart: each side leaves such an
 * initiative out of the list it passes on and counts it, and the page says how many were
 * left out and why. Only a value is judged here; a message of the wrong shape is a fault
 * of its sender and is still refused whole.
 */
import { isInitiativeId, isIsoDay, MAX_ID_LENGTH } from './wireChecks';

/** An initiative has at most this many problems in its tooltip… */
export const MAX_PROBLEMS = 100;
/** …each at most this long. */
export const MAX_PROBLEM_LENGTH = 8192;

export type OmissionReason = 'long-id' | 'bad-id' | 'bad-dates' | 'problems';

export const OMISSION_REASONS: readonly OmissionReason[] = ['long-id', 'bad-id', 'bad-dates', 'problems'];

/** How many initiatives were left out, by reason; a reason with none is absent. */
export type Omissions = Partial<Record<OmissionReason, number>>;

/** What an initiative on the wire holds: the extension's and the webview's view of it alike. */
export interface InitiativeValues {
  id: string;
  start?: string;
  end?: string;
  problems: readonly { message: string }[];
}

/** Why the initiative cannot be passed on, or undefined when it can. */
export function initiativeFault(initiative: InitiativeValues): OmissionReason | undefined {
  const { id, start, end, problems } = initiative;
  if (id.length > MAX_ID_LENGTH) return 'long-id';
  if (!isInitiativeId(id)) return 'bad-id';
  if ((start !== undefined && !isIsoDay(start)) || (end !== undefined && !isIsoDay(end))) return 'bad-dates';
  if (problems.length > MAX_PROBLEMS || problems.some((p) => p.message.length > MAX_PROBLEM_LENGTH)) return 'problems';
  return undefined;
}

/** `omissions` with one more initiative left out for `reason`. */
export function addOmission(omissions: Omissions | undefined, reason: OmissionReason): Omissions {
  return { ...omissions, [reason]: (omissions?.[reason] ?? 0) + 1 };
}

/** Both counts together; undefined when neither left anything out. */
export function mergeOmissions(a: Omissions | undefined, b: Omissions | undefined): Omissions | undefined {
  if (!a || !b) return a ?? b;
  const out: Omissions = { ...a };
  for (const reason of OMISSION_REASONS) {
    const n = (a[reason] ?? 0) + (b[reason] ?? 0);
    if (n > 0) out[reason] = n;
  }
  return out;
}

export function sameOmissions(a: Omissions | undefined, b: Omissions | undefined): boolean {
  return OMISSION_REASONS.every((reason) => (a?.[reason] ?? 0) === (b?.[reason] ?? 0));
}

/** The initiatives that can be passed on, and how many could not, by reason. */
export function splitInitiatives<T extends InitiativeValues>(
  initiatives: readonly T[],
): { kept: T[]; omitted: Omissions | undefined } {
  const kept: T[] = [];
  let omitted: Omissions | undefined;
  for (const initiative of initiatives) {
    const fault = initiativeFault(initiative);
    if (fault) omitted = addOmission(omitted, fault);
    else kept.push(initiative);
  }
  return { kept, omitted };
}
