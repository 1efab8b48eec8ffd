import { z } from 'zod';
import { dashboardView } from '@driehoek/contracts/running';
import { authedProcedure, router } from '../../trpc/index.js';
import { today } from '../../clock/index.js';
import { dashboardOf } from './dashboard.js';

/** The coordinator's "needs attention today", computed by the domain rules from the programmes' settings. */
const todayProcedure = authedProcedure
  .input(z.object({ programmeId: z.string().min(1).max(64).optional() }))
  .output(dashboardView)
  .query(({ ctx, input }) => dashboardOf(ctx.em, ctx.actor.organisationId, input.programmeId, today(ctx.services.clock)));

export const dashboardRouter = router({ today: todayProcedure });
