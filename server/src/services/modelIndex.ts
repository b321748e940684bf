import type { AnalysisResult } from '../core/analyze';
import type { Initiative, RoadmapModel } from '../core/model/types';
import { RoadmapIndex } from '../core/rules/roadmapIndex';

/**
 * The lookups the roadmap rules built for this analysis (initiatives by id, competencies
 * covered), which completion shares, so that a request after an edit does not go over the
 * initiatives again. When the rules did not run (a file that does not parse), they are
 * built here, once per analysis.
 */
const built = new WeakMap<AnalysisResult, RoadmapIndex>();

export function roadmapIndexOf(analysis: AnalysisResult): RoadmapIndex {
  if (analysis.index) return analysis.index;
  let index = built.get(analysis);
  if (!index) {
    index = new RoadmapIndex(analysis.model.initiatives);
    built.set(analysis, index);
  }
  return index;
}

/**
 * How many initiatives start before `offset`: they are in document order, so a binary
 * search finds it. The model leaves out an initiative that does not parse, so its
 * neighbours are found by place in the text, not by position in the list.
 */
function countStartingBefore(model: RoadmapModel, offset: number): number {
  const list = model.initiatives;
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.span.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * For a place inside an initiative: that initiative (the last one starting before it) and
 * the one before it. `itemStart`, where the list item around `offset` starts when that is
 * known, tells an initiative that does not parse (as while a key is half typed) from the
 * one before it: the model holds only the latter.
 */
export function initiativesAround(
  model: RoadmapModel,
  offset: number,
  itemStart?: number,
): { own: Initiative | undefined; before: Initiative | undefined } {
  const n = countStartingBefore(model, offset + 1);
  const last = model.initiatives[n - 1];
  if (last && (itemStart === undefined || last.span.start >= itemStart))
    return { own: last, before: model.initiatives[n - 2] };
  return { own: undefined, before: last };
}

/** For a new initiative written at `offset`: the last one that starts before it. */
export function initiativeBefore(model: RoadmapModel, offset: number): Initiative | undefined {
  return model.initiatives[countStartingBefore(model, offset) - 1];
}
