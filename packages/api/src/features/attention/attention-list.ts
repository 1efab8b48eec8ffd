import type { EntityManager } from '@driehoek/db';
import { Programme, openMatchSql } from '@driehoek/db';
import { addDays } from '@driehoek/domain/calendar';
import { plannedEndOf } from '@driehoek/domain/closure';
import { openTalkRequests, type TalkRequest } from '@driehoek/domain/meeting-log';
import { attentionItems, attentionSettingsFor, type AttentionSettings, type MatchAttentionFacts } from '@driehoek/domain/attention';
import { currentSuspension, type MatchRecord, type MatchSuspension, type WeeklyTime } from '@driehoek/domain/match';
import type { ProgrammeSettings } from '@driehoek/domain/programme';
import { occurrences, scheduleFor, type ScheduleException } from '@driehoek/domain/schedule';
import type { AttentionView } from '@driehoek/contracts/attention';
import type { HolidayRegion, Province } from '@driehoek/domain/school-holidays';
import { holidayEditsOf, holidaysOfSchool } from '../school-holidays/index.js';

/** How far back planned meetings are checked for a log (the domain's rules look at four weeks). */
const WINDOW_DAYS = 28;

type Row = Record<string, unknown>;

/** JSON columns come back as text from SQLite and as objects from PostgreSQL. */
const json = <T>(value: unknown): T | null => (value == null ? null : typeof value === 'string' ? (JSON.parse(value) as T) : (value as T));
/** Datetimes come back as numbers (milliseconds) or text from SQLite and as dates from PostgreSQL; ISO text sorts like the instant. */
const instantOf = (value: unknown): string => new Date(value instanceof Date ? value : typeof value === 'number' || /^\d+$/.test(String(value)) ? Number(value) : String(value)).toISOString();

/**
 * What needs attention today for an organisation's running matches. The database does the
 * reading and aggregation in four plain queries (no entities are built: this runs over thousands
 * of matches and hundreds of thousands of logs); the domain decides what needs attention.
 */
