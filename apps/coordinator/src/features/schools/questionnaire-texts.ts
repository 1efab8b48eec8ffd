import i18next from 'i18next';
import nl from './questionnaire-locales/nl.json';
import en from './questionnaire-locales/en.json';

/** The school mentor's questionnaire pages' texts travel with their lazily loaded chunk (the login's text budget). */
export const SCHOOL_QUESTIONNAIRE_TEXTS = { nl, en } as const;

export function addSchoolQuestionnaireTexts(): void {
  for (const [language, texts] of Object.entries(SCHOOL_QUESTIONNAIRE_TEXTS)) i18next.addResourceBundle(language, 'translation', texts, true, false);
}
