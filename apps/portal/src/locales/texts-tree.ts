import { expect } from 'vitest';

/** Locale files as trees of texts, for the tests that compare each language with Dutch (tests only). */
export type Tree = { [key: string]: string | Tree };

/** `{ a: { b: 'x' } }` → `{ 'a.b': 'x' }`. */
export const flatten = (tree: Tree, prefix = ''): Record<string, string> =>
  Object.entries(tree).reduce<Record<string, string>>((all, [key, value]) => ({ ...all, ...(typeof value === 'string' ? { [prefix + key]: value } : flatten(value, `${prefix}${key}.`)) }), {});

/** The `{{placeholders}}` of a text, sorted. */
export const placeholders = (text: string) => [...new Set([...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]))].sort();

/** `consent.childYes_female`: a gendered language's wording per gender (i18next context), beside the plain text. */
export const GENDERED = /_(female|male)$/;

/**
 * Every text of `reference` and no others, none empty where the reference is not, with the same
 * placeholders; a gendered variant only beside a plain text of the reference, with its placeholders.
 */
export function expectSameTexts(texts: Record<string, string>, reference: Record<string, string>, label: string): void {
  const plain = (key: string) => key.replace(GENDERED, '');
  for (const key of Object.keys(texts).filter((key) => GENDERED.test(key))) expect(reference, `${label} ${key} has no plain text`).toHaveProperty([plain(key)]);
  expect(Object.keys(texts).filter((key) => !GENDERED.test(key)).sort()).toEqual(Object.keys(reference).sort());
  for (const [key, text] of Object.entries(texts)) {
    expect(placeholders(text), `${label} ${key}`).toEqual(placeholders(reference[plain(key)]!));
    if (reference[plain(key)] !== '') expect(text.trim(), `${label} ${key}`).not.toBe('');
  }
}
