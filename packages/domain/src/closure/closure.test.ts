import { describe, expect, it } from 'vitest';
import { previousVolunteerIds } from '../match/propose.js';
import { matchStage } from '../match/stage.js';
import { programmeSettingsFromTemplate } from '../programme/templates.js';
import { ok, runningMatch, tuesdayEvening } from '../schedule/fixtures.js';
import {
  canExtend,
  closeMatch,
  closureTiming,
  continuationNeedsNewVolunteer,
  DEFAULT_MINIMUM_MONTHS_WITHOUT_PLANNED_END,
  earlyEndingsReport,
  isEarlyEnding,
  plannedEndOf,
  volunteerPlacesAfterClosing,
  type MatchClosing,
} from './closure.js';

const parentRus = programmeSettingsFromTemplate('parentRus');
const schoolsCool = programmeSettingsFromTemplate('schoolsCool');
const thuisschoolmaatje = programmeSettingsFromTemplate('thuisschoolmaatje');
const legal = programmeSettingsFromTemplate('legalMentorship');

describe('plannedEndOf (DOMAIN.md §8, the programme duration bounds)', () => {
  it("Parent'R'US 3.1: ideally about 6 months, at most 9: a match from 1 October ends 31 March, at the latest 30 June", () => {
    expect(plannedEndOf('2025-10-01', parentRus)).toEqual({ plannedEnd: '2026-03-31', latestEnd: '2026-06-30' });
    expect(plannedEndOf('2025-08-31', parentRus)).toEqual({ plannedEnd: '2026-02-27', latestEnd: '2026-05-30' });
  });

  it("School's cool: the school year's last day when given (at most 12 months), else the ideal 10 months", () => {
    expect(plannedEndOf('2025-09-02', schoolsCool, { schoolYearEndsOn: '2026-07-17' })).toEqual({ plannedEnd: '2026-07-17', latestEnd: '2026-09-01' });
    expect(plannedEndOf('2025-09-02', schoolsCool)).toEqual({ plannedEnd: '2026-07-01', latestEnd: '2026-09-01' });
    expect(plannedEndOf('2025-09-02', schoolsCool, { schoolYearEndsOn: '2027-07-16' }).plannedEnd).toBe('2026-09-01');
  });

  it('Thuisschoolmaatje: the end of the school closure when known; legal mentorship: no end', () => {
    expect(plannedEndOf('2020-04-01', thuisschoolmaatje, { schoolClosureEndsOn: '2020-05-10' })).toEqual({ plannedEnd: '2020-05-10', latestEnd: '2020-05-10' });
    expect(plannedEndOf('2020-04-01', thuisschoolmaatje)).toEqual({ plannedEnd: null, latestEnd: null });
    expect(plannedEndOf('2025-01-01', legal)).toEqual({ plannedEnd: null, latestEnd: null });
  });
});

describe("continuation (Parent'R'US 3.1: continuing means a new mentor)", () => {
  it("Parent'R'US: no extension; a mentee who wants to go on needs a new volunteer", () => {
    expect(canExtend(parentRus)).toBe(false);
    expect(continuationNeedsNewVolunteer(parentRus)).toBe(true);
  });

  it("School's cool and Thuisschoolmaatje may extend with the same volunteer", () => {
    expect(canExtend(schoolsCool)).toBe(true);
    expect(continuationNeedsNewVolunteer(thuisschoolmaatje)).toBe(false);
  });
});

