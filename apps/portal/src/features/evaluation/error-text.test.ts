import { readdirSync, readFileSync } from 'node:fs';
import { DOMAIN_CODES } from '@driehoek/domain/codes';
import { describe, expect, it } from 'vitest';
import { EVALUATION_TEXTS, WINDOW_STATES } from './error-text.js';

type Tree = { [key: string]: string | Tree };
const lookup = (tree: Tree, key: string): unknown => key.split('.').reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Tree)[part] : undefined), tree);
const read = (url: URL) => JSON.parse(readFileSync(url, 'utf8')) as Tree;
const portalDir = new URL('../../locales/', import.meta.url);
const languages = readdirSync(portalDir).filter((file) => file.endsWith('.json'));

/** The codes of the answer set and the submission window (domain answers.ts and schedule.ts). */
const ANSWERING_CODES = [
  'ANSWER_INVALID',
  'ANSWER_KIND_MISMATCH',
  'ANSWER_REQUIRED',
  'ANSWER_TWICE',
  'EXPLANATION_REQUIRED',
  'INVITATION_ANSWERED',
  'INVITATION_EXPIRED',
  'INVITATION_NOT_OPEN',
  'ITEM_NOT_FOR_RESPONDENT',
  'ITEM_UNKNOWN',
  'NUMBER_NOT_WHOLE',
  'NUMBER_OUT_OF_RANGE',
  'TEXT_TOO_LONG',
].map((code) => `EVALUATION.${code}`);

describe('questionnaire error texts', () => {
  it('words exactly the answering codes, all of them real', () => {
    const real = (DOMAIN_CODES as Record<string, readonly string[]>).EVALUATION!.map((code) => `EVALUATION.${code}`);
    for (const code of ANSWERING_CODES) expect(real).toContain(code);
    expect(Object.keys(EVALUATION_TEXTS).sort()).toEqual([...ANSWERING_CODES].sort());
    for (const code of Object.keys(WINDOW_STATES)) expect(ANSWERING_CODES).toContain(code);
  });

  for (const file of languages) {
    it(`${file}: every code has words, in the portal's texts or the questionnaire pages'`, () => {
      const texts = [read(new URL(file, portalDir)), read(new URL(`locales/${file}`, import.meta.url))];
      const missing = Object.entries(EVALUATION_TEXTS).filter(([, key]) => !texts.some((tree) => typeof lookup(tree, key) === 'string' && (lookup(tree, key) as string).trim() !== ''));
      expect(missing).toEqual([]);
    });
  }
});
