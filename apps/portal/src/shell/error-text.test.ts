import { readdirSync, readFileSync } from 'node:fs';
import { DOMAIN_CODES } from '@driehoek/domain/codes';
import { describe, expect, it } from 'vitest';
import { DOMAIN_TEXTS, PORTAL_EXTRA_CODES, PORTAL_NAMESPACES } from './error-text.js';

/** Every code the portal can receive has words in every portal language (never the fallback). */
type Tree = { [key: string]: string | Tree };
const dir = new URL('../locales/', import.meta.url);
const languages = readdirSync(dir).filter((file) => file.endsWith('.json'));
const lookup = (tree: Tree, key: string): unknown =>
  key.split('.').reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Tree)[part] : undefined), tree);

/**
 * The api's catalogue, as generated from its ERROR_TABLE into docs/ERROR-CODES.md (an api test
 * fails when that file is stale; an app may not import api internals).
 */
const catalogue = [
  ...readFileSync(new URL('../../../../docs/ERROR-CODES.md', import.meta.url), 'utf8').matchAll(/^\| `([A-Z_.]+)` \|/gm),
].map((match) => match[1]!);
const domainCodes = Object.entries(DOMAIN_CODES).flatMap(([namespace, codes]) => codes.map((code) => `${namespace}.${code}`));
const namespaceOf = (code: string) => code.split('.')[0]!;
const portalCodes = [
  ...new Set([...catalogue.filter((code) => (PORTAL_NAMESPACES as readonly string[]).includes(namespaceOf(code))), ...PORTAL_EXTRA_CODES]),
].sort();

describe('portal error texts', () => {
  it('reads a real code list from the api and the domain', () => {
    expect(languages.length).toBe(5);
    expect(catalogue.length).toBeGreaterThan(domainCodes.length);
    for (const code of domainCodes) expect(catalogue).toContain(code);
    expect(portalCodes).toContain('NOT_FOUND');
    expect(portalCodes).toContain('SCHEDULE.TIME_INVALID');
    for (const code of PORTAL_EXTRA_CODES) expect(catalogue).toContain(code);
  });

  it('maps only codes that exist', () => {
    for (const code of Object.keys(DOMAIN_TEXTS)) expect(portalCodes, code).toContain(code);
  });

  for (const file of languages) {
    it(`${file} has a text for every code the portal can receive`, () => {
      const texts = JSON.parse(readFileSync(new URL(file, dir), 'utf8')) as Tree;
      const missing = portalCodes.filter((code) => {
        const key = DOMAIN_TEXTS[code];
        const text = key === undefined ? undefined : lookup(texts, key);
        return typeof text !== 'string' || text.trim() === '';
      });
      expect(missing).toEqual([]);
    });
  }
});
