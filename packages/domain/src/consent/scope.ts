import type { ConsentPurpose, ConsentRecipient } from './types.js';

/**
 * What each purpose covers (B2 `dataCategories`, `recipients`): stored on every record so it
 * shows what exactly was agreed to. The notice texts (in the api) describe the same.
 */
export const CONSENT_SCOPE: Readonly<Record<ConsentPurpose, { readonly dataCategories: readonly string[]; readonly recipients: readonly ConsentRecipient[] }>> = {
  mentoring: { dataCategories: ['name', 'birth date', 'school and year', 'help request', 'home situation'], recipients: ['organisation', 'matchedVolunteer'] },
  shareContactDetails: { dataCategories: ['address', 'phone', 'e-mail'], recipients: ['matchedVolunteer'] },
  shareWithSchool: { dataCategories: ['meeting progress', 'contact between volunteer and school mentor'], recipients: ['school', 'matchedVolunteer'] },
  evaluation: { dataCategories: ['questionnaire answers'], recipients: ['organisation', 'funderAggregated'] },
  photoMedia: { dataCategories: ['photos', 'video'], recipients: ['organisation'] },
};
