import i18next, { type Resource } from 'i18next';
import { initReactI18next } from 'react-i18next';

/**
 * Every JSON file in ./locales is a language: adding `ar.json`, `tr.json` or `pl.json` adds it to
 * the language switch. Each file names itself in its own language (`language.name`). Missing
 * texts fall back to Dutch. Right-to-left languages (Arabic) turn the page with `<html dir>`.
 */
const files = import.meta.glob<{ default: Record<string, unknown> & { language: { name: string } } }>('./locales/*.json', { eager: true });

const resources: Resource = {};
const names: Record<string, string> = {};
for (const [path, module] of Object.entries(files)) {
  const code = /\.\/locales\/(.+)\.json$/.exec(path)?.[1];
  if (!code) continue;
  resources[code] = { translation: module.default };
  names[code] = module.default.language.name;
}

const FIRST = ['nl', 'en'];
/** The portal's languages: Dutch and English first, then the others in code order. */
export const LANGUAGES = Object.keys(names)
  .sort((a, b) => (FIRST.indexOf(a) + 1 || 99) - (FIRST.indexOf(b) + 1 || 99) || a.localeCompare(b))
  .map((code) => ({ code, name: names[code]! }));

const STORAGE_KEY = 'driehoek.portal.language';
const known = (code: string | null | undefined): code is string => !!code && code in names;

/** The remembered choice, else the browser's first language we have, else Dutch. */
function initialLanguage(): string {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    if (known(stored)) return stored;
  } catch {
    // no storage: fall through
  }
  const fromBrowser = (navigator.languages ?? []).map((tag) => tag.split('-')[0]?.toLowerCase()).find(known);
  return fromBrowser ?? 'nl';
}

export function chooseLanguage(code: string): void {
  if (!known(code)) return;
  void i18next.changeLanguage(code);
  try {
    localStorage.setItem(STORAGE_KEY, code);
  } catch {
    // private browsing: the choice lasts for this visit only
  }
}

function applyToDocument(lng: string): void {
  document.documentElement.lang = lng;
  document.documentElement.dir = i18next.dir(lng);
}
i18next.on('languageChanged', applyToDocument);

void i18next.use(initReactI18next).init({
  resources,
  lng: initialLanguage(),
  fallbackLng: 'nl',
  supportedLngs: Object.keys(names),
  initAsync: false,
  interpolation: { escapeValue: false },
});
applyToDocument(i18next.language);

export { i18next };
