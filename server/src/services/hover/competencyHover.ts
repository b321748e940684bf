import { COMPETENCY_NAMES } from '../../core/competencyNames';
import { COMPETENCY_IDS } from '../../core/model/types';
import type { CompetencyId } from '../../core/model/types';
import { definition } from '../schemaLookup';

/**
 * The leadership lessons each competency answers to, in our words (docs/competencies.md
 * cites the sources). The schema holds what a competency is
 * and its typical work; this holds why a leader should care.
 */
const LESSONS: Readonly<Record<CompetencyId, string>> = {
  'customers-as-assets':
    '*Don\u2019t chase survey scores* (Jeanne Bliss): growth is earned by making customers\u2019 lives better, and what customers do shows that better than what they answer. *Take personal ownership*: say openly how many customers the company gains and loses, and what that is worth.',
  'align-around-experience':
    '*Find your united voice* (Jeanne Bliss): the leaders themselves, not an agency, agree what the journey is and who answers for each stage. *Role clarity of the CCO position*: the customer leader brings that agreement about rather than owning every stage alone.',
  'listening-path':
    '*Don\u2019t chase survey scores*: a survey is one voice among many; calls, complaints and posts count as much. *Share with others, broadcast your journey* (Jeanne Bliss): turn what you hear into stories the leaders retell.',
  'reliability-innovation':
    '*Relentless focus on results* (Jo Boswell): fixing what fails customers most often gives early, visible wins that keep the work funded. *Establish corporate patience* (Jeanne Bliss): a discipline for developing experiences takes years to build.',
  'one-company-leadership':
    '*Drive consistent accountability* (Jeanne Bliss): the customer room and the accountability review are meetings of their own, not items at the end of another agenda. *Prioritise internal engagement* (Jo Boswell) and *congruence of heart and habit* (Jeanne Bliss): the change reaches customers only through employees who believe in it.',
};

const DEFAULT_SOURCE = 'Jeanne Bliss, *Chief Customer Officer 2.0*.';

/** Full name, what the competency is, its typical initiatives, the lessons behind it and the source. */
export function competencyHover(id: CompetencyId): string {
  const index = COMPETENCY_IDS.indexOf(id);
  const name = COMPETENCY_NAMES[id];
  const described = definition('competencyId').markdownEnumDescriptions?.[index] ?? '';
  // The schema's text opens with the name and id, which the heading already shows.
  const opening = `**${name}** (\`${id}\`). `;
  const body = described.startsWith(opening) ? described.slice(opening.length) : described;
  const sourceAt = body.indexOf('\n\nSource: ');
  const about = sourceAt >= 0 ? body.slice(0, sourceAt) : body;
  const source = sourceAt >= 0 ? body.slice(sourceAt + '\n\nSource: '.length) : DEFAULT_SOURCE;
  return [
    `**${name}** (\`${id}\`) · competency ${index + 1} of 5`,
    about,
    `**Lessons behind it.** ${LESSONS[id]}`,
    `Source: ${source}`,
  ].join('\n\n');
}
