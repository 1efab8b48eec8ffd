import { readdirSync, readFileSync } from 'node:fs';
import { applyInput } from '@driehoek/contracts/application';
import { DOMAIN_CODES } from '@driehoek/domain/codes';
import { describe, expect, it } from 'vitest';
import { RECRUIT_EXTRA_CODES, RECRUIT_NAMESPACES, codeTextKey } from './error-text.js';

/** Every code and input message the public application procedures give has words in every language of the site. */
type Tree = { [key: string]: string | Tree };
const dir = new URL('../../locales/', import.meta.url);
const languages = readdirSync(dir).filter((file) => file.endsWith('.json'));
const lookup = (tree: Tree, key: string): unknown =>
  key.split('.').reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Tree)[part] : undefined), tree);
const keysOf = (tree: Tree, prefix = ''): string[] =>
  Object.entries(tree).flatMap(([key, value]) => (typeof value === 'string' ? [`${prefix}${key}`] : keysOf(value, `${prefix}${key}.`)));
const hasWords = (tree: Tree, key: string) => {
  const text = lookup(tree, key);
  return typeof text === 'string' && text.trim() !== '';
};

/**
 * The api's catalogue, as generated from its ERROR_TABLE into docs/ERROR-CODES.md (an api test
 * fails when that file is stale; an app may not import api internals).
 */
const catalogue = [
  ...readFileSync(new URL('../../../../../docs/ERROR-CODES.md', import.meta.url), 'utf8').matchAll(/^\| `([A-Z_.]+)` \|/gm),
].map((match) => match[1]!);
const domainCodes = Object.entries(DOMAIN_CODES).flatMap(([namespace, codes]) => codes.map((code) => `${namespace}.${code}`));
const namespaceOf = (code: string) => code.split('.')[0]!;
const recruitCodes = [
  ...new Set([...catalogue.filter((code) => (RECRUIT_NAMESPACES as readonly string[]).includes(namespaceOf(code))), ...RECRUIT_EXTRA_CODES]),
].sort();

/**
 * The messages the application form's contract gives for what a person can type wrong: missing,
 * empty, too long or malformed answers. They are i18n keys (`errors.email`); any other message
 * (a wrong type the form cannot send) falls back to `errors.invalid`.
 */
const contractKeys = (() => {
  const fields = Object.keys(applyInput.shape);
  const every = (value: unknown) => Object.fromEntries(fields.map((field) => [field, value]));
  const probes = [{}, every(''), every('   '), every('x'.repeat(5000)), every('not valid'), every([])];
  const messages = probes.flatMap((probe) => {
    const result = applyInput.safeParse(probe);
    return result.success ? [] : result.error.issues.map((issue) => issue.message);
  });
  return [...new Set(messages.filter((message) => message.startsWith('errors.')))].sort();
})();

/** The sentences the form shows for a request that failed as a whole. */
const GENERAL_KEYS = ['apply.network', 'apply.serverFailed', 'apply.tooMany', 'apply.refused', 'apply.checkFields', 'errors.invalid', 'errors.controlCharacter'];

describe('recruitment site error texts', () => {
  it('reads a real code list from the api, the domain and the contract', () => {
    expect(languages.length).toBeGreaterThanOrEqual(2);
    expect(catalogue.length).toBeGreaterThan(domainCodes.length);
    for (const code of domainCodes) expect(catalogue).toContain(code);
    for (const code of RECRUIT_EXTRA_CODES) expect(catalogue).toContain(code);
    for (const code of ['APPLICATION.APPLICANT_MINOR', 'APPLICATION.PROGRAMME_CLOSED', 'INPUT.CONTROL_CHARACTER']) expect(recruitCodes).toContain(code);
    for (const key of ['errors.required', 'errors.email', 'errors.tooLong', 'errors.chooseOne', 'errors.consentRequired']) expect(contractKeys).toContain(key);
  });

  for (const file of languages) {
    const texts = JSON.parse(readFileSync(new URL(file, dir), 'utf8')) as Tree;

    it(`${file} has words for every code the application procedures can give`, () => {
      expect(recruitCodes.filter((code) => !hasWords(texts, codeTextKey(code)))).toEqual([]);
    });

    it(`${file} has words for every input message of the form's contract and the general refusals`, () => {
      expect([...contractKeys, ...GENERAL_KEYS].filter((key) => !hasWords(texts, key))).toEqual([]);
    });

    it(`${file} has no words for a code that no longer exists or that the site cannot receive`, () => {
      const codeKeys = keysOf(texts).filter((key) => /^[A-Z_]+(\.[A-Z_]+)?$/.test(key));
      expect(codeKeys.filter((key) => !recruitCodes.includes(key))).toEqual([]);
    });
  }
});
