import { describe, expect, it } from 'vitest';
import { programmeSettingsFromTemplate } from '../programme/templates.js';
import { medianOf } from './measures.js';
import { deliveredFormatOf, matchOutcome, programmeReport, programmeReportCounts, REPORT_SECTIONS, type ProgrammeReportFacts, type ReportMatch } from './programme-report.js';

const parentRus = programmeSettingsFromTemplate('parentRus');
const autumn = { from: '2025-09-01', until: '2025-12-31' };

const match = (id: string, changes: Partial<ReportMatch>): ReportMatch => ({
  matchId: id,
  programmeId: 'p',
  menteeId: `mentee-${id}`,
  volunteerId: `vol-${id}`,
  coordinatorId: 'k1',
  pupilId: `child-${id}`,
  familyId: `family-${id}`,
  startedOn: '2025-09-01',
  endedOn: null,
  closure: null,
  peer: null,
  ...changes,
});

/** Hand-checked: m1 spans the period's start and completes; m2 is stopped by the volunteer after ten days; m3 runs past the end. */
const facts: ProgrammeReportFacts = {
  programmeId: 'p',
  settings: parentRus,
  matches: [
    match('m1', { volunteerId: 'v1', familyId: 'f1', startedOn: '2025-06-01', endedOn: '2025-11-30', closure: { reason: 'completed', timing: 'planned' }, peer: true }),
    match('m2', { volunteerId: 'v2', familyId: 'f1', startedOn: '2025-09-10', endedOn: '2025-09-20', closure: { reason: 'mentorStopped', timing: 'noPlannedEnd' }, peer: false }),
    match('m3', { volunteerId: 'v1', familyId: 'f3', coordinatorId: 'k2', startedOn: '2025-10-01', endedOn: '2026-02-01', closure: { reason: 'completed', timing: 'planned' } }),
    match('m4', { startedOn: '2025-05-01', endedOn: '2025-08-31', closure: { reason: 'completed', timing: 'planned' } }),
    match('m5', { programmeId: 'other' }),
  ],
  logs: [
    { matchId: 'm1', date: '2025-08-31', durationMinutes: 60, form: 'faceToFace' },
    { matchId: 'm1', date: '2025-09-02', durationMinutes: 60, form: 'faceToFace' },
    { matchId: 'm1', date: '2025-10-07', durationMinutes: 90, form: 'faceToFace' },
    { matchId: 'm3', date: '2025-10-08', durationMinutes: 30, form: 'phone' },
    { matchId: 'm5', date: '2025-10-08', durationMinutes: 30, form: 'phone' },
  ],
  people: [
    { id: 'v1', gender: 'female', birthDate: '1985-03-01', background: null, workStatus: 'working' },
    { id: 'mentee-m1', gender: 'female', birthDate: '1990-01-01', background: 'migration', workStatus: null },
  ],
  applicants: [
    { id: 'a1', reached: { applied: '2025-09-03' }, channel: 'employer', employer: 'Rabobank' },
    { id: 'a2', reached: { applied: '2025-10-03', intakeInterview: '2025-10-10' }, channel: 'socialMedia' },
    { id: 'a3', reached: { applied: '2025-03-03' }, channel: 'socialMedia' },
  ],
};

