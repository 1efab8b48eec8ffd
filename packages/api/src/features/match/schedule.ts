import type { EntityManager, Match } from '@driehoek/db';
import { plannedEndOf, type PlannedEnd } from '@driehoek/domain/closure';
import { occurrences, scheduleFor, skippedMeetings, upcomingMeetings, type MeetingSchedule } from '@driehoek/domain/schedule';
import type { ScheduleView } from '@driehoek/contracts/running';
import { AppError } from '../../errors/index.js';
import { schoolHolidaysOf } from '../school-holidays/index.js';
import { matchRecordOf } from './match-record.js';

/** The planned (and latest) end of a running match, from the programme's duration bounds. */
export function plannedEndFor(match: Match): PlannedEnd {
  return match.startedOn ? plannedEndOf(match.startedOn, match.programme.settings) : { plannedEnd: null, latestEnd: null };
}

/**
 * A running match's weekly schedule with its exceptions and the pupil's school holidays (issue 14:
 * the region's official holidays and the organisation's edits), as the domain computes it; null
 * before the start.
 */
export async function scheduleOf(em: EntityManager, match: Match): Promise<MeetingSchedule | null> {
  if (!match.startedOn || !match.weeklyTime) return null;
  const endsOn = match.endedOn ?? plannedEndFor(match).latestEnd;
  const pupil = await em.populate(match, ['pupil']).then(() => match.pupil);
  const holidays = await schoolHolidaysOf(em, match.organisation.id, pupil.school?.id, match.startedOn, endsOn);
  const result = scheduleFor(matchRecordOf(match), match.programme.settings, { endsOn, exceptions: match.scheduleExceptions, holidays });
  if (!result.ok) throw new AppError(result.code, result.field);
  return result.value;
}

/**
 * Meetings between two days, and the ones that will not take place, for the apps. With `now`, a
 * meeting that has already ended today is left out ("next meetings" in the portal).
 */
export async function scheduleViewOf(em: EntityManager, match: Match, from: string, to: string, now?: Date): Promise<ScheduleView> {
  const schedule = await scheduleOf(em, match);
  if (!schedule) return { meetings: [], skipped: [] };
  const meetings = occurrences(schedule, from, to);
  return {
    meetings: (now ? upcomingMeetings(meetings, now.toISOString()) : meetings).map((meeting) => ({
      date: meeting.date,
      time: meeting.time,
      durationMinutes: meeting.durationMinutes,
      format: meeting.format,
      place: meeting.place,
      kind: meeting.kind === 'regular' ? 'planned' : meeting.kind,
    })),
    skipped: skippedMeetings(schedule, from, to).map((skipped) => ({
      date: skipped.date,
      time: skipped.time,
      reason: skipped.reason,
    })),
  };
}
