import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** Every language has every text of Dutch (the reference), with the same {{placeholders}}. */
type Tree = { [key: string]: string | Tree };
const dir = new URL('.', import.meta.url);
const load = (file: string) => JSON.parse(readFileSync(new URL(file, dir), 'utf8')) as Tree;
const flatten = (tree: Tree, prefix = ''): Record<string, string> =>
  Object.entries(tree).reduce<Record<string, string>>(
    (all, [key, value]) => ({ ...all, ...(typeof value === 'string' ? { [prefix + key]: value } : flatten(value, `${prefix}${key}.`)) }),
    {},
  );
const placeholders = (text: string) => [...new Set([...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]))].sort();

const GENDERED = /_(female|male)$/;
const reference = flatten(load('nl.json'));
const files = readdirSync(dir).filter((file) => file.endsWith('.json'));

describe('locales', () => {
  it('has the five portal languages', () => {
    expect(files.map((file) => file.replace('.json', '')).sort()).toEqual(['ar', 'en', 'nl', 'pl', 'tr']);
  });

  for (const file of files) {
    it(`${file} has every text of nl.json and no others, with the same placeholders`, () => {
      const all = flatten(load(file));
      // A gendered language may word a sentence about the child per gender (i18next context, `_female`/`_male`), beside the plain text.
      const variants = Object.keys(all).filter((key) => GENDERED.test(key));
      for (const key of variants) expect(reference, `${file} ${key} has no plain text`).toHaveProperty([key.replace(GENDERED, '')]);
      const texts = Object.fromEntries(Object.entries(all).filter(([key]) => !GENDERED.test(key)));
      expect(Object.keys(texts).sort()).toEqual(Object.keys(reference).sort());
      for (const [key, text] of Object.entries(all)) {
        const plain = key.replace(GENDERED, '');
        expect(placeholders(text), `${file} ${key}`).toEqual(placeholders(reference[plain]!));
        if (reference[plain] !== '') expect(text.trim(), `${file} ${key}`).not.toBe('');
      }
    });
  }
});

describe('gendered wording (issue 15)', () => {
  it('Arabic words the sentences about a girl in the feminine', () => {
    const ar = flatten(load('ar.json'));
    expect(ar['consent.childYes_female']).toBe('{{name}} تقول نعم');
    expect(ar['consent.childYes']).toBe('{{name}} يقول نعم');
    expect(Object.keys(ar).filter((key) => key.endsWith('_female')).length).toBeGreaterThanOrEqual(10);
  });
});
