/**
 * EVA-5: "Raw responses are deleted or anonymised; aggregates may be kept." R-6 itself —
 * how long (`RetentionSettings.evaluationRawMonths`, 12 months by default) and what then
 * (anonymise) — is the privacy module's retention rule (`retentionDecision`); this module says
 * what an answer set is to it and what anonymising one means. The evaluation round of an answer
 * set is the invitation it answers, which closes when it is submitted. Compute and keep the
 * aggregates of a period (`aggregateAnswerSets`, not personal data) before its raw answers go.
 */
import type { EvaluationResponseRecord } from '../privacy/records.js';
import type { QuestionnaireId, QuestionnaireMoment } from '../programme/settings.js';
import type { AnswerSet } from './answers.js';
import type { EvaluationLanguage, Respondent } from './vocabulary.js';

/** An answer set as privacy's retention sees it: its round closed on the day it was submitted. */
export const evaluationResponseRecordOf = (answerSet: Pick<AnswerSet, 'id' | 'submittedOn'>): EvaluationResponseRecord => ({
  id: answerSet.id,
  kind: 'evaluationResponse',
  roundClosedOn: answerSet.submittedOn,
});

/** An answer set after anonymisation: no keys, no free text, the month instead of the day. */
export interface AnonymisedAnswerSet {
  readonly questionnaireId: QuestionnaireId;
  readonly version: number;
  readonly programmeId: string;
  readonly respondent: Respondent;
  readonly moment: QuestionnaireMoment;
  readonly language: EvaluationLanguage;
  /** `YYYY-MM`. */
  readonly submittedInMonth: string;
  /** Only the choices and numbers; texts and explanations are gone. */
  readonly answers: readonly AnonymisedAnswer[];
}

export type AnonymisedAnswer =
  | { readonly itemId: string; readonly kind: 'agreement' | 'yesNo'; readonly value: string }
  | { readonly itemId: string; readonly kind: 'number'; readonly value: number };

/**
 * The anonymised form of an answer set (EVA-5; R-6 "anonymise"): without respondent and match key
 * (so it can be linked to no person and no other answer), without free text or explanations (which
 * may name people), with the month instead of the day. The api replaces the stored set with it
 * when `retentionDecision` says so. In a small programme answers stay recognisable even so: the
 * organisation may delete instead.
 */
export function anonymiseAnswerSet(answerSet: AnswerSet): AnonymisedAnswerSet {
  return {
    questionnaireId: answerSet.questionnaireId,
    version: answerSet.version,
    programmeId: answerSet.programmeId,
    respondent: answerSet.respondent,
    moment: answerSet.moment,
    language: answerSet.language,
    submittedInMonth: answerSet.submittedOn.slice(0, 7),
    answers: answerSet.answers.flatMap((answer): AnonymisedAnswer[] => {
      if (answer.kind === 'text') return [];
      if (answer.kind === 'number') return [{ itemId: answer.itemId, kind: 'number', value: answer.value }];
      return [{ itemId: answer.itemId, kind: answer.kind, value: answer.value }];
    }),
  };
}
