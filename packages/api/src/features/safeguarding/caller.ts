import { SafeguardingRole, StaffMember, Volunteer, type EntityManager } from '@driehoek/db';
import type { ConcernViewer, SafeguardingActor } from '@driehoek/domain/safeguarding';
import { AppError } from '../../errors/index.js';
import { currentActor, publicProcedure, PORTAL_SESSION_COOKIE, type Actor, type Context } from '../../trpc/index.js';

/**
 * Who calls a concern procedure. Staff (coordinators, admins; a safeguarding lead or deputy acts as
 * `safeguardingLead`) and volunteers in the portal may be on a concern; everyone else — parents and
 * pupils in the portal, school mentors — is an `outsider`, for whom no concern exists (SAF-10:
 * NOT_FOUND, never FORBIDDEN, so not even that there is something to refuse).
 */
export type ConcernCaller =
  | { readonly kind: 'staff'; readonly actor: Actor; readonly as: SafeguardingActor; readonly organisationId: string }
  | { readonly kind: 'volunteer'; readonly volunteer: Volunteer; readonly as: SafeguardingActor; readonly organisationId: string }
  | { readonly kind: 'outsider' };

/** The person as the domain's visibility rules see them (SAF-10). */
export function viewerOf(caller: ConcernCaller & { kind: 'staff' | 'volunteer' }): ConcernViewer {
  return { personId: caller.as.personId, role: caller.as.role === 'system' ? 'other' : caller.as.role };
}

/** Whether the staff member holds a safeguarding role (lead or deputy, SAF-17). */
export async function holdsSafeguardingRole(em: EntityManager, staffMemberId: string): Promise<boolean> {
  return (await em.count(SafeguardingRole, { staffMember: staffMemberId })) > 0;
}

/** A coordinator or admin as the concern rules see them: a safeguarding lead or deputy acts as `safeguardingLead`. */
export async function staffCaller(em: EntityManager, actor: Actor): Promise<ConcernCaller & { kind: 'staff' }> {
  const lead = await holdsSafeguardingRole(em, actor.id);
  return { kind: 'staff', actor, as: { personId: actor.id, role: lead ? 'safeguardingLead' : 'coordinator' }, organisationId: actor.organisationId };
}

async function callerOf(ctx: Context): Promise<ConcernCaller | null> {
  const actor = await currentActor(ctx);
  if (actor) {
    if (actor.role === 'schoolMentor') return { kind: 'outsider' };
    return staffCaller(ctx.em, actor);
  }
  const token = ctx.request.cookies[PORTAL_SESSION_COOKIE];
  const session = token ? await ctx.services.sessions.find(token, ctx.services.clock.now()) : null;
  if (!session) return null;
  if (session.kind !== 'volunteer') return { kind: 'outsider' };
  const volunteer = await ctx.em.findOne(Volunteer, { id: session.id, suspended: false });
  if (!volunteer) return null;
  return { kind: 'volunteer', volunteer, as: { personId: volunteer.id, role: 'volunteer' }, organisationId: volunteer.organisation.id };
}

/**
 * Every concern procedure: signed in (staff or portal), and then an insider (staff of the
 * coordinator app or a volunteer); an outsider gets NOT_FOUND whatever they ask.
 */
export const concernProcedure = publicProcedure.use(async ({ ctx, next }) => {
  const caller = await callerOf(ctx);
  if (!caller) throw new AppError('AUTH.NOT_SIGNED_IN');
  if (caller.kind === 'outsider') throw new AppError('NOT_FOUND', 'concernId');
  return next({ ctx: { caller } });
});

/** The staff member names, for the views. */
export async function staffNames(em: EntityManager, organisationId: string): Promise<Map<string, string>> {
  const staff = await em.find(StaffMember, { organisation: organisationId }, { fields: ['id', 'name'] });
  return new Map(staff.map((member) => [member.id, member.name]));
}
