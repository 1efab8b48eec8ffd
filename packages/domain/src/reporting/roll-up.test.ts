import { describe, expect, it } from 'vitest';
import { programmeSettingsFromTemplate } from '../programme/templates.js';
import { complianceMeasures, complianceProgrammeOf, complianceReport, type ComplianceFacts } from './compliance.js';
import { programmeReportCounts, type ProgrammeReportFacts, type ReportMatch } from './programme-report.js';
import { rollUpCompliance, rollUpProgrammeReports } from './roll-up.js';

const settings = programmeSettingsFromTemplate('legalMentorship');
const year = { from: '2025-01-01', until: '2025-12-31' };

/** A region with `stopped` matches the volunteer stopped in March and `running` matches that run on. */
function region(prefix: string, stopped: number, running: number): ProgrammeReportFacts {
  const matches: ReportMatch[] = [];
  for (let i = 0; i < stopped + running; i += 1) {
    const isStopped = i < stopped;
    matches.push({
      matchId: `${prefix}-m${i}`,
      programmeId: `${prefix}-p`,
      menteeId: `${prefix}-client${i}`,
      volunteerId: `${prefix}-v${i}`,
      coordinatorId: `${prefix}-k`,
      pupilId: null,
      familyId: null,
      startedOn: '2025-02-01',
      endedOn: isStopped ? '2025-03-01' : null,
      closure: isStopped ? { reason: 'mentorStopped', timing: 'noPlannedEnd' } : null,
      peer: null,
    });
  }
  return { programmeId: `${prefix}-p`, settings, matches, logs: [], people: [], applicants: [] };
}

describe('roll-ups across organisations (DOMAIN.md "Scale to design for": one national organisation of regional ones)', () => {
  const north = programmeReportCounts(region('north', 3, 4), year);
  const south = programmeReportCounts(region('south', 3, 10), year);

  it('EVA-2 after summing: three drop-outs in each of two regions are withheld there and six nationally, shown', () => {
    const national = rollUpProgrammeReports([
      { organisationId: 'north', name: 'Noord', counts: north },
      { organisationId: 'south', name: 'Zuid', counts: south },
    ]);
    expect(national.period).toEqual(year);
    expect(national.regions[0]?.figures.matches.outcome.cells.droppedOut).toEqual({ shown: false, reason: 'belowMinimum' });
    expect(national.national.figures.matches.outcome.cells).toEqual({
      completed: { shown: true, value: 0 },
      droppedOut: { shown: true, value: 6 },
      running: { shown: true, value: 14 },
    });
    expect(national.national.figures.matches.total).toEqual({ shown: true, value: 20 });
    expect(national.national.figures.matches.lengthDays).toEqual({ shown: true, size: 6, average: 28, median: 28 });
  });

  it('no personal record id leaves a roll-up', () => {
    const national = rollUpProgrammeReports([{ organisationId: 'north', name: 'Noord', counts: north }]);
    expect(JSON.stringify(national)).not.toMatch(/north-(m|v|client|k)\d*/);
  });

  it('item results are added per item, then the minimum applies', () => {
    const item = (respondents: number) => [{ section: 'mentorPerception' as const, heading: 'THE MENTOR', items: [{ itemId: 'supported', text: 'I felt supported.', counts: { yes: respondents - 1, no: 1 }, respondents, withheld: respondents < 5 }] }];
    const national = rollUpProgrammeReports([
      { organisationId: 'north', name: 'Noord', counts: north, results: item(3) },
      { organisationId: 'south', name: 'Zuid', counts: south, results: item(4) },
    ]);
    expect(national.regions[0]?.results[0]?.items[0]).toMatchObject({ shown: false });
    expect(national.national.results[0]?.items[0]).toMatchObject({ shown: true, respondents: 7, answers: [{ answer: 'yes', count: 5 }, { answer: 'no', count: 2 }] });
  });

  it('regions must report the same period; a roll-up needs a region', () => {
    const other = programmeReportCounts(region('south', 1, 1), { from: '2024-01-01', until: '2024-12-31' });
    expect(() => rollUpProgrammeReports([{ organisationId: 'n', name: 'N', counts: north }, { organisationId: 's', name: 'S', counts: other }])).toThrow(RangeError);
    expect(() => rollUpProgrammeReports([])).toThrow(RangeError);
    expect(() => rollUpCompliance([])).toThrow(RangeError);
  });

  it('compliance: regional shares add up to the national share, published after summing', () => {
    const facts = (prefix: string, matches: number): ComplianceFacts => ({
      programmes: [complianceProgrammeOf(`${prefix}-p`, settings)],
      volunteers: [],
      matches: Array.from({ length: matches }, (_, i) => ({
        matchId: `${prefix}-m${i}`,
        programmeId: `${prefix}-p`,
        volunteerId: `${prefix}-v${i}`,
        menteeId: `${prefix}-c${i}`,
        coordinatorId: null,
        startedOn: '2025-10-01',
        endedOn: null,
        closure: null,
      })),
      checkIns: Array.from({ length: matches }, (_, i) => ({ matchId: `${prefix}-m${i}`, on: '2025-10-10' })),
      plannedMeetings: [],
      logs: [],
      waiting: [],
      questionnaires: [],
    });
    const october = { from: '2025-10-01', until: '2025-10-20' };
    const national = rollUpCompliance([
      { organisationId: 'north', name: 'Noord', measures: complianceMeasures(complianceReport(facts('north', 2), october, '2025-10-20')) },
      { organisationId: 'south', name: 'Zuid', measures: complianceMeasures(complianceReport(facts('south', 3), october, '2025-10-20')) },
    ]);
    expect(national.regions[0]?.figures.checkInsOnSchedule).toEqual({ shown: false, reason: 'groupTooSmall' });
    expect(national.national.checkInsOnSchedule).toEqual({ shown: true, numerator: 5, denominator: 5, ratio: 1 });
    expect(JSON.stringify(national)).not.toMatch(/(north|south)-/);
  });
});
