import { FamilyMember, StaffMember, Volunteer } from '@driehoek/db';
import { AppError } from '../errors/index.js';
import { secretHash } from '../auth/tokens.js';
import { PORTAL_SESSION_COOKIE, SESSION_COOKIE, type Context } from './context.js';
import { procedure } from './init.js';

export const publicProcedure = procedure;

/** `nationalAdmin`: a staff member of a national organisation marked `national`, who sees its regions' figures added up and no personal record. */
export type StaffRole = 'coordinator' | 'admin' | 'schoolMentor' | 'nationalAdmin';

/** The signed-in staff member: every query below filters on `organisationId` (and a school mentor's `schoolId`). */
export type Actor = {
  id: string;
  name: string;
  email: string;
  role: StaffRole;
  organisationId: string;
  organisationName: string;
  /** Set for a school mentor: they see only their own school's pupils. */
  schoolId: string | null;
  schoolName: string | null;
  /** A name for the session (the SHA-256 of the stored token hash: never the secret, nor the session's key), for the audit log. */
  sessionKey: string;
};

/** The role a staff member acts in: a national organisation's administrator is `nationalAdmin`, whatever their stored role. */
export function staffRoleOf(staff: Pick<StaffMember, 'national' | 'role'>): StaffRole {
  return staff.national ? 'nationalAdmin' : staff.role;
}

/** Loads the staff member behind the session cookie, or null. */
export async function currentActor(ctx: Context): Promise<Actor | null> {
  const token = ctx.request.cookies[SESSION_COOKIE];
  const session = token ? await ctx.services.sessions.find(token, ctx.services.clock.now()) : null;
  if (!session || session.kind !== 'staff') return null;
  const staff = await ctx.em.findOne(StaffMember, { id: session.id, active: true }, { populate: ['organisation', 'school'] });
  if (!staff) return null;
  return {
    id: staff.id,
    name: staff.name,
    email: staff.email,
    role: staffRoleOf(staff),
    organisationId: staff.organisation.id,
    organisationName: staff.organisation.name,
    schoolId: staff.school?.id ?? null,
    schoolName: staff.school?.name ?? null,
    sessionKey: secretHash(secretHash(token!)),
  };
}

/**
 * Any signed-in staff member who works with records: coordinators, admins and school mentors. A
 * national administrator is refused: they see figures only (`nationalProcedure`).
 */
export const staffProcedure = procedure.use(async ({ ctx, next }) => {
  const actor = await currentActor(ctx);
  if (!actor) throw new AppError('AUTH.NOT_SIGNED_IN');
  if (actor.role === 'nationalAdmin') throw new AppError('AUTH.FORBIDDEN');
  return next({ ctx: { actor } });
});

/**
 * A national administrator: the roll-ups of the regions of their (national) organisation, added-up
 * figures only. Everyone else is refused.
 */
export const nationalProcedure = procedure.use(async ({ ctx, next }) => {
  const actor = await currentActor(ctx);
  if (!actor) throw new AppError('AUTH.NOT_SIGNED_IN');
  if (actor.role !== 'nationalAdmin') throw new AppError('AUTH.FORBIDDEN');
  return next({ ctx: { actor } });
});

/**
 * A signed-in coordinator or admin: the organisation's own staff, who see all its records.
 * School mentors are refused here; they have their own, narrower procedures on `staffProcedure`.
 */
export const coordinatorProcedure = staffProcedure.use(({ ctx, next }) => {
  if (ctx.actor.role === 'schoolMentor') throw new AppError('AUTH.FORBIDDEN');
  return next();
});

/** A signed-in admin of the organisation: coordinators and school mentors are refused. */
export const adminProcedure = coordinatorProcedure.use(({ ctx, next }) => {
  if (ctx.actor.role !== 'admin') throw new AppError('AUTH.FORBIDDEN');
  return next();
});

/**
 * A parent signed in to the portal. A parent's e-mail may be on more than one pupil's family
 * (siblings): `familyMemberIds` lists every family-member record with that address in the
 * organisation, and a parent sees exactly those pupils. Looked up once per HTTP request: a page's
 * batched calls (portal.family, portal.schedule) share it.
 */
export const familyProcedure = procedure.use(async ({ ctx, next }) => {
  let lookup = familyOfRequest.get(ctx.em);
  if (!lookup) {
    lookup = signedInFamily(ctx);
    familyOfRequest.set(ctx.em, lookup);
  }
  return next({ ctx: { family: await lookup } });
});

/** Each request's signed-in family, by the request's own EntityManager. */
const familyOfRequest = new WeakMap<Context['em'], Promise<SignedInFamily>>();

/** `session.key` names the session (the hash of its token: never the token itself). */
type SignedInFamily = { member: FamilyMember; records: FamilyMember[]; session: { key: string; expiresAt: Date } };

async function signedInFamily(ctx: Context): Promise<SignedInFamily> {
  const token = ctx.request.cookies[PORTAL_SESSION_COOKIE];
  if (!token) throw new AppError('AUTH.NOT_SIGNED_IN');
  const session = await ctx.services.sessions.find(token, ctx.services.clock.now());
  if (!session || session.kind !== 'family') throw new AppError('AUTH.NOT_SIGNED_IN');
  const member = await ctx.em.findOne(FamilyMember, { id: session.id });
  if (!member || !member.email) throw new AppError('AUTH.NOT_SIGNED_IN');
  // With each pupil's programme and the organisation (joined, one query): the family page needs them.
  const sameAddress = await ctx.em.find(FamilyMember, { organisation: member.organisation, email: member.email }, { populate: ['pupil.programme', 'organisation'] });
  return { member, records: sameAddress, session: { key: secretHash(token), expiresAt: session.expiresAt } };
}

/**
 * A volunteer signed in to the portal. They see only their own matches (every query below filters
 * on `volunteer`), and only while a match of theirs runs (SCR-7).
 */
export const volunteerProcedure = procedure.use(async ({ ctx, next }) => {
  const token = ctx.request.cookies[PORTAL_SESSION_COOKIE];
  const session = token ? await ctx.services.sessions.find(token, ctx.services.clock.now()) : null;
  if (!session || session.kind !== 'volunteer') throw new AppError('AUTH.NOT_SIGNED_IN');
  const volunteer = await ctx.em.findOne(Volunteer, { id: session.id, suspended: false });
  if (!volunteer) throw new AppError('AUTH.NOT_SIGNED_IN');
  return next({ ctx: { volunteer } });
});