describe("the programme report's figures (DOMAIN.md §7; Parent'R'US annex, table 1)", () => {
  const counts = programmeReportCounts(facts, autumn);

  it('counts the matches that ran in the period, also one spanning its start or end; started, completed, dropped out and running', () => {
    expect(counts.matches.total.value).toBe(3);
    expect(counts.matches.started.value).toBe(2);
    expect(counts.matches.outcome.cells).toEqual({ completed: 1, droppedOut: 1, running: 1 });
    expect(counts.matches.dropOutReasons.cells).toMatchObject({ mentorStopped: 1, completed: 0 });
    expect(counts.matches.typology.cells).toEqual({ peer: 1, nonPeer: 1, unknown: 1 });
    expect(counts.matches.meetingForms.cells).toMatchObject({ faceToFace: 2, phone: 1, video: 0, email: 0 });
    expect(counts.matches.lengthDays.histogram).toEqual([
      { value: 10, count: 1 },
      { value: 182, count: 1 },
    ]);
  });

  it('pupils, families, mentees, volunteers, matches and meeting minutes in the period and per month', () => {
    expect(counts.activity).toEqual({
      pupils: { kind: 'count', value: 3 },
      families: { kind: 'count', value: 2 },
      mentees: { kind: 'count', value: 3 },
      volunteers: { kind: 'count', value: 2 },
      matches: { kind: 'count', value: 3 },
      meetingMinutes: { kind: 'sum', value: 180, contributors: 2 },
    });
    expect(counts.activityByPeriod.map((row) => [row.period.from, row.counts.matches.value, row.counts.meetingMinutes.value])).toEqual([
      ['2025-09-01', 2, 60],
      ['2025-10-01', 2, 120],
      ['2025-11-01', 2, 0],
      ['2025-12-01', 1, 0],
    ]);
  });

  it('participants per role, each once, with who completed; unknown where nothing is recorded', () => {
    expect(counts.participants.volunteers.total.value).toBe(2);
    expect(counts.participants.volunteers.completed.value).toBe(1);
    expect(counts.participants.volunteers.gender.cells).toEqual({ female: 1, male: 0, other: 0, unknown: 1 });
    expect(counts.participants.coordinators).toMatchObject({ total: { value: 2 }, completed: { value: 1 } });
    expect(counts.participants.mentees.background.cells).toEqual({ migration: 1, unknown: 2 });
  });

  it('recruitment channels of the volunteers who applied in the period; every channel listed', () => {
    expect(counts.recruitmentChannels.cells).toMatchObject({ employer: 1, socialMedia: 1, volunteerCentre: 0, unknown: 0 });
    expect(counts.recruitment.byEmployer.Rabobank?.entered.value).toBe(1);
    expect(counts.pilotFunnel).toBeNull();
  });

  it('logs added up per match, month and form (the api may GROUP BY) give the same figures', () => {
    const grouped = programmeReportCounts(
      {
        ...facts,
        logs: [
          { matchId: 'm1', date: '2025-09-01', durationMinutes: 60, form: 'faceToFace', meetings: 1 },
          { matchId: 'm1', date: '2025-10-01', durationMinutes: 90, form: 'faceToFace', meetings: 1 },
          { matchId: 'm3', date: '2025-10-01', durationMinutes: 30, form: 'phone', meetings: 1 },
        ],
      },
      autumn,
    );
    expect(grouped.activityByPeriod).toEqual(counts.activityByPeriod);
    expect(grouped.matches.meetingForms).toEqual(counts.matches.meetingForms);
  });

  it('zero matches and an empty period give zeros, not errors', () => {
    const empty = programmeReportCounts({ ...facts, matches: [], logs: [], applicants: [] }, autumn);
    expect(empty.matches.total.value).toBe(0);
    expect(medianOf(empty.matches.lengthDays)).toBeNull();
    expect(empty.activityByPeriod).toHaveLength(4);
    expect(empty.participants.mentees.total.value).toBe(0);
  });

  it('the outcome rule: a closure without a record is a drop-out; a match that ends after the period still runs in it', () => {
    expect(matchOutcome({ startedOn: '2025-09-01', endedOn: '2025-10-01', closure: null }, '2025-12-31', null)).toBe('droppedOut');
    expect(matchOutcome({ startedOn: '2025-09-01', endedOn: '2026-01-05', closure: { reason: 'completed', timing: 'planned' } }, '2025-12-31', null)).toBe('running');
    expect(matchOutcome({ startedOn: '2025-01-01', endedOn: '2025-12-01', closure: { reason: 'completed', timing: 'noPlannedEnd' } }, '2025-12-31', 3)).toBe('completed');
  });

  it('the delivered format: face-to-face, remote or blended from the logged meetings', () => {
    expect(deliveredFormatOf({ faceToFace: 3, phone: 0, video: 0, email: 0 })).toBe('faceToFace');
    expect(deliveredFormatOf({ faceToFace: 0, phone: 1, video: 2, email: 0 })).toBe('remote');
    expect(deliveredFormatOf({ faceToFace: 1, phone: 1, video: 0, email: 0 })).toBe('blended');
    expect(deliveredFormatOf({ faceToFace: 0, phone: 0, video: 0, email: 0 })).toBeNull();
  });
});

