import { z } from 'zod';
import { todayView } from '@driehoek/contracts/attention';
import { coordinatorProcedure } from '../../trpc/index.js';
import { today } from '../../clock/index.js';
import { attentionListOf } from './attention-list.js';
import { concernsForToday } from '../safeguarding/index.js';

/**
 * The coordinator's "needs attention today" (Vandaag), computed by the domain rules from the
 * programmes' settings, with the open concerns the coordinator is on the case of (SAF-15).
 */
export const list = coordinatorProcedure
  .input(z.object({ programmeId: z.string().min(1).max(64).optional() }))
  .output(todayView)
  .query(async ({ ctx, input }) => ({
    ...(await attentionListOf(ctx.em, ctx.actor.organisationId, input.programmeId, today(ctx.services.clock))),
    concerns: await concernsForToday(ctx.em, ctx.actor, ctx.services.clock.now()),
  }));
