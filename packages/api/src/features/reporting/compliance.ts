import { complianceInput, complianceView, type ComplianceView } from '@driehoek/contracts/reporting';
import type { Clock, EntityManager } from '@driehoek/db';
import { Programme, StaffMember } from '@driehoek/db';
import { addDays } from '@driehoek/domain/calendar';
import { plannedEndOf, type StoredClosure } from '@driehoek/domain/closure';
import type { MatchRecord, MatchSuspension, WeeklyTime } from '@driehoek/domain/match';
import { COMPLIANCE_FIGURES, complianceDashboard, complianceProgrammeOf, periodsIn, type ComplianceFacts, type ComplianceFigure, type ReportPeriod } from '@driehoek/domain/reporting';
import { scheduleFor, type MeetingSchedule, type ScheduleException } from '@driehoek/domain/schedule';
import type { HolidayRegion, Province } from '@driehoek/domain/school-holidays';
import { today } from '../../clock/index.js';
import { coordinatorProcedure } from '../../trpc/index.js';
import { holidayEditsOf, holidaysOfSchool } from '../school-holidays/index.js';
import { referencesByVolunteer, screeningColumnsOfRow, screeningColumnsSql, screeningRecordOf } from '../screening/index.js';
import { programmeOf } from './facts.js';

type Row = Record<string, unknown>;
const json = <T>(value: unknown): T | null => (value == null ? null : typeof value === 'string' ? (JSON.parse(value) as T) : (value as T));
const text = (value: unknown): string | null => (value == null ? null : String(value));

/** Logs a few days either side of the period still pair with its planned meetings. */
const LOG_WINDOW_DAYS = 7;

/**
 * The plain facts of the live compliance figures (CONVENTIONS 11: rows, not entities, for the
 * matches, check-ins and logs; each match's schedule built as the attention list builds it, whose
 * planned meetings the domain counts).
 * Questionnaire invitations come from the evaluation feature, which stores none yet: none are counted.
 */
export async function complianceFacts(em: EntityManager, organisationId: string, programmeId: string | undefined, period: ReportPeriod): Promise<ComplianceFacts & { readonly programmeRows: readonly Programme[] }> {
  const connection = em.getConnection();
  const only = programmeId ? ' and m.programme_id = ?' : '';
  const params = [organisationId, period.until, period.from, ...(programmeId ? [programmeId] : [])];
  const matchWhere = `m.organisation_id = ? and m.started_on is not null and m.declined_on is null and m.started_on <= ? and (m.ended_on is null or m.ended_on >= ?)${only}`;
  const [programmes, matches, checkIns, logs, waiting, holidayEdits] = await Promise.all([
    em.find(Programme, { organisation: organisationId, ...(programmeId ? { id: programmeId } : {}) }),
    connection.execute<Row[]>(
      `select m.id, m.programme_id, m.volunteer_id, m.pupil_id, m.proposed_by_id, m.started_on, m.ended_on, m.closure, m.weekly_time, m.schedule_exceptions, m.suspensions,
              s.id as school_id, s.province as school_province, s.holiday_region as school_region, s.city as school_city
         from "match" m join pupil p on p.id = m.pupil_id left join school s on s.id = p.school_id where ${matchWhere}`,
      params,
    ),
    connection.execute<Row[]>(`select c.match_id, c."on" from check_in c join "match" m on m.id = c.match_id where ${matchWhere} and c."on" <= ?`, [...params, period.until]),
    connection.execute<Row[]>(
      `select l.match_id, l.date, l.planned_for, l.duration_minutes from meeting_log l join "match" m on m.id = l.match_id where ${matchWhere} and l.date >= ? and l.date <= ?`,
      [...params, addDays(period.from, -LOG_WINDOW_DAYS), addDays(period.until, LOG_WINDOW_DAYS)],
    ),
    connection.execute<Row[]>(
      `select p.id, p.programme_id, p.nominated_on, p.closed_on, min(m.started_on) as matched_on from pupil p left join "match" m on m.pupil_id = p.id and m.started_on is not null and m.declined_on is null
        where p.organisation_id = ? and p.nominated_on <= ?${programmeId ? ' and p.programme_id = ?' : ''} group by p.id, p.programme_id, p.nominated_on, p.closed_on`,
      [organisationId, period.until, ...(programmeId ? [programmeId] : [])],
    ),
    holidayEditsOf(em, organisationId),
  ]);
  const settingsOf = new Map(programmes.map((programme) => [programme.id, programme.settings]));
  // The volunteers of those matches and their references, as rows: hydrating 1,200 volunteers with their references took most of the second at national scale.
  const volunteerIn = `select m.volunteer_id from "match" m where ${matchWhere}`;
  const [volunteers, references] = await Promise.all([
    connection.execute<Row[]>(`select v.id, v.programme_id, ${screeningColumnsSql('v')} from volunteer v where v.id in (${volunteerIn})`, params),
    connection.execute<Row[]>(`select r.volunteer_id, r.checked_on, r.referee_name, r.outcome from reference_check r where r.volunteer_id in (${volunteerIn}) order by r.volunteer_id, r.id`, params),
  ]);
  const referencesOf = referencesByVolunteer(references);
  // One school's holidays for the period, once, whatever the number of its matches.
  const holidaysBySchool = new Map<string, ReturnType<typeof holidaysOfSchool>>();
  const schedules = matches.flatMap((row): MeetingSchedule[] => {
    const settings = settingsOf.get(String(row.programme_id));
    const weeklyTime = json<WeeklyTime>(row.weekly_time);
    if (!settings || !weeklyTime) return [];
    const id = String(row.id);
    const startedOn = String(row.started_on);
    const record: MatchRecord = {
      id,
      programmeId: String(row.programme_id),
      menteeId: String(row.pupil_id),
      volunteerId: String(row.volunteer_id),
      proposedOn: startedOn,
      source: 'manual',
      agreements: {},
      signatures: [],
      startedOn,
      weeklyTime,
      suspensions: json<MatchSuspension[]>(row.suspensions) ?? [],
    };
    const endedOn = text(row.ended_on);
    const school = row.school_id ? { id: String(row.school_id), province: row.school_province as Province | null, holidayRegion: row.school_region as HolidayRegion | null, city: String(row.school_city) } : null;
    let holidays = school ? holidaysBySchool.get(school.id) : [];
    if (school && !holidays) holidaysBySchool.set(school.id, (holidays = holidaysOfSchool(school, holidayEdits, period.from, period.until)));
    const schedule = scheduleFor(record, settings, { endsOn: endedOn ?? plannedEndOf(startedOn, settings).latestEnd, exceptions: json<ScheduleException[]>(row.schedule_exceptions) ?? [], holidays: holidays ?? [] });
    return schedule.ok ? [schedule.value] : [];
  });
  return {
    programmeRows: programmes,
    programmes: programmes.map((programme) => complianceProgrammeOf(programme.id, programme.settings)),
    volunteers: volunteers.map((row) => ({ volunteerId: String(row.id), programmeId: String(row.programme_id), screening: screeningRecordOf(screeningColumnsOfRow(row), referencesOf.get(String(row.id)) ?? []) })),
    matches: matches.map((row) => ({
      matchId: String(row.id),
      programmeId: String(row.programme_id),
      volunteerId: String(row.volunteer_id),
      menteeId: String(row.pupil_id),
      coordinatorId: text(row.proposed_by_id),
      startedOn: String(row.started_on),
      endedOn: text(row.ended_on),
      closure: json<StoredClosure>(row.closure),
    })),
    checkIns: checkIns.map((row) => ({ matchId: String(row.match_id), on: String(row.on) })),
    plannedMeetings: [],
    schedules,
    logs: logs.map((row) => ({ matchId: String(row.match_id), date: String(row.date), ...(row.planned_for ? { plannedFor: String(row.planned_for) } : {}), durationMinutes: Number(row.duration_minutes) })),
    waiting: waiting.map((row) => ({ pupilId: String(row.id), programmeId: String(row.programme_id), waitingSince: String(row.nominated_on), matchedOn: text(row.matched_on), closedOn: text(row.closed_on) })),
    questionnaires: [],
  };
}

