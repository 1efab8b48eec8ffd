import { describe, expect, it } from 'vitest';
import { PARENT_RUS_MID_TERM_REPORT, questionnaireFor } from '@driehoek/domain/evaluation';
import { answersOf, parseNumber } from './answers.js';
import type { Questionnaire } from '../../api-types.js';

const rendered = questionnaireFor(PARENT_RUS_MID_TERM_REPORT, 'parent', 'nl');
if (!rendered.ok) throw new Error('the mid-term report renders for the parent');
const questionnaire: Questionnaire = rendered.value;
const items = questionnaire.groups.flatMap((group) => group.items);
const firstAgreement = items.find((item) => item.kind === 'agreement')!;

/** Every required item answered as simply as allowed. */
function complete(): Record<string, { value: string; explanation?: string }> {
  return Object.fromEntries(
    items
      .filter((item) => item.required)
      .map((item) => [item.id, item.kind === 'agreement' ? { value: item.explainUnless } : item.kind === 'yesNo' ? { value: 'no', explanation: 'Zo.' } : item.kind === 'number' ? { value: String(item.min) } : { value: 'Goed.' }]),
  );
}

describe('answersOf (the questionnaire form, as validateAnswerSet checks)', () => {
  it('turns a complete form into answers without errors', () => {
    const { answers, errors } = answersOf(questionnaire, complete());
    expect(errors).toEqual({});
    expect(answers.length).toBe(items.filter((item) => item.required).length);
  });

  it('asks to choose an answer for a required statement', () => {
    const draft = complete();
    delete draft[firstAgreement.id];
    expect(answersOf(questionnaire, draft).errors).toEqual({ [`answers.${firstAgreement.id}`]: 'errors.chooseOne' });
  });

  it('tools 3 and 4: asks for an explanation when the answer is not Agree, and sends it', () => {
    const draft = { ...complete(), [firstAgreement.id]: { value: 'couldBeImproved' } };
    expect(answersOf(questionnaire, draft).errors).toEqual({ [`answers.${firstAgreement.id}.explanation`]: 'errors.required' });
    const explained = { ...draft, [firstAgreement.id]: { value: 'couldBeImproved', explanation: '  Meer tijd.  ' } };
    expect(answersOf(questionnaire, explained).answers).toContainEqual({ itemId: firstAgreement.id, kind: 'agreement', value: 'couldBeImproved', explanation: 'Meer tijd.' });
  });

  it('does not send an explanation left over from an earlier answer', () => {
    const draft = { ...complete(), [firstAgreement.id]: { value: 'agree', explanation: 'Eerder getypt.' } };
    expect(answersOf(questionnaire, draft).answers).toContainEqual({ itemId: firstAgreement.id, kind: 'agreement', value: 'agree' });
  });

  it('reads numbers with a comma or a point and refuses anything else', () => {
    expect(parseNumber('7,5')).toBe(7.5);
    expect(parseNumber(' 12 ')).toBe(12);
    expect(parseNumber('12a')).toBeNull();
    expect(parseNumber('')).toBeNull();
  });
});
