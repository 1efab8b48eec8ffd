import { initTRPC } from '@trpc/server';
import { Coordinator } from '@driehoek/db';
import { AppError } from './errors.js';
import { SESSION_COOKIE, type Context } from './context.js';

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
        ? error.field
          ? { [error.field]: error.domainCode }
          : undefined
        : error.code === 'BAD_REQUEST'
          ? fieldErrorsOf(error.cause)
          : undefined;
    const message = error.code === 'INTERNAL_SERVER_ERROR' ? 'Something went wrong on our side. Nothing was saved; please try again.' : shape.message;
    return { ...shape, message, data: { code: shape.data.code, httpStatus: shape.data.httpStatus, path: shape.data.path, domainCode, fieldErrors } };
  },
});

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;

export const publicProcedure = t.procedure;

/**
 * A signed-in coordinator. Every query below this filters on `actor.organisationId`: a
 * coordinator sees only their own organisation.
 */
export const authedProcedure = t.procedure.use(async ({ ctx, next }) => {
  const token = ctx.request.cookies[SESSION_COOKIE];
  const session = token ? await ctx.services.sessions.find(token, ctx.services.clock.now()) : null;
  if (!session) throw new AppError('AUTH.NOT_SIGNED_IN');
  const coordinator = await ctx.em.findOne(Coordinator, { id: session.coordinatorId, active: true }, { populate: ['organisation'] });
  if (!coordinator) throw new AppError('AUTH.NOT_SIGNED_IN');
  return next({
    ctx: {
      actor: {
        id: coordinator.id,
        name: coordinator.name,
        email: coordinator.email,
        role: coordinator.role,
        organisationId: coordinator.organisation.id,
        organisationName: coordinator.organisation.name,
      },
    },
  });
});

export type Actor = { id: string; name: string; email: string; role: 'coordinator' | 'admin'; organisationId: string; organisationName: string };

/** A signed-in coordinator with a given role (e.g. 'admin' for organisation settings). */
export const roleProcedure = (role: Actor['role']) =>
  authedProcedure.use(({ ctx, next }) => {
    if (ctx.actor.role !== role && ctx.actor.role !== 'admin') throw new AppError('AUTH.FORBIDDEN');
    return next();
  });
