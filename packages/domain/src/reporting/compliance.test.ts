import { describe, expect, it } from 'vitest';
import { addDays } from '../calendar/index.js';
import { programmeSettingsFromTemplate } from '../programme/templates.js';
import type { ScreeningRecord } from '../screening/types.js';
import { dayNumber } from '../schedule/days.js';
import { checkInsKeptInterval, complianceDashboard, complianceMeasures, complianceProgrammeOf, complianceReport, complianceTrend, type ComplianceFacts, type ComplianceMatch } from './compliance.js';
import { periodsIn } from './period.js';
import { occurrences, scheduleFor } from '../schedule/schedule.js';
import type { MeetingSchedule, ScheduleException } from '../schedule/types.js';

const schoolsCool = programmeSettingsFromTemplate('schoolsCool');
const thuisschoolmaatje = programmeSettingsFromTemplate('thuisschoolmaatje');
const october = { from: '2025-10-01', until: '2025-10-31' };
const today = '2025-11-15';

const cleared = (vogSeenOn: string): ScreeningRecord => ({
  intakeInterview: { heldOn: '2025-08-01', interviewer: 'Ans', notes: '', outcome: 'suitable' },
  referenceChecks: [
    { checkedOn: '2025-08-05', refereeName: 'A', outcome: 'positive' },
    { checkedOn: '2025-08-06', refereeName: 'B', outcome: 'positive' },
  ],
  vog: { requestedOn: '2025-08-01', registration: { seenBy: 'Ans', seenOn: vogSeenOn, issueDate: '2025-08-10', screeningAspects: ['84'], result: 'provided' } },
  codeOfConduct: { signedOn: '2025-08-02', version: schoolsCool.screening.codeOfConductVersion },
  training: { completedOn: '2025-08-20' },
});

const match = (matchId: string, changes: Partial<ComplianceMatch>): ComplianceMatch => ({
  matchId,
  programmeId: 'p',
  volunteerId: `v-${matchId}`,
  menteeId: `pupil-${matchId}`,
  coordinatorId: 'k1',
  startedOn: '2025-09-01',
  endedOn: null,
  closure: null,
  ...changes,
});

