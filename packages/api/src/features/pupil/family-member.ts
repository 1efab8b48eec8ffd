import type { z } from 'zod';
import type { familyMemberInput } from '@driehoek/contracts/pupils';

/** The stored columns of a family member as the form sends them: e-mail lower-cased, empty fields null. */
export function familyMemberColumns(member: z.output<typeof familyMemberInput>) {
  return {
    role: member.role,
    firstName: member.firstName,
    lastName: member.lastName,
    email: member.email ? member.email.toLowerCase() : null,
    phone: member.phone || null,
    preferredLanguage: member.preferredLanguage,
    readsDutch: member.readsDutch,
    hasParentalAuthority: member.role !== 'relative' && member.hasParentalAuthority,
    isMentee: member.isMentee,
  };
}
