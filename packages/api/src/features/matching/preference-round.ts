import { z } from 'zod';
import { PreferenceRound } from '@driehoek/db';
import { coordinatorProcedure } from '../../trpc/index.js';
import { loadProgramme } from './load-programme.js';

/** The rankings saved for the programme's speed-meeting round (empty when none was entered). */
export const preferenceRound = coordinatorProcedure
  .input(z.object({ programmeId: z.string().min(1).max(64) }))
  .output(
    z.object({
      volunteerRankings: z.array(z.object({ volunteerId: z.string(), ranking: z.array(z.string()) })),
      pupilRankings: z.array(z.object({ pupilId: z.string(), ranking: z.array(z.string()) })),
    }),
  )
  .query(async ({ ctx, input }) => {
    const programme = await loadProgramme(ctx.em, ctx.actor, input.programmeId);
    const round = await ctx.em.findOne(PreferenceRound, { programme });
    return { volunteerRankings: round?.volunteerRankings ?? [], pupilRankings: round?.pupilRankings ?? [] };
  });
