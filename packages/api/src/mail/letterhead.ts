import { Organisation, OrganisationSettings, StaffMember, type EntityManager } from '@driehoek/db';
import type { Letterhead } from './layout.js';

/** The address the server serves an organisation's logo at; the hash makes a new logo a new address. */
export const logoUrlOf = (organisationId: string, hash: string | null): string | null =>
  hash ? `/organisation-logo/${organisationId}/${hash}` : null;

/** An organisation's letterhead and published contact details (settings not made: the name alone). */
export async function letterheadOf(em: EntityManager, organisationId: string): Promise<Letterhead & { address: string | null; logoUrl: string | null }> {
  const [organisation, settings] = await Promise.all([
    em.findOneOrFail(Organisation, { id: organisationId }),
    em.findOne(OrganisationSettings, { organisation: organisationId }),
  ]);
  const coordinator = settings?.dutyCoordinatorId
    ? await em.findOne(StaffMember, { id: settings.dutyCoordinatorId, organisation: organisationId, active: true })
    : null;
  return {
    organisationId,
    organisationName: organisation.name,
    senderName: settings?.senderName ?? null,
    coordinatorName: coordinator?.name ?? null,
    phone: settings?.phone ?? null,
    email: settings?.email ?? null,
    address: settings?.address ?? null,
    logoUrl: logoUrlOf(organisationId, settings?.logoHash ?? null),
  };
}

/**
 * The display name of the From header of an organisation's e-mails: its sender name, or its name
 * when it set none. The address stays the server's own (SPF and DKIM are the server's).
 */
export async function fromNameOf(em: EntityManager, organisationId: string): Promise<string> {
  const [organisation, settings] = await Promise.all([
    em.findOneOrFail(Organisation, { id: organisationId }),
    em.findOne(OrganisationSettings, { organisation: organisationId }),
  ]);
  return settings?.senderName ?? organisation.name;
}
