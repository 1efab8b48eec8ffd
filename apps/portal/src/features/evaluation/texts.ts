import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { i18next } from '../../i18n.js';

/**
 * The questionnaire pages' own texts (`evaluation.*`), one file per language beside the page: they
 * load with the page, not with the portal's first load, so the sign-in stays within its size
 * budget (scripts/size-budget.mjs). Dutch, the fallback, loads with every other language.
 */
type Messages = Record<string, unknown>;
const loaders = import.meta.glob<Messages>('./locales/*.json', { import: 'default' });
const byCode = new Map(Object.entries(loaders).map(([path, load]) => [/\.\/locales\/(.+)\.json$/.exec(path)?.[1] ?? path, load]));

const loaded = new Set<string>();

async function ensureLoaded(code: string): Promise<void> {
  const wanted = [...new Set([code, 'nl'])].filter((language) => byCode.has(language) && !loaded.has(language));
  await Promise.all(
    wanted.map(async (language) => {
      i18next.addResourceBundle(language, 'translation', await byCode.get(language)!(), true, false);
      loaded.add(language);
    }),
  );
}

/** Whether the evaluation texts of the page's language are there; loads them (again after a language switch). */
export function useEvaluationTexts(): boolean {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'nl';
  const [ready, setReady] = useState(() => loaded.has(language) && loaded.has('nl'));
  useEffect(() => {
    let current = true;
    if (loaded.has(language) && loaded.has('nl')) {
      setReady(true);
      return;
    }
    setReady(false);
    // A file that fails to load leaves the keys visible rather than the page blank.
    void ensureLoaded(language)
      .catch(() => undefined)
      .then(() => {
        if (current) setReady(true);
      });
    return () => {
      current = false;
    };
  }, [language]);
  return ready;
}
