import type { RuleCode } from '../diagnostic';
import { competencyUncovered } from './competencyUncovered';
import { dependencyCycle } from './dependencyCycle';
import { dependencyOrder } from './dependencyOrder';
import { duplicateId } from './duplicateId';
import { earlyWinWithoutOutcome } from './earlyWinWithoutOutcome';
import { endBeforeStart } from './endBeforeStart';
import { noAccountabilityReview, noCustomerRoom, noGovernance } from './governanceRules';
import { milestoneOutsideInitiative } from './milestoneOutsideInitiative';
import { missingMeasures } from './missingMeasures';
import { missingOwner } from './missingOwner';
import { noEarlyWin } from './noEarlyWin';
import { noSponsor } from './noSponsor';
import { outsideHorizon } from './outsideHorizon';
import { ownerOverload } from './ownerOverload';
import type { Rule } from './rule';
import { shortHorizon } from './shortHorizon';
import { surveyScoreOnly } from './surveyScoreOnly';
import { tooManyPriorities } from './tooManyPriorities';
import { unknownCompetency } from './unknownCompetency';
import { unknownDependency } from './unknownDependency';
import { unknownStage } from './unknownStage';

/** Every rule of the catalogue except `syntax`, `schema` and `config`, which the pipeline itself reports. */
export const RULES: readonly Rule[] = [
  unknownCompetency,
  duplicateId,
  unknownDependency,
  dependencyCycle,
  dependencyOrder,
  endBeforeStart,
  outsideHorizon,
  milestoneOutsideInitiative,
  unknownStage,
  missingOwner,
  competencyUncovered,
  shortHorizon,
  noEarlyWin,
  earlyWinWithoutOutcome,
  missingMeasures,
  noGovernance,
  noAccountabilityReview,
  noCustomerRoom,
  noSponsor,
  ownerOverload,
  tooManyPriorities,
  surveyScoreOnly,
];

export const INITIATIVE_RULES = RULES.filter((r) => r.checkInitiative);
export const ROADMAP_RULES = RULES.filter((r) => r.checkRoadmap);

export function ruleFor(code: RuleCode): Rule | undefined {
  return RULES.find((r) => r.code === code);
}
