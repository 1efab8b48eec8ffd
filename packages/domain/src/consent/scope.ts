import type { ConsentPurpose, ConsentRecipient } from './types.js';

/**
 * What each purpose covers (B2 `dataCategories`, `recipients`): stored on every record so it
 * shows what exactly was agreed to. The notice texts (in the api) describe the same.
 */
export const CONSENT_SCOPE: Readonly<Record<ConsentPurpose, { readonly dataCategories: readonly string[]; readonly recipients: readonly ConsentRecipient[] }>> = {
  MENTORING: { dataCategories: ['name', 'birth date', 'school and year', 'help request', 'home situation'], recipients: ['ORGANISATION', 'MATCHED_VOLUNTEER'] },
  SHARE_CONTACT_DETAILS: { dataCategories: ['address', 'phone', 'e-mail'], recipients: ['MATCHED_VOLUNTEER'] },
  SHARE_WITH_SCHOOL: { dataCategories: ['meeting progress', 'contact between volunteer and school mentor'], recipients: ['SCHOOL', 'MATCHED_VOLUNTEER'] },
  EVALUATION: { dataCategories: ['questionnaire answers'], recipients: ['ORGANISATION', 'FUNDER_AGGREGATED'] },
  PHOTO_MEDIA: { dataCategories: ['photos', 'video'], recipients: ['ORGANISATION'] },
};
