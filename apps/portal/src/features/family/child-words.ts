import type { PortalFamily } from '@driehoek/contracts/portal';

/**
 * What a sentence about the child needs: the name, and the gender as i18next's context, so a
 * gendered language words it right ("قالت أمينة نعم", "Amira powiedziała tak"): a text with
 * the suffix `_female` is used when the language has one, the plain text otherwise.
 */
// a type, not an interface: i18next's options take an object with an index signature
export type ChildWords = { name: string; context?: 'female' | 'male' };

export function childWords(child: Pick<PortalFamily['children'][number], 'firstName' | 'gender'>): ChildWords {
  return child.gender === 'female' || child.gender === 'male' ? { name: child.firstName, context: child.gender } : { name: child.firstName };
}
