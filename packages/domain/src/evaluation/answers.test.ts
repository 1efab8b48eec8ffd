import { describe, expect, it } from 'vitest';
import { validateAnswerSet } from './answers.js';
import { PARENT_RUS_FINAL_REPORT, PARENT_RUS_MID_TERM_REPORT, SCHOOLS_COOL_END_OF_MATCH } from './questionnaires/index.js';
import { agree, allStatements, answerSet, number, text, yesNo } from './test-fixtures.js';

const TODAY = '2026-01-15';

/** A complete mid-term report of the parent mentee. */
const midTerm = answerSet({
  questionnaireId: 'midTermReport',
  answers: [number('weeksMet', 12), yesNo('parentSupportChange', 'yes', 'We read together every evening.'), ...allStatements('agree')],
});

const codes = (set: Parameters<typeof validateAnswerSet>[1], definition = PARENT_RUS_MID_TERM_REPORT): string[] =>
  validateAnswerSet(definition, set, TODAY).map((refusal) => refusal.code);

describe('validateAnswerSet', () => {
  it("a complete mid-term report of the parent mentee passes (parentrus-mentormodel-ouderbetrokkenheid.txt tool 3)", () => {
    expect(validateAnswerSet(PARENT_RUS_MID_TERM_REPORT, midTerm, TODAY)).toEqual([]);
  });

  it('tool 3: "If you choose "Disagree" or "Could be improved", please tell us in what" — an explanation is required when not Agree', () => {
    const answers = [...midTerm.answers.filter((answer) => answer.itemId !== 'closerDialogue'), agree('closerDialogue', 'couldBeImproved')];
    expect(validateAnswerSet(PARENT_RUS_MID_TERM_REPORT, { ...midTerm, answers }, TODAY)).toEqual([
      { ok: false, code: 'EVALUATION.EXPLANATION_REQUIRED', field: 'answers.closerDialogue.explanation', itemId: 'closerDialogue' },
    ]);
    const blank = [...midTerm.answers.filter((answer) => answer.itemId !== 'closerDialogue'), agree('closerDialogue', 'disagree', '   ')];
    expect(codes({ ...midTerm, answers: blank })).toEqual(['EVALUATION.EXPLANATION_REQUIRED']);
    const explained = [...midTerm.answers.filter((answer) => answer.itemId !== 'closerDialogue'), agree('closerDialogue', 'disagree', 'The school never called back.')];
    expect(codes({ ...midTerm, answers: explained })).toEqual([]);
  });

  it('a reverse-scored statement needs the explanation when not Disagree', () => {
    const base = { questionnaireId: 'schoolsCoolEndOfMatch', respondent: 'pupil' as const, moment: 'end' as const };
    expect(validateAnswerSet(SCHOOLS_COOL_END_OF_MATCH, answerSet({ ...base, answers: [agree('planningStillHard', 'disagree')] }), TODAY)).toEqual([]);
    expect(codes(answerSet({ ...base, answers: [agree('planningStillHard', 'agree')] }), SCHOOLS_COOL_END_OF_MATCH)).toEqual(['EVALUATION.EXPLANATION_REQUIRED']);
  });

  it('the seven statements and the change question are required', () => {
    const withoutTwo = midTerm.answers.filter((answer) => answer.itemId !== 'voiceOfPower' && answer.itemId !== 'parentSupportChange');
    expect(codes({ ...midTerm, answers: withoutTwo })).toEqual(['EVALUATION.ANSWER_REQUIRED', 'EVALUATION.ANSWER_REQUIRED']);
    // Optional items may be left out: weeks met, the mentor's influence, the comment.
    expect(codes({ ...midTerm, answers: midTerm.answers.filter((answer) => answer.itemId !== 'weeksMet') })).toEqual([]);
  });

  it('numbers within their bounds and whole where required', () => {
    const weeks = (value: number) => ({ ...midTerm, answers: [...midTerm.answers.filter((answer) => answer.itemId !== 'weeksMet'), number('weeksMet', value)] });
    expect(codes(weeks(105))).toEqual(['EVALUATION.NUMBER_OUT_OF_RANGE']);
    expect(codes(weeks(-1))).toEqual(['EVALUATION.NUMBER_OUT_OF_RANGE']);
    expect(codes(weeks(2.5))).toEqual(['EVALUATION.NUMBER_NOT_WHOLE']);
    expect(codes(weeks(Number.NaN))).toEqual(['EVALUATION.ANSWER_INVALID']);
  });

  it('only items the respondent is asked: a mentor does not answer THE CHILD, a parent not THE MENTOR', () => {
    const final = answerSet({ questionnaireId: 'finalReport', moment: 'end', respondent: 'volunteer', answers: [yesNo('parentSupportChange', 'yes')] });
    expect(codes({ ...final, answers: [yesNo('childFriends', 'yes')] }, PARENT_RUS_FINAL_REPORT)).toContain('EVALUATION.ITEM_NOT_FOR_RESPONDENT');
    expect(codes({ ...final, respondent: 'parent', answers: [yesNo('mentorSupported', 'yes')] }, PARENT_RUS_FINAL_REPORT)).toContain('EVALUATION.ITEM_NOT_FOR_RESPONDENT');
    expect(codes({ ...final, answers: [yesNo('noSuchItem', 'yes')] }, PARENT_RUS_FINAL_REPORT)).toContain('EVALUATION.ITEM_UNKNOWN');
  });

  it('each item once, with an answer of its kind and an allowed value', () => {
    expect(codes({ ...midTerm, answers: [...midTerm.answers, agree('voiceOfPower', 'agree')] })).toEqual(['EVALUATION.ANSWER_TWICE']);
    expect(codes({ ...midTerm, answers: [...midTerm.answers.filter((answer) => answer.itemId !== 'weeksMet'), text('weeksMet', 'twelve')] })).toEqual([
      'EVALUATION.ANSWER_KIND_MISMATCH',
    ]);
    const odd = { itemId: 'voiceOfPower', kind: 'agreement', value: 'stronglyAgree' } as unknown as (typeof midTerm.answers)[number];
    expect(codes({ ...midTerm, answers: [...midTerm.answers.filter((answer) => answer.itemId !== 'voiceOfPower'), odd] })).toEqual(['EVALUATION.ANSWER_INVALID']);
  });

  it('for the questionnaire and version it names, by a respondent it asks, in a language it offers', () => {
    expect(codes({ ...midTerm, version: 2 })).toEqual(['EVALUATION.ANSWERS_FOR_OTHER_QUESTIONNAIRE']);
    expect(codes({ ...midTerm, respondent: 'pupil' })).toEqual(['EVALUATION.RESPONDENT_NOT_ASKED']);
  });

  it('EVA-2: answers are stored under pseudonymous keys, never a person or match id', () => {
    expect(codes({ ...midTerm, respondentKey: 'person-42', matchKey: 'match-7' })).toEqual(['EVALUATION.RESPONDENT_KEY_INVALID', 'EVALUATION.MATCH_KEY_INVALID']);
  });

  it('not submitted after today', () => {
    expect(codes({ ...midTerm, submittedOn: '2026-01-16' })).toEqual(['EVALUATION.SUBMITTED_ON_INVALID']);
  });

  it('free text within its length', () => {
    expect(codes({ ...midTerm, answers: [...midTerm.answers, text('otherComment', 'x'.repeat(2_001))] })).toEqual(['EVALUATION.TEXT_TOO_LONG']);
  });
});
