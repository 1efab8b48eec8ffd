import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';

/** The languages of the coordinator app; Dutch first and the default. */
export const LANGUAGES = [
  { code: 'nl', name: 'Nederlands' },
  { code: 'en', name: 'English' },
] as const;
export type LanguageCode = (typeof LANGUAGES)[number]['code'];

type Messages = Record<string, unknown>;
/**
 * One file per language, loaded when the language is first used: a coordinator downloads the
 * texts they read (and Dutch, the fallback for a missing text), not every language's.
 */
const loaders: Record<LanguageCode, () => Promise<Messages>> = {
  nl: () => import('./locales/nl.json').then((m) => m.default),
  en: () => import('./locales/en.json').then((m) => m.default),
};

const FALLBACK: LanguageCode = 'nl';
const STORAGE_KEY = 'driehoek.coordinator.language';
const isLanguage = (code: string | null): code is LanguageCode => LANGUAGES.some((l) => l.code === code);

function storedLanguage(): LanguageCode {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    return isLanguage(stored) ? stored : FALLBACK;
  } catch {
    return FALLBACK;
  }
}

/** Loads the language's texts, switches to it, keeps the choice for next time. */
export async function chooseLanguage(code: string): Promise<void> {
  if (!isLanguage(code)) return;
  if (!i18next.hasResourceBundle(code, 'translation')) {
    i18next.addResourceBundle(code, 'translation', await loaders[code](), true, true);
  }
  await i18next.changeLanguage(code);
  try {
    localStorage.setItem(STORAGE_KEY, code);
  } catch {
    // private mode: the choice lasts for this visit only
  }
}

/** Tells assistive technology the language via <html lang>, and names the tab. */
i18next.on('languageChanged', (lng) => {
  document.documentElement.lang = lng;
  document.title = i18next.t('app.documentTitle');
});

/** Loads the first language (and Dutch, the fallback); render after this. */
export async function startI18n(): Promise<void> {
  const lng = storedLanguage();
  const [messages, fallback] = await Promise.all([loaders[lng](), loaders[FALLBACK]()]);
  await i18next.use(initReactI18next).init({
    resources: { [lng]: { translation: messages }, [FALLBACK]: { translation: fallback } },
    partialBundledLanguages: true,
    lng,
    fallbackLng: FALLBACK,
    supportedLngs: LANGUAGES.map((l) => l.code),
    interpolation: { escapeValue: false },
  });
}

export { i18next };
