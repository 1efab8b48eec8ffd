import type { Match } from '@driehoek/db';
import { plannedEndOf, type PlannedEnd } from '@driehoek/domain/closure';
import { occurrences, scheduleFor, skippedMeetings, type MeetingSchedule } from '@driehoek/domain/schedule';
import type { ScheduleView } from '@driehoek/contracts/running';
import { AppError } from '../../errors/index.js';
import { matchRecordOf } from './match-record.js';

/** The planned (and latest) end of a running match, from the programme's duration bounds. */
export function plannedEndFor(match: Match): PlannedEnd {
  return match.startedOn ? plannedEndOf(match.startedOn, match.programme.settings) : { plannedEnd: null, latestEnd: null };
}

/** A running match's weekly schedule with its exceptions, as the domain computes it; null before the start. */
export function scheduleOf(match: Match): MeetingSchedule | null {
  if (!match.startedOn || !match.weeklyTime) return null;
  const result = scheduleFor(matchRecordOf(match), match.programme.settings, {
    endsOn: match.endedOn ?? plannedEndFor(match).latestEnd,
    exceptions: match.scheduleExceptions,
  });
  if (!result.ok) throw new AppError(result.code, result.field);
  return result.value;
}

/** Meetings between two days, and the ones that will not take place, for the apps. */
export function scheduleViewOf(match: Match, from: string, to: string): ScheduleView {
  const schedule = scheduleOf(match);
  if (!schedule) return { meetings: [], skipped: [] };
  return {
    meetings: occurrences(schedule, from, to).map((meeting) => ({
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
