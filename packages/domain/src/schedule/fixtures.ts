/**
 * Example matches and schedules for the tests of the running-the-match folders (not exported by
 * any index). Settings are written out, so a change of a template's defaults cannot move the tests.
 */
import type { MatchRecord, WeeklyTime } from '../match/types.js';
import type { ProgrammeSettings } from '../programme/settings.js';
import type { Result } from '../result.js';

/** The value of an accepted result; a refusal fails the test with its code. */
export function ok<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`refused: ${result.code} ${result.field ?? ''}`);
  return result.value;
}

type Timing = Pick<ProgrammeSettings, 'cadence' | 'meetingLength'>;

/** School's cool: "wekelijks een bezoek", 60–120 minutes. */
export const schoolsCoolTiming: Timing = { cadence: { kind: 'regular', meetings: 1, perWeeks: 1 }, meetingLength: { minMinutes: 60, maxMinutes: 120 } };
/** Thuisschoolmaatje: "drie keer per week, ongeveer een half uur". */
export const thuisschoolmaatjeTiming: Timing = { cadence: { kind: 'regular', meetings: 3, perWeeks: 1 }, meetingLength: { minMinutes: 30, maxMinutes: 30 } };
/** Parent'R'US 3.3.4: "1 vergadering per week … 1 à 2 uur". */
export const parentRusTiming: Timing = { cadence: { kind: 'regular', meetings: 1, perWeeks: 1 }, meetingLength: { minMinutes: 60, maxMinutes: 120 } };
/** Legal mentorship: as needed. */
export const asNeededTiming: Timing = { cadence: { kind: 'asNeeded' }, meetingLength: null };

/** An active match with the given weekly time, started on `startedOn`. */
export function runningMatch(startedOn: string, weeklyTime?: WeeklyTime, id = 'm-1'): MatchRecord {
  return {
    id,
    programmeId: 'p-1',
    menteeId: `pupil-${id}`,
    volunteerId: `vol-${id}`,
    proposedOn: '2025-08-01',
    source: 'suggestion',
    agreements: { volunteer: '2025-08-05', family: '2025-08-05' },
    signatures: [],
    ...(weeklyTime ? { weeklyTime } : {}),
    startedOn,
    gettingToKnowUntil: null,
  };
}

/** School's cool: a home visit on Tuesday at 19:00. */
export const tuesdayEvening: WeeklyTime = { slots: [{ weekday: 'tuesday', time: '19:00' }], format: 'faceToFace', place: ' at home ', agreedOn: '2025-08-20' };

/** Thuisschoolmaatje: video calls on Monday, Wednesday and Friday at 16:00. */
export const threeCalls: WeeklyTime = {
  slots: [
    { weekday: 'monday', time: '16:00' },
    { weekday: 'wednesday', time: '16:00' },
    { weekday: 'friday', time: '16:00' },
  ],
  format: 'video',
  agreedOn: '2025-08-20',
};
