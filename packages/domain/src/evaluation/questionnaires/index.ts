/**
 * The questionnaires the domain ships, as data in the same format a coordinator's own would be:
 * Parent'R'US tools 3 and 4, and end-of-match questionnaires for School's cool and
 * Thuisschoolmaatje.
 */
import type { ProgrammeTemplateKey } from '../../programme/templates.js';
import type { QuestionnaireUse } from '../../programme/settings.js';
import type { QuestionnaireDefinition } from '../definition.js';
import { PARENT_RUS_FINAL_REPORT, PARENT_RUS_MID_TERM_REPORT } from './parent-rus.js';
import { SCHOOLS_COOL_END_OF_MATCH } from './schools-cool.js';
import { THUISSCHOOLMAATJE_END_OF_MATCH } from './thuisschoolmaatje.js';

export { PARENT_RUS_FINAL_REPORT, PARENT_RUS_MID_TERM_REPORT, PARENT_RUS_RESULT_SECTIONS } from './parent-rus.js';
export { SCHOOLS_COOL_END_OF_MATCH } from './schools-cool.js';
export { THUISSCHOOLMAATJE_END_OF_MATCH } from './thuisschoolmaatje.js';

/** Freezes a definition all the way down, so no caller can change the shipped data. */
function frozen<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    for (const inner of Object.values(value)) frozen(inner);
    Object.freeze(value);
  }
  return value;
}

/** Every questionnaire the domain ships, frozen. */
export const BUILT_IN_QUESTIONNAIRES: readonly QuestionnaireDefinition[] = frozen([
  PARENT_RUS_MID_TERM_REPORT,
  PARENT_RUS_FINAL_REPORT,
  SCHOOLS_COOL_END_OF_MATCH,
  THUISSCHOOLMAATJE_END_OF_MATCH,
]);

/**
 * The questionnaire uses written for a kind of programme, for a coordinator to switch on:
 * Parent'R'US's are its template's (mid-term and final report, mentor and mentee); School's cool
 * and Thuisschoolmaatje have an end-of-match questionnaire for the whole triangle, which needs an
 * EVALUATION consent from pupil and parents in the programme's consents first (CON-6; the
 * templates ask none, as the seeds name no questionnaire). Legal mentorship has none.
 */
export function suggestedQuestionnaireUses(templateKey: ProgrammeTemplateKey): readonly QuestionnaireUse[] {
  switch (templateKey) {
    case 'parentRus':
      return [
        { questionnaire: PARENT_RUS_MID_TERM_REPORT.id, when: 'midTerm', filledInBy: ['mentor', 'mentee'] },
        { questionnaire: PARENT_RUS_FINAL_REPORT.id, when: 'end', filledInBy: ['mentor', 'mentee'] },
      ];
    case 'schoolsCool':
      return [{ questionnaire: SCHOOLS_COOL_END_OF_MATCH.id, when: 'end', filledInBy: ['mentee', 'parent', 'mentor', 'schoolMentor'] }];
    case 'thuisschoolmaatje':
      return [{ questionnaire: THUISSCHOOLMAATJE_END_OF_MATCH.id, when: 'end', filledInBy: ['mentee', 'parent', 'mentor', 'schoolMentor'] }];
    case 'legalMentorship':
      return [];
  }
}