describe('closeMatch (DOMAIN.md §8: record the closure reason)', () => {
  const match = runningMatch('2025-10-01', tuesdayEvening);
  const planned = plannedEndOf('2025-10-01', parentRus);
  const closing = (changes: Partial<MatchClosing> = {}): MatchClosing => ({
    on: '2026-03-24',
    reason: 'completed',
    endedBy: 'coordinator',
    endedByPerson: ' Bea ',
    note: ' Closing afternoon with all mentors; goals reached. ',
    menteeWantsToContinue: false,
    ...changes,
  });
  const context = { settings: parentRus, plannedEnd: planned };

  it('a match completed in the last two weeks of its term ended as planned; the match is ended with reason and note', () => {
    const closed = ok(closeMatch(match, closing(), context, '2026-03-25'));
    expect(matchStage(closed.match)).toBe('ended');
    expect(closed.match.end).toEqual({ on: '2026-03-24', reason: 'completed', note: 'Closing afternoon with all mentors; goals reached.' });
    expect(closed.closure).toEqual({
      matchId: 'm-1',
      programmeId: 'p-1',
      menteeId: 'pupil-m-1',
      volunteerId: 'vol-m-1',
      startedOn: '2025-10-01',
      endedOn: '2026-03-24',
      reason: 'completed',
      endedBy: 'coordinator',
      endedByPerson: 'Bea',
      note: 'Closing afternoon with all mentors; goals reached.',
      plannedEnd: '2026-03-31',
      timing: 'planned',
      daysBeforePlannedEnd: 7,
    });
    expect(closed.continuation).toBeNull();
  });

  it('DOMAIN.md §5: a mentee who stops early is recorded as an early ending with the reason', () => {
    const closed = ok(closeMatch(match, closing({ on: '2025-12-10', reason: 'menteeStopped', endedBy: 'mentee', note: 'Started a new job, no time' }), context, '2025-12-10'));
    expect(closed.closure).toMatchObject({ timing: 'early', reason: 'menteeStopped', endedBy: 'mentee', daysBeforePlannedEnd: 111 });
  });

  it("Parent'R'US 3.1: a mentee who wants to go on goes back on the board for a new volunteer, never the same one", () => {
    const closed = ok(closeMatch(match, closing({ menteeWantsToContinue: true }), context, '2026-03-25'));
    expect(closed.continuation).toEqual({ menteeBackOnBoard: true, newVolunteerRequired: true, previousVolunteerId: 'vol-m-1' });
    expect(previousVolunteerIds([closed.match], 'pupil-m-1')).toContain('vol-m-1');
    const schoolYear = ok(closeMatch(match, closing({ menteeWantsToContinue: true }), { settings: schoolsCool, plannedEnd: planned }, '2026-03-25'));
    expect(schoolYear.continuation?.newVolunteerRequired).toBe(false);
  });

  it('CLOSURE.NOTE_REQUIRED, CLOSURE.PERSON_REQUIRED, CLOSURE.ENDED_BY_INVALID', () => {
    expect(closeMatch(match, closing({ note: '  ' }), context, '2026-03-25')).toEqual({ ok: false, code: 'CLOSURE.NOTE_REQUIRED', field: 'note' });
    expect(closeMatch(match, closing({ endedByPerson: '' }), context, '2026-03-25')).toEqual({ ok: false, code: 'CLOSURE.PERSON_REQUIRED', field: 'endedByPerson' });
    expect(closeMatch(match, closing({ endedBy: 'school' as never }), context, '2026-03-25')).toMatchObject({ code: 'CLOSURE.ENDED_BY_INVALID' });
  });

  it("the match's own rules pass through: MATCH.DATE_IN_FUTURE, MATCH.WRONG_STAGE on an ended match", () => {
    expect(closeMatch(match, closing(), context, '2026-03-23')).toMatchObject({ code: 'MATCH.DATE_IN_FUTURE' });
    const ended = ok(closeMatch(match, closing(), context, '2026-03-25')).match;
    expect(closeMatch(ended, closing(), context, '2026-03-25')).toMatchObject({ code: 'MATCH.WRONG_STAGE' });
  });

  it('closureTiming: two weeks of tolerance before the planned end; late after the latest end; none without a plan', () => {
    const ending = (endedOn: string) => ({ startedOn: '2025-10-01', endedOn, reason: 'completed' as const });
    expect(closureTiming(ending('2026-03-17'), planned)).toBe('planned');
    expect(closureTiming(ending('2026-03-16'), planned)).toBe('early');
    expect(closureTiming(ending('2026-06-30'), planned)).toBe('planned');
    expect(closureTiming(ending('2026-07-01'), planned)).toBe('late');
    expect(closureTiming(ending('2026-03-16'), planned, { toleranceDays: 30 })).toBe('planned');
    expect(closureTiming(ending('2026-03-16'), { plannedEnd: null, latestEnd: null })).toBe('noPlannedEnd');
  });
});

