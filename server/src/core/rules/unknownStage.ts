import type { OffsetDiagnostic } from '../diagnostic';
import { closest } from '../text/closest';
import type { Rule } from './rule';

export const unknownStage: Rule = {
  code: 'unknown-stage',
  checkRoadmap({ model }) {
    const journey = model.journey;
    // With journey or its stages present but invalid, the schema problem comes first.
    if (model.journeyInvalid || journey?.stagesInvalid) return [];
    const stages = journey?.stages?.map((s) => s.value);
    const out: OffsetDiagnostic[] = [];
    for (const i of model.initiatives) {
      const stage = i.stage;
      if (!stage) continue;
      if (!stages) {
        out.push({
          code: 'unknown-stage',
          ...stage.span,
          message: `The stage \`${stage.value}\` cannot be checked because the roadmap does not define its journey stages; add them under \`journey:\` as \`stages: [...]\`, named from the customer's side.`,
        });
        continue;
      }
      if (stages.includes(stage.value)) continue;
      const guess = closest(stage.value, stages);
      out.push({
        code: 'unknown-stage',
        ...stage.span,
        message: `\`${stage.value}\` is not one of the journey stages (${stages.map((s) => `\`${s}\``).join(', ')}).${guess ? ` Did you mean \`${guess}\`?` : ''}`,
        ...(guess ? { facts: { suggestion: guess } } : {}),
      });
    }
    return out;
  },
};
