import { z } from 'zod';
import { WITHHELD_REASONS, COMPLIANCE_FIGURES, REPORT_SECTIONS, RECRUITMENT_STAGES, PILOT_FUNNEL_STAGES, REPORTING_LOCALES } from '@driehoek/domain/reporting';
import { MEETING_FORMATS, MENTOR_TYPOLOGIES } from '@driehoek/domain/programme';

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'errors.date' });

/** A report period: two calendar days, both included. */
export const reportPeriod = z.object({ from: day, until: day }).refine((period) => period.from <= period.until, { message: 'errors.date', path: ['until'] });

const withheld = z.object({ shown: z.literal(false), reason: z.enum(WITHHELD_REASONS) });
/** The published forms of the domain's measures (`@driehoek/domain/reporting` small-numbers). */
export const publishedCount = z.union([z.object({ shown: z.literal(true), value: z.number() }), withheld]);
export const publishedShare = z.union([z.object({ shown: z.literal(true), numerator: z.number(), denominator: z.number(), ratio: z.number().nullable() }), withheld]);
export const publishedSum = z.union([z.object({ shown: z.literal(true), value: z.number(), contributors: z.number() }), withheld]);
export const publishedDistribution = z.union([z.object({ shown: z.literal(true), size: z.number(), average: z.number().nullable(), median: z.number().nullable() }), withheld]);
export const publishedBreakdown = z.object({ total: publishedCount, cells: z.record(z.string(), publishedCount) });

const activity = z.object({ pupils: publishedCount, families: publishedCount, mentees: publishedCount, volunteers: publishedCount, matches: publishedCount, meetingMinutes: publishedSum });
const stageCounts = z.object({ reached: publishedCount, notNeeded: publishedCount, passed: publishedCount, conversion: publishedShare, daysInStage: publishedDistribution });
const funnelOf = <S extends readonly [string, ...string[]]>(stages: S) =>
  z.object({ entered: publishedCount, stages: z.object(Object.fromEntries(stages.map((stage) => [stage, stageCounts])) as { [K in S[number]]: typeof stageCounts }) });
const recruitmentFunnelCounts = funnelOf(RECRUITMENT_STAGES);
const pilotFunnelCounts = funnelOf(PILOT_FUNNEL_STAGES);
const participantCounts = z.object({ total: publishedCount, completed: publishedCount, gender: publishedBreakdown, ageBand: publishedBreakdown, background: publishedBreakdown, workStatus: publishedBreakdown });

/** The programme report's figures, published (EVA-2): `Published<ProgrammeReportCounts>`. */
export const programmeReportFigures = z.object({
  period: reportPeriod,
  activity,
  activityByPeriod: z.array(z.object({ period: reportPeriod, counts: activity })).readonly(),
  recruitmentChannels: publishedBreakdown,
  recruitment: z.object({ all: recruitmentFunnelCounts, byChannel: z.record(z.string(), recruitmentFunnelCounts), byEmployer: z.record(z.string(), recruitmentFunnelCounts) }),
  pilotFunnel: z.object({ volunteers: pilotFunnelCounts, mentees: pilotFunnelCounts }).nullable(),
  participants: z.object({ coordinators: participantCounts, volunteers: participantCounts, mentees: participantCounts }),
  matches: z.object({
    total: publishedCount,
    started: publishedCount,
    outcome: publishedBreakdown,
    dropOutReasons: publishedBreakdown,
    typology: publishedBreakdown,
    meetingForms: publishedBreakdown,
    lengthDays: publishedDistribution,
  }),
});

const publishedItem = z.union([
  z.object({ shown: z.literal(true), itemId: z.string(), text: z.string(), respondents: z.number(), answers: z.array(z.object({ answer: z.string(), count: z.number(), share: z.number() })) }),
  z.object({ shown: z.literal(false), itemId: z.string(), text: z.string(), reason: z.literal('groupTooSmall') }),
]);

export const REPORT_SECTION_KEYS = REPORT_SECTIONS.map((section) => section.key) as [(typeof REPORT_SECTIONS)[number]['key'], ...(typeof REPORT_SECTIONS)[number]['key'][]];

