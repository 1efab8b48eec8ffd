import { describe, expect, it } from 'vitest';
import { add, bea, helpWithoutReport, nonAcuteUpTo, settings } from './fixtures.js';
import { checkAssessment, checkDecision, reportRequiredBy } from './meldcode.js';
import { appendConcernEntry, concernState } from './record.js';
import type { AfwegingskaderAnswers, ConcernDecision, DecisionOutcome } from './types.js';

const yes = (rationale = 'because') => ({ answer: 'yes', rationale }) as const;
const no = (rationale = 'because') => ({ answer: 'no', rationale }) as const;
const pupil = { subject: { type: 'pupil', personId: null } } as const;
const decide = (answers: AfwegingskaderAnswers, outcomes: readonly DecisionOutcome[], followUpOn: string | null = '2025-11-20') =>
  checkDecision({ outcomes, rationale: 'as weighed', followUpOn }, { ...pupil, assessment: answers }, '2025-10-21', settings);

describe('the afwegingskader (Meldcode step 4; SAF-5, SAF-7)', () => {
  it('SAF-7: each question as far as it applies, each with a written rationale', () => {
    const concern = { disclosure: false, acuteDanger: false };
    expect(checkAssessment({}, concern)).toEqual({ ok: false, code: 'SAFEGUARDING.ANSWER_REQUIRED', field: 'q1' });
    expect(checkAssessment({ q1: no() }, concern)).toBeNull();
    expect(checkAssessment({ q1: yes() }, concern)).toEqual({ ok: false, code: 'SAFEGUARDING.ANSWER_REQUIRED', field: 'q2' });
    expect(checkAssessment({ q1: yes(), q2: yes() }, concern)).toBeNull();
    expect(checkAssessment({ q1: yes(), q2: no() }, concern)).toMatchObject({ field: 'q3' });
    expect(checkAssessment({ q1: yes(), q2: no(), q3: no() }, concern)).toBeNull();
    expect(checkAssessment({ q1: yes(), q2: no(), q3: yes() }, concern)).toMatchObject({ field: 'q4' });
    expect(checkAssessment({ q1: yes(), q2: no(' ') }, concern)).toEqual({ ok: false, code: 'SAFEGUARDING.RATIONALE_REQUIRED', field: 'q2' });
  });

  it('SAF-5: a disclosure is acute unsafety: with a suspicion, question 2 must be yes, and meldnorm 1 then requires a report', () => {
    expect(checkAssessment({ q1: yes(), q2: no(), q3: yes(), q4: yes() }, { disclosure: true, acuteDanger: false })).toEqual({
      ok: false,
      code: 'SAFEGUARDING.DISCLOSURE_MEANS_UNSAFETY',
      field: 'q2',
    });
    const told = nonAcuteUpTo('conversationDone').map((entry) => (entry.kind === 'reported' ? { ...entry, report: { ...entry.report, disclosure: true } } : entry));
    expect(appendConcernEntry(told, { body: { kind: 'assessed', answers: helpWithoutReport }, by: bea, at: '2025-10-20T09:00:00Z' }, settings)).toMatchObject({
      code: 'SAFEGUARDING.DISCLOSURE_MEANS_UNSAFETY',
    });
    expect(decide({ q1: yes(), q2: yes() }, ['organiseProfessionalHelp'])).toEqual({ ok: false, code: 'SAFEGUARDING.REPORT_REQUIRED_UNSAFETY', field: 'outcomes' });
  });
});

