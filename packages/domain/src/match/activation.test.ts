import { describe, expect, it } from 'vitest';
import { activateMatch, confirmMatch } from './activation.js';
import { agreedHome, appointed, callMentoring, con1Holds, guardianMissing, homeMentoring, ok, proposal, pupilRefused, scheduledHome, TODAY } from './fixtures.js';
import { isConfirmed, matchStage, nextStepsOf } from './stage.js';
import { agreeWeeklyTime, recordAgreement, recordWarmHandover } from './steps.js';
import type { MatchRecord } from './types.js';

/** Thuisschoolmaatje: agreed by both sides and three calls a week agreed, no warm handover yet. */
function scheduledCalls(): MatchRecord {
  const calls = { slots: [{ weekday: 'monday', time: '10:00' }, { weekday: 'wednesday', time: '10:00' }, { weekday: 'friday', time: '10:00' }], format: 'video', agreedOn: '2025-09-12' } as const;
  return ok(agreeWeeklyTime(agreedHome(callMentoring), calls, callMentoring, TODAY));
}

describe('activateMatch', () => {
  it("School's cool: after conversation, agreements, contract and weekly time, the match becomes active on the day, with its getting-to-know period", () => {
    const active = ok(activateMatch(scheduledHome(), con1Holds, homeMentoring, TODAY));
    expect(matchStage(active)).toBe('active');
    expect(active.startedOn).toBe(TODAY);
    expect(active.gettingToKnowUntil).toBe('2025-11-12'); // 6 weeks
    expect(isConfirmed(active)).toBe(false);
  });

  it("CON-1: a match cannot become active without the pupil's and a guardian's consent", () => {
    expect(activateMatch(scheduledHome(), guardianMissing, homeMentoring, TODAY)).toEqual({ ok: false, code: 'CONSENT.NOT_READY' });
  });

  it('CON-1 / CON-3: not on an application closed by a refusal', () => {
    expect(activateMatch(scheduledHome(), pupilRefused, homeMentoring, TODAY)).toEqual({ ok: false, code: 'CONSENT.APPLICATION_CLOSED_REFUSED' });
  });

  it("CON-1(iii): not with a volunteer whose screening is not CLEARED", () => {
    for (const volunteerScreening of ['inScreening', 'screeningExpired', 'actionRequired', 'revoked'] as const) {
      expect(activateMatch(scheduledHome(), { ...con1Holds, volunteerScreening }, homeMentoring, TODAY)?.ok).toBe(false);
    }
    expect(activateMatch(scheduledHome(), { ...con1Holds, volunteerScreening: 'revoked' }, homeMentoring, TODAY)).toEqual({
      ok: false,
      code: 'CONSENT.VOLUNTEER_NOT_CLEARED',
    });
  });

  it('CON-1(iv): not while an open concern suspends matches for the pupil', () => {
    expect(activateMatch(scheduledHome(), { ...con1Holds, openConcernSuspendsMatch: true }, homeMentoring, TODAY)).toEqual({
      ok: false,
      code: 'CONSENT.CONCERN_SUSPENDS_MATCH',
    });
  });

  it("School's cool: the steps are checked before CON-1, the first missing one named", () => {
    expect(activateMatch(proposal(), con1Holds, homeMentoring, TODAY)).toEqual({ ok: false, code: 'MATCH.WRONG_STAGE', field: 'introduction' });
    const introduced = { ...proposal(), introduction: { heldOn: '2025-09-05', attendees: ['Ans'], organisationRepresentative: 'Bea' } };
    expect(activateMatch(introduced, con1Holds, homeMentoring, TODAY)).toEqual({ ok: false, code: 'MATCH.WRONG_STAGE', field: 'agreements.volunteer' });
    const volunteerAgreed = ok(recordAgreement(introduced, { side: 'volunteer', agreedOn: '2025-09-06' }, homeMentoring, TODAY));
    expect(activateMatch(volunteerAgreed, guardianMissing, homeMentoring, TODAY)).toEqual({ ok: false, code: 'MATCH.WRONG_STAGE', field: 'agreements.family' });
    expect(activateMatch(agreedHome(), con1Holds, homeMentoring, TODAY)).toEqual({ ok: false, code: 'MATCH.SIGNATURES_MISSING', field: 'signatures' });
  });

  it('the weekly time is agreed before the start unless the programme meets as needed', () => {
    expect(activateMatch(agreedHome(callMentoring), con1Holds, callMentoring, TODAY)).toEqual({ ok: false, code: 'MATCH.WRONG_STAGE', field: 'weeklyTime' });
    const agreed = proposal({ agreements: { volunteer: '2025-09-02', family: '2025-09-02' } });
    expect(activateMatch(agreed, con1Holds, appointed, TODAY).ok).toBe(true);
  });

  it('Thuisschoolmaatje step 5: the warm handover is recorded before activation (MATCH.WARM_HANDOVER_MISSING)', () => {
    expect(activateMatch(scheduledCalls(), con1Holds, callMentoring, TODAY)).toEqual({ ok: false, code: 'MATCH.WARM_HANDOVER_MISSING', field: 'warmHandover' });
    const handedOver = ok(recordWarmHandover(scheduledCalls(), { heldOn: '2025-09-14', by: 'Mr de Vries' }, TODAY));
    const active = ok(activateMatch(handedOver, con1Holds, callMentoring, TODAY));
    expect(active.gettingToKnowUntil).toBe('2025-10-15'); // 2 weeks
  });

  it("a programme without the warm handover setting (School's cool) does not ask for one", () => {
    expect(activateMatch(scheduledHome(), con1Holds, { ...homeMentoring, requireWarmHandover: true }, TODAY)).toMatchObject({ ok: false, code: 'MATCH.WARM_HANDOVER_MISSING' });
    expect(activateMatch(scheduledHome(), con1Holds, homeMentoring, TODAY).ok).toBe(true);
  });

  it('the current settings decide: a signer added after the weekly time was agreed must still sign', () => {
    const stricter = { ...homeMentoring, contractSigners: ['pupil', 'parent', 'volunteer', 'mentee'] as const };
    expect(activateMatch(scheduledHome(), con1Holds, stricter, TODAY)).toMatchObject({ ok: false, code: 'MATCH.SIGNATURES_MISSING' });
  });

  it('MATCH.WRONG_STAGE: not twice, and not on a declined or ended match', () => {
    const active = ok(activateMatch(scheduledHome(), con1Holds, homeMentoring, TODAY));
    expect(activateMatch(active, con1Holds, homeMentoring, TODAY)).toEqual({ ok: false, code: 'MATCH.WRONG_STAGE', field: 'stage' });
    const declined = { ...scheduledHome(), decline: { by: 'family', reason: 'moved', on: '2025-09-20' } } as const;
    expect(activateMatch(declined, con1Holds, homeMentoring, TODAY)).toMatchObject({ ok: false, code: 'MATCH.WRONG_STAGE' });
  });

  it('MATCH.DATE_BEFORE_PREVIOUS_STEP: not on a day before a recorded step', () => {
    expect(activateMatch(scheduledHome(), con1Holds, homeMentoring, '2025-09-11')).toEqual({
      ok: false,
      code: 'MATCH.DATE_BEFORE_PREVIOUS_STEP',
      field: 'startedOn',
    });
  });

  it('a programme without a getting-to-know period (legal mentorship) is confirmed from the start', () => {
    const active = ok(activateMatch(proposal({ agreements: { volunteer: '2025-09-02', family: '2025-09-02' } }), con1Holds, appointed, TODAY));
    expect(active.gettingToKnowUntil).toBeNull();
    expect(isConfirmed(active)).toBe(true);
    expect(nextStepsOf(active, appointed)).toEqual([]);
  });
});

