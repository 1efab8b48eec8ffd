import { describe, expect, it } from 'vitest';
import { attentionItems, type MatchAttentionFacts } from '../attention/attention.js';
import { CONSENT_GIVER_ROLES } from '../consent/types.js';
import { consent, pupilRequirements, withdrawn } from '../consent/fixtures.js';
import { withdrawalConsequences } from '../consent/withdrawal.js';
import { checkMeetingLog, takesLogs, type MeetingLog } from '../meeting-log/log.js';
import { mayReadPupilData, revocationConsequences, screeningExpiryConsequences } from '../screening/access.js';
import { schoolsCoolTiming } from '../schedule/fixtures.js';
import { addScheduleException, icsEvents, occurrences, scheduleFor, skippedMeetings } from '../schedule/schedule.js';
import { activateMatch } from './activation.js';
import { endMatch } from './closing.js';
import { con1Holds, guardianMissing, homeMentoring, ok, scheduledHome } from './fixtures.js';
import { currentSuspension, isOpen, isRunning, matchStage, nextStepsOf } from './stage.js';
import { resumeMatch, suspendMatch, suspensionNotices, suspensionReasonOf, visibleSuspensionReasons, volunteerStopPlan } from './suspension.js';
import type { MatchRecord } from './types.js';

/** School's cool: Sara and Ans, active from Wednesday 1 October 2025, a home visit on Tuesdays at 19:00. */
const running = (): MatchRecord => ok(activateMatch(scheduledHome(), con1Holds, homeMentoring, '2025-10-01'));
const suspendedOn = (on: string, reason: 'consentWithdrawn' | 'concern' | 'screeningExpired' | 'screeningRevoked' | 'coordinator' = 'coordinator'): MatchRecord =>
  ok(suspendMatch(running(), { reason, on, by: 'Bea', ...(reason === 'concern' ? { concernId: 'concern-1' } : {}), note: 'family asked for a break' }, on));
const tuesdaysOf = (match: MatchRecord, from: string, to: string): readonly string[] =>
  occurrences(ok(scheduleFor(match, schoolsCoolTiming, { endsOn: '2026-07-03' })), from, to).map((meeting) => meeting.date);

