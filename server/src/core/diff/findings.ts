import type { Diagnostic } from '../diagnostic';

/**
 * The findings of two versions of one file, matched by fingerprint (docs/format.md, "The
 * fingerprint"): a finding whose fingerprint only the new version has is new, one only
 * the old version has is fixed, and one both have is unchanged.
 */
export interface FindingsDiff {
  /** As the new version reports them. */
  new: Diagnostic[];
  /** As the old version reported them: their positions are in the old text. */
  fixed: Diagnostic[];
  /** As the new version reports them. */
  unchanged: Diagnostic[];
}

export function compareFindings(before: readonly Diagnostic[], after: readonly Diagnostic[]): FindingsDiff {
  const old = new Set(before.map((d) => d.data.fingerprint));
  const current = new Set(after.map((d) => d.data.fingerprint));
  return {
    new: after.filter((d) => !old.has(d.data.fingerprint)),
    fixed: before.filter((d) => !current.has(d.data.fingerprint)),
    unchanged: after.filter((d) => old.has(d.data.fingerprint)),
  };
}
