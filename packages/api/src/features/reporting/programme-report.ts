import { programmeReportInput, programmeReportView, saveNarrativeInput, type ProgrammeReportView } from '@driehoek/contracts/reporting';
import type { EntityManager } from '@driehoek/db';
import { Organisation, ReportNarrative } from '@driehoek/db';
import { programmeReport, type ReportPeriod } from '@driehoek/domain/reporting';
import { today } from '../../clock/index.js';
import { coordinatorProcedure } from '../../trpc/index.js';
import type { Clock } from '@driehoek/db';
import { programmeOf, programmeReportFacts } from './facts.js';

/** The programme report of one of the organisation's programmes for a period, as published (EVA-2). */
export async function programmeReportViewOf(em: EntityManager, clock: Clock, organisationId: string, programmeId: string, period: ReportPeriod): Promise<ProgrammeReportView> {
  const facts = await programmeReportFacts(em, organisationId, programmeId, period, today(clock));
  const [programme, organisation] = await Promise.all([programmeOf(em, organisationId, programmeId), em.findOneOrFail(Organisation, { id: organisationId })]);
  const minimumGroupSize = programme.settings.evaluation?.minRespondentsPerFigure;
  const report = programmeReport(facts, period, minimumGroupSize === undefined ? {} : { minimumGroupSize });
  const groups = report.sections.flatMap((section) => section.results);
  return {
    programme: { id: programme.id, name: programme.name },
    organisationName: organisation.name,
    period: report.period,
    minimumGroupSize: report.minimumGroupSize,
    structure: {
      meetingFormats: [...report.structure.meetingFormats],
      preferredMeetingFormat: report.structure.preferredMeetingFormat,
      typology: report.structure.typology,
      duration: { minMonths: report.structure.duration.minMonths, idealMonths: report.structure.duration.idealMonths, maxMonths: report.structure.duration.maxMonths },
      deliveredFormat: report.structure.deliveredFormat,
    },
    figures: report.figures,
    evaluation: {
      respondents: groups.reduce((most, group) => Math.max(most, ...group.items.map((item) => (item.shown ? item.respondents : 0))), 0),
      groups: groups.map((group) => ({ section: group.section, items: group.items.map((item) => ({ ...item, answers: item.shown ? [...item.answers] : undefined })) as ProgrammeReportView['evaluation']['groups'][number]['items'] })),
    },
    sections: report.sections.map((section) => ({ key: section.key, number: section.number, narrative: section.narrative.map((n) => n.text).join('\n\n'), blocks: [...section.blocks] })),
  };
}

/** The programme report (Parent'R'US annex) for a programme and period: figures, results, the organisation's texts. */
export const programmeReportProcedure = coordinatorProcedure
  .input(programmeReportInput)
  .output(programmeReportView)
  .query(({ ctx, input }) => programmeReportViewOf(ctx.em, ctx.services.clock, ctx.actor.organisationId, input.programmeId, input.period));

/** Writes the organisation's text under one heading of a programme's report for a period (empty text removes it). */
export const saveNarrative = coordinatorProcedure.input(saveNarrativeInput).mutation(async ({ ctx, input }) => {
  const programme = await programmeOf(ctx.em, ctx.actor.organisationId, input.programmeId);
  const where = { organisation: ctx.actor.organisationId, programme: programme.id, periodFrom: input.period.from, periodUntil: input.period.until, section: input.section };
  const existing = await ctx.em.findOne(ReportNarrative, where);
  const text = input.text.trim();
  if (existing && text === '') ctx.em.remove(existing);
  else if (existing) Object.assign(existing, { text, updatedById: ctx.actor.id });
  else if (text !== '') ctx.em.create(ReportNarrative, { ...where, text, updatedById: ctx.actor.id });
  await ctx.em.flush();
  return { saved: true };
});
