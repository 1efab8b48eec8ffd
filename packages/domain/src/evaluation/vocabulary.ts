/**
 * The words of evaluation (DOMAIN.md §7; parentrus-mentormodel-ouderbetrokkenheid.txt 3.3.7 tools 3
 * and 4): who answers, in which language, and the answers the seed's forms allow.
 */
import type { Mentee, QuestionnaireRole } from '../programme/settings.js';

/**
 * The languages a questionnaire may be offered in: the portal's (ARCHITECTURE.md: Dutch and
 * English first, also Arabic, Turkish, Polish). ISO 639-1.
 */
export const EVALUATION_LANGUAGES = ['nl', 'en', 'ar', 'tr', 'pl'] as const;
export type EvaluationLanguage = (typeof EVALUATION_LANGUAGES)[number];

/** Arabic is written right to left; the portal sets `dir="rtl"`. */
export const RIGHT_TO_LEFT_LANGUAGES: readonly EvaluationLanguage[] = Object.freeze(['ar']);

/**
 * Who reads and answers a questionnaire: the pupil (always in child-friendly wording), a parent
 * (in Parent'R'US the parent is the mentee), the volunteer (the seed's "mentor") and the school
 * mentor (the teacher in the triangle). The wording of an item may differ per respondent, as the
 * seed's "My mentor gives me/ As a mentor I give…" does.
 */
export const RESPONDENTS = ['pupil', 'parent', 'volunteer', 'schoolMentor'] as const;
export type Respondent = (typeof RESPONDENTS)[number];

/**
 * The respondent behind a programme's role (`QuestionnaireUse.filledInBy`): the mentee is the pupil
 * in a pupil programme and the parent in Parent'R'US; the mentor is the volunteer. `null` for a
 * role the kind of programme does not have (`QUESTIONNAIRE_ROLES_BY_MENTEE`).
 */
export function respondentFor(role: QuestionnaireRole, mentee: Mentee): Respondent | null {
  switch (role) {
    case 'mentor':
      return 'volunteer';
    case 'mentee':
      return mentee === 'pupil' ? 'pupil' : mentee === 'parent' ? 'parent' : null;
    case 'parent':
      return mentee === 'pupil' ? 'parent' : null;
    case 'schoolMentor':
      return mentee === 'pupil' ? 'schoolMentor' : null;
  }
}

/**
 * Tools 3 and 4: "For each sentence, tell us if you agree or disagree" with the columns Disagree,
 * Agree, Could be improved; "If you choose "Disagree" or "Could be improved", please tell us in
 * what". Could be improved is a qualified yes (the sentence holds, but not fully), so it scores
 * between the two.
 */
export const AGREEMENT_ANSWERS = ['disagree', 'agree', 'couldBeImproved'] as const;
export type AgreementAnswer = (typeof AGREEMENT_ANSWERS)[number];

/** Tool 4, THE CHILD / THE PARENT / THE MENTOR and Improvements: YES or NO. */
export const YES_NO_ANSWERS = ['yes', 'no'] as const;
export type YesNoAnswer = (typeof YES_NO_ANSWERS)[number];

/** The kinds of item a questionnaire holds. */
export const ITEM_KINDS = ['agreement', 'yesNo', 'number', 'text'] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];

/**
 * The labels of the answers, per language. English as in the seed; Dutch as in the seed's annex
 * ("Niet mee eens / Mee eens", "JA"), with its "Voor verbetering vatbaar" said as "Kan beter" so a
 * pupil reads it too; Arabic, Turkish and Polish need a native speaker's review (see the README).
 */
export const ANSWER_LABELS: Readonly<Record<EvaluationLanguage, Readonly<Record<AgreementAnswer | YesNoAnswer, string>>>> = Object.freeze({
  en: Object.freeze({ disagree: 'Disagree', agree: 'Agree', couldBeImproved: 'Could be improved', yes: 'Yes', no: 'No' }),
  nl: Object.freeze({ disagree: 'Niet mee eens', agree: 'Mee eens', couldBeImproved: 'Kan beter', yes: 'Ja', no: 'Nee' }),
  ar: Object.freeze({ disagree: 'لا أوافق', agree: 'أوافق', couldBeImproved: 'يمكن أن يكون أفضل', yes: 'نعم', no: 'لا' }),
  tr: Object.freeze({ disagree: 'Katılmıyorum', agree: 'Katılıyorum', couldBeImproved: 'Daha iyi olabilir', yes: 'Evet', no: 'Hayır' }),
  pl: Object.freeze({ disagree: 'Nie zgadzam się', agree: 'Zgadzam się', couldBeImproved: 'Mogłoby być lepiej', yes: 'Tak', no: 'Nie' }),
});