describe('the published programme report (EVA-2: no figure about fewer than five people)', () => {
  const withResults: ProgrammeReportFacts = {
    ...facts,
    results: [
      {
        section: 'menteePerception',
        heading: 'THE CHILD',
        items: [
          { itemId: 'child-confidence', text: 'My child has more confidence.', counts: { yes: 5, no: 1 }, respondents: 6, withheld: false },
          { itemId: 'child-friends', text: 'My child has more friends.', counts: { yes: 3, no: 1 }, respondents: 4, withheld: false },
          { itemId: 'child-school', text: 'My child has a more positive view of the school.', counts: { yes: 6, no: 0 }, respondents: 6, withheld: true },
        ],
      },
    ],
    satisfaction: {
      items: [{ itemId: 'would-change', text: 'Would you change something?', counts: { yes: 2, no: 8 }, respondents: 10, withheld: false }],
      suggestions: { respondents: 3, texts: ['More evening meetings'] },
    },
    narrative: [
      { section: 'context', text: 'Families in Noord with little contact with school.' },
      { section: 'challenges', heading: 'Winter', text: 'Meetings fell through in December.' },
    ],
  };

  it('EVA-2: every figure here is about fewer than five people, so none is shown; zero stays visible', () => {
    const report = programmeReport(withResults, autumn);
    expect(report.minimumGroupSize).toBe(5);
    expect(report.figures.matches.total).toEqual({ shown: false, reason: 'belowMinimum' });
    expect(report.figures.matches.outcome.cells.completed).toEqual({ shown: false, reason: 'groupTooSmall' });
    expect(report.figures.activity.meetingMinutes).toEqual({ shown: false, reason: 'groupTooSmall' });
    expect(report.figures.matches.lengthDays).toEqual({ shown: false, reason: 'groupTooSmall' });
    expect(report.figures.activityByPeriod[2]?.counts.meetingMinutes).toEqual({ shown: true, value: 0, contributors: 0 });
    expect(report.structure.deliveredFormat).toBeNull();
  });

  it('EVA-2: an item with fewer than five respondents, or withheld by the evaluation rules, is withheld; the rest with shares', () => {
    const report = programmeReport(withResults, autumn);
    const child = report.sections.find((section) => section.key === 'menteePerception')?.results[0];
    expect(child?.heading).toBe('THE CHILD');
    expect(child?.items).toEqual([
      { itemId: 'child-confidence', text: 'My child has more confidence.', shown: true, respondents: 6, answers: [{ answer: 'yes', count: 5, share: 5 / 6 }, { answer: 'no', count: 1, share: 1 / 6 }] },
      { itemId: 'child-friends', text: 'My child has more friends.', shown: false, reason: 'groupTooSmall' },
      { itemId: 'child-school', text: 'My child has a more positive view of the school.', shown: false, reason: 'groupTooSmall' },
    ]);
    expect(report.satisfaction.items[0]).toMatchObject({ shown: true, respondents: 10 });
    expect(report.satisfaction.suggestions).toEqual({ shown: false, reason: 'groupTooSmall' });
  });

  it('with a minimum of 1 (a board that may see every number) everything is shown', () => {
    const report = programmeReport(withResults, autumn, { minimumGroupSize: 1 });
    expect(report.figures.matches.total).toEqual({ shown: true, value: 3 });
    expect(report.structure.deliveredFormat).toBe('blended');
    expect(report.satisfaction.suggestions).toEqual({ shown: true, respondents: 3, texts: ['More evening meetings'] });
  });

  it("the annex's headings in order, with the organisation's texts and the figures each shows", () => {
    const report = programmeReport(withResults, autumn);
    expect(report.sections.map((section) => section.number)).toEqual(REPORT_SECTIONS.map((section) => section.number));
    expect(report.sections.find((section) => section.key === 'context')?.narrative).toEqual([{ heading: null, text: 'Families in Noord with little contact with school.' }]);
    expect(report.sections.find((section) => section.key === 'challenges')?.narrative).toEqual([{ heading: 'Winter', text: 'Meetings fell through in December.' }]);
    expect(report.sections.find((section) => section.key === 'organisation')?.blocks).toEqual(['recruitmentChannels', 'recruitmentFunnel', 'pilotFunnel']);
    expect(report.structure).toMatchObject({ typology: 'peerOrNonPeer', preferredMeetingFormat: 'faceToFace' });
  });
});

describe("the programme report from log totals per month (DOMAIN.md §7; Parent'R'US annex, table 1; the national roll-up)", () => {
  // By hand from `facts.logs`: in the period only m1 (2 Sep 60, 7 Oct 90) and m3 (8 Oct 30) count; m5 is another programme's.
  const totals = { months: [{ month: '2025-09', minutes: 60, matches: 1 }, { month: '2025-10', minutes: 120, matches: 2 }], matches: 2, meetings: { faceToFace: 2, phone: 1 } };

  it('gives the same figures as the logs they add up', () => {
    expect(programmeReportCounts({ ...facts, logs: [], logTotals: totals }, autumn)).toEqual(programmeReportCounts(facts, autumn));
  });

  it('a month outside the period is left out; no log totals at all is no meeting', () => {
    const outside = { ...totals, months: [...totals.months, { month: '2026-01', minutes: 45, matches: 1 }] };
    expect(programmeReportCounts({ ...facts, logs: [], logTotals: outside }, autumn)).toEqual(programmeReportCounts(facts, autumn));
    const none = programmeReportCounts({ ...facts, logs: [], logTotals: { months: [], matches: 0, meetings: {} } }, autumn);
    expect(none.activity.meetingMinutes).toEqual(programmeReportCounts({ ...facts, logs: [] }, autumn).activity.meetingMinutes);
    expect(none.matches.meetingForms.cells).toEqual({ faceToFace: 0, phone: 0, video: 0, email: 0 });
  });

  it('refuses a trend by quarter, and logs beside the totals', () => {
    expect(() => programmeReportCounts({ ...facts, logs: [], logTotals: totals }, autumn, { trendUnit: 'quarter' })).toThrow(RangeError);
    expect(() => programmeReportCounts({ ...facts, logTotals: totals }, autumn)).toThrow(RangeError);
  });
});
