import { SafeguardingRole, StaffMember, type EntityManager } from '@driehoek/db';
import { safeguardingContactsView, safeguardingRolesView, setSafeguardingRolesInput } from '@driehoek/contracts/safeguarding';
import { checkSafeguardingRoles, safeguardingContactsForVolunteers, type SafeguardingRoles } from '@driehoek/domain/safeguarding';
import { coordinatorProcedure, volunteerProcedure } from '../../trpc/index.js';
import { AppError } from '../../errors/index.js';
import { audit } from '../../audit/index.js';

/** SAF-17: the organisation's safeguarding leads and deputies (active staff members only). */
export async function safeguardingRolesOf(em: EntityManager, organisationId: string): Promise<SafeguardingRoles> {
  const rows = await em.find(SafeguardingRole, { organisation: organisationId, staffMember: { active: true } }, { populate: ['staffMember'], orderBy: { createdAt: 'asc' } });
  const holders = (role: 'lead' | 'deputy') => rows.filter((row) => row.role === role).map((row) => ({ personId: row.staffMember.id, name: row.staffMember.name }));
  return { leads: holders('lead'), deputies: holders('deputy') };
}

async function rolesView(em: EntityManager, organisationId: string) {
  const roles = await safeguardingRolesOf(em, organisationId);
  const candidates = await em.find(StaffMember, { organisation: organisationId, active: true, role: { $in: ['coordinator', 'admin'] } }, { orderBy: { name: 'asc' } });
  const view = (holders: SafeguardingRoles['leads']) => holders.map((holder) => ({ staffMemberId: holder.personId, name: holder.name }));
  return {
    leads: view(roles.leads),
    deputies: view(roles.deputies),
    complete: checkSafeguardingRoles(roles) === null,
    candidates: candidates.map((member) => ({ id: member.id, name: member.name })),
  };
}

/** SAF-17: who the lead(s) and deputies are, and whether matches may be activated. */
export const roles = coordinatorProcedure.output(safeguardingRolesView).query(({ ctx }) => rolesView(ctx.em, ctx.actor.organisationId));

/**
 * SAF-17: an admin or coordinator sets the lead(s) and deputies: coordinators or admins of the
 * organisation (another organisation's staff member is NOT_FOUND). A lead and a deputy must be
 * two people before a match can start; incomplete roles are saved and reported as incomplete.
 */
export const setRoles = coordinatorProcedure
  .input(setSafeguardingRolesInput)
  .output(safeguardingRolesView)
  .mutation(async ({ ctx, input }) => {
    const ids = [...new Set([...input.leadIds, ...input.deputyIds])];
    const staff = await ctx.em.find(StaffMember, { id: { $in: ids }, organisation: ctx.actor.organisationId, active: true, role: { $in: ['coordinator', 'admin'] } });
    if (staff.length !== ids.length) throw new AppError('NOT_FOUND', 'staffMemberId');
    const existing = await ctx.em.find(SafeguardingRole, { organisation: ctx.actor.organisationId });
    for (const row of existing) ctx.em.remove(row);
    await ctx.em.flush();
    for (const id of new Set(input.leadIds)) ctx.em.create(SafeguardingRole, { organisation: ctx.actor.organisationId, staffMember: id, role: 'lead' });
    for (const id of new Set(input.deputyIds)) ctx.em.create(SafeguardingRole, { organisation: ctx.actor.organisationId, staffMember: id, role: 'deputy' });
    audit(ctx.em, ctx.actor, 'safeguarding.roles-set', 'Organisation', ctx.actor.organisationId);
    await ctx.em.flush();
    return rolesView(ctx.em, ctx.actor.organisationId);
  });

/** SAF-17: "The portal shows volunteers who that person is." */
export const contacts = volunteerProcedure.output(safeguardingContactsView).query(async ({ ctx }) => {
  const roles = await safeguardingRolesOf(ctx.em, ctx.volunteer.organisation.id);
  const shown = new Set(safeguardingContactsForVolunteers(roles).map((holder) => holder.personId));
  return {
    leads: roles.leads.filter((holder) => shown.has(holder.personId)).map((holder) => holder.name),
    deputies: roles.deputies.filter((holder) => shown.has(holder.personId) && !roles.leads.some((lead) => lead.personId === holder.personId)).map((holder) => holder.name),
  };
});
