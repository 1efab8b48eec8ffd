import { expect } from 'vitest';

/** Locale files as trees of texts, for the tests that compare each language with Dutch (tests only). */
export type Tree = { [key: string]: string | Tree };

/** `{ a: { b: 'x' } }` → `{ 'a.b': 'x' }`. */
export const flatten = (tree: Tree, prefix = ''): Record<string, string> =>
  Object.entries(tree).reduce<Record<string, string>>((all, [key, value]) => ({ ...all, ...(typeof value === 'string' ? { [prefix + key]: value } : flatten(value, `${prefix}${key}.`)) }), {});

/** The `{{placeholders}}` of a text, sorted. */
export const placeholders = (text: string) => [...new Set([...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]))].sort();

/** Every text of `reference` and no others, none empty where the reference is not, with the same placeholders. */
export function expectSameTexts(texts: Record<string, string>, reference: Record<string, string>, label: string): void {
  expect(Object.keys(texts).sort()).toEqual(Object.keys(reference).sort());
  for (const [key, text] of Object.entries(texts)) {
    expect(placeholders(text), `${label} ${key}`).toEqual(placeholders(reference[key]!));
    if (reference[key] !== '') expect(text.trim(), `${label} ${key}`).not.toBe('');
  }
}
