import { z } from 'zod';
import { Match, Programme } from '@driehoek/db';
import { earlyEndingsView } from '@driehoek/contracts/running';
import { earlyEndingsReport } from '@driehoek/domain/closure';
import { coordinatorProcedure, router } from '../../trpc/index.js';
import { programmeReportProcedure, saveNarrative } from './programme-report.js';
import { nationalRollUp } from './national.js';
import { exportReport } from './export.js';
import { compliance } from './compliance.js';

/**
 * Why matches ended early, per programme, so drop-out can be examined (DOMAIN.md §5); each
 * programme's own minimum period counts for its endings without a planned end.
 */
const earlyEndings = coordinatorProcedure
  .input(z.object({}).default({}))
  .output(earlyEndingsView)
  .query(async ({ ctx }) => {
    const [closed, programmes] = await Promise.all([
      ctx.em.find(Match, { organisation: ctx.actor.organisationId, closure: { $ne: null } }),
      ctx.em.find(Programme, { organisation: ctx.actor.organisationId }),
    ]);
    const names = new Map(programmes.map((p) => [p.id, p.name]));
    const minimum = new Map(programmes.map((p) => [p.id, p.settings.matchDuration.minMonths]));
    return [...new Set(closed.map((match) => match.closure!.programmeId))].sort().flatMap((programmeId) => {
      const months = minimum.get(programmeId) ?? null;
      const closures = closed.map((match) => match.closure!).filter((closure) => closure.programmeId === programmeId);
      return earlyEndingsReport(closures, months === null ? {} : { minimumMonths: months }).map((row) => ({
        programmeId: row.programmeId,
        programmeName: names.get(row.programmeId) ?? '',
        closed: row.closed,
        early: row.early,
        byReason: { ...row.earlyByReason },
      }));
    });
  });

export const reportsRouter = router({ earlyEndings, programmeReport: programmeReportProcedure, saveNarrative, nationalRollUp, compliance, export: exportReport });
