import { z } from 'zod';
import { Programme } from '@driehoek/db';
import { programmeDetail } from '@driehoek/contracts/programmes';
import { coordinatorProcedure } from '../../trpc/index.js';
import { AppError } from '../../errors/index.js';
import { programmeDetailOf } from './detail.js';

export const get = coordinatorProcedure
  .input(z.object({ id: z.string().min(1).max(64) }))
  .output(programmeDetail)
  .query(async ({ ctx, input }) => {
    const programme = await ctx.em.findOne(Programme, { id: input.id, organisation: ctx.actor.organisationId });
    if (!programme) throw new AppError('NOT_FOUND');
    return programmeDetailOf(programme);
  });
