/**
 * Test fixtures for the evaluation tests: pseudonymous keys and answer sets to the shipped
 * questionnaires. Not exported from the module.
 */
import type { AnswerSet, ItemAnswer } from './answers.js';
import type { AgreementAnswer, Respondent, YesNoAnswer } from './vocabulary.js';

/** A well-formed respondent key for person `n` (the api derives real ones with a keyed hash). */
export const respondentKey = (n: number | string): string => `rk_${String(n).padStart(43, 'A')}`;

/** A well-formed match key for match `n`. */
export const matchKey = (n: number | string): string => `mk_${String(n).padStart(43, 'M')}`;

export const agree = (itemId: string, value: AgreementAnswer, explanation?: string): ItemAnswer =>
  explanation === undefined ? { itemId, kind: 'agreement', value } : { itemId, kind: 'agreement', value, explanation };

export const yesNo = (itemId: string, value: YesNoAnswer, explanation?: string): ItemAnswer =>
  explanation === undefined ? { itemId, kind: 'yesNo', value } : { itemId, kind: 'yesNo', value, explanation };

export const number = (itemId: string, value: number): ItemAnswer => ({ itemId, kind: 'number', value });

export const text = (itemId: string, value: string): ItemAnswer => ({ itemId, kind: 'text', value });

/** The seven statements of tools 3 and 4, in the seed's order. */
export const SEVEN_STATEMENTS = [
  'relationshipChildrenParentsSchool',
  'childrenWellBeing',
  'keepInteractingWithSchool',
  'confidenceInOwnAbilities',
  'closerDialogue',
  'voiceOfPower',
  'achievementAndWellBeing',
] as const;

/** All seven statements answered `value` (an explanation where the seed asks one). */
export const allStatements = (value: AgreementAnswer): ItemAnswer[] =>
  SEVEN_STATEMENTS.map((id) => agree(id, value, value === 'agree' ? undefined : 'More contact with the teacher would help.'));

/** An answer set; override what a test is about. */
export function answerSet(overrides: Partial<AnswerSet> & Pick<AnswerSet, 'questionnaireId' | 'answers'>): AnswerSet {
  return {
    id: 'set-1',
    version: 1,
    programmeId: 'parent-rus-utrecht',
    matchKey: matchKey(1),
    respondentKey: respondentKey(1),
    respondent: 'parent' satisfies Respondent,
    moment: 'midTerm',
    language: 'en',
    submittedOn: '2026-01-10',
    ...overrides,
  };
}
