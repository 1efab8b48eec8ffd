import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import nl from './locales/nl.json';
import en from './locales/en.json';

/** The languages of the coordinator app; Dutch first and the default. */
export const LANGUAGES = [
  { code: 'nl', name: 'Nederlands' },
  { code: 'en', name: 'English' },
] as const;
export type LanguageCode = (typeof LANGUAGES)[number]['code'];

const STORAGE_KEY = 'driehoek.coordinator.language';

function storedLanguage(): LanguageCode {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    return LANGUAGES.some((l) => l.code === stored) ? (stored as LanguageCode) : 'nl';
  } catch {
    return 'nl';
  }
}

/** Switches the language, keeps the choice for next time and tells assistive technology via <html lang>. */
export function chooseLanguage(code: string): void {
  void i18next.changeLanguage(code);
  try {
    localStorage.setItem(STORAGE_KEY, code);
  } catch {
    // private mode: the choice lasts for this visit only
  }
}

i18next.on('languageChanged', (lng) => {
  document.documentElement.lang = lng;
  document.title = i18next.t('app.documentTitle');
});

void i18next.use(initReactI18next).init({
  resources: { nl: { translation: nl }, en: { translation: en } },
  lng: storedLanguage(),
  fallbackLng: 'nl',
  supportedLngs: LANGUAGES.map((l) => l.code),
  initAsync: false,
  interpolation: { escapeValue: false },
});

export { i18next };
