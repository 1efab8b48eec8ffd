import { describe, expect, it } from 'vitest';
import { programmeSettingsFromTemplate } from '../programme/templates.js';
import { assessScreening } from '../screening/assess.js';
import { sizeOf, medianOf } from './measures.js';
import {
  DEFAULT_RECRUITMENT_NUDGE_DAYS,
  funnelCounts,
  nudgeKey,
  PILOT_FUNNEL_STAGES,
  RECRUITMENT_STAGES,
  recruitmentFunnel,
  recruitmentStagesReached,
  stalledCandidates,
  type FunnelCandidate,
  type PilotFunnelStage,
  type RecruitmentStage,
} from './funnel.js';

const schoolYear = { from: '2025-08-01', until: '2026-07-31' };

const applicant = (id: string, reached: FunnelCandidate<RecruitmentStage>['reached'], more: Partial<FunnelCandidate<RecruitmentStage>> = {}): FunnelCandidate<RecruitmentStage> => ({
  id,
  reached,
  channel: 'socialMedia',
  employer: null,
  ...more,
});

describe("the Parent'R'US pilot funnel (annex 1.2): announcement → referral → interest → self-assessment → interview (if needed) → pre-matching", () => {
  it('counts per stage; an interview not needed is passed, not reached, and conversion goes on past it', () => {
    const parents: FunnelCandidate<PilotFunnelStage>[] = [
      { id: 'a', reached: { referral: '2025-09-01', expressionOfInterest: '2025-09-05', selfAssessment: '2025-09-10', interview: 'notNeeded', preMatching: '2025-09-20' } },
      { id: 'b', reached: { referral: '2025-09-02', expressionOfInterest: '2025-09-06', selfAssessment: '2025-09-11', interview: '2025-09-15', preMatching: '2025-09-21' } },
      { id: 'c', reached: { referral: '2025-09-03', expressionOfInterest: '2025-09-08' } },
      { id: 'd', reached: { referral: '2025-09-04' } },
    ];
    const funnel = funnelCounts(PILOT_FUNNEL_STAGES, parents, schoolYear);
    expect(funnel.entered.value).toBe(4);
    expect(funnel.stages.announcement.passed.value).toBe(4);
    expect(funnel.stages.referral).toMatchObject({ reached: { value: 4 }, conversion: { numerator: 4, denominator: 4 } });
    expect(funnel.stages.expressionOfInterest.conversion).toEqual({ kind: 'share', numerator: 3, denominator: 4 });
    expect(funnel.stages.interview).toMatchObject({ reached: { value: 1 }, notNeeded: { value: 1 }, passed: { value: 2 } });
    expect(funnel.stages.preMatching.conversion).toEqual({ kind: 'share', numerator: 2, denominator: 2 });
    // a: 10 → 20 from self-assessment past the interview not needed; b: 11 → 15
    expect(funnel.stages.selfAssessment.daysInStage.histogram).toEqual([
      { value: 4, count: 1 },
      { value: 10, count: 1 },
    ]);
  });

  it('an empty period, or a cohort that entered elsewhere, gives zeros', () => {
    const funnel = funnelCounts(PILOT_FUNNEL_STAGES, [{ id: 'a', reached: { referral: '2024-09-01' } }], schoolYear);
    expect(funnel.entered.value).toBe(0);
    expect(funnel.stages.referral.conversion).toEqual({ kind: 'share', numerator: 0, denominator: 0 });
    expect(sizeOf(funnel.stages.referral.daysInStage)).toBe(0);
  });
});

