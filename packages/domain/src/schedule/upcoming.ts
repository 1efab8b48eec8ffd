/**
 * Which meetings a parent or volunteer still sees under "next meetings" (issue 14: past meetings
 * leave the list). `occurrences(schedule, today, …)` counts in days, so on the day itself a meeting
 * at 19:00 is still listed at 20:30; these functions decide at an instant.
 */
import { epochMsOf, type UtcInstant } from './amsterdam.js';
import type { ScheduledMeeting } from './types.js';

/**
 * True while a meeting has not ended at `now`: a Tuesday 19:00 meeting of an hour is upcoming at
 * 18:00 and at 19:30 (it is going on: the parent still needs the place and time), and past at 20:00
 * and later. The meeting's `endsAt` comes from `occurrences`, so local Amsterdam time and summer
 * time are already in it (see `amsterdamInstant`); `now` is any ISO 8601 instant
 * (`new Date().toISOString()` in the api).
 */
export function isUpcoming(meeting: Pick<ScheduledMeeting, 'endsAt'>, now: UtcInstant): boolean {
  return epochMsOf(meeting.endsAt) > epochMsOf(now);
}

/**
 * The meetings of a list that are still upcoming at `now`, in the list's order (`occurrences` sorts
 * them by start). With `limit`, only the first that many: "the next three meetings".
 */
export function upcomingMeetings<M extends Pick<ScheduledMeeting, 'endsAt'>>(meetings: readonly M[], now: UtcInstant, limit?: number): readonly M[] {
  const nowMs = epochMsOf(now);
  const upcoming = meetings.filter((meeting) => epochMsOf(meeting.endsAt) > nowMs);
  return limit === undefined ? upcoming : upcoming.slice(0, Math.max(0, limit));
}