describe("confirmMatch (Parent'R'US 3.3.3: matching confirmation after the getting-to-know period)", () => {
  const active = () => ok(activateMatch(scheduledHome(), con1Holds, homeMentoring, TODAY));

  it("Parent'R'US 3.3.3: the coordinator confirms the match once the getting-to-know period is over", () => {
    const confirmed = ok(confirmMatch(active(), { confirmedOn: '2025-11-12', by: 'Bea' }, '2025-11-12'));
    expect(confirmed.confirmation).toEqual({ confirmedOn: '2025-11-12', by: 'Bea' });
    expect(isConfirmed(confirmed)).toBe(true);
    expect(matchStage(confirmed)).toBe('active');
  });

  it('MATCH.GETTING_TO_KNOW_NOT_OVER: not during the period', () => {
    expect(confirmMatch(active(), { confirmedOn: '2025-11-11', by: 'Bea' }, '2025-11-11')).toEqual({
      ok: false,
      code: 'MATCH.GETTING_TO_KNOW_NOT_OVER',
      field: 'confirmedOn',
    });
  });

  it('MATCH.DATE_IN_FUTURE and MATCH.PERSON_REQUIRED', () => {
    expect(confirmMatch(active(), { confirmedOn: '2025-11-13', by: 'Bea' }, '2025-11-12')).toMatchObject({ ok: false, code: 'MATCH.DATE_IN_FUTURE' });
    expect(confirmMatch(active(), { confirmedOn: '2025-11-12', by: ' ' }, '2025-11-12')).toEqual({ ok: false, code: 'MATCH.PERSON_REQUIRED', field: 'by' });
  });

  it('MATCH.WRONG_STAGE: only an active match, once, and only where there is a period to confirm', () => {
    expect(confirmMatch(scheduledHome(), { confirmedOn: TODAY, by: 'Bea' }, TODAY)).toEqual({ ok: false, code: 'MATCH.WRONG_STAGE', field: 'confirmation' });
    const confirmed = ok(confirmMatch(active(), { confirmedOn: '2025-11-12', by: 'Bea' }, '2025-11-12'));
    expect(confirmMatch(confirmed, { confirmedOn: '2025-11-13', by: 'Bea' }, '2025-11-13')).toMatchObject({ ok: false, code: 'MATCH.WRONG_STAGE' });
    const appointedActive = ok(activateMatch(proposal({ agreements: { volunteer: '2025-09-02', family: '2025-09-02' } }), con1Holds, appointed, TODAY));
    expect(confirmMatch(appointedActive, { confirmedOn: TODAY, by: 'Bea' }, TODAY)).toMatchObject({ ok: false, code: 'MATCH.WRONG_STAGE' });
  });
});