describe('suspendMatch / resumeMatch', () => {
  it('a suspended match is open (it keeps its places) but not running; it has no checklist until resumed or ended', () => {
    const match = suspendedOn('2025-10-15');
    expect(matchStage(match)).toBe('suspended');
    expect(isOpen(match)).toBe(true);
    expect(isRunning(match)).toBe(false);
    expect(nextStepsOf(match, homeMentoring)).toEqual([]);
    expect(currentSuspension(match)).toEqual({ since: '2025-10-15', grounds: [{ reason: 'coordinator', on: '2025-10-15', by: 'Bea', note: 'family asked for a break' }] });
  });

  it('the schedule: meetings from the suspension day are cancelled, and come back from the day the match resumes', () => {
    const match = suspendedOn('2025-10-14');
    expect(tuesdaysOf(match, '2025-10-01', '2025-11-11')).toEqual(['2025-10-07']);
    const skipped = skippedMeetings(ok(scheduleFor(match, schoolsCoolTiming, { endsOn: '2026-07-03' })), '2025-10-13', '2025-10-22');
    expect(skipped).toEqual([
      { matchId: 'match-1', date: '2025-10-14', time: '19:00', reason: 'suspended' },
      { matchId: 'match-1', date: '2025-10-21', time: '19:00', reason: 'suspended' },
    ]);
    const resumed = ok(resumeMatch(match, { on: '2025-10-28', by: 'Bea' }, con1Holds, '2025-10-28'));
    expect(matchStage(resumed)).toBe('active');
    expect(tuesdaysOf(resumed, '2025-10-01', '2025-11-11')).toEqual(['2025-10-07', '2025-10-28', '2025-11-04', '2025-11-11']);
  });

  it('a suspension also stops moved and extra meetings, and no new ones can be planned in it; subscribed calendars get them cancelled', () => {
    const base = ok(scheduleFor(running(), schoolsCoolTiming, { endsOn: '2026-07-03' }));
    const withExtra = ok(addScheduleException(base, { kind: 'extra', date: '2025-10-18', time: '11:00' }, '2025-10-10'));
    const match = suspendedOn('2025-10-14');
    const schedule = ok(scheduleFor(match, schoolsCoolTiming, { endsOn: '2026-07-03', exceptions: withExtra.exceptions }));
    expect(occurrences(schedule, '2025-10-14', '2025-10-31')).toEqual([]);
    expect(addScheduleException(schedule, { kind: 'extra', date: '2025-10-25', time: '11:00' }, '2025-10-15')).toEqual({ ok: false, code: 'SCHEDULE.MATCH_SUSPENDED', field: 'date' });
    const events = icsEvents(schedule, '2025-10-14', '2025-10-21', { summary: 'Home visit', uidDomain: 'driehoek.example.org' });
    expect(events.map((event) => [event.uid, event.status])).toEqual([
      ['match-1-20251014T1900@driehoek.example.org', 'CANCELLED'],
      ['match-1-20251018T1100@driehoek.example.org', 'CANCELLED'],
      ['match-1-20251021T1900@driehoek.example.org', 'CANCELLED'],
    ]);
  });

  it('no log while suspended (a meeting held on the suspension day itself may still be logged); takesLogs is false', () => {
    const match = suspendedOn('2025-10-14');
    const log = (date: string): MeetingLog => ({ matchId: 'match-1', date, form: 'faceToFace', durationMinutes: 60, whatWeDid: 'homework', wentWell: true, nextSteps: '', challenge: null, wantsToTalkToCoordinator: false });
    const settings = { meetingFormats: ['faceToFace'] as const, meetingLength: { minMinutes: 60, maxMinutes: 120 } };
    expect(checkMeetingLog(log('2025-10-15'), match, settings, '2025-10-20')).toEqual({ ok: false, code: 'LOG.MATCH_SUSPENDED', field: 'date' });
    expect(checkMeetingLog(log('2025-10-14'), match, settings, '2025-10-20').ok).toBe(true);
    expect(takesLogs(match)).toBe(false);
    const resumed = ok(resumeMatch(match, { on: '2025-10-28', by: 'Bea' }, con1Holds, '2025-10-28'));
    expect(checkMeetingLog(log('2025-10-28'), resumed, settings, '2025-10-28').ok).toBe(true);
    expect(checkMeetingLog(log('2025-10-27'), resumed, settings, '2025-10-28')).toMatchObject({ code: 'LOG.MATCH_SUSPENDED' });
  });

  it('the dashboard shows a suspended match as needing a decision, without its reason, and chases no check-in or log for it', () => {
    const facts: MatchAttentionFacts = {
      matchId: 'match-1', programmeId: 'p', volunteerId: 'v', menteeId: 'pupil-1', startedOn: '2025-10-01', plannedEnd: '2026-07-03',
      gettingToKnowUntil: null, confirmed: true, lastCheckInOn: null, lastLoggedMeetingOn: null, excusedUntil: null,
      recentPlannedMeetings: [{ matchId: 'match-1', date: '2025-10-07' }], recentLogs: [], openTalkRequests: [], suspendedSince: '2025-10-14',
    };
    const settings = { p: { checkInIntervalDays: 14, checkInDueSoonDays: 2, logGraceDays: 2, maxDaysWithoutMeeting: 14, nearEndDays: 28 } };
    expect(attentionItems({ settingsByProgramme: settings, matches: [facts] }, '2025-11-20').map((item) => item.reason)).toEqual([{ kind: 'matchSuspended', since: '2025-10-14', days: 37 }]);
    expect(attentionItems({ settingsByProgramme: settings, matches: [{ ...facts, suspendedSince: null }] }, '2025-11-20').map((item) => item.reason.kind)).toEqual([
      'checkInOverdue',
      'noRecentMeeting',
      'meetingsNotLogged',
    ]);
  });

  it('a second reason joins the suspension; the same reason twice changes nothing; the match resumes only when every reason is gone', () => {
    const twice = ok(suspendMatch(suspendedOn('2025-10-14', 'screeningExpired'), { reason: 'concern', concernId: 'concern-1', on: '2025-10-20', by: 'Bea' }, '2025-10-20'));
    expect(currentSuspension(twice)?.grounds.map((ground) => ground.reason)).toEqual(['screeningExpired', 'concern']);
    expect(ok(suspendMatch(twice, { reason: 'concern', concernId: 'concern-1', on: '2025-10-21', by: 'Bea' }, '2025-10-21'))).toBe(twice);
    // The VOG is renewed, but the concern still suspends the match (CON-1 iv).
    expect(resumeMatch(twice, { on: '2025-10-28', by: 'Bea' }, { ...con1Holds, openConcernSuspendsMatch: true }, '2025-10-28')).toEqual({ ok: false, code: 'CONSENT.CONCERN_SUSPENDS_MATCH' });
  });

  it('MATCH.WRONG_STAGE: only a running match is suspended, only a suspended one resumed; MATCH.REASON_REQUIRED for a concern without its id or a decision without a note', () => {
    expect(suspendMatch(scheduledHome(), { reason: 'coordinator', on: '2025-10-01', by: 'Bea', note: 'x' }, '2025-10-01')).toEqual({ ok: false, code: 'MATCH.WRONG_STAGE', field: 'suspension' });
    expect(resumeMatch(running(), { on: '2025-10-02', by: 'Bea' }, con1Holds, '2025-10-02')).toEqual({ ok: false, code: 'MATCH.WRONG_STAGE', field: 'resumption' });
    expect(suspendMatch(running(), { reason: 'concern', on: '2025-10-02', by: 'Bea' }, '2025-10-02')).toEqual({ ok: false, code: 'MATCH.REASON_REQUIRED', field: 'concernId' });
    expect(suspendMatch(running(), { reason: 'coordinator', on: '2025-10-02', by: 'Bea' }, '2025-10-02')).toEqual({ ok: false, code: 'MATCH.REASON_REQUIRED', field: 'note' });
    expect(suspendMatch(running(), { reason: 'coordinator', on: '2025-10-03', by: 'Bea', note: 'x' }, '2025-10-02')).toMatchObject({ code: 'MATCH.DATE_IN_FUTURE' });
    expect(activateMatch(suspendedOn('2025-10-14'), con1Holds, homeMentoring, '2025-10-20')).toEqual({ ok: false, code: 'MATCH.WRONG_STAGE', field: 'stage' });
  });

  it('DOMAIN.md §8: a suspended match may be ended instead of resumed', () => {
    const ended = ok(endMatch(suspendedOn('2025-10-14'), { on: '2025-10-30', reason: 'safeguarding' }, '2025-10-30'));
    expect(matchStage(ended)).toBe('ended');
    expect(currentSuspension(ended)).toBeNull();
  });
});

