import { SafeguardingRole, School, StaffMember, type EntityManager } from '@driehoek/db';
import { teamView } from '@driehoek/contracts/team';
import { adminProcedure } from '../../trpc/index.js';

/** The organisation's staff (not the national administrators), with role, SAF-17 role and last sign-in. */
export async function teamOf(em: EntityManager, organisationId: string) {
  const staff = await em.find(StaffMember, { organisation: organisationId, national: false }, { populate: ['school'], orderBy: { active: 'desc', name: 'asc' } });
  const safeguarding = await em.find(SafeguardingRole, { organisation: organisationId });
  const schools = await em.find(School, { organisation: organisationId }, { orderBy: { name: 'asc' } });
  const safeguardingOf = (id: string): 'lead' | 'deputy' | null => {
    const roles = safeguarding.filter((row) => row.staffMember.id === id).map((row) => row.role);
    return roles.includes('lead') ? 'lead' : roles.includes('deputy') ? 'deputy' : null;
  };
  return {
    members: staff.map((member) => ({
      id: member.id,
      name: member.name,
      email: member.email,
      role: member.role,
      school: member.school ? { id: member.school.id, name: member.school.name } : null,
      safeguarding: safeguardingOf(member.id),
      active: member.active,
      invitationPending: member.passwordHash === null,
      lastSignInAt: member.lastSignInAt?.toISOString() ?? null,
      locale: member.locale,
    })),
    schools: schools.map((school) => ({ id: school.id, name: school.name })),
  };
}

/** The team page: admins only. */
export const list = adminProcedure.output(teamView).query(({ ctx }) => teamOf(ctx.em, ctx.actor.organisationId));
