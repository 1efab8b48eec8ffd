import { ProgrammeQuestionnaire, type EntityManager } from '@driehoek/db';
import { BUILT_IN_QUESTIONNAIRES, wordingFor, type EvaluationLanguage, type QuestionnaireDefinition, type Respondent } from '@driehoek/domain/evaluation';

/** The definitions a programme may use: the built-in ones and the programme's own (every version). */
export async function definitionsOf(em: EntityManager, programmeId: string): Promise<readonly QuestionnaireDefinition[]> {
  const own = await em.find(ProgrammeQuestionnaire, { programme: programmeId }, { orderBy: { version: 'asc' } });
  return [...BUILT_IN_QUESTIONNAIRES, ...own.map((record) => record.definition)];
}

/** The definition of one id and version, or undefined. */
export const definitionOf = (definitions: readonly QuestionnaireDefinition[], questionnaireId: string, version: number) =>
  definitions.find((definition) => definition.id === questionnaireId && definition.version === version);

/**
 * A definition's title in a language, falling back to Dutch, then English: as the respondent reads
 * it when one is given (a pupil the child-friendly title), else the common title.
 */
export function titleOf(definition: QuestionnaireDefinition | undefined, language: EvaluationLanguage, respondent?: Respondent): string {
  if (definition && respondent) {
    const own = wordingFor(definition.title, respondent, language) ?? wordingFor(definition.title, respondent, 'nl') ?? wordingFor(definition.title, respondent, 'en');
    if (own !== null) return own;
  }
  const text = definition?.title.text ?? definition?.title.byRespondent?.parent ?? definition?.title.childFriendly ?? {};
  return text[language] ?? text.nl ?? text.en ?? definition?.id ?? '';
}

/** The language a questionnaire is read in: the one asked for when offered, else Dutch, else its first. */
export function readingLanguageOf(definition: QuestionnaireDefinition, wanted: EvaluationLanguage): EvaluationLanguage {
  if (definition.languages.includes(wanted)) return wanted;
  return definition.languages.includes('nl') ? 'nl' : (definition.languages[0] ?? 'nl');
}
