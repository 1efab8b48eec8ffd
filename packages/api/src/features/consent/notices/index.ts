import type { ConsentPurpose } from '@driehoek/domain/consent';
import { ar } from './ar.js';
import { en } from './en.js';
import { nl } from './nl.js';
import { pl } from './pl.js';
import { tr } from './tr.js';

/**
 * The consent notices a person reads before deciding (CON-7), per purpose and language, in two
 * variants: `adult` for parents (and an adult mentee) and `childFriendly`, the pupil's own text
 * (CON-10). Pure data. The server derives each notice's version id and content hash from these
 * (../notice.ts), so a consent record shows exactly which text was agreed to.
 *
 * Changing any text changes its hash: raise NOTICE_VERSION in the same commit.
 */
export const NOTICE_VERSION = '2026-11';

export type NoticeLanguage = 'nl' | 'en' | 'ar' | 'tr' | 'pl';
export type NoticeText = { readonly title: string; readonly text: string };

const NOTICES: Record<NoticeLanguage, Record<ConsentPurpose, { readonly adult: NoticeText; readonly childFriendly: NoticeText }>> = { nl, en, ar, tr, pl };

/** The notice for a purpose in a language; `childFriendly` for the pupil's own text. Paragraphs are separated by an empty line. */
export function noticeText(purpose: ConsentPurpose, language: NoticeLanguage, childFriendly: boolean): { title: string; text: string } {
  const notice = NOTICES[language][purpose];
  const { title, text } = childFriendly ? notice.childFriendly : notice.adult;
  return { title, text };
}
