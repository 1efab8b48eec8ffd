import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';

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

const loaded = new Map<LanguageCode, Promise<void>>();

/** Both parts of a language's texts, each file once; a failed download is tried again next time. */
function ensureLoaded(code: LanguageCode): Promise<void> {
  let done = loaded.get(code);
  if (!done) {
    done = Promise.all([load(code, 'first'), load(code, 'rest')]).then(([first, rest]) => {
      i18next.addResourceBundle(code, 'translation', { ...first, ...rest }, true, true);
    });
    done.catch(() => loaded.delete(code));
    loaded.set(code, done);
  }
  return done;
}

let complete = false;
/** Resolves when the current language's and the fallback's texts are complete. */
export function allTexts(): Promise<void> {
  const current = isLanguage(i18next.language) ? i18next.language : FALLBACK;
  return Promise.all([ensureLoaded(current), ensureLoaded(FALLBACK)]).then(() => {
    complete = true;
  });
}
/** Whether allTexts() has resolved once (the signed-in app waits for it, App.tsx). */
export const textsComplete = () => complete;

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
