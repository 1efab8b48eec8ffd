import { describe, expect, it } from 'vitest';
import { BUILT_IN_QUESTIONNAIRES } from './questionnaires/index.js';

/** Every Dutch text in a tree: the `nl` of each localised text. */
function dutchOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(dutchOf);
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, inner]) => (key === 'nl' && typeof inner === 'string' ? [inner] : dutchOf(inner)));
}

const POLITE = /\b(?:u|uw|Uw|U)\b/;

describe('the built-in questionnaires say "je" in Dutch (docs/CONVENTIONS.md: one form for parents and volunteers)', () => {
  it.each(BUILT_IN_QUESTIONNAIRES.map((definition) => [definition.id, definition] as const))('%s', (_, definition) => {
    const texts = dutchOf(definition);
    expect(texts.length).toBeGreaterThan(0);
    expect(texts.filter((text) => POLITE.test(text))).toEqual([]);
  });
});
