import { describe, expect, it } from 'vitest';
import { EVALUATION_TEXTS } from './evaluation-texts';
import { SCHOOL_QUESTIONNAIRE_TEXTS } from '../../schools/questionnaire-texts';

type Tree = { [key: string]: string | Tree };
const keysOf = (tree: Tree, prefix = ''): string[] => Object.entries(tree).flatMap(([key, value]) => (typeof value === 'string' ? [prefix + key] : keysOf(value, `${prefix}${key}.`)));
const textAt = (tree: Tree, key: string): unknown => key.split('.').reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Tree)[part] : undefined), tree);

describe.each([
  ['the evaluation panel', EVALUATION_TEXTS],
  ["the school mentor's questionnaires", SCHOOL_QUESTIONNAIRE_TEXTS],
] as const)('%s texts', (_name, texts) => {
  it('English has every Dutch text and no others, none empty, with the same placeholders', () => {
    const { nl, en }: Record<'nl' | 'en', Tree> = texts;
    expect(keysOf(en).sort()).toEqual(keysOf(nl).sort());
    for (const key of keysOf(nl)) {
      const [dutch, english] = [textAt(nl, key), textAt(en, key)] as [string, string];
      expect(english.trim(), key).not.toBe('');
      expect([...english.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort(), key).toEqual([...dutch.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort());
    }
  });
});
