import type { Measure } from '../model/types';
import { initiativeName } from './rule';
import type { Rule } from './rule';

const SURVEY_WORDS = /\b(?:nps|csat|ces|net\s+promoter|customer\s+satisfaction|customer\s+effort)\b/i;

export function isSurveyScore(m: Measure): boolean {
  return m.kind?.value === 'survey' || (m.metric !== undefined && SURVEY_WORDS.test(m.metric.value));
}

export const surveyScoreOnly: Rule = {
  code: 'survey-score-only',
  checkInitiative({ initiative: i }) {
    const measures = i.measures;
    if (!measures || !measures.allValid || measures.items.length === 0) return [];
    if (!measures.items.every(isSurveyScore)) return [];
    return [
      {
        code: 'survey-score-only',
        ...measures.keySpan,
        message: `Initiative ${initiativeName(i)} is measured only by survey scores; add a measure of what customers do (stay, buy again, leave, call less) to show their lives improved.`,
      },
    ];
  },
};
