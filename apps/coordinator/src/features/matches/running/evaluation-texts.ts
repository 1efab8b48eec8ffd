import i18next from 'i18next';
import nl from './evaluation-locales/nl.json';
import en from './evaluation-locales/en.json';

/**
 * The evaluation panel's texts (`evaluation.*`) travel with its lazily loaded chunk, not with the
 * app's first load (scripts/size-budget.mjs: the login's budget). Added once, when the chunk loads.
 */
export const EVALUATION_TEXTS = { nl, en } as const;

export function addEvaluationTexts(): void {
  for (const [language, texts] of Object.entries(EVALUATION_TEXTS)) i18next.addResourceBundle(language, 'translation', texts, true, false);
}