describe('the consequences of consent, screening and concerns now suspend a running match', () => {
  it('CON-4: withdrawing a consent the match needs suspends the running match at once; it resumes only when consent is given again', () => {
    // No enum literal here: the values come from the fixtures' requirements and the role list.
    const needed = pupilRequirements.purposes.find((requirement) => requirement.neededToMatch)!.purpose;
    const record = withdrawn(consent(CONSENT_GIVER_ROLES[0], needed, '2025-09-01'), '2025-10-14');
    const consequences = withdrawalConsequences(record, pupilRequirements, 'match-1');
    expect(consequences.activeMatch?.suspendMatch).toBe(true);
    const match = ok(suspendMatch(running(), { reason: suspensionReasonOf(consequences), on: consequences.lawfulUntil, by: 'portal' }, '2025-10-14'));
    expect(currentSuspension(match)?.grounds[0]?.reason).toBe('consentWithdrawn');
    expect(tuesdaysOf(match, '2025-10-14', '2025-11-30')).toEqual([]);
    expect(resumeMatch(match, { on: '2025-10-20', by: 'Bea' }, guardianMissing, '2025-10-20')).toEqual({ ok: false, code: 'CONSENT.NOT_READY' });
    expect(ok(resumeMatch(match, { on: '2025-10-20', by: 'Bea' }, con1Holds, '2025-10-20')).suspensions?.[0]?.resumption).toEqual({ on: '2025-10-20', by: 'Bea' });
  });

  it('SCR-4: at the VOG renewal date the running match is suspended, and resumes once the volunteer is CLEARED again', () => {
    const reason = suspensionReasonOf(screeningExpiryConsequences());
    expect(reason).toBe('screeningExpired');
    const match = ok(suspendMatch(running(), { reason, on: '2025-11-01', by: 'system' }, '2025-11-01'));
    expect(resumeMatch(match, { on: '2025-11-20', by: 'Bea' }, { ...con1Holds, volunteerScreening: 'screeningExpired' }, '2025-11-20')).toEqual({ ok: false, code: 'CONSENT.VOLUNTEER_NOT_CLEARED' });
    expect(matchStage(ok(resumeMatch(match, { on: '2025-11-20', by: 'Bea' }, con1Holds, '2025-11-20')))).toBe('active');
  });

  it('SCR-7: a suspended match gives the volunteer no access to the pupil data; resumed, it does again', () => {
    const match = suspendedOn('2025-10-14');
    expect(mayReadPupilData('cleared', isRunning(match))).toBe(false);
    expect(mayReadPupilData('cleared', isRunning(ok(resumeMatch(match, { on: '2025-10-20', by: 'Bea' }, con1Holds, '2025-10-20'))))).toBe(true);
  });

  it('SCR-8: a revoked screening suspends the running match for good and declines the proposals; the match is then ended, never resumed', () => {
    const consequences = revocationConsequences('screeningRevoked');
    const proposal: MatchRecord = { ...scheduledHome(), id: 'match-2', menteeId: 'pupil-2' };
    const other: MatchRecord = { ...running(), id: 'match-3', volunteerId: 'v-someone-else' };
    expect(volunteerStopPlan([running(), proposal, other], 'v-ans', suspensionReasonOf(consequences))).toEqual({ suspend: ['match-1'], decline: ['match-2'] });
    const match = ok(suspendMatch(running(), { reason: 'screeningRevoked', on: '2025-10-14', by: 'system' }, '2025-10-14'));
    expect(resumeMatch(match, { on: '2025-10-20', by: 'Bea' }, con1Holds, '2025-10-20')).toEqual({ ok: false, code: 'MATCH.SUSPENSION_FINAL', field: 'resumption' });
    expect(endMatch(match, { on: '2025-10-20', reason: 'mentorStopped', note: 'screening revoked' }, '2025-10-20').ok).toBe(true);
  });

  it('SCR-4 / SAF-11: an expired VOG or a concern suspends the running matches and leaves proposals to CON-1', () => {
    expect(volunteerStopPlan([running(), { ...scheduledHome(), id: 'match-2' }], 'v-ans', 'screeningExpired')).toEqual({ suspend: ['match-1'], decline: [] });
    expect(volunteerStopPlan([running()], 'v-ans', 'concern')).toEqual({ suspend: ['match-1'], decline: [] });
  });
});

