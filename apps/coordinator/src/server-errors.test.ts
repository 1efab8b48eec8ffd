import { readFileSync } from 'node:fs';
import { DOMAIN_CODES } from '@driehoek/domain/codes';
import { describe, expect, it } from 'vitest';
import { CODE_VALUES } from './error-values';
import { refusalWords } from './server-errors';
import nl from './locales/nl.json';
import en from './locales/en.json';

type Tree = { [key: string]: string | Tree };
const lookup = (tree: Tree, key: string): unknown =>
  key.split('.').reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Tree)[part] : undefined), tree);
const keysOf = (tree: Tree, prefix = ''): string[] =>
  Object.entries(tree).flatMap(([key, value]) => (typeof value === 'string' ? [`${prefix}${key}`] : keysOf(value, `${prefix}${key}.`)));

/**
 * The api's catalogue, as generated from its ERROR_TABLE into docs/ERROR-CODES.md (an api test
 * fails when that file is stale; an app may not import api internals). The coordinator's
 * procedures can refuse with practically all of it, so the app has words for every code.
 */
const catalogue = [
  ...readFileSync(new URL('../../../docs/ERROR-CODES.md', import.meta.url), 'utf8').matchAll(/^\| `([A-Z_.]+)` \|/gm),
].map((match) => match[1]!);
const domainCodes = Object.entries(DOMAIN_CODES).flatMap(([namespace, codes]) => codes.map((code) => `${namespace}.${code}`));
const languages = [
  ['nl', nl as Tree],
  ['en', en as Tree],
] as const;

/** Keys shaped like a code (`SCREENING.VOG_TOO_OLD`, `NOT_FOUND`), apart from a family's general text (`SCHEDULE.unknown`). */
const codeKeysOf = (tree: Tree) => keysOf(tree).filter((key) => /^[A-Z_]+(\.[A-Z_]+)?$/.test(key));
const placeholdersOf = (text: string) => [...text.matchAll(/{{\s*(\w+)\s*}}/g)].map((match) => match[1]!).sort();

describe('coordinator error texts', () => {
  it('reads a real code list from the api and the domain', () => {
    expect(catalogue.length).toBeGreaterThan(domainCodes.length);
    expect(new Set(catalogue).size).toBe(catalogue.length);
    for (const code of domainCodes) expect(catalogue).toContain(code);
    for (const code of ['NOT_FOUND', 'SAFEGUARDING.VERSION_CONFLICT', 'STAFF.EMAIL_TAKEN']) expect(catalogue).toContain(code);
  });

  it.each(languages)('%s has words for every code in the catalogue', (_, texts) => {
    const missing = catalogue.filter((code) => {
      const text = lookup(texts, code);
      return typeof text !== 'string' || text.trim() === '';
    });
    expect(missing).toEqual([]);
  });

  it.each(languages)('%s has no words for a code that no longer exists', (_, texts) => {
    expect(codeKeysOf(texts).filter((key) => !catalogue.includes(key))).toEqual([]);
  });

  it.each(languages)('%s names only the numbers of the rule behind a code (no data about a person)', (_, texts) => {
    for (const code of catalogue) {
      const text = lookup(texts, code) as string;
      expect(placeholdersOf(text), code).toEqual(Object.keys(CODE_VALUES[code] ?? {}).sort());
    }
    for (const code of Object.keys(CODE_VALUES)) expect(catalogue).toContain(code);
  });

  it('a code says something else than its neighbours in the same language', () => {
    // Two codes may share words (a date is invalid in several families), but not a whole namespace.
    for (const [, texts] of languages) {
      const namespaces = new Set(catalogue.filter((code) => code.includes('.')).map((code) => code.split('.')[0]!));
      for (const namespace of namespaces) {
        const codes = catalogue.filter((code) => code.startsWith(`${namespace}.`));
        if (codes.length < 3) continue;
        const distinct = new Set(codes.map((code) => lookup(texts, code)));
        expect(distinct.size, namespace).toBeGreaterThan(codes.length / 2);
      }
    }
  });
});

describe('refusalWords', () => {
  const known = new Set([...keysOf(nl as Tree)]);
  const exists = (key: string) => known.has(key);

  it('gives a known code its own words, with the numbers of its rule', () => {
    expect(refusalWords({ domainCode: 'SAFEGUARDING.VERSION_CONFLICT', code: 'CONFLICT' }, 'x', exists)).toEqual({ key: 'SAFEGUARDING.VERSION_CONFLICT' });
    expect(refusalWords({ domainCode: 'PUPIL.AGE_OUT_OF_RANGE', code: 'BAD_REQUEST' }, 'x', exists)).toEqual({
      key: 'PUPIL.AGE_OUT_OF_RANGE',
      values: CODE_VALUES['PUPIL.AGE_OUT_OF_RANGE'],
    });
  });

  it('falls back to the family, then to a general sentence with the server reason, never the raw code', () => {
    const newCode = { domainCode: 'SCHEDULE.SOMETHING_NEW', code: 'BAD_REQUEST' } as never;
    expect(refusalWords(newCode, 'Reason.', exists)).toEqual({ key: 'SCHEDULE.unknown' });
    const unknownFamily = { domainCode: 'NEWFAMILY.RULE', code: 'BAD_REQUEST' } as never;
    expect(refusalWords(unknownFamily, 'Reason.', exists)).toEqual({ key: 'errors.refusedUnknown', values: { message: 'Reason.' } });
    expect(refusalWords(unknownFamily, undefined, exists)).toEqual({ key: 'errors.generic' });
    expect(exists('errors.refusedUnknown')).toBe(true);
  });

  it('without a code: the first field words of an input check, else the words of the status', () => {
    expect(refusalWords({ code: 'BAD_REQUEST', fieldErrors: { email: 'errors.email' } }, '[{"zod":1}]', exists)).toEqual({ key: 'errors.email' });
    expect(refusalWords({ code: 'UNAUTHORIZED' }, 'x', exists)).toEqual({ key: 'AUTH.NOT_SIGNED_IN' });
    expect(refusalWords({ code: 'NOT_FOUND' }, 'x', exists)).toEqual({ key: 'NOT_FOUND' });
    expect(refusalWords({ code: 'INTERNAL_SERVER_ERROR' }, 'stack', exists)).toEqual({ key: 'errors.generic' });
    expect(refusalWords({}, undefined, exists)).toEqual({ key: 'errors.generic' });
  });
});
