import { initTRPC } from '@trpc/server';
import { FamilyMember, StaffMember, Volunteer } from '@driehoek/db';
import { AppError } from './errors.js';
import { PORTAL_SESSION_COOKIE, SESSION_COOKIE, type Context } from './context.js';
import { forbiddenCharacterPaths } from './input/control-characters.js';

type Issue = { path?: readonly (PropertyKey | { key: PropertyKey })[]; message: string };

/** Field errors from a failed input validation: `{ 'email': 'errors.email' }`. */
function fieldErrorsOf(cause: unknown): Record<string, string> | undefined {
  const issues = (cause as { issues?: Issue[] } | undefined)?.issues;
  if (!Array.isArray(issues)) return undefined;
  const fields: Record<string, string> = {};
  for (const issue of issues) {
    const path = (issue.path ?? []).map((part) => (typeof part === 'object' ? String(part.key) : String(part))).join('.');
    fields[path || '_'] ??= issue.message;
  }
  return fields;
}

const t = initTRPC.context<Context>().create({
  errorFormatter({ shape, error }) {
    const domainCode = error instanceof AppError ? error.domainCode : undefined;
    const fieldErrors =
      error instanceof AppError
        ? error.fieldErrors
        : error.code === 'BAD_REQUEST'
          ? fieldErrorsOf(error.cause)
          : undefined;
    const message = error.code === 'INTERNAL_SERVER_ERROR' ? 'Something went wrong on our side. Nothing was saved; please try again.' : shape.message;
    return { ...shape, message, data: { code: shape.data.code, httpStatus: shape.data.httpStatus, path: shape.data.path, domainCode, fieldErrors } };
  },
});

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;

/**
 * Every procedure starts here: an input holding NUL or another control character (or a lone
 * surrogate) is refused before validation with a field error per offending field
 * (`errors.controlCharacter`), the same on SQLite and PostgreSQL, instead of reaching the database.
 */
const procedure = t.procedure.use(async ({ getRawInput, next }) => {
  const paths = forbiddenCharacterPaths(await getRawInput());
  if (paths.length > 0) {
    throw new AppError('INPUT.CONTROL_CHARACTER', paths[0], Object.fromEntries(paths.map((path) => [path, 'errors.controlCharacter'])));
  }
  return next();
});

export const publicProcedure = procedure;

export type StaffRole = 'coordinator' | 'admin' | 'schoolMentor';

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
};

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
    role: staff.role,
    organisationId: staff.organisation.id,
    organisationName: staff.organisation.name,
    schoolId: staff.school?.id ?? null,
    schoolName: staff.school?.name ?? null,
  };
}

/** Any signed-in staff member: coordinators, admins and school mentors. */
export const staffProcedure = procedure.use(async ({ ctx, next }) => {
  const actor = await currentActor(ctx);
  if (!actor) throw new AppError('AUTH.NOT_SIGNED_IN');
  return next({ ctx: { actor } });
});

/**
 * A signed-in coordinator or admin: the organisation's own staff, who see all its records.
 * School mentors are refused here; they have their own, narrower procedures.
 */
export const authedProcedure = staffProcedure.use(({ ctx, next }) => {
  if (ctx.actor.role === 'schoolMentor') throw new AppError('AUTH.FORBIDDEN');
  return next();
});

/** A signed-in staff member with the given role (admins may do everything a coordinator may). */
export const roleProcedure = (role: Exclude<StaffRole, 'schoolMentor'>) =>
  authedProcedure.use(({ ctx, next }) => {
    if (ctx.actor.role !== role && ctx.actor.role !== 'admin') throw new AppError('AUTH.FORBIDDEN');
    return next();
  });

/**
 * A parent signed in to the portal. A parent's e-mail may be on more than one pupil's family
 * (siblings): `familyMemberIds` lists every family-member record with that address in the
 * organisation, and a parent sees exactly those pupils.
 */
export const familyProcedure = procedure.use(async ({ ctx, next }) => {
  const token = ctx.request.cookies[PORTAL_SESSION_COOKIE];
  const session = token ? await ctx.services.sessions.find(token, ctx.services.clock.now()) : null;
  if (!session || session.kind !== 'family') throw new AppError('AUTH.NOT_SIGNED_IN');
  const member = await ctx.em.findOne(FamilyMember, { id: session.id });
  if (!member || !member.email) throw new AppError('AUTH.NOT_SIGNED_IN');
  const sameAddress = await ctx.em.find(FamilyMember, { organisation: member.organisation, email: member.email }, { populate: ['pupil'] });
  return next({ ctx: { family: { member, records: sameAddress } } });
});

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
