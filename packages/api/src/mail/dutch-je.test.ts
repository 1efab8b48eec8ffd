import { describe, expect, it } from 'vitest';
import { FAMILY_TEXTS, VOLUNTEER_TEXTS } from '../features/notification/index.js';
import { INVITATION_WORDS } from '../features/evaluation/index.js';
import { NOTICE_TEXTS } from '../features/consent/index.js';

/**
 * Dutch addresses volunteers and parents with "je", never "u" (docs/CONVENTIONS.md): one form in
 * every e-mail and in the consent notices a parent reads beside the portal's texts.
 */
const POLITE = /\b(?:u|uw|Uw|U)\b/;

/** Every string in a tree of texts; a function (a text with facts) is called with sample facts. */
function stringsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value === 'function') {
    // A text takes one object of facts, or several strings.
    const text = value as (...args: unknown[]) => unknown;
    const facts = new Proxy({}, { get: (_, key) => (typeof key === 'string' ? `‹${key}›` : undefined) });
    return stringsOf(text.length === 1 ? text(facts) : text(...Array.from({ length: text.length }, (_, i) => `‹${i}›`)));
  }
  if (Array.isArray(value)) return value.flatMap(stringsOf);
  if (value && typeof value === 'object') return Object.values(value).flatMap(stringsOf);
  return [];
}

describe('Dutch mails and notices say "je"', () => {
  it('the check catches the polite form', () => {
    for (const text of ['Wilt u dit invullen?', 'Uw kind', 'de naam van uw kind', 'U ziet het']) expect(text).toMatch(POLITE);
    for (const text of ['Wil je dit invullen?', 'Je kind', 'Uur']) expect(text).not.toMatch(POLITE);
  });

  it.each([
    ['volunteer notifications', VOLUNTEER_TEXTS.nl],
    ['family notifications', FAMILY_TEXTS.nl],
    ['questionnaire invitation', INVITATION_WORDS.nl],
    ['consent notices', NOTICE_TEXTS.nl],
  ])('%s', (_, texts) => {
    const strings = stringsOf(texts);
    expect(strings.length).toBeGreaterThan(0);
    expect(strings.filter((text) => POLITE.test(text))).toEqual([]);
  });
});
