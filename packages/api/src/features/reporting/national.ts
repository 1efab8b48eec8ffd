import { nationalRollUpInput, nationalRollUpView, type NationalRollUpView } from '@driehoek/contracts/reporting';
import type { EntityManager } from '@driehoek/db';
import { Organisation, Programme } from '@driehoek/db';
import { programmeReportCounts, rollUpProgrammeReports, sumMeasures, type ProgrammeReportCounts, type ReportPeriod } from '@driehoek/domain/reporting';
import { today } from '../../clock/index.js';
import type { Clock } from '@driehoek/db';
import { nationalProcedure } from '../../trpc/index.js';
import { programmeReportFactsOfMany } from './facts.js';

/**
 * The national roll-up of a national organisation: per region (the organisations whose `parent` it
 * is) the programme report's figures of all its programmes added up, then the regions added up;
 * every figure published after summing (EVA-2). Only id-free measures leave a region.
 */
export async function nationalRollUpOf(em: EntityManager, clock: Clock, nationalId: string, period: ReportPeriod): Promise<NationalRollUpView> {
  const [national, regions] = await Promise.all([em.findOneOrFail(Organisation, { id: nationalId }), em.find(Organisation, { parent: nationalId }, { orderBy: { name: 'asc' } })]);
  const on = today(clock);
  // Every region's programmes, and their facts with one query per table for all of them.
  const programmes = regions.length === 0 ? [] : await em.find(Programme, { organisation: { $in: regions.map((region) => region.id) } }, { orderBy: { id: 'asc' } });
  const facts = await programmeReportFactsOfMany(em, programmes, period, on);
  const countsOf = new Map<string, ProgrammeReportCounts[]>();
  programmes.forEach((programme, i) => {
    const counts = countsOf.get(programme.organisation.id);
    const these = programmeReportCounts(facts[i]!, period);
    if (counts) counts.push(these);
    else countsOf.set(programme.organisation.id, [these]);
  });
  const regional = [];
  for (const region of regions) {
    const total = sumMeasures(countsOf.get(region.id) ?? []);
    if (total) regional.push({ organisationId: region.id, name: region.name, counts: total });
  }
  if (regional.length === 0) {
    return { organisationName: national.name, period, minimumGroupSize: 5, national: null, regions: [] };
  }
  const rolled = rollUpProgrammeReports(regional);
  return {
    organisationName: national.name,
    period,
    minimumGroupSize: rolled.minimumGroupSize,
    national: rolled.national.figures,
    regions: rolled.regions.map((region) => ({ organisationId: region.organisationId, name: region.name, figures: region.figures })),
  };
}

/** A national administrator's roll-up of their regions: figures only, never a personal record. */
export const nationalRollUp = nationalProcedure
  .input(nationalRollUpInput)
  .output(nationalRollUpView)
  .query(({ ctx, input }) => nationalRollUpOf(ctx.em, ctx.services.clock, ctx.actor.organisationId, input.period));
