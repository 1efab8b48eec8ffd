import { describe, expect, it } from 'vitest';
import { consent, FATHER_ID, MOTHER_ID, pupil, PUPIL_ID, withdrawn } from './fixtures.js';
import { checkConsentRecording, withdrawConsent } from './recording.js';
import type { ConsentRecord, ConsentWithdrawal } from './types.js';

const today = '2025-09-15';
const pupilYes = consent('pupil', 'mentoring', '2025-09-01');
const motherYes = consent('parentWithAuthority', 'mentoring', '2025-09-03');

describe('checkConsentRecording', () => {
  it('accepts the pupil first, then a parent with verified authority', () => {
    expect(checkConsentRecording(pupilYes, [], pupil, today)).toBeNull();
    expect(checkConsentRecording(motherYes, [pupilYes], pupil, today)).toBeNull();
  });

  describe('CON-2: the pupil is asked first', () => {
    it("CON-2: parents are asked only after the pupil agreed (a parent's consent before the pupil's is refused)", () => {
      expect(checkConsentRecording(motherYes, [], pupil, today)).toEqual({ ok: false, code: 'CONSENT.PUPIL_FIRST', field: 'giverRole' });
    });

    it("CON-2: a parent's refusal before the pupil was asked is refused too: parents are not asked yet", () => {
      const motherNo = consent('parentWithAuthority', 'mentoring', '2025-09-03', { decision: 'refused', status: 'refused' });
      expect(checkConsentRecording(motherNo, [], pupil, today)?.code).toBe('CONSENT.PUPIL_FIRST');
    });

    it("CON-2: the pupil's agreement must be to MENTORING, current, and not dated after the parent's", () => {
      const pupilContact = consent('pupil', 'shareContactDetails', '2025-09-01');
      expect(checkConsentRecording(motherYes, [pupilContact], pupil, today)?.code).toBe('CONSENT.PUPIL_FIRST');
      expect(checkConsentRecording(motherYes, [withdrawn(pupilYes, '2025-09-02')], pupil, today)?.code).toBe('CONSENT.PUPIL_FIRST');
      const pupilLater = consent('pupil', 'mentoring', '2025-09-05');
      expect(checkConsentRecording(motherYes, [pupilLater], pupil, today)?.code).toBe('CONSENT.PUPIL_FIRST');
    });

    it('CON-2: the same day counts as after, once the pupil is recorded', () => {
      const motherSameDay = consent('parentWithAuthority', 'mentoring', '2025-09-01');
      expect(checkConsentRecording(motherSameDay, [pupilYes], pupil, today)).toBeNull();
    });

    it('CON-2: a legal guardian (voogd) waits for the pupil as a parent does', () => {
      const voogd = consent('legalGuardian', 'mentoring', '2025-09-03');
      expect(checkConsentRecording(voogd, [], pupil, today)?.code).toBe('CONSENT.PUPIL_FIRST');
      expect(checkConsentRecording(voogd, [pupilYes], pupil, today)).toBeNull();
    });

    it('CON-2: only records of the same application count', () => {
      const otherApplication = { ...pupilYes, applicationId: 'application-0' };
      expect(checkConsentRecording(motherYes, [otherApplication], pupil, today)?.code).toBe('CONSENT.PUPIL_FIRST');
    });
  });

  describe('CON-3: a refusal closes the application', () => {
    it('CON-3: after the pupil refused MENTORING nothing more is recorded on the application', () => {
      const pupilNo = consent('pupil', 'mentoring', '2025-09-01', { decision: 'refused', status: 'refused' });
      expect(checkConsentRecording(motherYes, [pupilNo], pupil, today)?.code).toBe('CONSENT.APPLICATION_CLOSED_REFUSED');
      const pupilAgain = consent('pupil', 'mentoring', '2025-09-04', { supersedesConsentId: pupilNo.id });
      expect(checkConsentRecording(pupilAgain, [pupilNo], pupil, today)?.code).toBe('CONSENT.APPLICATION_CLOSED_REFUSED');
    });

    it('CON-3: after a parent refused MENTORING the other parent cannot consent on the same application', () => {
      const motherNo = consent('parentWithAuthority', 'mentoring', '2025-09-03', { decision: 'refused', status: 'refused' });
      const fatherYes = consent('parentWithAuthority', 'mentoring', '2025-09-04', { giverPersonId: FATHER_ID });
      expect(checkConsentRecording(fatherYes, [pupilYes, motherNo], pupil, today)?.code).toBe('CONSENT.APPLICATION_CLOSED_REFUSED');
    });

    it('CON-3: re-applying starts a new application with fresh records', () => {
      const pupilNo = consent('pupil', 'mentoring', '2025-09-01', { decision: 'refused', status: 'refused' });
      const fresh = consent('pupil', 'mentoring', '2025-10-01', { applicationId: 'application-2' });
      expect(checkConsentRecording(fresh, [pupilNo], pupil, '2025-10-01')).toBeNull();
    });
  });

  describe('CON-7: explicit, with the exact notice', () => {
    it('CON-7: a GIVEN without an affirmative action (pre-ticked, silence) is refused', () => {
      const preTicked = consent('pupil', 'mentoring', '2025-09-01', { affirmativeAction: false });
      expect(checkConsentRecording(preTicked, [], pupil, today)).toEqual({ ok: false, code: 'CONSENT.NOT_AFFIRMATIVE', field: 'affirmativeAction' });
    });

    it('CON-7: a refusal needs no affirmative action: saying nothing is never consent, but it may be recorded as no', () => {
      const no = consent('pupil', 'mentoring', '2025-09-01', { decision: 'refused', status: 'refused', affirmativeAction: false });
      expect(checkConsentRecording(no, [], pupil, today)).toBeNull();
    });

    it('CON-7: the notice version, content hash and language are required', () => {
      for (const notice of [
        { ...pupilYes.notice, versionId: '' },
        { ...pupilYes.notice, contentHash: ' ' },
        { ...pupilYes.notice, language: '' },
      ]) {
        expect(checkConsentRecording({ ...pupilYes, notice }, [], pupil, today)?.code).toBe('CONSENT.NOTICE_MISSING');
      }
    });

    it('CON-7: a new record is a decision: its status is the decision and it carries no withdrawal', () => {
      expect(checkConsentRecording({ ...pupilYes, status: 'withdrawn' }, [], pupil, today)?.code).toBe('CONSENT.NEW_RECORD_NOT_A_DECISION');
      expect(checkConsentRecording(withdrawn(pupilYes, '2025-09-02'), [], pupil, today)?.code).toBe('CONSENT.NEW_RECORD_NOT_A_DECISION');
    });
  });

  describe('CON-9: parental authority verified', () => {
    it("CON-9: a guardian's consent without a recorded authority check is refused", () => {
      const { authorityVerification: _omitted, ...unverified } = motherYes;
      expect(checkConsentRecording(unverified, [pupilYes], pupil, today)).toEqual({
        ok: false,
        code: 'CONSENT.AUTHORITY_NOT_VERIFIED',
        field: 'authorityVerification',
      });
    });

    it('CON-9: the check records method, who and when; who may not be blank and when not in the future', () => {
      const blank = { ...motherYes, authorityVerification: { method: 'schoolConfirmation' as const, verifiedBy: ' ', verifiedOn: '2025-09-03' } };
      expect(checkConsentRecording(blank, [pupilYes], pupil, today)?.code).toBe('CONSENT.AUTHORITY_NOT_VERIFIED');
      const future = { ...motherYes, authorityVerification: { method: 'schoolConfirmation' as const, verifiedBy: 'Piet', verifiedOn: '2025-09-20' } };
      expect(checkConsentRecording(future, [pupilYes], pupil, today)?.code).toBe('CONSENT.DATE_IN_FUTURE');
    });

    it("CON-9: a guardian's refusal is recorded even without the check (a no is never ignored)", () => {
      const { authorityVerification: _omitted, ...unverified } = motherYes;
      const no: ConsentRecord = { ...unverified, decision: 'refused', status: 'refused' };
      expect(checkConsentRecording(no, [pupilYes], pupil, today)).toBeNull();
    });
  });

  describe("CON-10: the pupil's own notice", () => {
    it('CON-10: a guardian (adult) notice cannot be attached to a pupil consent', () => {
      const adultNotice = { ...pupilYes, notice: { ...motherYes.notice } };
      expect(checkConsentRecording(adultNotice, [], pupil, today)).toEqual({ ok: false, code: 'CONSENT.NOTICE_WRONG_AUDIENCE', field: 'notice' });
    });

    it("CON-10: and the child-friendly notice is not a parent's", () => {
      const childNotice = { ...motherYes, notice: { ...pupilYes.notice } };
      expect(checkConsentRecording(childNotice, [pupilYes], pupil, today)?.code).toBe('CONSENT.NOTICE_WRONG_AUDIENCE');
    });
  });

  describe('CON-8: the age fields', () => {
    it('CON-8: at 15 the legal basis is the guardian and re-confirmation is due on the 16th birthday', () => {
      expect(pupilYes).toMatchObject({ pupilAgeAtConsent: 15, legalBasisGiver: 'guardian', reconfirmationDueOn: '2026-05-15' });
      expect(checkConsentRecording(pupilYes, [], pupil, today)).toBeNull();
    });

    it('CON-8: a record with the wrong age, legal basis or re-confirmation date is refused', () => {
      expect(checkConsentRecording({ ...pupilYes, pupilAgeAtConsent: 16 }, [], pupil, today)).toEqual({
        ok: false,
        code: 'CONSENT.AGE_FIELDS_WRONG',
        field: 'pupilAgeAtConsent',
      });
      expect(checkConsentRecording({ ...pupilYes, legalBasisGiver: 'pupil' }, [], pupil, today)?.field).toBe('legalBasisGiver');
      const { reconfirmationDueOn: _omitted, ...noDate } = pupilYes;
      expect(checkConsentRecording(noDate, [], pupil, today)?.field).toBe('reconfirmationDueOn');
    });

    it('CON-8: on the 16th birthday the pupil is the legal basis and nothing needs re-confirming', () => {
      const on16 = consent('pupil', 'mentoring', '2026-05-15');
      expect(on16).toMatchObject({ pupilAgeAtConsent: 16, legalBasisGiver: 'pupil' });
      expect(on16.reconfirmationDueOn).toBeUndefined();
      expect(checkConsentRecording(on16, [], pupil, '2026-05-15')).toBeNull();
    });
  });

  describe('CON-12: who records', () => {
    it('CON-12: a volunteer can never record a consent', () => {
      const byVolunteer = { ...pupilYes, recordedBy: { personId: 'volunteer-1', role: 'volunteer' as const } };
      expect(checkConsentRecording(byVolunteer, [], pupil, today)).toEqual({
        ok: false,
        code: 'CONSENT.VOLUNTEER_MAY_NOT_RECORD',
        field: 'recordedBy',
      });
    });

    it('CON-12: a school mentor may record what the pupil said (Thuisschoolmaatje seed step 3)', () => {
      const bySchoolMentor = { ...pupilYes, recordedBy: { personId: 'school-mentor-piet', role: 'schoolMentor' as const } };
      expect(checkConsentRecording(bySchoolMentor, [], pupil, today)).toBeNull();
    });

    it('CON-12: the giver records through the portal, only for themselves', () => {
      const ownPortal = { ...pupilYes, method: 'portal' as const, recordedBy: { personId: PUPIL_ID, role: 'giver' as const } };
      expect(checkConsentRecording(ownPortal, [], pupil, today)).toBeNull();
      const parentForChild = { ...ownPortal, recordedBy: { personId: MOTHER_ID, role: 'giver' as const } };
      expect(checkConsentRecording(parentForChild, [], pupil, today)?.code).toBe('CONSENT.RECORDED_FOR_SOMEONE_ELSE');
      const coordinatorInPortal = { ...pupilYes, method: 'portal' as const };
      expect(checkConsentRecording(coordinatorInPortal, [], pupil, today)?.code).toBe('CONSENT.PORTAL_ONLY_BY_GIVER');
      const giverByPhone = { ...ownPortal, method: 'phone' as const };
      expect(checkConsentRecording(giverByPhone, [], pupil, today)?.code).toBe('CONSENT.PORTAL_ONLY_BY_GIVER');
    });
  });

  describe('one record per purpose per giver (B2), superseded in a chain', () => {
    it('a second record for the same purpose and giver must supersede the first', () => {
      const again = consent('pupil', 'mentoring', '2025-09-05');
      expect(checkConsentRecording(again, [pupilYes], pupil, today)?.code).toBe('CONSENT.ALREADY_RECORDED');
      expect(checkConsentRecording({ ...again, supersedesConsentId: pupilYes.id }, [pupilYes], pupil, today)).toBeNull();
    });

    it('a record supersedes only a current record of the same purpose and giver, decided no later', () => {
      const contact = consent('pupil', 'shareContactDetails', '2025-09-01');
      const next = consent('pupil', 'mentoring', '2025-09-05');
      expect(checkConsentRecording({ ...next, supersedesConsentId: 'nope' }, [pupilYes], pupil, today)?.code).toBe('CONSENT.SUPERSEDES_UNKNOWN');
      expect(checkConsentRecording({ ...next, supersedesConsentId: contact.id }, [pupilYes, contact], pupil, today)?.code).toBe(
        'CONSENT.SUPERSEDES_OTHER_CONSENT',
      );
      const second = { ...next, supersedesConsentId: pupilYes.id };
      const third = consent('pupil', 'mentoring', '2025-09-06', { supersedesConsentId: pupilYes.id });
      expect(checkConsentRecording(third, [pupilYes, second], pupil, today)?.code).toBe('CONSENT.ALREADY_SUPERSEDED');
    });

    it('a withdrawn consent may be given again by superseding it', () => {
      const again = consent('pupil', 'mentoring', '2025-09-10', { supersedesConsentId: pupilYes.id });
      expect(checkConsentRecording(again, [withdrawn(pupilYes, '2025-09-05')], pupil, today)).toBeNull();
    });
  });

  it('a decision dated after today is refused', () => {
    expect(checkConsentRecording(consent('pupil', 'mentoring', '2025-09-16'), [], pupil, today)?.code).toBe('CONSENT.DATE_IN_FUTURE');
    expect(checkConsentRecording({ ...pupilYes, decidedOn: '2025-02-30' }, [], pupil, today)?.code).toBe('CONSENT.DATE_INVALID');
  });
});

