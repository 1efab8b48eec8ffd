import { z } from 'zod';
import { Match } from '@driehoek/db';
import { listMatchesInput, matchSummary } from '@driehoek/contracts/matches';
import { coordinatorProcedure } from '../../trpc/index.js';
import { matchSummaryOf } from './match-detail.js';

/** The organisation's matches, newest first, optionally of one programme and stage. */
export const list = coordinatorProcedure
  .input(listMatchesInput)
  .output(z.array(matchSummary))
  .query(async ({ ctx, input }) => {
    const matches = await ctx.em.find(
      Match,
      { organisation: ctx.actor.organisationId, ...(input.programmeId ? { programme: input.programmeId } : {}) },
      { populate: ['programme', 'pupil', 'volunteer'], orderBy: { createdAt: 'desc', id: 'asc' } },
    );
    return matches.map(matchSummaryOf).filter((summary) => !input.stage || summary.stage === input.stage);
  });
