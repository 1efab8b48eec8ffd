import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * Dutch says "je" to everyone the apps address: volunteers and parents in the portal and on the
 * recruitment site, coordinators in their app (docs/CONVENTIONS.md). Never "u" or "uw" beside it.
 */
const apps = new URL('../../../', import.meta.url);
type Tree = { [key: string]: string | Tree };
const textsOf = (tree: Tree, prefix = ''): [string, string][] =>
  Object.entries(tree).flatMap(([key, value]) => (typeof value === 'string' ? [[`${prefix}${key}`, value] as [string, string]] : textsOf(value, `${prefix}${key}.`)));

const POLITE = /\b(?:u|uw|Uw|U)\b/;

describe('one form of address in Dutch', () => {
  it('the check catches "u" and "uw", not words that contain them', () => {
    for (const text of ['Bent u ouder?', 'Uw e-mailadres', 'met uw kind', 'U bent uitgelogd.']) expect(text).toMatch(POLITE);
    for (const text of ['Ben je ouder?', 'Je e-mailadres', 'Uur', 'uitgelogd', 'nu']) expect(text).not.toMatch(POLITE);
  });

  it.each(['coordinator', 'portal', 'recruit'])('%s/nl.json says "je"', (app) => {
    const texts = textsOf(JSON.parse(readFileSync(new URL(`${app}/src/locales/nl.json`, apps), 'utf8')) as Tree);
    expect(texts.filter(([, text]) => POLITE.test(text))).toEqual([]);
  });
});
