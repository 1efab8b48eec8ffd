import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { expectSameTexts, flatten, type Tree } from './texts-tree.js';

/** Every language has every text of Dutch (the reference), with the same {{placeholders}}. */
const dir = new URL('.', import.meta.url);
const load = (file: string) => JSON.parse(readFileSync(new URL(file, dir), 'utf8')) as Tree;
const reference = flatten(load('nl.json'));
const files = readdirSync(dir).filter((file) => file.endsWith('.json'));

describe('locales', () => {
  it('has the five portal languages', () => {
    expect(files.map((file) => file.replace('.json', '')).sort()).toEqual(['ar', 'en', 'nl', 'pl', 'tr']);
  });

  for (const file of files) {
    it(`${file} has every text of nl.json and no others, with the same placeholders`, () => {
      expectSameTexts(flatten(load(file)), reference, file);
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
