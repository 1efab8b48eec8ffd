import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { localeTexts } from '../../../tooling/vite/locale-texts.js';

/** The languages of the coordinator app; Dutch first and the default. */
export const LANGUAGES = [
  { code: 'nl', name: 'Nederlands' },
  { code: 'en', name: 'English' },
] as const;
export type LanguageCode = (typeof LANGUAGES)[number]['code'];

type Messages = Record<string, unknown>;
type Part = 'first' | 'rest';
/**
 * One file per language, loaded when the language is first used (a coordinator downloads the
 * texts they read, and Dutch, the fallback for a missing text), each in two parts: the sign-in's
 * sections (FIRST_TEXTS) first, the rest right after (tooling/vite/locale-parts.js).
 */
const parts: Record<Part, Record<string, () => Promise<Messages>>> = {
  first: import.meta.glob<Messages>('./locales/*.json', { query: '?part=first', import: 'default' }),
  rest: import.meta.glob<Messages>('./locales/*.json', { query: '?part=rest', import: 'default' }),
};
const load = (code: LanguageCode, part: Part) => parts[part][`./locales/${code}.json`]!();

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

/**
 * Both parts of a language's texts, each file once: a failed download is tried again after a
 * short, growing wait (250 ms, 500 ms, 1 s), then said (`requireTexts` returns the error); the
 * signed-in app waits for the current language's and the fallback's (App.tsx).
 */
const texts = localeTexts<LanguageCode>({
  load,
  add: (code, messages) => i18next.addResourceBundle(code, 'translation', messages, true, true),
  wanted: () => [isLanguage(i18next.language) ? i18next.language : FALLBACK, FALLBACK],
});
const { ensureLoaded } = texts;
export const { allTexts, requireTexts, retryTexts } = texts;

/** Loads the language's texts, switches to it, keeps the choice for next time. */
export async function chooseLanguage(code: string): Promise<void> {
  if (!isLanguage(code)) return;
  await ensureLoaded(code);
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

/** Loads the sign-in's texts of the first language (and Dutch, the fallback); render after this. */
export async function startI18n(): Promise<void> {
  const lng = storedLanguage();
  const [messages, fallback] = await Promise.all([load(lng, 'first'), load(FALLBACK, 'first')]);
  await i18next.use(initReactI18next).init({
    resources: { [lng]: { translation: messages }, [FALLBACK]: { translation: fallback } },
    // the rest, and the other language, arrive through addResourceBundle
    partialBundledLanguages: true,
    lng,
    fallbackLng: FALLBACK,
    supportedLngs: LANGUAGES.map((l) => l.code),
    interpolation: { escapeValue: false },
  });
  allTexts().catch(() => undefined);
}

export { i18next };
