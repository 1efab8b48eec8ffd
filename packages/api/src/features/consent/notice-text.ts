import { createHash } from 'node:crypto';
import type { ConsentPurpose } from '@driehoek/domain/consent';
import type { ConsentNotice } from '@driehoek/contracts/consent';
import type { PortalLanguage } from '@driehoek/contracts/pupils';
import { NOTICE_VERSION, noticeText } from './notices/index.js';

/**
 * The notice a person is shown before deciding (CON-7, CON-10): the text in their language, the
 * child-friendly variant for the pupil, a version id and the SHA-256 of exactly this text. The
 * record keeps the version and the hash, so it shows what was agreed to.
 */
export function consentNotice(purpose: ConsentPurpose, language: PortalLanguage, childFriendly: boolean): ConsentNotice {
  const { title, text } = noticeText(purpose, language, childFriendly);
  const variant = childFriendly ? 'child' : 'adult';
  return {
    purpose,
    versionId: `${purpose}/${NOTICE_VERSION}/${language}/${variant}`,
    contentHash: createHash('sha256').update(`${title}\n\n${text}`).digest('hex'),
    language,
    childFriendly,
    title,
    text,
  };
}