export async function attentionListOf(em: EntityManager, organisationId: string, programmeId: string | undefined, today: string): Promise<AttentionView> {
  const connection = em.getConnection();
  const windowStart = addDays(today, -WINDOW_DAYS - 3);
  const programmeFilter = programmeId ? ' and m.programme_id = ?' : '';
  const [matches, checkIns, lastLogs, recentLogs, talkRequests, programmes, holidayEdits] = await Promise.all([
    connection.execute<Row[]>(
      `select m.id, m.programme_id, m.volunteer_id, m.pupil_id, m.started_on, m.getting_to_know_until, m.confirmation, m.weekly_time,
              m.schedule_exceptions, m.suspensions, p.first_name as pupil_first, p.last_name as pupil_last, v.first_name as volunteer_first, v.last_name as volunteer_last,
              s.id as school_id, s.province as school_province, s.holiday_region as school_region, s.city as school_city
         from "match" m join pupil p on p.id = m.pupil_id join volunteer v on v.id = m.volunteer_id left join school s on s.id = p.school_id
        where m.organisation_id = ? and m.started_on is not null and ${openMatchSql('m')}${programmeFilter}`,
      programmeId ? [organisationId, programmeId] : [organisationId],
    ),
    connection.execute<Row[]>('select match_id, max("on") as last from check_in where organisation_id = ? group by match_id', [organisationId]),
    connection.execute<Row[]>('select match_id, max(date) as last from meeting_log where organisation_id = ? group by match_id', [organisationId]),
    connection.execute<Row[]>(
      'select match_id, date, planned_for from meeting_log where organisation_id = ? and date >= ?',
      [organisationId, windowStart],
    ),
    // Requests to talk are few (a handful a match): the open and the answered of running matches,
    // whatever their meeting's date; the domain decides which are open.
    connection.execute<Row[]>(
      `select t.id, t.match_id, t.meeting_on, t.written_at, t.answered_at, t.answered_by_id, t.answered_by_name, t.note from talk_request t join "match" m on m.id = t.match_id
        where t.organisation_id = ? and m.started_on is not null and ${openMatchSql('m')}`,
      [organisationId],
    ),
    em.find(Programme, { organisation: organisationId }),
    holidayEditsOf(em, organisationId),
  ]);
  const settingsOf = new Map<string, ProgrammeSettings>(programmes.map((programme) => [programme.id, programme.settings]));
  const names = new Map(programmes.map((programme) => [programme.id, programme.name]));
  const lastCheckIn = new Map(checkIns.map((row) => [String(row.match_id), String(row.last)]));
  const lastLog = new Map(lastLogs.map((row) => [String(row.match_id), String(row.last)]));
  const logsByMatch = new Map<string, Row[]>();
  for (const row of recentLogs) {
    const key = String(row.match_id);
    (logsByMatch.get(key) ?? logsByMatch.set(key, []).get(key)!).push(row);
  }

  const talkByMatch = new Map<string, TalkRequest[]>();
  for (const row of talkRequests) {
    const key = String(row.match_id);
    const answer = row.answered_at == null ? null : { at: instantOf(row.answered_at), byId: String(row.answered_by_id ?? ''), byName: String(row.answered_by_name ?? ''), note: String(row.note ?? '') };
    const request: TalkRequest = { id: String(row.id), matchId: key, meetingOn: String(row.meeting_on), writtenAt: instantOf(row.written_at), answer };
    (talkByMatch.get(key) ?? talkByMatch.set(key, []).get(key)!).push(request);
  }

  const settingsByProgramme: Record<string, AttentionSettings> = {};
  const facts: MatchAttentionFacts[] = matches.map((row) => {
    const id = String(row.id);
    const programme = String(row.programme_id);
    const settings = settingsOf.get(programme)!;
    settingsByProgramme[programme] ??= attentionSettingsFor(settings);
    const startedOn = String(row.started_on);
    const exceptions = json<ScheduleException[]>(row.schedule_exceptions) ?? [];
    const weeklyTime = json<WeeklyTime>(row.weekly_time);
    const end = plannedEndOf(startedOn, settings);
    const suspensions = json<MatchSuspension[]>(row.suspensions) ?? [];
    // The parts of the record the schedule and the suspension read; the rest is not selected here.
    const record: MatchRecord = {
      id,
      programmeId: programme,
      menteeId: String(row.pupil_id),
      volunteerId: String(row.volunteer_id),
      proposedOn: startedOn,
      source: 'manual',
      agreements: {},
      signatures: [],
      startedOn,
      ...(weeklyTime ? { weeklyTime } : {}),
      suspensions,
    };
    // A meeting on a school holiday is not missed: only the window the list looks at needs the holidays.
    const school = row.school_id ? { id: String(row.school_id), province: row.school_province as Province | null, holidayRegion: row.school_region as HolidayRegion | null, city: String(row.school_city) } : null;
    const holidays = school ? holidaysOfSchool(school, holidayEdits, windowStart, today) : [];
    const schedule = weeklyTime ? scheduleFor(record, settings, { endsOn: end.latestEnd, exceptions, holidays }) : null;
    const logs = logsByMatch.get(id) ?? [];
    const checkedIn = lastCheckIn.get(id) ?? null;
    const pauses = exceptions.flatMap((e) => (e.kind === 'paused' && e.from <= today ? [e.until] : [])).sort();
    return {
      matchId: id,
      programmeId: programme,
      volunteerId: String(row.volunteer_id),
      menteeId: String(row.pupil_id),
      startedOn,
      plannedEnd: end.plannedEnd,
      gettingToKnowUntil: row.getting_to_know_until ? String(row.getting_to_know_until) : null,
      confirmed: json(row.confirmation) !== null,
      lastCheckInOn: checkedIn,
      lastLoggedMeetingOn: lastLog.get(id) ?? null,
      excusedUntil: pauses.at(-1) ?? null,
      suspendedSince: currentSuspension(record)?.since ?? null,
      recentPlannedMeetings: schedule?.ok ? occurrences(schedule.value, addDays(today, -WINDOW_DAYS), today).map((m) => ({ matchId: id, date: m.date, time: m.time })) : [],
      recentLogs: logs.map((log) => ({ matchId: id, date: String(log.date), ...(log.planned_for ? { plannedFor: String(log.planned_for) } : {}) })),
      openTalkRequests: openTalkRequests(talkByMatch.get(id) ?? []).map((request) => ({ id: request.id, meetingOn: request.meetingOn })),
    };
  });
  const rowById = new Map(matches.map((row) => [String(row.id), row]));
  return {
    activeMatches: matches.length,
    items: attentionItems({ settingsByProgramme, matches: facts }, today).map((item) => {
      const row = rowById.get(item.matchId)!;
      return {
        matchId: item.matchId,
        pupilName: `${row.pupil_first} ${row.pupil_last}`,
        volunteerName: `${row.volunteer_first} ${row.volunteer_last}`,
        programmeName: names.get(item.programmeId) ?? '',
        urgency: item.urgency,
        reason: item.reason,
      };
    }),
  };
}
