import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { localeTexts } from '../../../tooling/vite/locale-texts.js';

/**
 * Every JSON file in ./locales is a language: adding a file adds it to the language switch.
 * Files load lazily, one per language, when that language is first used: a visitor downloads
 * the language they read (and Dutch, the fallback), not all five; and each in two parts, the
 * first page's texts (FIRST_TEXTS) before the first render and the rest beside the page's code.
 * A language's name in the switch comes from the browser (`Intl.DisplayNames` in that
 * language), so the switch needs no file loaded. Right-to-left languages (Arabic) turn the page
 * with `<html dir>`.
 */
type Messages = Record<string, unknown>;
type Part = 'first' | 'rest';
const parts: Record<Part, Record<string, () => Promise<Messages>>> = {
  first: import.meta.glob<Messages>('./locales/*.json', { query: '?part=first', import: 'default' }),
  rest: import.meta.glob<Messages>('./locales/*.json', { query: '?part=rest', import: 'default' }),
};

const byCode: Record<string, (part: Part) => Promise<Messages>> = {};
for (const path of Object.keys(parts.first)) {
  const code = /\.\/locales\/(.+)\.json$/.exec(path)?.[1];
  if (code) byCode[code] = (part) => parts[part][path]!();
}

/** "Nederlands", "English", "العربية", "Türkçe", "Polski": each name in its own language. */
function ownName(code: string): string {
  try {
    const name = new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code;
    return name.charAt(0).toLocaleUpperCase(code) + name.slice(1);
  } catch {
    return code;
  }
}

const FIRST = ['nl', 'en'];
/** The portal's languages: Dutch and English first, then the others in code order. */
export const LANGUAGES = Object.keys(byCode)
  .sort((a, b) => (FIRST.indexOf(a) + 1 || 99) - (FIRST.indexOf(b) + 1 || 99) || a.localeCompare(b))
  .map((code) => ({ code, name: ownName(code) }));

const FALLBACK = 'nl';
const STORAGE_KEY = 'driehoek.portal.language';
export const isLanguage = (code: string | null | undefined): code is string => !!code && code in byCode;

/**
 * The remembered choice, else the language the server chose for this page (the language cookie
 * or the browser's Accept-Language, see `Boot`), else the browser's first language we have, else Dutch.
 */
function initialLanguage(fromServer: string | undefined): string {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    if (isLanguage(stored)) return stored;
  } catch {
    // no storage: fall through
  }
  if (isLanguage(fromServer)) return fromServer;
  const fromBrowser = (navigator.languages ?? []).map((tag) => tag.split('-')[0]?.toLowerCase()).find(isLanguage);
  return fromBrowser ?? FALLBACK;
}

/**
 * The language cookie tells the server which language's first texts to put into the page
 * (apps/server/src/portal-page.ts): a language, nothing personal, read only under /portal.
 */
export const LANGUAGE_COOKIE = 'driehoek_portal_lang';
function rememberForServer(code: string): void {
  document.cookie = `${LANGUAGE_COOKIE}=${code}; Path=/portal; Max-Age=31536000; SameSite=Lax`;
}

/**
 * Both parts of a language's texts, each file once (with a short backoff on failure), and
 * `withTexts`: a page other than the sign-in loads beside the current language's and the
 * fallback's texts (App.tsx), so it never shows before its texts.
 */
const texts = localeTexts<string>({
  load: (code, part) => byCode[code]!(part),
  add: (code, messages) => i18next.addResourceBundle(code, 'translation', messages, true, true),
  wanted: () => [i18next.language || FALLBACK, FALLBACK],
});
const { ensureLoaded, allTexts } = texts;
export const { withTexts } = texts;

/** Loads the language's texts, then switches the page to it. */
async function switchTo(code: string): Promise<void> {
  await ensureLoaded(code);
  await i18next.changeLanguage(code);
  try {
    localStorage.setItem(STORAGE_KEY, code);
  } catch {
    // private browsing: the choice lasts for this visit only
  }
  rememberForServer(code);
}

let chosenThisVisit = false;

/** The person picked a language in the switch. */
export function chooseLanguage(code: string): Promise<void> {
  if (!isLanguage(code)) return Promise.resolve();
  chosenThisVisit = true;
  return switchTo(code);
}

/**
 * The signed-in person's own language, from their record (`portal.me`). Returns the language
 * to store on the server instead when the person chose one in this visit (e.g. on the sign-in
 * page), so their latest choice wins; otherwise the page follows the record.
 */
export function followPreferredLanguage(preferred: string): string | undefined {
  const current = i18next.resolvedLanguage ?? FALLBACK;
  if (current === preferred || !isLanguage(preferred)) return undefined;
  if (chosenThisVisit) return current;
  void switchTo(preferred);
  return undefined;
}

function applyToDocument(lng: string): void {
  // at build time (prerender.tsx) there is no document: the page's <html> gets lang and dir there
  if (typeof document === 'undefined') return;
  document.documentElement.lang = lng;
  document.documentElement.dir = i18next.dir(lng);
}
i18next.on('languageChanged', applyToDocument);

/** Starts i18next in one language with its first texts (the browser's start, and prerender.tsx). */
export async function startI18nWith(lng: string, messages: Messages): Promise<void> {
  if (i18next.isInitialized) {
    i18next.addResourceBundle(lng, 'translation', messages, true, true);
    await i18next.changeLanguage(lng);
    return;
  }
  await i18next.use(initReactI18next).init({
    resources: { [lng]: { translation: messages } },
    // the rest, the fallback and more languages arrive later through addResourceBundle
    partialBundledLanguages: true,
    lng,
    fallbackLng: FALLBACK,
    supportedLngs: Object.keys(byCode),
    interpolation: { escapeValue: false },
  });
}

/**
 * Starts with the first page's texts of the first language: inlined by the server when it chose
 * the same language (no download before the first render), else downloaded. Render after this;
 * the rest, and Dutch as the fallback, load right after.
 */
export async function startI18n(fromServer?: { language: string; texts: Messages }): Promise<void> {
  const lng = initialLanguage(fromServer?.language);
  const inlined = fromServer && fromServer.language === lng ? fromServer.texts : null;
  await startI18nWith(lng, inlined ?? (await byCode[lng]!('first')));
  // the next page load gets this language's texts inlined
  if (fromServer && fromServer.language !== lng) rememberForServer(lng);
  applyToDocument(i18next.language);
  allTexts().catch(() => undefined);
}

export { i18next };
