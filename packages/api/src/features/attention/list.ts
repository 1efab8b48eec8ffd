import { z } from 'zod';
import { attentionView } from '@driehoek/contracts/attention';
import { coordinatorProcedure } from '../../trpc/index.js';
import { today } from '../../clock/index.js';
import { attentionListOf } from './attention-list.js';

/** The coordinator's "needs attention today" (Vandaag), computed by the domain rules from the programmes' settings. */
export const list = coordinatorProcedure
  .input(z.object({ programmeId: z.string().min(1).max(64).optional() }))
  .output(attentionView)
  .query(({ ctx, input }) => attentionListOf(ctx.em, ctx.actor.organisationId, input.programmeId, today(ctx.services.clock)));
