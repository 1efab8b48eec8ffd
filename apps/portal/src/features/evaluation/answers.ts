import type { ItemAnswer } from '@driehoek/domain/evaluation';
import type { Questionnaire, QuestionnaireItem } from '../../api-types.js';

/** What the person typed or chose for one item, before it is an answer. */
export interface DraftAnswer {
  /** The option chosen (agreement, yes/no), the number as typed, or the free text. */
  readonly value?: string;
  readonly explanation?: string;
}
export type Draft = Readonly<Record<string, DraftAnswer>>;

/** Field names as the api's refusals name them (`answers.<itemId>`, `answers.<itemId>.explanation`). */
export const fieldOf = (itemId: string) => `answers.${itemId}`;
export const explanationFieldOf = (itemId: string) => `answers.${itemId}.explanation`;

const filled = (text: string | undefined): text is string => text !== undefined && text.trim() !== '';

/** "7,5" and "7.5" are the same number; anything else that is not a number is not one. */
export function parseNumber(text: string): number | null {
  const normalised = text.trim().replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(normalised)) return null;
  return Number(normalised);
}

/** The follow-up an answer asks for (an explanation when not Agree; "in what way" after yes or no), or null. */
export function followUpOf(item: QuestionnaireItem, value: string | undefined): { readonly prompt: string; readonly required: boolean } | null {
  if (value === undefined) return null;
  if (item.kind === 'agreement') return value === item.explainUnless ? null : { prompt: item.explanationPrompt, required: true };
  if (item.kind === 'yesNo') return (value === 'yes' || value === 'no' ? item.followUp[value] : undefined) ?? null;
  return null;
}

const MAX_EXPLANATION = 2_000;

/**
 * The answers to send and the problems to show first, checked as the domain checks them
 * (`validateAnswerSet`) so that a person hears at once what is missing; the api checks again.
 * Errors are i18n keys per field.
 */
export function answersOf(questionnaire: Questionnaire, draft: Draft): { answers: ItemAnswer[]; errors: Record<string, string> } {
  const answers: ItemAnswer[] = [];
  const errors: Record<string, string> = {};
  for (const item of questionnaire.groups.flatMap((group) => group.items)) {
    const { value, explanation } = draft[item.id] ?? {};
    const field = fieldOf(item.id);
    if (!filled(value)) {
      if (item.required) errors[field] = item.kind === 'agreement' || item.kind === 'yesNo' ? 'errors.chooseOne' : 'errors.required';
      continue;
    }
    switch (item.kind) {
      case 'agreement':
      case 'yesNo': {
        const followUp = followUpOf(item, value);
        const said = followUp && filled(explanation) ? explanation.trim() : undefined;
        if (followUp?.required && !said) errors[explanationFieldOf(item.id)] = 'errors.required';
        else if (said && said.length > MAX_EXPLANATION) errors[explanationFieldOf(item.id)] = 'errors.tooLong';
        if (item.kind === 'agreement' && (value === 'agree' || value === 'disagree' || value === 'couldBeImproved')) {
          answers.push({ itemId: item.id, kind: 'agreement', value, ...(said ? { explanation: said } : {}) });
        } else if (item.kind === 'yesNo' && (value === 'yes' || value === 'no')) {
          answers.push({ itemId: item.id, kind: 'yesNo', value, ...(said ? { explanation: said } : {}) });
        } else errors[field] = 'errors.chooseOne';
        break;
      }
      case 'number': {
        const number = parseNumber(value);
        if (number === null) errors[field] = 'errors.invalid';
        else if (item.wholeNumber && !Number.isInteger(number)) errors[field] = 'errors.wholeNumber';
        else if (number < item.min || number > item.max) errors[field] = 'errors.numberRange';
        else answers.push({ itemId: item.id, kind: 'number', value: number });
        break;
      }
      case 'text':
        if (value.length > item.maxLength) errors[field] = 'errors.tooLong';
        else answers.push({ itemId: item.id, kind: 'text', value: value.trim() });
        break;
    }
  }
  return { answers, errors };
}