describe('withdrawConsent', () => {
  const byPupil: ConsentWithdrawal = { withdrawnOn: '2025-09-12', withdrawnBy: { personId: PUPIL_ID, role: 'giver' }, channel: 'portal' };

  it('CON-4: the pupil withdraws through the portal at any time, without giving a reason', () => {
    const result = withdrawConsent(pupilYes, byPupil, today);
    expect(result).toEqual({ ok: true, value: { ...pupilYes, status: 'withdrawn', withdrawal: byPupil } });
  });

  it("CON-4: a coordinator records a parent's verbal withdrawal; the original decision stays as it was", () => {
    const byPhone: ConsentWithdrawal = {
      withdrawnOn: '2025-09-12',
      withdrawnBy: { personId: 'coordinator-ans', role: 'coordinator' },
      channel: 'phone',
      reason: 'Wants to try without help first.',
    };
    const result = withdrawConsent(motherYes, byPhone, today);
    expect(result.ok && result.value).toMatchObject({ status: 'withdrawn', decision: 'given', decidedOn: '2025-09-03', withdrawal: byPhone });
  });

  it('CON-12: a volunteer can never withdraw a consent', () => {
    const byVolunteer: ConsentWithdrawal = { ...byPupil, withdrawnBy: { personId: 'volunteer-1', role: 'volunteer' }, channel: 'inPerson' };
    expect(withdrawConsent(pupilYes, byVolunteer, today)).toEqual({ ok: false, code: 'CONSENT.VOLUNTEER_MAY_NOT_RECORD', field: 'withdrawnBy' });
  });

  it("CON-4: a parent withdraws their own consent in the portal, not the pupil's", () => {
    const byMother: ConsentWithdrawal = { ...byPupil, withdrawnBy: { personId: MOTHER_ID, role: 'giver' } };
    expect(withdrawConsent(pupilYes, byMother, today)).toMatchObject({ ok: false, code: 'CONSENT.RECORDED_FOR_SOMEONE_ELSE' });
    expect(withdrawConsent(motherYes, byMother, today).ok).toBe(true);
  });

  it('CON-4: only a current GIVEN can be withdrawn, not before it was given and not in the future', () => {
    const refused = consent('pupil', 'mentoring', '2025-09-01', { decision: 'refused', status: 'refused' });
    expect(withdrawConsent(refused, byPupil, today)).toMatchObject({ ok: false, code: 'CONSENT.NOT_GIVEN' });
    expect(withdrawConsent(withdrawn(pupilYes, '2025-09-02'), byPupil, today)).toMatchObject({ ok: false, code: 'CONSENT.NOT_GIVEN' });
    expect(withdrawConsent({ ...pupilYes, status: 'superseded' }, byPupil, today)).toMatchObject({ ok: false, code: 'CONSENT.NOT_GIVEN' });
    expect(withdrawConsent(pupilYes, { ...byPupil, withdrawnOn: '2025-08-31' }, today)).toMatchObject({ ok: false, code: 'CONSENT.WITHDRAWN_BEFORE_DECIDED' });
    expect(withdrawConsent(pupilYes, { ...byPupil, withdrawnOn: '2025-09-16' }, today)).toMatchObject({ ok: false, code: 'CONSENT.DATE_IN_FUTURE' });
  });
});
