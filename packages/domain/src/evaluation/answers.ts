/**
 * The answers of one respondent to one version of a questionnaire, and their validation against
 * the definition (required items, an explanation when not Agree, numbers in range).
 */
import { compareDates, isIsoDate, type IsoDate } from '../calendar/index.js';
import type { QuestionnaireId, QuestionnaireMoment } from '../programme/settings.js';
import type { Refusal } from '../result.js';
import { itemsOf, type QuestionnaireDefinition, type QuestionnaireItem } from './definition.js';
import { isMatchKey, isRespondentKey, type MatchKey, type RespondentKey } from './pseudonym.js';
import { AGREEMENT_ANSWERS, YES_NO_ANSWERS, type AgreementAnswer, type EvaluationLanguage, type Respondent, type YesNoAnswer } from './vocabulary.js';
import type { Codes } from '../codes.js';

/** Disagree / Agree / Could be improved, with the explanation the seed asks for when not Agree. */
export interface AgreementItemAnswer {
  readonly itemId: string;
  readonly kind: 'agreement';
  readonly value: AgreementAnswer;
  readonly explanation?: string;
}

/** Yes or no, with the follow-up answer ("in what way", "the reasons"). */
export interface YesNoItemAnswer {
  readonly itemId: string;
  readonly kind: 'yesNo';
  readonly value: YesNoAnswer;
  readonly explanation?: string;
}

export interface NumberItemAnswer {
  readonly itemId: string;
  readonly kind: 'number';
  readonly value: number;
}

export interface TextItemAnswer {
  readonly itemId: string;
  readonly kind: 'text';
  readonly value: string;
}

/** One answer; an item not answered has none. */
export type ItemAnswer = AgreementItemAnswer | YesNoItemAnswer | NumberItemAnswer | TextItemAnswer;

/**
 * One respondent's answers to one version of a questionnaire at one moment of one match, stored
 * under pseudonymous keys (EVA-2; see `pseudonym.ts`). `respondent` is whom they answered as (the
 * seed's "I am a: Mentee / Mentor"), `submittedOn` the form's "Date".
 */
export interface AnswerSet {
  /** The api's id of the stored set (random; never derived from the person). */
  readonly id: string;
  readonly questionnaireId: QuestionnaireId;
  readonly version: number;
  readonly programmeId: string;
  readonly matchKey: MatchKey;
  readonly respondentKey: RespondentKey;
  readonly respondent: Respondent;
  readonly moment: QuestionnaireMoment;
  readonly language: EvaluationLanguage;
  readonly submittedOn: IsoDate;
  readonly answers: readonly ItemAnswer[];
}

export type AnswerProblem = Codes<
  | 'EVALUATION.ANSWERS_FOR_OTHER_QUESTIONNAIRE'
  | 'EVALUATION.RESPONDENT_NOT_ASKED'
  | 'EVALUATION.LANGUAGE_NOT_OFFERED'
  | 'EVALUATION.RESPONDENT_KEY_INVALID'
  | 'EVALUATION.MATCH_KEY_INVALID'
  | 'EVALUATION.SUBMITTED_ON_INVALID'
  | 'EVALUATION.ITEM_UNKNOWN'
  | 'EVALUATION.ITEM_NOT_FOR_RESPONDENT'
  | 'EVALUATION.ANSWER_TWICE'
  | 'EVALUATION.ANSWER_KIND_MISMATCH'
  | 'EVALUATION.ANSWER_INVALID'
  | 'EVALUATION.ANSWER_REQUIRED'
  | 'EVALUATION.EXPLANATION_REQUIRED'
  | 'EVALUATION.NUMBER_OUT_OF_RANGE'
  | 'EVALUATION.NUMBER_NOT_WHOLE'
  | 'EVALUATION.TEXT_TOO_LONG'
>;

/** A refusal of an answer set; `itemId` names the item, `field` is `answers.<itemId>` or `answers.<itemId>.explanation`. */
export type AnswerRefusal = Refusal<AnswerProblem> & { readonly itemId?: string };

/** The longest explanation or follow-up answer. */
export const MAX_EXPLANATION_LENGTH = 2_000;

const refusal = (code: AnswerProblem, field: string, itemId?: string): AnswerRefusal =>
  itemId === undefined ? { ok: false, code, field } : { ok: false, code, field, itemId };

const filled = (text: string | undefined): boolean => text !== undefined && text.trim() !== '';

/** Whether an answer says something: a text answer of only spaces is no answer. */
export const isAnswered = (answer: ItemAnswer): boolean => answer.kind !== 'text' || filled(answer.value);

/**
 * Tools 3 and 4: "If you choose "Disagree" or "Could be improved", please tell us in what"; for a
 * reverse-scored statement ("Planning is still hard for me") the good answer is Disagree.
 */
export const answerWithoutExplanation = (item: { readonly reverseScored?: boolean }): AgreementAnswer => (item.reverseScored === true ? 'disagree' : 'agree');

