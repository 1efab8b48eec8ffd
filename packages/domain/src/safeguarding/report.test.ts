import { describe, expect, it } from 'vitest';
import { ans, bea, ok, report, REPORTED_AT } from './fixtures.js';
import { concernReportFromCheckIn, openConcern, reporterGuidance } from './report.js';
import { concernState } from './record.js';

const open = (overrides: Parameters<typeof report>[0] = {}, matchedToPupil = true) =>
  openConcern({ concernId: 'concern-1', report: report(overrides), reporter: { actor: ans, matchedToPupil }, at: REPORTED_AT });

describe('openConcern (SAF-1)', () => {
  it('SAF-1: what was seen or heard, when, and "is the child in danger now?" are enough to save a concern', () => {
    const minimal = { pupilId: 'pupil-sara', facts: ' Sara cried and would not say why. ', observedOn: '2025-10-14', acuteDanger: false, disclosure: false };
    const entry = ok(openConcern({ concernId: 'concern-1', report: minimal, reporter: { actor: ans, matchedToPupil: true }, at: REPORTED_AT }));
    expect(entry).toMatchObject({ kind: 'reported', version: 1, concernId: 'concern-1', at: REPORTED_AT, by: ans });
    expect(entry.report).toMatchObject({ facts: 'Sara cried and would not say why.', subject: { type: 'pupil' }, acuteDanger: false, dangerToLife: false });
    expect(concernState([entry]).status).toBe('submitted');
  });

  it('SAF-1: the minimal fields are refused with their own codes', () => {
    expect(open({ pupilId: ' ' })).toEqual({ ok: false, code: 'SAFEGUARDING.PUPIL_REQUIRED', field: 'pupilId' });
    expect(open({ facts: '   ' })).toEqual({ ok: false, code: 'SAFEGUARDING.FACTS_REQUIRED', field: 'facts' });
    expect(open({ observedOn: '2025-02-30' })).toEqual({ ok: false, code: 'SAFEGUARDING.OBSERVED_ON_INVALID', field: 'observedOn' });
    expect(open({ observedOn: '2025-10-15' })).toEqual({ ok: false, code: 'SAFEGUARDING.OBSERVED_IN_FUTURE', field: 'observedOn' });
    expect(open({ acuteDanger: null })).toEqual({ ok: false, code: 'SAFEGUARDING.ACUTE_DANGER_UNANSWERED', field: 'acuteDanger' });
    expect(open({ observedTime: '25:00' })).toMatchObject({ code: 'SAFEGUARDING.TIME_INVALID' });
  });

  it('SAF-1: a volunteer reports only on a pupil they are matched to; a coordinator on any pupil', () => {
    expect(open({}, false)).toEqual({ ok: false, code: 'SAFEGUARDING.REPORTER_NOT_ALLOWED', field: 'reporter' });
    expect(openConcern({ concernId: 'c', report: report(), reporter: { actor: bea, matchedToPupil: false }, at: REPORTED_AT }).ok).toBe(true);
    expect(openConcern({ concernId: 'c', report: report(), reporter: { actor: { personId: 'x', role: 'system' }, matchedToPupil: true }, at: REPORTED_AT })).toMatchObject({
      code: 'SAFEGUARDING.REPORTER_NOT_ALLOWED',
    });
  });

  it('SAF-12: third-party information names its source; SAF-11: a concern about a volunteer names the person', () => {
    expect(open({ sources: [{ kind: 'thirdParty', who: ' ' }] })).toEqual({ ok: false, code: 'SAFEGUARDING.SOURCE_UNNAMED', field: 'sources' });
    expect(open({ subject: { type: 'staffOrVolunteer' } })).toEqual({ ok: false, code: 'SAFEGUARDING.SUBJECT_PERSON_REQUIRED', field: 'subject.personId' });
  });

  it('SAF-12: facts and interpretation stay apart in the state', () => {
    const state = concernState([ok(open())]);
    expect(state.facts.map((fact) => fact.text)).toEqual(['Sara had a bruise on her left upper arm. She said: "I fell off my bike."']);
    expect(state.interpretations.map((item) => item.text)).toEqual(['The bruise looked like a hand grip to me.']);
  });

  it('danger to life counts as acute danger, even when the acute question was left open', () => {
    expect(ok(open({ acuteDanger: null, dangerToLife: true })).report).toMatchObject({ acuteDanger: true, dangerToLife: true });
  });
});

describe('reporterGuidance (SAF-3 (1))', () => {
  it('SAF-3: danger to life → call 112 first, then Veilig Thuis; alerts go out at once', () => {
    expect(reporterGuidance({ acuteDanger: true, dangerToLife: true })).toEqual({ urgency: 'dangerToLife', callNow: ['emergency112', 'veiligThuis'], alertsSentAtOnce: true });
  });

  it('SAF-3: acute danger without danger to life → Veilig Thuis 0800-2000 (24/7), 112 if it gets worse', () => {
    expect(reporterGuidance({ acuteDanger: true })).toEqual({ urgency: 'acute', callNow: ['veiligThuis', 'emergency112'], alertsSentAtOnce: true });
  });

  it('parentrus 3.1.8: authorities are the last resort when the child is not in danger now: nothing to call', () => {
    expect(reporterGuidance({ acuteDanger: false })).toEqual({ urgency: 'notAcute', callNow: [], alertsSentAtOnce: false });
  });
});

describe('concernReportFromCheckIn (SAF-16)', () => {
  const checkIn = { id: 'check-in-7', matchId: 'match-1', pupilId: 'pupil-sara', on: '2025-10-20', withWhom: 'volunteer', withWhomName: 'Ans' };

  it('SAF-16: a check-in answered "safety concern: yes" opens a concern, with the person checked in with as the source', () => {
    const draft = ok(concernReportFromCheckIn({ ...checkIn, safety: { safetyConcern: true, facts: 'Ans says Sara is often hungry after school.', acuteDanger: false, disclosure: false } }));
    expect(draft).toMatchObject({ pupilId: 'pupil-sara', observedOn: '2025-10-20', sources: [{ kind: 'thirdParty', who: 'volunteer: Ans' }], fromCheckInId: 'check-in-7' });
    const entry = ok(openConcern({ concernId: 'concern-2', report: draft!, reporter: { actor: bea, matchedToPupil: false }, at: '2025-10-20T10:00:00Z' }));
    expect(concernState([entry]).reporter).toEqual(bea);
  });

  it('SAF-16: "no" opens nothing; an unanswered safety question is refused', () => {
    expect(ok(concernReportFromCheckIn({ ...checkIn, safety: { safetyConcern: false } }))).toBeNull();
    expect(concernReportFromCheckIn({ ...checkIn, safety: { safetyConcern: null } })).toEqual({ ok: false, code: 'SAFEGUARDING.SAFETY_QUESTION_UNANSWERED', field: 'safety' });
  });

  it('SAF-16 / SAF-1: a yes must still say whether the child is in danger now', () => {
    const draft = ok(concernReportFromCheckIn({ ...checkIn, safety: { safetyConcern: true, facts: 'Hungry.', acuteDanger: null, disclosure: false } }));
    expect(openConcern({ concernId: 'c', report: draft!, reporter: { actor: bea, matchedToPupil: false }, at: '2025-10-20T10:00:00Z' })).toMatchObject({ code: 'SAFEGUARDING.ACUTE_DANGER_UNANSWERED' });
  });
});