/** Hand-checked, October 2025, today 15 November. */
const facts: ComplianceFacts = {
  programmes: [complianceProgrammeOf('p', schoolsCool), complianceProgrammeOf('t', thuisschoolmaatje)],
  volunteers: [
    { volunteerId: 'vA', programmeId: 'p', screening: cleared('2025-08-15') },
    // vB's VOG was seen on 2 November: on 31 October it was not there yet.
    { volunteerId: 'vB', programmeId: 'p', screening: cleared('2025-11-02') },
    {
      volunteerId: 'vF',
      programmeId: 't',
      screening: {
        intakeInterview: { heldOn: '2025-09-20', interviewer: 'Ans', notes: '', outcome: 'suitable' },
        referenceChecks: [],
        vog: {},
        codeOfConduct: { signedOn: '2025-09-21', version: thuisschoolmaatje.screening.codeOfConductVersion },
        training: { completedOn: '2025-09-22' },
      },
    },
  ],
  matches: [
    match('mA', { volunteerId: 'vA' }),
    match('mB', { volunteerId: 'vB', startedOn: '2025-09-15' }),
    // The volunteer stopped after ten days.
    match('mC', { programmeId: 't', volunteerId: 'vC', coordinatorId: 'k2', startedOn: '2025-10-10', endedOn: '2025-10-20', closure: { reason: 'mentorStopped', timing: 'noPlannedEnd' } }),
    match('mD', { volunteerId: 'vD', coordinatorId: null, startedOn: '2025-03-01', endedOn: '2025-10-05', closure: { reason: 'completed', timing: 'planned' } }),
    match('mE', { volunteerId: 'vA', coordinatorId: 'k2', startedOn: '2025-11-05' }),
    match('mF', { programmeId: 't', volunteerId: 'vF', coordinatorId: 'k2', startedOn: '2025-10-01' }),
  ],
  checkIns: [
    ...['2025-09-10', '2025-09-24', '2025-10-06', '2025-10-20'].map((on) => ({ matchId: 'mA', on })),
    { matchId: 'mB', on: '2025-09-20' },
    { matchId: 'mD', on: '2025-09-28' },
    ...['2025-10-10', '2025-10-24'].map((on) => ({ matchId: 'mF', on })),
  ],
  plannedMeetings: [
    ...['2025-10-07', '2025-10-14', '2025-10-21', '2025-10-28', '2025-11-04', '2025-11-11', '2025-11-14'].map((date) => ({ matchId: 'mA', date })),
    { matchId: 'mB', date: '2025-10-02' },
  ],
  logs: [
    { matchId: 'mA', date: '2025-09-30', durationMinutes: 60 },
    { matchId: 'mA', date: '2025-10-07', durationMinutes: 60 },
    { matchId: 'mA', date: '2025-10-15', durationMinutes: 60 },
    { matchId: 'mA', date: '2025-10-28', durationMinutes: 90 },
    { matchId: 'mC', date: '2025-10-12', durationMinutes: 30 },
  ],
  waiting: [
    { pupilId: 'x1', programmeId: 'p', waitingSince: '2025-09-01', matchedOn: '2025-10-10', closedOn: null },
    { pupilId: 'x2', programmeId: 'p', waitingSince: '2025-10-15', matchedOn: null, closedOn: null },
    { pupilId: 'x3', programmeId: 'p', waitingSince: '2025-08-01', matchedOn: null, closedOn: '2025-10-20' },
    { pupilId: 'x4', programmeId: 'p', waitingSince: '2025-10-01', matchedOn: '2025-11-03', closedOn: null },
  ],
  questionnaires: [
    { questionnaire: 'midTermReport', sentOn: '2025-10-05', completedOn: '2025-10-10' },
    { questionnaire: 'midTermReport', sentOn: '2025-10-06', completedOn: null },
    { questionnaire: 'finalReport', sentOn: '2025-10-07', completedOn: '2025-11-10' },
    { questionnaire: 'finalReport', sentOn: '2025-09-07', completedOn: '2025-09-10' },
  ],
};

