import { useErrorText } from '../../shell/error-text.js';

/**
 * The codes `evaluation.answerByLink` and `evaluation.answerMine` refuse with
 * (`checkSubmissionWindow`, `validateAnswerSet`), worded here rather than in the portal's
 * first-load texts (CONVENTIONS 3): the general `errors.*` sentences, or the questionnaire pages'
 * own (`evaluation.*`, loaded with the page). The window's codes show the page's own state
 * instead (answered, expired, not yet open). `error-text.test.ts` checks every code has words.
 */
export const EVALUATION_TEXTS: Readonly<Record<string, string>> = {
  'EVALUATION.ANSWER_INVALID': 'errors.invalid',
  'EVALUATION.ANSWER_KIND_MISMATCH': 'errors.invalid',
  'EVALUATION.ANSWER_REQUIRED': 'errors.required',
  'EVALUATION.ANSWER_TWICE': 'errors.invalid',
  'EVALUATION.EXPLANATION_REQUIRED': 'errors.required',
  'EVALUATION.INVITATION_ANSWERED': 'evaluation.answeredTitle',
  'EVALUATION.INVITATION_EXPIRED': 'evaluation.expiredTitle',
  'EVALUATION.INVITATION_NOT_OPEN': 'evaluation.scheduledTitle',
  'EVALUATION.ITEM_NOT_FOR_RESPONDENT': 'errors.invalid',
  'EVALUATION.ITEM_UNKNOWN': 'errors.invalid',
  'EVALUATION.NUMBER_NOT_WHOLE': 'evaluation.errors.wholeNumber',
  'EVALUATION.NUMBER_OUT_OF_RANGE': 'evaluation.errors.numberRange',
  'EVALUATION.TEXT_TOO_LONG': 'errors.tooLong',
};

/** The refusal states that are the invitation's own state: the page shows that state. */
export const WINDOW_STATES: Readonly<Record<string, 'answered' | 'expired' | 'scheduled'>> = {
  'EVALUATION.INVITATION_ANSWERED': 'answered',
  'EVALUATION.INVITATION_EXPIRED': 'expired',
  'EVALUATION.INVITATION_NOT_OPEN': 'scheduled',
};

/** The portal's words for an error key, with the questionnaire codes worded as above. */
export function useEvaluationErrorText() {
  const errorText = useErrorText();
  return (key: string | undefined) => errorText(key === undefined ? undefined : (EVALUATION_TEXTS[key] ?? key));
}
