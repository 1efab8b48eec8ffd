import { Coordinator } from '@driehoek/db';
import { me as meOutput } from '@driehoek/contracts/auth';
import { publicProcedure } from '../../trpc.js';
import { SESSION_COOKIE } from '../../context.js';

/** Who is signed in, or null: lets the app choose between the login page and the work. */
export const me = publicProcedure.output(meOutput).query(async ({ ctx }) => {
  const token = ctx.request.cookies[SESSION_COOKIE];
  const session = token ? await ctx.services.sessions.find(token, ctx.services.clock.now()) : null;
  if (!session) return null;
  const coordinator = await ctx.em.findOne(Coordinator, { id: session.coordinatorId, active: true }, { populate: ['organisation'] });
  if (!coordinator) return null;
  return {
    id: coordinator.id,
    name: coordinator.name,
    email: coordinator.email,
    role: coordinator.role,
    organisation: { id: coordinator.organisation.id, name: coordinator.organisation.name },
  };
});
