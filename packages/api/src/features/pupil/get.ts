import { z } from 'zod';
import { pupilDetail } from '@driehoek/contracts/pupils';
import { staffProcedure } from '../../trpc/index.js';
import { today } from '../../clock/index.js';
import { pupilPage } from './respond.js';

/** One pupil: nomination, family, consents, and (coordinators only) case notes. Each read is logged. */
export const get = staffProcedure
  .input(z.object({ id: z.string().min(1).max(64) }))
  .output(pupilDetail)
  .query(({ ctx, input }) => pupilPage(ctx.em, ctx.actor, input.id, today(ctx.services.clock)));