describe('suspensionNotices (what to tell whom)', () => {
  it('SAF-10 / SAF-11: a concern is revealed to its case team only; volunteer and family hear of a pause, in person', () => {
    const notices = suspensionNotices('concern');
    expect(notices.filter((item) => item.reveal === 'reason').map((item) => item.audience)).toEqual(['caseTeam']);
    expect(notices.find((item) => item.audience === 'family')).toEqual({ audience: 'family', tell: 'inPerson', reveal: 'pauseOnly' });
    expect(notices.find((item) => item.audience === 'volunteer')).toEqual({ audience: 'volunteer', tell: 'inPerson', reveal: 'pauseOnly' });
    const match = suspendedOn('2025-10-14', 'concern');
    expect(visibleSuspensionReasons(match, 'programmeCoordinators')).toEqual([]);
    expect(visibleSuspensionReasons(match, 'caseTeam')).toEqual(['concern']);
  });

  it('CON-4: the family is told what its withdrawal means; the school is not told', () => {
    expect(suspensionNotices('consentWithdrawn').find((item) => item.audience === 'family')).toEqual({ audience: 'family', tell: 'message', reveal: 'reason' });
    expect(suspensionNotices('consentWithdrawn').find((item) => item.audience === 'schoolMentor')?.tell).toBe('no');
  });

  it('SCR-4: the volunteer is told to renew the VOG; the family only that meetings stop for a while', () => {
    expect(suspensionNotices('screeningExpired').find((item) => item.audience === 'volunteer')?.reveal).toBe('reason');
    expect(suspensionNotices('screeningExpired').find((item) => item.audience === 'family')?.reveal).toBe('pauseOnly');
  });
});
