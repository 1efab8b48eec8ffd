import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import nl from './locales/nl.json';
import en from './locales/en.json';

/** The languages of the public site, each named in its own language. Dutch is the default. */
export const LANGUAGES = [
  { code: 'nl', name: 'Nederlands' },
  { code: 'en', name: 'English' },
] as const;
export type LanguageCode = (typeof LANGUAGES)[number]['code'];

const STORAGE_KEY = 'driehoek.recruit.language';

function isLanguage(code: unknown): code is LanguageCode {
  return LANGUAGES.some((language) => language.code === code);
}

/** The remembered choice, else the browser's first language we have, else Dutch. */
function initialLanguage(): LanguageCode {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    if (isLanguage(stored)) return stored;
  } catch {
    // no storage (private browsing, or the build's prerender): fall through
  }
  const fromBrowser = typeof navigator === 'undefined' ? [] : (navigator.languages ?? []).map((tag) => tag.split('-')[0]?.toLowerCase());
  return fromBrowser.find(isLanguage) ?? 'nl';
}

/** The current language as the api knows it (`locale` on the application). */
export function currentLanguage(): LanguageCode {
  return isLanguage(i18next.resolvedLanguage) ? i18next.resolvedLanguage : 'nl';
}

/** Switches the language and remembers the choice for the next visit. */
export function chooseLanguage(code: string): void {
  if (!isLanguage(code)) return;
  void i18next.changeLanguage(code);
  try {
    localStorage.setItem(STORAGE_KEY, code);
  } catch {
    // private browsing: the choice lasts for this visit only
  }
}

function applyToDocument(lng: string): void {
  if (typeof document === 'undefined') return; // the build's prerender
  document.documentElement.lang = lng;
  document.documentElement.dir = i18next.dir(lng);
}

i18next.on('languageChanged', applyToDocument);

void i18next.use(initReactI18next).init({
  resources: { nl: { translation: nl }, en: { translation: en } },
  lng: initialLanguage(),
  fallbackLng: 'nl',
  supportedLngs: LANGUAGES.map((language) => language.code),
  initAsync: false,
  interpolation: { escapeValue: false },
});
applyToDocument(i18next.language);

/** An error message from a schema or the server: an i18n key (`errors.email`, `APPLICATION.APPLICANT_MINOR`). */
export function errorText(key: string | undefined): string | undefined {
  if (!key) return undefined;
  return i18next.exists(key) ? i18next.t(key) : i18next.t('errors.invalid');
}

export { i18next };
