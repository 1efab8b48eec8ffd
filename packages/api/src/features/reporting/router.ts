import { z } from 'zod';
import { Match, Programme } from '@driehoek/db';
import { earlyEndingsView } from '@driehoek/contracts/running';
import { earlyEndingsReport } from '@driehoek/domain/closure';
import { coordinatorProcedure, router } from '../../trpc/index.js';

/** Why matches ended early, per programme, so drop-out can be examined (DOMAIN.md §5). */
const earlyEndings = coordinatorProcedure
  .input(z.object({}).default({}))
  .output(earlyEndingsView)
  .query(async ({ ctx }) => {
    const [closed, programmes] = await Promise.all([
      ctx.em.find(Match, { organisation: ctx.actor.organisationId, closure: { $ne: null } }),
      ctx.em.find(Programme, { organisation: ctx.actor.organisationId }),
    ]);
    const names = new Map(programmes.map((p) => [p.id, p.name]));
    return earlyEndingsReport(closed.map((match) => match.closure!)).map((row) => ({
      programmeId: row.programmeId,
      programmeName: names.get(row.programmeId) ?? '',
      closed: row.closed,
      early: row.early,
      byReason: { ...row.earlyByReason },
    }));
  });

export const reportsRouter = router({ earlyEndings });