/** The programme report of one programme and period, as the coordinator app and the PDF show it. */
export const programmeReportView = z.object({
  programme: z.object({ id: z.string(), name: z.string() }),
  organisationName: z.string(),
  period: reportPeriod,
  minimumGroupSize: z.number(),
  structure: z.object({
    meetingFormats: z.array(z.enum(MEETING_FORMATS)),
    preferredMeetingFormat: z.enum(MEETING_FORMATS),
    typology: z.enum(MENTOR_TYPOLOGIES),
    duration: z.object({ minMonths: z.number().nullable(), idealMonths: z.number().nullable(), maxMonths: z.number().nullable() }),
    deliveredFormat: z.enum(['faceToFace', 'remote', 'blended']).nullable(),
  }),
  figures: programmeReportFigures,
  /** The questionnaires' results (the evaluation feature's); empty until questionnaires come back. */
  evaluation: z.object({ respondents: z.number(), groups: z.array(z.object({ section: z.string(), items: z.array(publishedItem) })) }),
  sections: z.array(z.object({ key: z.enum(REPORT_SECTION_KEYS), number: z.string(), narrative: z.string(), blocks: z.array(z.string()) })),
});
export type ProgrammeReportView = z.infer<typeof programmeReportView>;

export const programmeReportInput = z.object({ programmeId: z.string().max(36), period: reportPeriod });
export const saveNarrativeInput = programmeReportInput.extend({ section: z.enum(REPORT_SECTION_KEYS), text: z.string().max(20_000) });

/** One compliance figure with the records behind it (ids the app links to). */
export const complianceFigureView = z.object({
  key: z.enum(COMPLIANCE_FIGURES),
  value: z.number().nullable(),
  numerator: z.number().nullable(),
  denominator: z.number().nullable(),
  statistics: z.object({ size: z.number(), average: z.number().nullable(), median: z.number().nullable() }).nullable(),
  parameters: z.record(z.string(), z.number()),
  recordKind: z.enum(['volunteer', 'match', 'pupil']).nullable(),
  recordIds: z.array(z.string()),
  attentionIds: z.array(z.string()),
});
export const complianceView = z.object({
  period: reportPeriod,
  asOf: day,
  figures: z.array(complianceFigureView),
  byProgramme: z.array(z.object({ programmeId: z.string(), programmeName: z.string(), figure: complianceFigureView })),
  byCoordinator: z.array(z.object({ coordinatorId: z.string().nullable(), coordinatorName: z.string(), figure: complianceFigureView })),
  trend: z.object({ periods: z.array(reportPeriod), values: z.record(z.string(), z.array(z.number().nullable())) }),
});
export type ComplianceView = z.infer<typeof complianceView>;
export const complianceInput = z.object({ programmeId: z.string().max(36).optional(), period: reportPeriod });

/** The national roll-up: the regions' figures added up, and each region on its own; no personal record. `national` is null without regions. */
export const nationalRollUpView = z.object({
  organisationName: z.string(),
  period: reportPeriod,
  minimumGroupSize: z.number(),
  national: programmeReportFigures.nullable(),
  regions: z.array(z.object({ organisationId: z.string(), name: z.string(), figures: programmeReportFigures })),
});
export type NationalRollUpView = z.infer<typeof nationalRollUpView>;
export const nationalRollUpInput = z.object({ period: reportPeriod });

export const EXPORT_FORMATS = ['csv', 'xlsx', 'pdf'] as const;
/** The programme report (coordinators) and the national roll-up (national administrators): aggregates only. */
export const EXPORT_KINDS = ['programmeReport', 'nationalRollUp'] as const;
/** An export: which report, which format, which language. */
export const exportInput = z.object({
  kind: z.enum(EXPORT_KINDS),
  format: z.enum(EXPORT_FORMATS),
  locale: z.enum(REPORTING_LOCALES).default('nl'),
  programmeId: z.string().max(36).optional(),
  period: reportPeriod,
});
/** A file to download: its name, type and bytes (base64). */
export const exportFile = z.object({ fileName: z.string(), contentType: z.string(), base64: z.string() });
export type ExportFile = z.infer<typeof exportFile>;