function answerProblems(item: QuestionnaireItem, answer: ItemAnswer): AnswerRefusal[] {
  const at = `answers.${item.id}`;
  if (answer.kind !== item.kind) return [refusal('EVALUATION.ANSWER_KIND_MISMATCH', at, item.id)];
  switch (answer.kind) {
    case 'agreement': {
      if (!(AGREEMENT_ANSWERS as readonly string[]).includes(answer.value)) return [refusal('EVALUATION.ANSWER_INVALID', at, item.id)];
      const good = item.kind === 'agreement' ? answerWithoutExplanation(item) : 'agree';
      if (answer.value !== good && !filled(answer.explanation)) return [refusal('EVALUATION.EXPLANATION_REQUIRED', `${at}.explanation`, item.id)];
      break;
    }
    case 'yesNo': {
      if (!(YES_NO_ANSWERS as readonly string[]).includes(answer.value)) return [refusal('EVALUATION.ANSWER_INVALID', at, item.id)];
      const followUp = item.kind === 'yesNo' ? item.followUp?.[answer.value] : undefined;
      if (followUp?.required === true && !filled(answer.explanation)) return [refusal('EVALUATION.EXPLANATION_REQUIRED', `${at}.explanation`, item.id)];
      break;
    }
    case 'number': {
      if (item.kind !== 'number') break;
      if (!Number.isFinite(answer.value)) return [refusal('EVALUATION.ANSWER_INVALID', at, item.id)];
      if (item.wholeNumber && !Number.isInteger(answer.value)) return [refusal('EVALUATION.NUMBER_NOT_WHOLE', at, item.id)];
      if (answer.value < item.min || answer.value > item.max) return [refusal('EVALUATION.NUMBER_OUT_OF_RANGE', at, item.id)];
      break;
    }
    case 'text':
      if (item.kind === 'text' && answer.value.length > item.maxLength) return [refusal('EVALUATION.TEXT_TOO_LONG', at, item.id)];
      break;
  }
  if ((answer.kind === 'agreement' || answer.kind === 'yesNo') && (answer.explanation ?? '').length > MAX_EXPLANATION_LENGTH) {
    return [refusal('EVALUATION.TEXT_TOO_LONG', `${at}.explanation`, item.id)];
  }
  return [];
}

/**
 * The refusals of an answer set against the definition it names, all of them (empty when it may be
 * stored):
 *
 * - for this questionnaire and version, by one of its respondents, in a language it is offered in;
 * - under pseudonymous keys of the right form (EVA-2: never a person or match id), submitted on a
 *   real date that is not after `today`;
 * - answers only to items of the questionnaire that this respondent is asked, each item once, with
 *   an answer of the item's kind and an allowed value;
 * - every required item answered (a text of only spaces is no answer);
 * - an explanation when the answer is not Agree (tools 3 and 4; not Disagree for a reverse-scored
 *   statement), and a follow-up where the item requires one for that answer;
 * - numbers finite, whole where required, within the bounds; texts within their length.
 */
export function validateAnswerSet(definition: QuestionnaireDefinition, answerSet: AnswerSet, today: IsoDate): readonly AnswerRefusal[] {
  if (answerSet.questionnaireId !== definition.id || answerSet.version !== definition.version) {
    return [refusal('EVALUATION.ANSWERS_FOR_OTHER_QUESTIONNAIRE', 'questionnaireId')];
  }
  const refusals: AnswerRefusal[] = [];
  if (!definition.respondents.includes(answerSet.respondent)) return [refusal('EVALUATION.RESPONDENT_NOT_ASKED', 'respondent')];
  if (!definition.languages.includes(answerSet.language)) refusals.push(refusal('EVALUATION.LANGUAGE_NOT_OFFERED', 'language'));
  if (!isRespondentKey(answerSet.respondentKey)) refusals.push(refusal('EVALUATION.RESPONDENT_KEY_INVALID', 'respondentKey'));
  if (!isMatchKey(answerSet.matchKey)) refusals.push(refusal('EVALUATION.MATCH_KEY_INVALID', 'matchKey'));
  if (!isIsoDate(answerSet.submittedOn) || compareDates(answerSet.submittedOn, today) > 0) {
    refusals.push(refusal('EVALUATION.SUBMITTED_ON_INVALID', 'submittedOn'));
  }
  const placed = new Map(itemsOf(definition).map((entry) => [entry.item.id, entry]));
  const seen = new Set<string>();
  const answered = new Set<string>();
  for (const answer of answerSet.answers) {
    const entry = placed.get(answer.itemId);
    const at = `answers.${answer.itemId}`;
    if (!entry) {
      refusals.push(refusal('EVALUATION.ITEM_UNKNOWN', at, answer.itemId));
      continue;
    }
    if (!entry.respondents.includes(answerSet.respondent)) {
      refusals.push(refusal('EVALUATION.ITEM_NOT_FOR_RESPONDENT', at, answer.itemId));
      continue;
    }
    if (seen.has(answer.itemId)) {
      refusals.push(refusal('EVALUATION.ANSWER_TWICE', at, answer.itemId));
      continue;
    }
    seen.add(answer.itemId);
    if (!isAnswered(answer)) continue;
    answered.add(answer.itemId);
    refusals.push(...answerProblems(entry.item, answer));
  }
  for (const { item, respondents } of placed.values()) {
    if (item.required && respondents.includes(answerSet.respondent) && !answered.has(item.id)) {
      refusals.push(refusal('EVALUATION.ANSWER_REQUIRED', `answers.${item.id}`, item.id));
    }
  }
  return refusals;
}
