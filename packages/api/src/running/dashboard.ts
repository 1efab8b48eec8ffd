import { Match, type EntityManager } from '@driehoek/db';
import { addDays } from '@driehoek/domain/calendar';
import { attentionItems, attentionSettingsFor, type AttentionSettings, type MatchAttentionFacts } from '@driehoek/domain/attention';
import { occurrences } from '@driehoek/domain/schedule';
import type { DashboardView } from '@driehoek/contracts/running';
import { plannedEndFor, scheduleOf } from './schedule.js';

/** How far back planned meetings are checked for a log (the domain's rules look at four weeks). */
const WINDOW_DAYS = 28;

type Row = Record<string, unknown>;

/**
 * What needs attention today for an organisation's running matches. The database does the
 * aggregation (one grouped query each for the latest check-in and log, one for recent logs); the
 * domain decides. Built for thousands of matches and hundreds of thousands of logs.
 */
export async function dashboardOf(em: EntityManager, organisationId: string, programmeId: string | undefined, today: string): Promise<DashboardView> {
  const matches = await em.find(
    Match,
    { organisation: organisationId, startedOn: { $ne: null }, declinedOn: null, endedOn: null, ...(programmeId ? { programme: programmeId } : {}) },
    { populate: ['programme', 'pupil', 'volunteer'], fields: ['*', 'pupil.firstName', 'pupil.lastName', 'volunteer.firstName', 'volunteer.lastName'] as never },
  );
  const windowStart = addDays(today, -WINDOW_DAYS - 3);
  const connection = em.getConnection();
  const [checkIns, lastLogs, recentLogs] = await Promise.all([
    connection.execute<Row[]>('select match_id, max("on") as last from check_in where organisation_id = ? group by match_id', [organisationId]),
    connection.execute<Row[]>('select match_id, max(date) as last from meeting_log where organisation_id = ? group by match_id', [organisationId]),
    connection.execute<Row[]>(
      'select match_id, date, planned_for, wants_to_talk_to_coordinator from meeting_log where organisation_id = ? and date >= ?',
      [organisationId, windowStart],
    ),
  ]);
  const lastCheckIn = new Map(checkIns.map((row) => [String(row.match_id), String(row.last)]));
  const lastLog = new Map(lastLogs.map((row) => [String(row.match_id), String(row.last)]));
  const logsByMatch = new Map<string, Row[]>();
  for (const row of recentLogs) {
    const key = String(row.match_id);
    (logsByMatch.get(key) ?? logsByMatch.set(key, []).get(key)!).push(row);
  }

  const settingsByProgramme: Record<string, AttentionSettings> = {};
  const facts: MatchAttentionFacts[] = matches.map((match) => {
    settingsByProgramme[match.programme.id] ??= attentionSettingsFor(match.programme.settings);
    const schedule = scheduleOf(match);
    const logs = logsByMatch.get(match.id) ?? [];
    const checkedIn = lastCheckIn.get(match.id) ?? null;
    const pause = match.scheduleExceptions.filter((e) => e.kind === 'paused' && e.from <= today).map((e) => (e.kind === 'paused' ? e.until : ''));
    return {
      matchId: match.id,
      programmeId: match.programme.id,
      volunteerId: match.volunteer.id,
      menteeId: match.pupil.id,
      startedOn: match.startedOn!,
      plannedEnd: plannedEndFor(match).plannedEnd,
      gettingToKnowUntil: match.gettingToKnowUntil ?? null,
      confirmed: match.confirmation !== null,
      lastCheckInOn: checkedIn,
      lastLoggedMeetingOn: lastLog.get(match.id) ?? null,
      excusedUntil: pause.sort().at(-1) ?? null,
      recentPlannedMeetings: schedule ? occurrences(schedule, addDays(today, -WINDOW_DAYS), today).map((m) => ({ matchId: match.id, date: m.date, time: m.time })) : [],
      recentLogs: logs.map((row) => ({ matchId: match.id, date: String(row.date), ...(row.planned_for ? { plannedFor: String(row.planned_for) } : {}) })),
      openTalkRequests: logs.filter((row) => truthy(row.wants_to_talk_to_coordinator) && (!checkedIn || String(row.date) > checkedIn)).map((row) => String(row.date)),
    };
  });
  const byId = new Map(matches.map((match) => [match.id, match]));
  return {
    activeMatches: matches.length,
    items: attentionItems({ settingsByProgramme, matches: facts }, today).map((item) => {
      const match = byId.get(item.matchId)!;
      return {
        matchId: item.matchId,
        pupilName: `${match.pupil.firstName} ${match.pupil.lastName}`,
        volunteerName: `${match.volunteer.firstName} ${match.volunteer.lastName}`,
        programmeName: match.programme.name,
        urgency: item.urgency,
        reason: { ...item.reason } as DashboardView['items'][number]['reason'],
      };
    }),
  };
}

/** SQLite returns booleans as 0/1, PostgreSQL as true/false. */
const truthy = (value: unknown) => value === true || value === 1 || value === '1';
