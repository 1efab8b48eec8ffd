import { describe, expect, it } from 'vitest';
import { CONSENT_PURPOSES, type NoticeAnswerSetting } from '@driehoek/domain/consent';
import { programmeSettingsFromTemplate, PROGRAMME_TEMPLATE_KEYS } from '@driehoek/domain/programme';
import { consentNotice } from '../notice-text.js';
import { NOTICE_TEXTS, noticeText, type NoticeLanguage } from './index.js';

const LANGUAGES: NoticeLanguage[] = ['nl', 'en', 'ar', 'tr', 'pl'];
const SETTINGS: NoticeAnswerSetting[] = ['required', 'optional'];
const WITHDRAW_BUTTON: Record<NoticeLanguage, string> = { nl: 'Intrekken', en: 'Withdraw', ar: 'سحب الموافقة', tr: 'Onayı geri çek', pl: 'Wycofaj zgodę' };
const other = (setting: NoticeAnswerSetting): NoticeAnswerSetting => (setting === 'required' ? 'optional' : 'required');
/** A programme's consent settings with every purpose at the given setting. */
const programmeWith = (setting: NoticeAnswerSetting) => ({
  purposes: CONSENT_PURPOSES.map((purpose) => ({ purpose, givers: ['pupil', 'guardian'] as const, neededToMatch: setting === 'required' })),
});

describe('consent notices', () => {
  for (const language of LANGUAGES) {
    for (const purpose of CONSENT_PURPOSES) {
      it(`${language} ${purpose}: an adult and a separate child-friendly text (CON-10)`, () => {
        for (const setting of SETTINGS) {
          const adult = noticeText(purpose, language, false, setting);
          const child = noticeText(purpose, language, true, setting);
          for (const notice of [adult, child]) {
            expect(notice.title.trim()).not.toBe('');
            expect(notice.text.split('\n\n').length).toBeGreaterThanOrEqual(4);
            expect(notice.text).not.toMatch(/\n{3,}|^\s|\s$| {2}/);
          }
          expect(child.title).not.toBe(adult.title);
          expect(child.text).not.toBe(adult.text);
        }
      });

      it(`${language} ${purpose}: the parents' text names the portal's withdraw button`, () => {
        for (const setting of SETTINGS) expect(noticeText(purpose, language, false, setting).text).toContain(`"${WITHDRAW_BUTTON[language]}"`);
      });

      for (const setting of SETTINGS) {
        it(`CON-3/CON-6 ${language} ${purpose} ${setting}: what the notice says a "no" and a withdrawal mean matches the programme's setting`, () => {
          // mentoring is required in every programme (CON-1): its notice says so whatever a setting claims.
          const expected: NoticeAnswerSetting = purpose === 'mentoring' ? 'required' : setting;
          for (const childFriendly of [false, true]) {
            const answers = NOTICE_TEXTS[language].answers[childFriendly ? 'childFriendly' : 'adult'];
            const notice = consentNotice(purpose, language, childFriendly, programmeWith(setting));
            const paragraphs = notice.text.split('\n\n');
            const no = paragraphs.at(-2)!;
            const last = paragraphs.at(-1)!;
            const detail = NOTICE_TEXTS[language].purposes[purpose][childFriendly ? 'childFriendly' : 'adult'].ifNo[expected];
            expect(no, childFriendly ? 'child' : 'adult').toBe([answers[expected].no, detail, answers[expected].then].filter(Boolean).join(' '));
            expect(last.endsWith(` ${answers[expected].withdrawn}`), `${childFriendly ? 'child' : 'adult'}: ${last}`).toBe(true);
            // The other setting's sentences appear nowhere in the text.
            expect(notice.text).not.toContain(answers[other(expected)].then);
            if (answers[other(expected)].withdrawn !== answers[expected].withdrawn) expect(notice.text).not.toContain(answers[other(expected)].withdrawn);
            expect(notice.versionId.endsWith(`/${expected}`)).toBe(true);
          }
        });
      }
    }

    it(`${language}: the required and the optional sentences differ, for parents and for the pupil`, () => {
      for (const variant of ['adult', 'childFriendly'] as const) {
        const { required, optional } = NOTICE_TEXTS[language].answers[variant];
        expect(required.then).not.toBe(optional.then);
        expect(required.withdrawn).not.toBe(optional.withdrawn);
        expect(optional.then).not.toContain(required.then);
        expect(required.then).not.toContain(optional.then);
      }
    });
  }

  it('the issue: in both demo programmes "the volunteer and the school talk together" is required, so its notice no longer says the volunteer still comes', () => {
    for (const template of ['schoolsCool', 'thuisschoolmaatje'] as const) {
      const settings = programmeSettingsFromTemplate(template).consent;
      const notice = consentNotice('shareWithSchool', 'en', false, settings);
      expect(notice.text).toContain('without this the mentoring cannot start');
      expect(notice.text).not.toContain('The volunteer still comes');
      expect(notice.text).not.toContain('Saying no is fine');
    }
  });

  it('every template: each purpose it asks has a notice that agrees with its setting', () => {
    for (const template of PROGRAMME_TEMPLATE_KEYS) {
      const settings = programmeSettingsFromTemplate(template).consent;
      for (const requirement of settings.purposes) {
        const answers = NOTICE_TEXTS.en.answers.adult;
        const notice = consentNotice(requirement.purpose, 'en', false, settings);
        expect(notice.text, `${template} ${requirement.purpose}`).toContain(answers[requirement.neededToMatch || requirement.purpose === 'mentoring' ? 'required' : 'optional'].then);
      }
    }
  });

  it('short sentences: no paragraph of a child-friendly text is longer than 180 characters', () => {
    for (const language of LANGUAGES) {
      for (const purpose of CONSENT_PURPOSES) {
        for (const setting of SETTINGS) {
          for (const paragraph of noticeText(purpose, language, true, setting).text.split('\n\n')) expect(paragraph.length, `${language} ${purpose} ${setting}`).toBeLessThanOrEqual(180);
        }
      }
    }
  });
});
