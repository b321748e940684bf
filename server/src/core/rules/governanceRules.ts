import type { DiagnosticFacts, OffsetDiagnostic, RuleCode } from '../diagnostic';
import type { Governance } from '../model/types';
import { roadmapAnchor } from './rule';
import type { Rule, RoadmapInput } from './rule';

/** The three governance rules differ only in the field they look for and what they say. */
function governanceRule(
  code: RuleCode,
  has: (g: Governance) => boolean,
  key: NonNullable<DiagnosticFacts['governanceKey']>,
  message: string,
): Rule {
  return {
    code,
    checkRoadmap({ model, isInvalid }: RoadmapInput): OffsetDiagnostic[] {
      if (model.governanceInvalid) return [];
      const g = model.governance;
      if (g && (has(g) || isInvalid(`/governance/${key}`))) return [];
      return [{ code, ...roadmapAnchor(model, 'governance'), message, facts: { governanceKey: key } }];
    },
  };
}

export const noGovernance = governanceRule(
  'no-governance',
  (g) => g.board !== undefined,
  'board',
  'The roadmap names no customer-experience board: add `governance:` with `board:`, the group that decides priorities and settles trade-offs.',
);

export const noAccountabilityReview = governanceRule(
  'no-accountability-review',
  (g) => g.review !== undefined,
  'review',
  'No accountability review is scheduled: add `review:` under `governance:` (weekly, biweekly, monthly or quarterly) for progress reviews held on their own, not squeezed into other meetings.',
);

export const noCustomerRoom = governanceRule(
  'no-customer-room',
  (g) => g.customerRoom !== undefined,
  'customer_room',
  'No customer room is scheduled: add `customer_room:` under `governance:` (monthly is typical), where leaders step into customers\u2019 shoes together and agree a few actions.',
);
