import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { expectSameTexts, flatten, type Tree } from '../../../locales/texts-tree.js';

/** The questionnaire pages' texts: every portal language has every text of Dutch, with the same {{placeholders}}. */
const dir = new URL('.', import.meta.url);
const load = (file: string) => JSON.parse(readFileSync(new URL(file, dir), 'utf8')) as Tree;
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
      expectSameTexts(flatten(load(file)), reference, file);
    });
  }
});