describe('early endings without a planned end (DOMAIN.md §5: drop-out examined; the bug of "0 (0%) early")', () => {
  const noEnd = { plannedEnd: null, latestEnd: null };
  const match = runningMatch('2025-10-01', tuesdayEvening);
  const stopped = (on: string, reason: MatchClosing['reason'] = 'mentorStopped'): MatchClosing => ({
    on,
    reason,
    endedBy: reason === 'completed' ? 'coordinator' : 'volunteer',
    endedByPerson: 'Bea',
    note: 'Stopped',
    menteeWantsToContinue: false,
  });

  it('a volunteer who stops after ten days in a programme without a planned end ended early', () => {
    const closed = ok(closeMatch(match, stopped('2025-10-11'), { settings: thuisschoolmaatje, plannedEnd: noEnd }, '2025-10-11'));
    expect(closed.closure).toMatchObject({ timing: 'early', startedOn: '2025-10-01', plannedEnd: null, daysBeforePlannedEnd: null });
    expect(earlyEndingsReport([closed.closure])[0]).toMatchObject({ closed: 1, early: 1, earlyByReason: { mentorStopped: 1 } });
  });

  it('without a planned end: any reason but completion is early, whenever it comes', () => {
    const closed = ok(closeMatch(match, stopped('2026-09-01', 'moved'), { settings: legal, plannedEnd: noEnd }, '2026-09-01'));
    expect(closed.closure.timing).toBe('early');
  });

  it('without a planned end: completed within the minimum period (3 months unless the programme sets a minimum) is early, after it not', () => {
    const ending = (endedOn: string) => ({ startedOn: '2025-10-01', endedOn, reason: 'completed' as const });
    expect(closureTiming(ending('2025-12-31'), noEnd)).toBe('early');
    expect(closureTiming(ending('2026-01-01'), noEnd)).toBe('noPlannedEnd');
    expect(closureTiming(ending('2026-01-01'), noEnd, { minimumMonths: 4 })).toBe('early');
    expect(DEFAULT_MINIMUM_MONTHS_WITHOUT_PLANNED_END).toBe(3);
    const twoMonths = { ...legal, matchDuration: { ...legal.matchDuration, minMonths: 2 } };
    expect(ok(closeMatch(match, stopped('2025-12-15', 'completed'), { settings: twoMonths, plannedEnd: noEnd }, '2025-12-15')).closure.timing).toBe('noPlannedEnd');
    expect(ok(closeMatch(match, stopped('2025-12-15', 'completed'), { settings: legal, plannedEnd: noEnd }, '2025-12-15')).closure.timing).toBe('early');
  });

  it('the report also counts closures stored before the fix (timing "noPlannedEnd") by the same rule', () => {
    const report = earlyEndingsReport([
      { programmeId: 'p', reason: 'mentorStopped', timing: 'noPlannedEnd' },
      { programmeId: 'p', reason: 'completed', timing: 'noPlannedEnd' },
      { programmeId: 'p', reason: 'completed', timing: 'noPlannedEnd', startedOn: '2025-10-01', endedOn: '2025-10-20' },
    ]);
    expect(report[0]).toMatchObject({ closed: 3, early: 2, earlyByReason: { mentorStopped: 1, completed: 1 } });
    expect(isEarlyEnding({ reason: 'completed', timing: 'noPlannedEnd', startedOn: '2025-10-01', endedOn: '2025-10-20' }, { minimumMonths: 0 })).toBe(false);
  });
});

describe('earlyEndingsReport (DOMAIN.md §5: drop-out reasons examined)', () => {
  it('counts closures and early endings per reason per programme, sorted by programme, every reason present', () => {
    const report = earlyEndingsReport([
      { programmeId: 'p-b', reason: 'menteeStopped', timing: 'early' },
      { programmeId: 'p-a', reason: 'completed', timing: 'planned' },
      { programmeId: 'p-b', reason: 'menteeStopped', timing: 'early' },
      { programmeId: 'p-b', reason: 'moved', timing: 'early' },
      { programmeId: 'p-b', reason: 'completed', timing: 'early' },
      { programmeId: 'p-b', reason: 'mentorStopped', timing: 'planned' },
    ]);
    expect(report.map((row) => row.programmeId)).toEqual(['p-a', 'p-b']);
    expect(report[0]).toMatchObject({ closed: 1, early: 0 });
    expect(report[1]).toEqual({
      programmeId: 'p-b',
      closed: 5,
      early: 4,
      closedByReason: { completed: 1, menteeStopped: 2, mentorStopped: 1, moved: 1, safeguarding: 0, other: 0 },
      earlyByReason: { completed: 1, menteeStopped: 2, mentorStopped: 0, moved: 1, safeguarding: 0, other: 0 },
    });
    expect(earlyEndingsReport([])).toEqual([]);
  });
});

describe("volunteerPlacesAfterClosing (DOMAIN.md §4: the volunteer's places; §8: the closure reason)", () => {
  it('a completed match frees its place: the volunteer takes a new pupil', () => {
    expect(volunteerPlacesAfterClosing('completed', { capacity: 1, openMatchesAfter: 0 })).toEqual({ capacity: 1, placesLeft: 1, ask: null });
    expect(volunteerPlacesAfterClosing('moved', { capacity: 2, openMatchesAfter: 1 })).toEqual({ capacity: 2, placesLeft: 1, ask: null });
  });

  it('DOMAIN.md §8 "mentor stopped": no place is offered until the volunteer says whether they take a new pupil', () => {
    expect(volunteerPlacesAfterClosing('mentorStopped', { capacity: 2, openMatchesAfter: 1 })).toEqual({ capacity: 2, placesLeft: 0, ask: 'volunteerTakesNewPupil' });
    expect(volunteerPlacesAfterClosing('mentorStopped', { capacity: 2, openMatchesAfter: 1, takesNewPupil: false })).toEqual({ capacity: 1, placesLeft: 0, ask: null });
    expect(volunteerPlacesAfterClosing('mentorStopped', { capacity: 1, openMatchesAfter: 0, takesNewPupil: false })).toEqual({ capacity: 0, placesLeft: 0, ask: null });
    expect(volunteerPlacesAfterClosing('mentorStopped', { capacity: 2, openMatchesAfter: 1, takesNewPupil: true })).toEqual({ capacity: 2, placesLeft: 1, ask: null });
  });

  it('a safeguarding closure asks too: the coordinator decides whether the volunteer goes on', () => {
    expect(volunteerPlacesAfterClosing('safeguarding', { capacity: 1, openMatchesAfter: 0 }).ask).toBe('volunteerTakesNewPupil');
  });
});
