import { SafeguardingRole, StaffMember, type EntityManager, type School } from '@driehoek/db';
import { AppError } from '../../errors/index.js';
import { issuePasswordLink, passwordLinkUrl, PASSWORD_LINK_LIFETIME_MS } from '../../auth/password-links.js';
import { queueMail } from '../../mail/outbox.js';
import { invitationMail, type InvitedRole, type StaffLocale } from '../../mail/invitation.js';
import type { Actor } from '../../trpc/index.js';

/**
 * Invites a staff member: an account without a password, and an e-mailed link (once, seven days)
 * to choose one, in the language chosen for them. A safeguarding lead is a coordinator named lead
 * (SAF-17); a school mentor is scoped to `school`. Saved with the caller's flush.
 */
export async function inviteStaffMember(
  em: EntityManager,
  services: { readonly clock: { now(): Date }; readonly publicUrl: string },
  actor: Actor,
  invitee: { name: string; email: string; role: InvitedRole; school: School | null; locale: StaffLocale },
): Promise<StaffMember> {
  const email = invitee.email.toLowerCase();
  if (await em.findOne(StaffMember, { email })) throw new AppError('STAFF.EMAIL_TAKEN', 'email');
  const role = invitee.role === 'safeguardingLead' ? 'coordinator' : invitee.role;
  const member = em.create(StaffMember, {
    organisation: actor.organisationId,
    school: role === 'schoolMentor' ? invitee.school : null,
    name: invitee.name,
    email,
    role,
    locale: invitee.locale,
    passwordHash: null,
  });
  if (invitee.role === 'safeguardingLead') em.create(SafeguardingRole, { organisation: actor.organisationId, staffMember: member, role: 'lead' });
  const secret = await issuePasswordLink(em, member, 'invitation', services.clock.now());
  queueMail(
    em,
    invitationMail({
      organisationId: actor.organisationId,
      organisationName: actor.organisationName,
      to: email,
      name: invitee.name,
      role: invitee.role,
      schoolName: invitee.school?.name ?? null,
      invitedBy: actor.name,
      link: passwordLinkUrl(services.publicUrl, secret),
      days: PASSWORD_LINK_LIFETIME_MS.invitation / 86_400_000,
      locale: invitee.locale,
    }),
  );
  return member;
}
