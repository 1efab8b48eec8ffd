import { createHash } from 'node:crypto';
import { noticeAnswerSetting, type ConsentPurpose, type ConsentRequirements } from '@driehoek/domain/consent';
import type { ConsentNotice } from '@driehoek/contracts/consent';
import type { PortalLanguage } from '@driehoek/contracts/pupils';
import { NOTICE_VERSION, noticeText } from './notices/index.js';

/**
 * The notice a person is shown before deciding (CON-7, CON-10): the text in their language, the
 * child-friendly variant for the pupil, saying what a "no" means in this programme (the purpose
 * required or optional in `requirements`, the programme's consent settings), a version id and the
 * SHA-256 of exactly this text. The record keeps the version and the hash, so it shows what was
 * agreed to.
 */
export function consentNotice(
  purpose: ConsentPurpose,
  language: PortalLanguage,
  childFriendly: boolean,
  requirements: Pick<ConsentRequirements, 'purposes'>,
): ConsentNotice {
  const setting = noticeAnswerSetting(purpose, requirements);
  const { title, text } = noticeText(purpose, language, childFriendly, setting);
  const variant = childFriendly ? 'child' : 'adult';
  return {
    purpose,
    versionId: `${purpose}/${NOTICE_VERSION}/${language}/${variant}/${setting}`,
    contentHash: createHash('sha256').update(`${title}\n\n${text}`).digest('hex'),
    language,
    childFriendly,
    title,
    text,
  };
}
