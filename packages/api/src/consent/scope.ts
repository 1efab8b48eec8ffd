import type { ConsentPurpose, ConsentRecipient } from '@driehoek/domain/consent';

/**
 * What each purpose covers (B2 `dataCategories`, `recipients`): stored on every record so it
 * shows what exactly was agreed to. Kept in step with the notice texts in ./notices.
 */
export const CONSENT_SCOPE: Record<ConsentPurpose, { dataCategories: string[]; recipients: ConsentRecipient[] }> = {
  MENTORING: { dataCategories: ['name', 'birth date', 'school and year', 'help request', 'home situation'], recipients: ['ORGANISATION', 'MATCHED_VOLUNTEER'] },
  SHARE_CONTACT_DETAILS: { dataCategories: ['address', 'phone', 'e-mail'], recipients: ['MATCHED_VOLUNTEER'] },
  SHARE_WITH_SCHOOL: { dataCategories: ['meeting progress', 'contact between volunteer and school mentor'], recipients: ['SCHOOL', 'MATCHED_VOLUNTEER'] },
  EVALUATION: { dataCategories: ['questionnaire answers'], recipients: ['ORGANISATION', 'FUNDER_AGGREGATED'] },
  PHOTO_MEDIA: { dataCategories: ['photos', 'video'], recipients: ['ORGANISATION'] },
};
