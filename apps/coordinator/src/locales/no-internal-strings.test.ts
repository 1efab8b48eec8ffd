import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * Words a person reads never carry our internal references: a rule id such as "(SCR-5)" or the
 * name of a source document such as "schoolscool-thuismentor-worden.txt". Checked here for the
 * texts of all three apps (coordinator, portal, recruitment site), which live beside each other.
 * And counted words are real plurals: i18next's `_one` / `_other` keys chosen by `count`, never a
 * fake plural such as "koppeling(en)", "vrijwilliger(s)", "gezin(nen)" or "famil(ies)".
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

/** A word with a plural ending in brackets: "(s)", "(en)", "(n)", "(nen)", "(es)", "(ies)", "(er)", "(lar)", "(ler)". */
const FAKE_PLURAL = /\p{L}\((?:s|en|n|nen|es|ies|er|lar|ler)\)/u;

describe('real plurals', () => {
  it('the pattern catches the fake plurals and leaves brackets around words alone', () => {
    for (const text of ['2 koppeling(en)', 'vrijwilliger(s)', '3 gezin(nen)', 'famil(ies)', 'Moment(s) in the week']) expect(text).toMatch(FAKE_PLURAL);
    for (const text of ['Wacht op een vrijwilliger (3 leerlingen)', '(optioneel)', 'score (860 van 1300)']) expect(text).not.toMatch(FAKE_PLURAL);
  });

  it.each(localeFiles)('$name has no fake plurals', ({ url }) => {
    const texts = textsOf(JSON.parse(readFileSync(url, 'utf8')) as Tree);
    expect(texts.filter(([, text]) => FAKE_PLURAL.test(text))).toEqual([]);
  });
});