describe('live compliance figures (MENTOR Elements of Effective Practice; DOMAIN.md §2, §5, §8)', () => {
  const report = complianceReport(facts, october, today);

  it('SCR-2/SCR-4: active volunteers with a valid VOG on the snapshot day, a VOG seen later not yet; a waived VOG left out', () => {
    expect(report.asOf).toBe('2025-10-31');
    expect(report.figures.volunteersWithValidVog).toMatchObject({ value: 0.5, parameters: { waived: 1 }, recordKind: 'volunteer', recordIds: ['vA', 'vB'], attentionIds: ['vB'] });
  });

  it('SCR-1: active volunteers whose screening is complete (cleared)', () => {
    expect(report.figures.volunteersScreened).toMatchObject({ measure: { numerator: 2, denominator: 3 }, recordIds: ['vA', 'vB', 'vF'], attentionIds: ['vB'] });
  });

  it('DOMAIN.md §5: check-ins within the interval while the match ran in the period, per programme and per coordinator', () => {
    expect(report.figures.checkInsOnSchedule).toMatchObject({ measure: { numerator: 4, denominator: 5 }, parameters: { intervalDays: 14 }, attentionIds: ['mB'] });
    expect(report.checkInsByProgramme.map((row) => [row.programmeId, row.figure.measure])).toEqual([
      ['p', { kind: 'share', numerator: 2, denominator: 3 }],
      ['t', { kind: 'share', numerator: 2, denominator: 2 }],
    ]);
    expect(report.checkInsByCoordinator.map((row) => [row.coordinatorId, row.figure.value])).toEqual([
      ['k1', 0.5],
      ['k2', 1],
      [null, 1],
    ]);
  });

  it("Parent'R'US tool 2: planned meetings past the grace days held and logged; the log a day late still counts", () => {
    expect(report.figures.meetingsLogged).toMatchObject({ measure: { numerator: 3, denominator: 5 }, parameters: { graceDays: 2 }, recordIds: ['mA', 'mB'], attentionIds: ['mA', 'mB'] });
    expect(report.figures.meetingHours).toMatchObject({ value: 4, measure: { kind: 'sum', value: 240, contributors: 2 }, recordIds: ['mA', 'mC'] });
  });

  it('DOMAIN.md §8: match length (median and average), reaching the planned duration, closures within three months', () => {
    expect(report.figures.matchLength).toMatchObject({ value: 114, statistics: { size: 2, average: 114, median: 114 }, recordIds: ['mC', 'mD'] });
    expect(report.figures.reachedPlannedDuration).toMatchObject({ value: 0.5, attentionIds: ['mC'] });
    expect(report.figures.closedWithinMonths).toMatchObject({ value: 0.5, measure: { numerator: 1, denominator: 2 }, parameters: { months: 3 }, attentionIds: ['mC'] });
  });

  it('waiting from nomination to match: the pupils matched in the period, and those still waiting on its last day', () => {
    expect(report.figures.waitingDaysToMatch).toMatchObject({ value: 39, recordIds: ['x1'] });
    expect(report.figures.pupilsWaiting).toMatchObject({ value: 2, measure: { kind: 'count', value: 2 }, statistics: { median: 23 }, recordIds: ['x2', 'x4'] });
  });

  it('EVA-2: questionnaires sent in the period that came back by today, without any respondent id', () => {
    expect(report.figures.questionnairesCompleted).toMatchObject({ measure: { numerator: 2, denominator: 3 }, recordKind: null, recordIds: [] });
    expect(report.questionnairesByKind.map((row) => [row.questionnaire, row.figure.value])).toEqual([
      ['finalReport', 1],
      ['midTermReport', 0.5],
    ]);
  });

  it('month by month: the same figures per period, without the records', () => {
    const trend = complianceTrend(facts, periodsIn({ from: '2025-09-01', until: '2025-11-30' }, 'month'), today);
    expect(trend.values.meetingHours).toEqual([1, 4, 0]);
    expect(trend.values.matchLength).toEqual([null, 114, null]);
    expect(trend.values.pupilsWaiting).toEqual([2, 2, 1]);
    expect(trend.values.checkInsOnSchedule[1]).toBe(0.8);
    expect(trend.measures.questionnairesCompleted[0]).toEqual({ kind: 'share', numerator: 1, denominator: 1 });
  });

  it('SCR-2/SCR-4/SCR-6: the trend judges screening exactly as a report of each day would, across a VOG renewal and a new code of conduct', () => {
    const renewed = { ...schoolsCool.screening, rescreeningIntervalMonths: 3, codeOfConductVersion: '2025-2', codeOfConductVersionSince: '2025-09-20', codeOfConductReacceptDays: 10 };
    const dayFacts: ComplianceFacts = { ...facts, programmes: [{ ...complianceProgrammeOf('p', schoolsCool), screening: renewed }, complianceProgrammeOf('t', thuisschoolmaatje)] };
    const days = periodsIn({ from: '2025-09-01', until: '2025-11-30' }, 'month').flatMap((month) => {
      const list = [];
      for (let day = month.from; day <= month.until; day = addDays(day, 1)) list.push({ from: day, until: day });
      return list;
    });
    const trend = complianceTrend(dayFacts, days, '2025-11-30');
    days.forEach((day, i) => {
      const single = complianceReport(dayFacts, day, '2025-11-30');
      expect(trend.measures.volunteersWithValidVog[i], day.from).toEqual(single.figures.volunteersWithValidVog.measure);
      expect(trend.measures.volunteersScreened[i], day.from).toEqual(single.figures.volunteersScreened.measure);
    });
    // The figures do move in that time: the VOGs expire three months after issue, the new code lapses.
    expect(new Set(trend.values.volunteersWithValidVog).size).toBeGreaterThan(1);
    expect(new Set(trend.values.volunteersScreened).size).toBeGreaterThan(1);
  });

  it('zero matches, an empty period, a period after today: no data rather than errors', () => {
    const empty = complianceReport({ ...facts, matches: [], checkIns: [], plannedMeetings: [], logs: [], waiting: [], questionnaires: [] }, october, today);
    expect(empty.figures.checkInsOnSchedule.value).toBeNull();
    expect(empty.figures.matchLength.value).toBeNull();
    expect(empty.figures.meetingHours.value).toBe(0);
    const future = complianceReport(facts, { from: '2026-01-01', until: '2026-01-31' }, today);
    expect(future.figures.volunteersScreened.measure).toEqual({ kind: 'share', numerator: 0, denominator: 0 });
    expect(future.figures.meetingsLogged.value).toBeNull();
  });

  it('the id-free measures for a roll-up hold no record ids', () => {
    const measures = complianceMeasures(report);
    expect(JSON.stringify(measures)).not.toMatch(/"(vA|vB|mA|mB|x1)"/);
    expect(measures.checkInsOnSchedule).toEqual({ kind: 'share', numerator: 4, denominator: 5 });
  });

  it('a programme without compliance settings is a programming error', () => {
    expect(() => complianceReport({ ...facts, programmes: [] }, october, today)).toThrow(RangeError);
  });
});

