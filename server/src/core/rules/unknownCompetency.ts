import type { OffsetDiagnostic } from '../diagnostic';
import { COMPETENCY_NAMES } from '../competencyNames';
import { COMPETENCY_IDS } from '../model/types';
import type { Field } from '../model/types';
import { closest } from '../text/closest';
import type { Rule } from './rule';

function diagnose(field: Field<string>, where: string): OffsetDiagnostic {
  const guess = closest(field.value, COMPETENCY_IDS);
  const hint = guess
    ? ` Did you mean \`${guess}\` (${COMPETENCY_NAMES[guess as keyof typeof COMPETENCY_NAMES]})?`
    : ` Use one of: ${COMPETENCY_IDS.map((id) => `\`${id}\``).join(', ')}.`;
  return {
    code: 'unknown-competency',
    ...field.span,
    ...(guess ? { facts: { suggestion: guess } } : {}),
    message: `\`${field.value}\`${where ? ` ${where}` : ''} is not one of the five customer leadership competencies.${hint}`,
  };
}

export const unknownCompetency: Rule = {
  code: 'unknown-competency',
  checkInitiative({ unknownCompetency }) {
    return unknownCompetency ? [diagnose(unknownCompetency, '')] : [];
  },
  checkRoadmap({ unknownCompetencyKeys }) {
    return unknownCompetencyKeys.map((key) => diagnose(key, 'under `competencies`'));
  },
};
