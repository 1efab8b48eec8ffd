import type { EntityManager } from '@driehoek/db';
import type { OrganisationContact } from '@driehoek/contracts/organisation';
import { letterheadOf } from '../../mail/letterhead.js';

/** How to reach an organisation: what its settings publish (the portal's contact block, the recruitment site). */
export async function organisationContactOf(em: EntityManager, organisationId: string): Promise<OrganisationContact> {
  const letterhead = await letterheadOf(em, organisationId);
  return {
    organisationName: letterhead.organisationName,
    coordinatorName: letterhead.coordinatorName,
    phone: letterhead.phone,
    email: letterhead.email,
    address: letterhead.address,
    logoUrl: letterhead.logoUrl,
  };
}
