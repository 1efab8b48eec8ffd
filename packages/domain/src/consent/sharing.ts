import type { ConsentAssessment } from './types.js';

/**
 * CON-6, CON-4: whether the matched volunteer may see the family's contact details (phone number
 * and home address) today. Only while the programme asks the `shareContactDetails` purpose and it
 * is given by everyone who must give it: pending, refused or withdrawn (by anyone) hides them at
 * once, and a programme that does not ask the purpose never shares them.
 */
export function contactDetailsShared(assessment: Pick<ConsentAssessment, 'purposes'>): boolean {
  return assessment.purposes.some((purpose) => purpose.purpose === 'shareContactDetails' && purpose.state === 'given');
}
