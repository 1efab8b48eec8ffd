import { describe, expect, it } from 'vitest';
import { ok, runningMatch, tuesdayEvening } from '../schedule/fixtures.js';
import { checkMeetingLog, logReminders, takesLogs, type MeetingLog } from './log.js';

const parentRus = { meetingFormats: ['faceToFace', 'phone', 'video', 'email'], meetingLength: { minMinutes: 60, maxMinutes: 120 } } as const;
const thuisschoolmaatje = { meetingFormats: ['video', 'phone'], meetingLength: { minMinutes: 30, maxMinutes: 30 } } as const;
const match = runningMatch('2025-09-02', tuesdayEvening);
const TODAY = '2025-10-01';

const log = (changes: Partial<MeetingLog> = {}): MeetingLog => ({
  matchId: 'm-1',
  date: '2025-09-30',
  form: 'faceToFace',
  durationMinutes: 90,
  whatWeDid: ' Planned the week at the kitchen table; talked about the parent evening. ',
  wentWell: true,
  nextSteps: ' Go to the parent evening together ',
  challenge: '  ',
  wantsToTalkToCoordinator: false,
  ...changes,
});

describe("checkMeetingLog (Parent'R'US tool 2)", () => {
  it("Parent'R'US tool 2: a log with date, form, duration, what was done, went well, next steps and challenge is accepted, trimmed", () => {
    const checked = ok(checkMeetingLog(log(), match, parentRus, TODAY));
    expect(checked.lengthRemark).toBeNull();
    expect(checked.log).toMatchObject({ whatWeDid: 'Planned the week at the kitchen table; talked about the parent evening.', nextSteps: 'Go to the parent evening together', challenge: null });
  });

  it("Parent'R'US 3.3.4 (1 à 2 uur, varies with the needs): a longer or shorter meeting is accepted with a remark", () => {
    expect(ok(checkMeetingLog(log({ durationMinutes: 150 }), match, parentRus, TODAY)).lengthRemark).toBe('longerThanUsual');
    expect(ok(checkMeetingLog(log({ durationMinutes: 20 }), match, parentRus, TODAY)).lengthRemark).toBe('shorterThanUsual');
  });

  it('LOG.DATE_IN_FUTURE: a log records a meeting that took place, so not after today', () => {
    expect(checkMeetingLog(log({ date: '2025-10-02' }), match, parentRus, TODAY)).toEqual({ ok: false, code: 'LOG.DATE_IN_FUTURE', field: 'date' });
    expect(ok(checkMeetingLog(log({ date: TODAY }), match, parentRus, TODAY)).log.date).toBe(TODAY);
  });

  it('LOG.BEFORE_MATCH_STARTED: not before the match started, and not on a match that has not started', () => {
    expect(checkMeetingLog(log({ date: '2025-09-01' }), match, parentRus, TODAY)).toEqual({ ok: false, code: 'LOG.BEFORE_MATCH_STARTED', field: 'date' });
    expect(checkMeetingLog(log(), { ...match, startedOn: undefined }, parentRus, TODAY)).toMatchObject({ code: 'LOG.BEFORE_MATCH_STARTED' });
  });

  it('LOG.AFTER_MATCH_ENDED: not after the match ended; the last meeting on the end day is fine', () => {
    const ended = { ...match, end: { on: '2025-09-30', reason: 'completed' as const } };
    expect(checkMeetingLog(log({ date: TODAY }), ended, parentRus, TODAY)).toMatchObject({ code: 'LOG.AFTER_MATCH_ENDED' });
    expect(checkMeetingLog(log({ date: '2025-09-30' }), ended, parentRus, TODAY).ok).toBe(true);
    expect(takesLogs(ended)).toBe(false);
    expect(takesLogs(match)).toBe(true);
  });

  it('LOG.FORM_NOT_ALLOWED: Thuisschoolmaatje calls by video or phone, so a face-to-face log is refused there', () => {
    expect(checkMeetingLog(log({ durationMinutes: 30 }), match, thuisschoolmaatje, TODAY)).toEqual({ ok: false, code: 'LOG.FORM_NOT_ALLOWED', field: 'form' });
    expect(checkMeetingLog(log({ form: 'video', durationMinutes: 30 }), match, thuisschoolmaatje, TODAY).ok).toBe(true);
  });

  it('LOG.DURATION_INVALID: whole minutes from 1 to 600', () => {
    for (const durationMinutes of [0, -30, 12.5, 601]) {
      expect(checkMeetingLog(log({ durationMinutes }), match, parentRus, TODAY)).toEqual({ ok: false, code: 'LOG.DURATION_INVALID', field: 'durationMinutes' });
    }
    expect(checkMeetingLog(log({ durationMinutes: 600 }), match, parentRus, TODAY).ok).toBe(true);
  });

  it('LOG.DESCRIPTION_REQUIRED ("Write a brief description of what you did"); LOG.WRONG_MATCH; LOG.DATE_INVALID', () => {
    expect(checkMeetingLog(log({ whatWeDid: ' ' }), match, parentRus, TODAY)).toEqual({ ok: false, code: 'LOG.DESCRIPTION_REQUIRED', field: 'whatWeDid' });
    expect(checkMeetingLog(log({ matchId: 'm-2' }), match, parentRus, TODAY)).toMatchObject({ code: 'LOG.WRONG_MATCH' });
    expect(checkMeetingLog(log({ date: '2025-09-31' }), match, parentRus, TODAY)).toMatchObject({ code: 'LOG.DATE_INVALID' });
  });

  it('a challenge or dilemma is kept when described ("If YES, please describe it")', () => {
    expect(ok(checkMeetingLog(log({ challenge: ' Father asked me to lend money ' }), match, parentRus, TODAY)).log.challenge).toBe('Father asked me to lend money');
  });
});

