import { describe, expect, it } from 'vitest';
import { CONSENT_PURPOSES } from '@driehoek/domain/consent';
import { noticeText, type NoticeLanguage } from './index.js';

const LANGUAGES: NoticeLanguage[] = ['nl', 'en', 'ar', 'tr', 'pl'];
const WITHDRAW_BUTTON: Record<NoticeLanguage, string> = { nl: 'Intrekken', en: 'Withdraw', ar: 'سحب الموافقة', tr: 'Onayı geri çek', pl: 'Wycofaj zgodę' };

describe('consent notices', () => {
  for (const language of LANGUAGES) {
    for (const purpose of CONSENT_PURPOSES) {
      it(`${language} ${purpose}: an adult and a separate child-friendly text (CON-10)`, () => {
        const adult = noticeText(purpose, language, false);
        const child = noticeText(purpose, language, true);
        for (const notice of [adult, child]) {
          expect(notice.title.trim()).not.toBe('');
          expect(notice.text.split('\n\n').length).toBeGreaterThanOrEqual(4);
          expect(notice.text).not.toMatch(/\n{3,}|^\s|\s$/);
        }
        expect(child.title).not.toBe(adult.title);
        expect(child.text).not.toBe(adult.text);
      });

      it(`${language} ${purpose}: the parents' text names the portal's withdraw button`, () => {
        expect(noticeText(purpose, language, false).text).toContain(`"${WITHDRAW_BUTTON[language]}"`);
      });
    }
  }

  it('short sentences: no paragraph of a child-friendly text is longer than 180 characters', () => {
    for (const language of LANGUAGES) {
      for (const purpose of CONSENT_PURPOSES) {
        for (const paragraph of noticeText(purpose, language, true).text.split('\n\n')) expect(paragraph.length, `${language} ${purpose}`).toBeLessThanOrEqual(180);
      }
    }
  });
});
