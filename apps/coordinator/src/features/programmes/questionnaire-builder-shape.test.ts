import { describe, expect, it } from 'vitest';
import { definitionToForm, emptyForm, formToInput, newItem, respondentsOf, type BuilderForm } from './questionnaire-builder-shape';

function twoItems(): BuilderForm {
  const form = emptyForm('pupil');
  const [group] = form.groups;
  const first = { ...group!.items[0]!, scale: 's1', texts: { ...group!.items[0]!.texts, volunteer: { nl: 'Ik had tijd.', en: 'I had time.', ar: '', tr: '', pl: '' } } };
  const second = { ...newItem({ ...form, groups: [{ ...group!, items: [first] }] }), kind: 'text' as const, required: false };
  return {
    ...form,
    title: { nl: 'Terugblik', en: 'Looking back', ar: '', tr: '', pl: '' },
    extraLanguages: ['tr'],
    groups: [{ ...group!, items: [first, second] }],
    scales: [{ id: 's1', title: { nl: 'Tijd', en: 'Time', ar: '', tr: '', pl: '' }, minAnswered: '1' }],
  };
}

describe('the questionnaire builder form', () => {
  it('the roles chosen are the respondents who read the items; a new item gets the next free id', () => {
    expect(respondentsOf(['mentee', 'mentor'], 'pupil')).toEqual(['pupil', 'volunteer']);
    expect(respondentsOf(['mentee', 'mentor'], 'parent')).toEqual(['parent', 'volunteer']);
    expect(twoItems().groups[0]!.items.map((item) => item.id)).toEqual(['q1', 'q2']);
  });

  it('becomes the definition the api checks: per-respondent wording, scale membership, optional languages left to the Dutch fallback, when it is sent', () => {
    const { input, errors } = formToInput(twoItems(), 'pupil', 'programme-1');
    expect(errors).toEqual({});
    expect(input.definition.respondents).toEqual(['volunteer']);
    expect(input.definition.languages).toEqual(['nl', 'en', 'tr']);
    expect(input.definition.groups[0]!.items[0]).toMatchObject({ id: 'q1', kind: 'agreement', required: true, wording: { byRespondent: { volunteer: { nl: 'Ik had tijd.', en: 'I had time.' } } } });
    expect(input.definition.scales).toEqual([{ id: 's1', title: { nl: 'Tijd', en: 'Time' }, itemIds: ['q1'], minAnswered: 1 }]);
    expect(input.uses).toEqual([{ when: 'end', filledInBy: ['mentor'], timing: { offsetDays: 0, closureOffsetDays: 0, reminderAfterDays: 7, expiresAfterDays: 28 } }]);
  });

  it('a number that is not a whole number is the form’s own error', () => {
    const form = { ...twoItems(), expiresAfterDays: 'vier' };
    expect(formToInput(form, 'pupil', 'programme-1').errors).toEqual({ 'uses.expiresAfterDays': 'errors.wholeNumber' });
  });

  it('a stored questionnaire comes back as the same form', () => {
    const { input } = formToInput(twoItems(), 'pupil', 'programme-1');
    const back = definitionToForm({ definition: { ...input.definition, id: 'own-1', version: 1 }, answered: false, uses: input.uses.map((use) => ({ ...use })) }, 'pupil');
    expect(formToInput(back, 'pupil', 'programme-1').input).toEqual(input);
  });
});