describe("logReminders (Parent'R'US 3.3.3: a log for each meeting; a missing one is a gentle reminder)", () => {
  const planned = [
    { matchId: 'm-1', date: '2025-09-16', time: '19:00' },
    { matchId: 'm-1', date: '2025-09-23', time: '19:00' },
    { matchId: 'm-1', date: '2025-09-30', time: '19:00' },
  ];

  it('a planned meeting without a log becomes a reminder from the day after the grace period', () => {
    expect(logReminders(planned, [{ matchId: 'm-1', date: '2025-09-16' }], '2025-09-26', 2)).toEqual([
      { matchId: 'm-1', date: '2025-09-23', time: '19:00', remindFrom: '2025-09-26', daysOpen: 0 },
    ]);
    expect(logReminders(planned, [{ matchId: 'm-1', date: '2025-09-16' }], '2025-09-25', 2)).toEqual([]);
  });

  it('a log a day or two off the planned date still covers the meeting; one log covers one meeting', () => {
    const logs = [
      { matchId: 'm-1', date: '2025-09-17' },
      { matchId: 'm-1', date: '2025-09-24' },
    ];
    expect(logReminders(planned, logs, '2025-10-10', 2).map((r) => r.date)).toEqual(['2025-09-30']);
    expect(logReminders(planned, [{ matchId: 'm-1', date: '2025-09-17' }], '2025-10-10', 2).map((r) => r.date)).toEqual(['2025-09-23', '2025-09-30']);
  });

  it('a log that names its planned meeting covers that one, not the nearest; a log of another match covers nothing', () => {
    const logs = [
      { matchId: 'm-1', date: '2025-09-24', plannedFor: '2025-09-30' },
      { matchId: 'm-2', date: '2025-09-23' },
    ];
    expect(logReminders(planned, logs, '2025-10-10', 2).map((r) => r.date)).toEqual(['2025-09-16', '2025-09-23']);
  });

  it('Thuisschoolmaatje: three calls a week and two logs on the call days leave the missing call, not another', () => {
    const calls = ['2025-09-08', '2025-09-10', '2025-09-12'].map((date) => ({ matchId: 'm-3', date }));
    const logs = [
      { matchId: 'm-3', date: '2025-09-10' },
      { matchId: 'm-3', date: '2025-09-12' },
    ];
    expect(logReminders(calls, logs, '2025-09-20', 2)).toEqual([{ matchId: 'm-3', date: '2025-09-08', remindFrom: '2025-09-11', daysOpen: 9 }]);
  });
});