describe('checkInsKeptInterval (DOMAIN.md §5: "every two weeks at least")', () => {
  const window = { first: dayNumber('2025-10-01'), last: dayNumber('2025-10-31') };
  const days = (...dates: string[]) => dates.map(dayNumber);

  it('the clock starts at the start, or at the last check-in before the window', () => {
    expect(checkInsKeptInterval(dayNumber('2025-09-20'), days('2025-10-04', '2025-10-18'), window, 14)).toBe(true);
    expect(checkInsKeptInterval(dayNumber('2025-09-20'), days('2025-10-05', '2025-10-18'), window, 14)).toBe(false);
    expect(checkInsKeptInterval(dayNumber('2025-09-01'), days('2025-09-30', '2025-10-14', '2025-10-28'), window, 14)).toBe(true);
    expect(checkInsKeptInterval(dayNumber('2025-09-01'), days('2025-09-30', '2025-10-14'), window, 14)).toBe(false);
  });
});

describe('meetingsLogged from schedules (Parent\'R\'US tool 2): counted by arithmetic, the same figures as every planned meeting listed', () => {
  /** A small seeded generator, so the case is the same on every run. */
  const seeded = (seed: number) => {
    let state = seed >>> 0;
    return () => {
      state = (state * 1_664_525 + 1_013_904_223) >>> 0;
      return state / 4_294_967_296;
    };
  };
  const schoolYear = { from: '2025-08-01', until: '2026-07-31' };
  const on = '2026-03-18';
  const holidays = [
    { from: '2025-10-18', until: '2025-10-26' },
    { from: '2025-12-20', until: '2026-01-04' },
    { from: '2026-02-14', until: '2026-02-22' },
  ];
  const slotSets = [
    [{ weekday: 'tuesday', time: '19:00' }],
    [{ weekday: 'sunday', time: '02:30' }],
    [{ weekday: 'monday', time: '16:00' }, { weekday: 'wednesday', time: '16:00' }, { weekday: 'friday', time: '16:00' }],
  ] as const;
  const exceptionSets: readonly (readonly ScheduleException[])[] = [
    [],
    [{ kind: 'cancelled', date: '2025-11-04' }, { kind: 'paused', from: '2026-01-20', until: '2026-02-03' }],
    [{ kind: 'extra', date: '2025-11-06', time: '10:00' }],
    [{ kind: 'moved', date: '2025-11-18', to: { date: '2025-11-20', time: '19:00' } }],
  ];

  function caseOf(seed: number): { withSchedules: ComplianceFacts; listed: ComplianceFacts } {
    const random = seeded(seed);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
    const matches: ComplianceMatch[] = [];
    const schedules: MeetingSchedule[] = [];
    const logs: ComplianceFacts['logs'][number][] = [];
    for (let i = 0; i < 40; i += 1) {
      const matchId = `m${i}`;
      const startedOn = addDays('2025-07-01', Math.floor(random() * 200));
      const endedOn = random() < 0.3 ? addDays(startedOn, 30 + Math.floor(random() * 200)) : null;
      matches.push(match(matchId, { startedOn, endedOn, closure: endedOn ? { reason: 'completed', timing: 'noPlannedEnd' } : null }));
      const slots = pick(slotSets);
      const perWeeks = slots.length === 1 && random() < 0.3 ? 2 : 1;
      const record = { id: matchId, programmeId: 'p', menteeId: `pupil-${matchId}`, volunteerId: `v-${matchId}`, proposedOn: startedOn, source: 'manual', agreements: {}, signatures: [], startedOn,
        weeklyTime: { slots, format: 'faceToFace', agreedOn: startedOn } } as const;
      const settings = { cadence: { kind: 'regular', meetings: slots.length, perWeeks }, meetingLength: { minMinutes: 30, maxMinutes: 120 } } as const;
      const scheduled = scheduleFor(random() < 0.2 ? { ...record, suspensions: [{ since: '2025-12-01', grounds: [], resumption: { on: '2025-12-15', by: 'c' } }] } : record, settings, {
        endsOn: random() < 0.5 ? null : (endedOn ?? addDays(startedOn, 300)),
        holidays: random() < 0.8 ? holidays : [],
        exceptions: pick(exceptionSets),
      });
      if (!scheduled.ok) throw new Error(scheduled.code);
      schedules.push(scheduled.value);
      const planned = occurrences(scheduled.value, schoolYear.from, schoolYear.until);
      for (let day = dayNumber(startedOn); day < dayNumber(on); day += 1 + Math.floor(random() * 9)) {
        const date = addDays(startedOn, day - dayNumber(startedOn));
        const named = random() < 0.15 && planned.length > 0 ? pick(planned).date : undefined;
        logs.push({ matchId, date, durationMinutes: 60, ...(named ? { plannedFor: named } : {}) });
      }
    }
    const base = { ...facts, matches, checkIns: [], logs, waiting: [], questionnaires: [], volunteers: [] };
    const listed = schedules.flatMap((schedule) => occurrences(schedule, schoolYear.from, schoolYear.until).map((meeting) => ({ matchId: schedule.matchId, date: meeting.date, time: meeting.time })));
    return { withSchedules: { ...base, plannedMeetings: [], schedules }, listed: { ...base, plannedMeetings: listed } };
  }

  it('on 10 seeded school years (weekly, fortnightly, three calls, holidays, pauses, a suspension, moved and extra meetings, logs naming a meeting): report and trend identical', () => {
    const months = periodsIn(schoolYear, 'month');
    for (let seed = 1; seed <= 10; seed += 1) {
      const { withSchedules, listed } = caseOf(seed);
      const report = complianceReport(listed, schoolYear, on);
      expect(report.figures.meetingsLogged.measure, `seed ${seed}`).not.toEqual({ kind: 'share', numerator: 0, denominator: 0 });
      expect(complianceReport(withSchedules, schoolYear, on), `seed ${seed}`).toEqual(report);
      const trend = complianceTrend(listed, months, on);
      expect(complianceTrend(withSchedules, months, on), `seed ${seed}`).toEqual(trend);
      expect(complianceDashboard(withSchedules, schoolYear, months, on), `seed ${seed}`).toEqual({ report, trend });
    }
  }, 60_000);
});