function figureView(figure: ComplianceFigure): ComplianceView['figures'][number] {
  const measure = figure.measure;
  return {
    key: figure.key,
    value: figure.value,
    numerator: measure.kind === 'share' ? measure.numerator : null,
    denominator: measure.kind === 'share' ? measure.denominator : null,
    statistics: figure.statistics ?? null,
    parameters: { ...figure.parameters },
    recordKind: figure.recordKind,
    recordIds: [...figure.recordIds],
    attentionIds: [...figure.attentionIds],
  };
}

/** The live compliance figures of the organisation (or one programme) for a period, each with the records behind it, and their trend month by month. */
export async function complianceViewOf(em: EntityManager, clock: Clock, organisationId: string, programmeId: string | undefined, period: ReportPeriod): Promise<ComplianceView> {
  if (programmeId) await programmeOf(em, organisationId, programmeId);
  const facts = await complianceFacts(em, organisationId, programmeId, period);
  const on = today(clock);
  const { report, trend } = complianceDashboard(facts, period, periodsIn(period, 'month'), on);
  const [programmes, staff] = await Promise.all([programmeId ? em.find(Programme, { organisation: organisationId }) : facts.programmeRows, em.find(StaffMember, { organisation: organisationId })]);
  const programmeName = new Map(programmes.map((p) => [p.id, p.name]));
  const staffName = new Map(staff.map((s) => [s.id, s.name]));
  return {
    period,
    asOf: report.asOf,
    figures: COMPLIANCE_FIGURES.map((key) => figureView(report.figures[key])),
    byProgramme: report.checkInsByProgramme.map((row) => ({ programmeId: row.programmeId, programmeName: programmeName.get(row.programmeId) ?? '', figure: figureView(row.figure) })),
    byCoordinator: report.checkInsByCoordinator.map((row) => ({ coordinatorId: row.coordinatorId, coordinatorName: row.coordinatorId ? (staffName.get(row.coordinatorId) ?? '') : '', figure: figureView(row.figure) })),
    trend: { periods: [...trend.periods], values: Object.fromEntries(COMPLIANCE_FIGURES.map((key) => [key, [...trend.values[key]]])) },
  };
}

/** The compliance dashboard: the organisation's own work, with the records behind each figure (coordinators only). */
export const compliance = coordinatorProcedure
  .input(complianceInput)
  .output(complianceView)
  .query(({ ctx, input }) => complianceViewOf(ctx.em, ctx.services.clock, ctx.actor.organisationId, input.programmeId, input.period));
