import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** The questionnaire pages' texts: every portal language has every text of Dutch, with the same {{placeholders}}. */
type Tree = { [key: string]: string | Tree };
const dir = new URL('.', import.meta.url);
const load = (file: string) => JSON.parse(readFileSync(new URL(file, dir), 'utf8')) as Tree;
const flatten = (tree: Tree, prefix = ''): Record<string, string> =>
  Object.entries(tree).reduce<Record<string, string>>((all, [key, value]) => ({ ...all, ...(typeof value === 'string' ? { [prefix + key]: value } : flatten(value, `${prefix}${key}.`)) }), {});
const placeholders = (text: string) => [...new Set([...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]))].sort();
const reference = flatten(load('nl.json'));
const files = readdirSync(dir).filter((file) => file.endsWith('.json'));
const portalLanguages = readdirSync(new URL('../../../locales/', import.meta.url)).filter((file) => file.endsWith('.json'));

describe('evaluation locales', () => {
  it('has a file for every portal language, under its own key', () => {
    expect(files.sort()).toEqual(portalLanguages.sort());
    expect(Object.keys(load('nl.json'))).toEqual(['evaluation']);
  });
  for (const file of files) {
    it(`${file} has every text of nl.json and no others, with the same placeholders`, () => {
      const texts = flatten(load(file));
      expect(Object.keys(texts).sort()).toEqual(Object.keys(reference).sort());
      for (const [key, text] of Object.entries(texts)) {
        expect(placeholders(text), `${file} ${key}`).toEqual(placeholders(reference[key]!));
        expect(text.trim(), `${file} ${key}`).not.toBe('');
      }
    });
  }
});
