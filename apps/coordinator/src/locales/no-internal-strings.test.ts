import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * Words a person reads never carry our internal references: a rule id such as "(SCR-5)" or the
 * name of a source document such as "schoolscool-thuismentor-worden.txt". Checked here for the
 * texts of all three apps (coordinator, portal, recruitment site), which live beside each other.
 */
const apps = new URL('../../../', import.meta.url);
const localeFiles = ['coordinator', 'portal', 'recruit'].flatMap((app) => {
  const dir = new URL(`${app}/src/locales/`, apps);
  return readdirSync(dir)
    .filter((file) => file.endsWith('.json'))
    .map((file) => ({ name: `${app}/${file}`, url: new URL(file, dir) }));
});

type Tree = { [key: string]: string | Tree };
const textsOf = (tree: Tree, prefix = ''): [string, string][] =>
  Object.entries(tree).flatMap(([key, value]) => (typeof value === 'string' ? [[`${prefix}${key}`, value] as [string, string]] : textsOf(value, `${prefix}${key}.`)));

const RULE_ID = /\b[A-Z]{2,5}-\d+[a-z]?\b/;
const SOURCE_FILE = /[\w-]+\.txt\b/;

describe('no internal strings in what users read', () => {
  it('finds the locale files of every app', () => {
    expect(localeFiles.map((file) => file.name)).toEqual(expect.arrayContaining(['coordinator/nl.json', 'portal/ar.json', 'recruit/en.json']));
  });

  it.each(localeFiles)('$name has no rule ids and no source file names', ({ url }) => {
    const texts = textsOf(JSON.parse(readFileSync(url, 'utf8')) as Tree);
    expect(texts.filter(([, text]) => RULE_ID.test(text) || SOURCE_FILE.test(text))).toEqual([]);
  });
});
