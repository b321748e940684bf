import type { FindingScope } from './fingerprint';
import { ROADMAP_SCOPE } from './fingerprint';
import type { Initiative } from './model/types';

/**
 * Finds the initiative a finding's offset lies in. Initiatives are named by id (the name
 * other initiatives and reviewers use), else by title, else by their place in the list,
 * the least stable name and so the last resort.
 */
export class ScopeFinder {
  private readonly initiatives: readonly Initiative[];
  private readonly scopes = new Map<Initiative, FindingScope>();

  constructor(initiatives: readonly Initiative[]) {
    // Items are in document order except where an alias repeats an earlier one.
    const ordered = initiatives.every((i, n) => n === 0 || initiatives[n - 1]!.span.start <= i.span.start);
    this.initiatives = ordered ? initiatives : [...initiatives].sort((a, b) => a.span.start - b.span.start);
  }

  at(offset: number): FindingScope {
    const list = this.initiatives;
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid]!.span.start <= offset) lo = mid + 1;
      else hi = mid;
    }
    const candidate = lo > 0 ? list[lo - 1] : undefined;
    if (!candidate || offset > candidate.span.end) return ROADMAP_SCOPE;
    return this.scopeOf(candidate);
  }

  private scopeOf(initiative: Initiative): FindingScope {
    let scope = this.scopes.get(initiative);
    if (scope) return scope;
    const id = initiative.id?.value;
    const title = initiative.title?.value;
    if (id !== undefined) scope = { key: `initiative:${id}`, initiative: id };
    else if (title !== undefined) scope = { key: `initiative-title:${title}` };
    else scope = { key: `initiative#${initiative.index}` };
    this.scopes.set(initiative, scope);
    return scope;
  }
}
