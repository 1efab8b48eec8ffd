import type { QuestionnaireMoment } from '@driehoek/domain/programme';
import { EvaluationAnswerSet, newId, type EntityManager, type EvaluationInvitation } from '@driehoek/db';
import {
  checkSubmissionWindow,
  invitationStatus,
  questionnaireFor,
  validateAnswerSet,
  type EvaluationLanguage,
  type ItemAnswer,
  type Respondent,
} from '@driehoek/domain/evaluation';
import type { QuestionnaireToAnswer } from '@driehoek/contracts/evaluation';
import { AppError } from '../../errors/index.js';
import { definitionOf, definitionsOf, readingLanguageOf } from './definitions.js';
import { matchKeyOf, respondentKeyOf } from './keys.js';
import { languageOf } from './invite.js';

async function definitionFor(em: EntityManager, invitation: EvaluationInvitation) {
  const definition = definitionOf(await definitionsOf(em, invitation.programme.id), invitation.questionnaireId, invitation.version);
  if (!definition) throw new AppError('EVALUATION.QUESTIONNAIRE_UNKNOWN');
  return definition;
}

/** The questionnaire of an invitation as its respondent reads it, in the language asked for (else theirs). */
export async function questionnaireToAnswerOf(em: EntityManager, invitation: EvaluationInvitation, today: string, language?: EvaluationLanguage): Promise<QuestionnaireToAnswer> {
  const definition = await definitionFor(em, invitation);
  const wanted = language ?? languageOf(invitation.language);
  const chosen = readingLanguageOf(definition, wanted);
  const rendered = questionnaireFor(definition, invitation.respondent as Respondent, chosen);
  if (!rendered.ok) throw new AppError(rendered.code, rendered.field);
  return {
    invitationId: invitation.id,
    status: invitationStatus(invitation, invitation.answeredOn !== null, today),
    moment: invitation.moment as QuestionnaireMoment,
    expiresOn: invitation.expiresOn,
    languages: definition.languages,
    questionnaire: rendered.value,
  };
}

/**
 * Stores the answers to an invitation (open and unanswered: `checkSubmissionWindow`; valid:
 * `validateAnswerSet`) under the pseudonymous keys only (EVA-2), and marks the invitation answered
 * without pointing to the answers. Saved with the caller's flush.
 */
export async function storeAnswers(
  em: EntityManager,
  secret: string,
  invitation: EvaluationInvitation,
  input: { readonly language: EvaluationLanguage; readonly answers: readonly ItemAnswer[] },
  today: string,
): Promise<void> {
  const window = checkSubmissionWindow(invitation, invitation.answeredOn !== null, today);
  if (!window.ok) throw new AppError(window.code);
  const definition = await definitionFor(em, invitation);
  const answerSet = {
    id: newId(),
    questionnaireId: invitation.questionnaireId,
    version: invitation.version,
    programmeId: invitation.programme.id,
    matchKey: matchKeyOf(secret, invitation.match.id),
    respondentKey: respondentKeyOf(secret, invitation.programme.id, invitation.personId),
    respondent: invitation.respondent as Respondent,
    moment: invitation.moment as QuestionnaireMoment,
    language: languageOf(input.language),
    submittedOn: today,
    answers: input.answers,
  };
  const [refusal] = validateAnswerSet(definition, answerSet, today);
  if (refusal) throw new AppError(refusal.code, refusal.field);
  em.create(EvaluationAnswerSet, {
    id: answerSet.id,
    organisation: invitation.organisation,
    programme: invitation.programme,
    questionnaireId: answerSet.questionnaireId,
    version: answerSet.version,
    matchKey: answerSet.matchKey,
    respondentKey: answerSet.respondentKey,
    respondent: answerSet.respondent,
    moment: answerSet.moment,
    language: answerSet.language,
    submittedOn: today,
    answers: [...input.answers],
    anonymisedOn: null,
  });
  invitation.answeredOn = today;
}
