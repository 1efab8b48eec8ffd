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
      try {
        i18next.addResourceBundle(language, 'translation', await byCode.get(language)!(), true, false);
      } finally {
        // Tried once: a file that failed to load leaves the keys visible rather than the page waiting.
        loaded.add(language);
      }
    }),
  );
}

/**
 * Whether the evaluation texts are there (Dutch at least); loads those of the page's language, and
 * again after a language switch, without unmounting the page meanwhile (a half-filled
 * questionnaire keeps its answers; for a moment its texts may be the Dutch fallback).
 */
export function useEvaluationTexts(): boolean {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'nl';
  const [, setLoadedCount] = useState(loaded.size);
  useEffect(() => {
    let current = true;
    if (loaded.has(language) && loaded.has('nl')) return;
    void ensureLoaded(language)
      .catch(() => undefined)
      .then(() => {
        if (current) setLoadedCount(loaded.size);
      });
    return () => {
      current = false;
    };
  }, [language]);
  return loaded.has('nl');
}
