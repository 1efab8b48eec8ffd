import { ProgrammeQuestionnaire, type EntityManager } from '@driehoek/db';
import { BUILT_IN_QUESTIONNAIRES, type EvaluationLanguage, type QuestionnaireDefinition } from '@driehoek/domain/evaluation';

/** The definitions a programme may use: the built-in ones and the programme's own (every version). */
export async function definitionsOf(em: EntityManager, programmeId: string): Promise<readonly QuestionnaireDefinition[]> {
  const own = await em.find(ProgrammeQuestionnaire, { programme: programmeId }, { orderBy: { version: 'asc' } });
  return [...BUILT_IN_QUESTIONNAIRES, ...own.map((record) => record.definition)];
}

/** The definition of one id and version, or undefined. */
export const definitionOf = (definitions: readonly QuestionnaireDefinition[], questionnaireId: string, version: number) =>
  definitions.find((definition) => definition.id === questionnaireId && definition.version === version);

/** A definition's title in a language, falling back to Dutch, then English. */
export function titleOf(definition: QuestionnaireDefinition | undefined, language: EvaluationLanguage): string {
  const text = definition?.title.text ?? definition?.title.byRespondent?.parent ?? definition?.title.childFriendly ?? {};
  return text[language] ?? text.nl ?? text.en ?? definition?.id ?? '';
}