describe('the recruitment funnel per channel and employer (DOMAIN.md §1; schoolscool-draagvlak-onderzoek.txt)', () => {
  const candidates = [
    applicant('v1', { applied: '2025-09-01', intakeInterview: '2025-09-08', referenceChecks: '2025-09-20', vog: 'notNeeded' }, { channel: 'employer', employer: ' Rabobank ' }),
    applicant('v2', { applied: '2025-09-03', intakeInterview: '2025-09-17' }, { channel: 'employer', employer: 'Rabobank' }),
    applicant('v3', { applied: '2025-10-01' }, { channel: null }),
  ];

  it('every channel is listed, also one that brought nobody; employers are grouped as given, trimmed', () => {
    const funnel = recruitmentFunnel(RECRUITMENT_STAGES, candidates, schoolYear, ['employer', 'volunteerCentre', 'socialMedia']);
    expect(Object.keys(funnel.byChannel)).toEqual(['employer', 'socialMedia', 'unknown', 'volunteerCentre']);
    expect(funnel.byChannel.volunteerCentre?.entered.value).toBe(0);
    expect(funnel.byChannel.unknown?.entered.value).toBe(1);
    expect(funnel.byChannel.employer?.stages.intakeInterview.conversion).toEqual({ kind: 'share', numerator: 2, denominator: 2 });
    expect(funnel.byChannel.employer?.stages.referenceChecks.conversion).toEqual({ kind: 'share', numerator: 1, denominator: 2 });
    expect(Object.keys(funnel.byEmployer)).toEqual(['Rabobank']);
    expect(funnel.all.entered.value).toBe(3);
    expect(medianOf(funnel.all.stages.applied.daysInStage)).toBe(10.5);
  });

  it('stages from the screening assessment: done on its day, a waived VOG not needed, ready on the last step', () => {
    const settings = programmeSettingsFromTemplate('thuisschoolmaatje');
    const assessment = assessScreening(
      {
        intakeInterview: { heldOn: '2020-04-02', interviewer: 'Ans', notes: '', outcome: 'suitable' },
        referenceChecks: [],
        vog: {},
        codeOfConduct: { signedOn: '2020-04-03', version: settings.screening.codeOfConductVersion },
        training: { completedOn: '2020-04-03' },
      },
      settings.screening,
      '2020-04-05',
    );
    expect(recruitmentStagesReached('2020-04-01', assessment, '2020-04-06')).toEqual({
      applied: '2020-04-01',
      intakeInterview: '2020-04-02',
      referenceChecks: 'notNeeded',
      vog: 'notNeeded',
      codeOfConduct: '2020-04-03',
      training: '2020-04-03',
      readyToMatch: '2020-04-03',
      matched: '2020-04-06',
    });
    const waiting = assessScreening({ referenceChecks: [], vog: {} }, settings.screening, '2020-04-05');
    expect(recruitmentStagesReached('2020-04-01', waiting)).toEqual({ applied: '2020-04-01', referenceChecks: 'notNeeded', vog: 'notNeeded' });
  });
});

describe('the nudge for a stalled applicant (once each: a stable key per applicant and stage)', () => {
  const candidates = [
    applicant('v1', { applied: '2025-09-01', intakeInterview: '2025-09-08', referenceChecks: '2025-09-10' }),
    applicant('v2', { applied: '2025-09-20' }),
    applicant('v3', { applied: '2025-09-01' }, { leftOn: '2025-09-05' }),
    applicant('v4', { applied: '2025-09-01', intakeInterview: '2025-09-02', referenceChecks: '2025-09-03', vog: '2025-09-04', codeOfConduct: '2025-09-05', training: '2025-09-06', readyToMatch: '2025-09-06' }),
  ];

  it('nudges from the configured days after the last step forward, for the stage waited for; not someone who left', () => {
    const stalled = stalledCandidates(RECRUITMENT_STAGES, candidates, DEFAULT_RECRUITMENT_NUDGE_DAYS, '2025-10-01');
    expect(stalled).toEqual([
      { candidateId: 'v1', waitingFor: 'vog', since: '2025-09-10', days: 21, key: 'reporting.nudge:v1:vog' },
    ]);
    expect(stalledCandidates(RECRUITMENT_STAGES, candidates, DEFAULT_RECRUITMENT_NUDGE_DAYS, '2025-09-30')).toEqual([]);
    expect(stalledCandidates(RECRUITMENT_STAGES, candidates, DEFAULT_RECRUITMENT_NUDGE_DAYS, '2025-10-04').map((s) => s.candidateId)).toEqual(['v1', 'v2']);
  });

  it('the same key every day the applicant stays stalled, so a daily job nudges once', () => {
    const day1 = stalledCandidates(RECRUITMENT_STAGES, candidates, { vog: 21 }, '2025-10-01');
    const day2 = stalledCandidates(RECRUITMENT_STAGES, candidates, { vog: 21 }, '2025-10-02');
    expect(day1.map((s) => s.key)).toEqual(day2.map((s) => s.key));
    expect(nudgeKey('v1', 'vog')).toBe('reporting.nudge:v1:vog');
  });

  it('a stage without a number is never nudged (ready volunteers wait for the coordinator, not themselves)', () => {
    expect(stalledCandidates(RECRUITMENT_STAGES, candidates, DEFAULT_RECRUITMENT_NUDGE_DAYS, '2026-09-01').map((s) => s.waitingFor)).toEqual(['vog', 'intakeInterview']);
  });
});
