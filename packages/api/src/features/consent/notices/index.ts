import type { ConsentPurpose, NoticeAnswerSetting } from '@driehoek/domain/consent';
import { ar } from './ar.js';
import { en } from './en.js';
import { nl } from './nl.js';
import { pl } from './pl.js';
import { tr } from './tr.js';
import type { NoticeLanguageTexts } from './types.js';

/**
 * The consent notices a person reads before deciding (CON-7), per purpose and language, in two
 * variants: `adult` for parents (and an adult mentee) and `childFriendly`, the pupil's own text
 * (CON-10). What a "no" and a withdrawal mean comes from the programme's setting for the purpose
 * (`noticeAnswerSetting`: required → "without this the mentoring cannot start"; optional →
 * "saying no is fine, the mentoring goes on"), so the text cannot promise what the programme does
 * not do. Pure data and one assembly. The server derives each notice's version id and content
 * hash from the result (../notice-text.ts), so a consent record shows exactly which text was
 * agreed to.
 *
 * Changing any text changes its hash: raise NOTICE_VERSION in the same commit.
 */
export const NOTICE_VERSION = '2026-12b';

export type NoticeLanguage = 'nl' | 'en' | 'ar' | 'tr' | 'pl';
export type NoticeText = { readonly title: string; readonly text: string };
export type { NoticeLanguageTexts } from './types.js';

export const NOTICE_TEXTS: Readonly<Record<NoticeLanguage, NoticeLanguageTexts>> = { nl, en, ar, tr, pl };

/**
 * The notice for a purpose in a language, for the programme's setting of that purpose;
 * `childFriendly` for the pupil's own text. Paragraphs are separated by an empty line: what it is
 * for, then what a "no" means, then how to stop and what follows.
 */
export function noticeText(purpose: ConsentPurpose, language: NoticeLanguage, childFriendly: boolean, setting: NoticeAnswerSetting): NoticeText {
  const texts = NOTICE_TEXTS[language];
  const variant = childFriendly ? 'childFriendly' : 'adult';
  const parts = texts.purposes[purpose][variant];
  const answer = texts.answers[variant][setting];
  const detail = parts.ifNo[setting];
  return {
    title: parts.title,
    text: [...parts.paragraphs, [answer.no, detail, answer.then].filter(Boolean).join(' '), `${parts.withdraw} ${answer.withdrawn}`].join('\n\n'),
  };
}
