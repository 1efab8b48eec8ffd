import { AuditEntry, Pupil, StaffMember } from '@driehoek/db';
import { auditRows, auditSearchInput, auditStaffViews } from '@driehoek/contracts/privacy';
import { adminProcedure } from '../../trpc/index.js';
import { AppError } from '../../errors/index.js';
import { audit } from '../../audit/index.js';

/**
 * The audit log of access to children's records, for an admin: per pupil (every row about the pupil)
 * or per staff member (every row they wrote), newest first. Read-only: the log has no update or
 * delete procedure; only the retention job removes rows, after R-8's period. The search itself is
 * audited. Another organisation's pupil or staff member is NOT_FOUND.
 */
export const search = adminProcedure
  .input(auditSearchInput)
  .output(auditRows)
  .query(async ({ ctx, input }) => {
    const organisation = ctx.actor.organisationId;
    if (input.pupilId && !(await ctx.em.findOne(Pupil, { id: input.pupilId, organisation }))) throw new AppError('NOT_FOUND', 'pupilId');
    if (input.staffMemberId && !(await ctx.em.findOne(StaffMember, { id: input.staffMemberId, organisation }))) throw new AppError('NOT_FOUND', 'staffMemberId');
    const rows = await ctx.em.find(
      AuditEntry,
      { organisation, ...(input.pupilId ? { subjectId: input.pupilId } : {}), ...(input.staffMemberId ? { actorId: input.staffMemberId } : {}) },
      { orderBy: { at: 'desc' }, limit: input.limit },
    );
    const staff = await ctx.em.find(StaffMember, { organisation, id: { $in: [...new Set(rows.map((row) => row.actorId))] } });
    const names = new Map(staff.map((member) => [member.id, member.name]));
    audit(ctx.em, ctx.actor, 'audit.search', input.pupilId ? 'Pupil' : 'StaffMember', input.pupilId ?? input.staffMemberId ?? organisation);
    await ctx.em.flush();
    return rows.map((row) => ({
      id: row.id,
      at: row.at.toISOString(),
      actorId: row.actorId,
      actorName: names.get(row.actorId) ?? null,
      actorRole: row.actorRole ?? null,
      action: row.action,
      subjectType: row.subjectType,
      subjectId: row.subjectId,
    }));
  });

/** The organisation's staff members (active or not: a deactivated account's actions stay in the log), for the search per staff member. */
export const staff = adminProcedure.output(auditStaffViews).query(async ({ ctx }) => {
  const members = await ctx.em.find(StaffMember, { organisation: ctx.actor.organisationId }, { orderBy: { name: 'asc' }, fields: ['id', 'name', 'role', 'active'] });
  return members.map((member) => ({ id: member.id, name: member.name, role: member.role, active: member.active }));
});