describe('the decision and the three meldnormen (Meldcode step 5; SAF-7)', () => {
  it('SAF-7 meldnorm 1: acute or structural unsafety (q2 yes) must be reported to Veilig Thuis', () => {
    expect(decide({ q1: yes(), q2: yes() }, ['organiseProfessionalHelp', 'monitor'])).toEqual({ ok: false, code: 'SAFEGUARDING.REPORT_REQUIRED_UNSAFETY', field: 'outcomes' });
    expect(decide({ q1: yes(), q2: yes() }, ['reportVeiligThuis', 'organiseProfessionalHelp'])).toBeNull();
  });

  it('SAF-7 meldnorm 2: no help possible (q3 no), or no cooperation with it (q4 no), means a report', () => {
    expect(decide({ q1: yes(), q2: no(), q3: no() }, ['organiseProfessionalHelp'])).toMatchObject({ code: 'SAFEGUARDING.REPORT_REQUIRED_NO_HELP' });
    expect(decide({ q1: yes(), q2: no(), q3: yes(), q4: no() }, ['organiseProfessionalHelp'])).toMatchObject({ code: 'SAFEGUARDING.REPORT_REQUIRED_NO_COOPERATION' });
    expect(decide({ q1: yes(), q2: no(), q3: yes(), q4: no() }, ['reportVeiligThuis'])).toBeNull();
  });

  it('SAF-7: help without a report only when q1 yes, q2 no, q3 yes and q4 yes', () => {
    expect(decide(helpWithoutReport, ['organiseProfessionalHelp', 'monitor'])).toBeNull();
    expect(reportRequiredBy(helpWithoutReport)).toBeNull();
  });

  it('SAF-7: a decision that contradicts the answers is refused: closing with a suspicion, help without one, or only watching', () => {
    expect(decide(helpWithoutReport, ['closeNoSuspicion'], null)).toEqual({ ok: false, code: 'SAFEGUARDING.DECISION_CONTRADICTS_ASSESSMENT', field: 'outcomes' });
    expect(decide(helpWithoutReport, ['monitor'])).toMatchObject({ code: 'SAFEGUARDING.DECISION_CONTRADICTS_ASSESSMENT' });
    expect(decide({ q1: no() }, ['organiseProfessionalHelp'])).toMatchObject({ code: 'SAFEGUARDING.DECISION_CONTRADICTS_ASSESSMENT' });
    expect(decide({ q1: no() }, ['closeNoSuspicion'], null)).toBeNull();
    expect(decide({ q1: no() }, ['monitor'])).toBeNull();
    expect(decide({ q1: no() }, [])).toMatchObject({ code: 'SAFEGUARDING.OUTCOME_REQUIRED' });
  });

  it('SAF-7 meldnorm 3: a follow-up without lasting safety (q5 no) needs a new report before the concern may close', () => {
    const decision: ConcernDecision = { outcomes: ['organiseProfessionalHelp'], rationale: 'wijkteam', followUpOn: '2025-11-20' };
    let entries = add(nonAcuteUpTo('boardConsulted'), { kind: 'decided', decision }, bea, '2025-10-21T09:00:00Z');
    const unsafe = { on: '2025-11-20', q5: no('A new bruise; the parents stopped seeing the wijkteam.'), notes: 'Worse.', nextFollowUpOn: null };
    expect(appendConcernEntry(entries, { body: { kind: 'followedUp', followUp: unsafe }, by: bea, at: '2025-11-20T10:00:00Z' }, settings)).toMatchObject({
      code: 'SAFEGUARDING.FOLLOW_UP_DATE_REQUIRED',
    });
    entries = add(entries, { kind: 'followedUp', followUp: { ...unsafe, nextFollowUpOn: '2025-12-04' } }, bea, '2025-11-20T10:00:00Z');
    expect(appendConcernEntry(entries, { body: { kind: 'closed', reason: 'x' }, by: bea, at: '2025-11-20T11:00:00Z' }, settings)).toEqual({
      ok: false,
      code: 'SAFEGUARDING.REPORT_REQUIRED_UNSAFE_DESPITE_HELP',
      field: 'authorityContacts',
    });
    const report = { type: 'veiligThuisReport', contactedAt: '2025-11-20T12:00:00Z', contactedBy: 'Bea', summaryShared: 'All of it.', parentsInformed: { informed: true, on: '2025-11-20' } } as const;
    entries = add(entries, { kind: 'authorityContacted', contact: report }, bea, '2025-11-20T12:05:00Z');
    expect(concernState(add(entries, { kind: 'closed', reason: 'Veilig Thuis took over.' }, bea, '2025-11-21T09:00:00Z')).status).toBe('closed');
  });

  it('SAF-7: a decision to report is not closed before the report is recorded', () => {
    const assessedUnsafe = nonAcuteUpTo('conversationDone');
    let entries = add(assessedUnsafe, { kind: 'assessed', answers: { q1: yes(), q2: yes('repeated') } }, bea, '2025-10-20T09:00:00Z');
    entries = add(entries, { kind: 'boardConsulted', participants: ['Karin'], summary: 'Report.' }, bea, '2025-10-20T10:00:00Z');
    entries = add(entries, { kind: 'decided', decision: { outcomes: ['reportVeiligThuis'], rationale: 'meldnorm 1', followUpOn: '2025-11-03' } }, bea, '2025-10-20T11:00:00Z');
    entries = add(entries, { kind: 'followedUp', followUp: { on: '2025-11-03', q5: yes('VT took over'), notes: 'VT is on it.', nextFollowUpOn: null } }, bea, '2025-11-03T09:00:00Z');
    expect(appendConcernEntry(entries, { body: { kind: 'closed', reason: 'x' }, by: bea, at: '2025-11-03T10:00:00Z' }, settings)).toMatchObject({ code: 'SAFEGUARDING.REPORT_NOT_RECORDED' });
  });

  it('no suspicion: the concern closes straight after the decision, without a follow-up', () => {
    let entries = add(nonAcuteUpTo('conversationDone'), { kind: 'assessed', answers: { q1: no('The bruise was from football; the coach confirmed.') } }, bea, '2025-10-20T09:00:00Z');
    entries = add(entries, { kind: 'boardConsulted', participants: ['Karin'], summary: 'Close.' }, bea, '2025-10-20T10:00:00Z');
    entries = add(entries, { kind: 'decided', decision: { outcomes: ['closeNoSuspicion'], rationale: 'No suspicion.', followUpOn: null } }, bea, '2025-10-20T11:00:00Z');
    expect(concernState(add(entries, { kind: 'closed', reason: 'No suspicion.' }, bea, '2025-10-20T12:00:00Z')).status).toBe('closed');
  });
});
