/**
 * EVA-5: "Raw responses are deleted or anonymised; aggregates may be kept." R-6:
 * "Anonymise or delete 1 year after the evaluation round. Aggregates may be kept indefinitely."
 * The evaluation round of an answer set is the invitation it answers, which ends when it is
 * submitted. Compute and keep the aggregates of a period (`aggregateAnswerSets`) before its raw
 * answers are due.
 */
import { addMonths, compareDates, type IsoDate } from '../calendar/index.js';
import type { EvaluationPolicy, QuestionnaireId, QuestionnaireMoment } from '../programme/settings.js';
import type { AnswerSet } from './answers.js';
import type { EvaluationLanguage, Respondent } from './vocabulary.js';

/** What the api knows of a stored answer set for retention. */
export interface StoredAnswerSet {
  readonly id: string;
  readonly submittedOn: IsoDate;
  /** Set once the set was anonymised. */
  readonly anonymisedOn?: IsoDate;
}

export interface RetentionDue {
  readonly answerSetId: string;
  readonly action: 'delete' | 'anonymise';
  readonly dueOn: IsoDate;
}

/** The day an answer set's raw answers are due: `rawAnswersKeptMonths` after it was submitted. */
export const rawAnswersDueOn = (answerSet: Pick<StoredAnswerSet, 'submittedOn'>, policy: Pick<EvaluationPolicy, 'rawAnswersKeptMonths'>): IsoDate =>
  addMonths(answerSet.submittedOn, policy.rawAnswersKeptMonths);

/**
 * The answer sets to delete or anonymise on `today` (a scheduled job; log that it happened, not
 * what was deleted): every set whose raw answers are due, with the policy's action. An anonymised
 * set is done, unless the policy now says delete.
 */
export function answerSetsDueForRetention(answerSets: readonly StoredAnswerSet[], policy: Pick<EvaluationPolicy, 'rawAnswersKeptMonths' | 'afterRetention'>, today: IsoDate): readonly RetentionDue[] {
  return answerSets.flatMap((answerSet) => {
    const dueOn = rawAnswersDueOn(answerSet, policy);
    if (compareDates(dueOn, today) > 0) return [];
    if (answerSet.anonymisedOn !== undefined && policy.afterRetention === 'anonymise') return [];
    return [{ answerSetId: answerSet.id, action: policy.afterRetention, dueOn }];
  });
}

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
 * The anonymised form of an answer set (EVA-5 "anonymise"): without respondent and match key (so it
 * can be linked to no person and no other answer), without free text or explanations (which may
 * name people), with the month instead of the day. The api replaces the stored set with it.
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
