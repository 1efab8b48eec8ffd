import { describe, expect, it } from 'vitest';
import { programmeSettingsFromTemplate } from '../programme/templates.js';
import { assessConsent } from './assess.js';
import { consent, familyNotification, FATHER_ID, pupil, pupilRequirements, withdrawn } from './fixtures.js';
import type { ConsentRecord, ConsentRequirements } from './types.js';

const today = '2025-09-15';
const pupilYes = consent('pupil', 'mentoring', '2025-09-01');
const pupilContact = consent('pupil', 'shareContactDetails', '2025-09-01');
const motherYes = consent('parentWithAuthority', 'mentoring', '2025-09-03');
const motherContact = consent('parentWithAuthority', 'shareContactDetails', '2025-09-03');
const complete: readonly ConsentRecord[] = [pupilYes, pupilContact, motherYes, motherContact];

const assess = (records: readonly ConsentRecord[], requirements: ConsentRequirements = pupilRequirements, on = today) =>
  assessConsent(records, [], pupil, requirements, on);

describe('assessConsent', () => {
  it('with nothing recorded the pupil is asked first', () => {
    const assessment = assess([]);
    expect(assessment.nextStep).toBe('askPupil');
    expect(assessment.readyToMatch).toBe(false);
    expect(assessment.blockers).toEqual(['CONSENT.PUPIL_MISSING', 'CONSENT.GUARDIAN_MISSING']);
    expect(assessment.purposes.map((purpose) => [purpose.purpose, purpose.state])).toEqual([
      ['mentoring', 'pending'],
      ['shareContactDetails', 'pending'],
      ['evaluation', 'pending'],
    ]);
  });

  it('CON-2: parents are asked only after the pupil agreed: askParents once nothing is pending from the pupil', () => {
    expect(assess([pupilYes]).nextStep).toBe('askPupil');
    expect(assess([pupilYes, pupilContact]).nextStep).toBe('askParents');
    expect(assess([pupilYes, pupilContact]).blockers).toEqual(['CONSENT.GUARDIAN_MISSING']);
  });

  it('CON-1(i)(ii): ready to match when pupil and a verified guardian gave every purpose needed to match', () => {
    const assessment = assess(complete);
    expect(assessment).toMatchObject({ readyToMatch: true, nextStep: 'done', blockers: [] });
    expect(assessment.applicationOutcome).toBeUndefined();
    const mentoring = assessment.purposes[0];
    expect(mentoring?.givers).toEqual([
      { giver: 'pupil', state: 'given', legallyRequired: false, recordIds: [pupilYes.id], problems: [] },
      { giver: 'guardian', state: 'given', legallyRequired: true, recordIds: [motherYes.id], problems: [] },
    ]);
  });

  it('CON-1(ii)/CON-9: a guardian consent without a verified authority does not count', () => {
    const { authorityVerification: _omitted, ...unverified } = motherYes;
    const assessment = assess([pupilYes, pupilContact, unverified, motherContact]);
    expect(assessment.readyToMatch).toBe(false);
    expect(assessment.nextStep).toBe('askParents');
    expect(assessment.blockers).toEqual(['CONSENT.GUARDIAN_NOT_VERIFIED']);
  });

  describe('CON-3: a refusal means no match, and says why', () => {
    it('CON-3: the pupil refuses: cannot match, the application is closed', () => {
      const pupilNo = consent('pupil', 'mentoring', '2025-09-01', { decision: 'refused', status: 'refused' });
      const assessment = assess([pupilNo]);
      expect(assessment).toMatchObject({ readyToMatch: false, nextStep: 'cannotMatch', applicationOutcome: 'closedRefused' });
      expect(assessment.blockers).toContain('CONSENT.PUPIL_REFUSED');
    });

    it('CON-3: the parents refuse: cannot match, even though the pupil agreed', () => {
      const motherNo = consent('parentWithAuthority', 'mentoring', '2025-09-03', { decision: 'refused', status: 'refused' });
      const assessment = assess([pupilYes, pupilContact, motherNo, motherContact]);
      expect(assessment).toMatchObject({ nextStep: 'cannotMatch', applicationOutcome: 'closedRefused', blockers: ['CONSENT.GUARDIAN_REFUSED'] });
    });

    it("CON-3: one parent's refusal counts even when the other parent consented", () => {
      const fatherNo = consent('parentWithAuthority', 'mentoring', '2025-09-04', { giverPersonId: FATHER_ID, decision: 'refused', status: 'refused' });
      expect(assess([...complete, fatherNo]).nextStep).toBe('cannotMatch');
    });

    it('CON-3: a refused purpose needed to match other than MENTORING blocks but does not close the application', () => {
      const contactNo = consent('parentWithAuthority', 'shareContactDetails', '2025-09-03', { decision: 'refused', status: 'refused' });
      const assessment = assess([pupilYes, pupilContact, motherYes, contactNo]);
      expect(assessment.nextStep).toBe('cannotMatch');
      expect(assessment.applicationOutcome).toBeUndefined();
    });

    it("CON-3: a guardian's refusal blocks even where the programme asks only the pupil (16+)", () => {
      const onlyPupil: ConsentRequirements = { ...pupilRequirements, purposes: [{ purpose: 'mentoring', givers: ['pupil'], neededToMatch: true }] };
      const motherNo = consent('parentWithAuthority', 'mentoring', '2026-06-01', { decision: 'refused', status: 'refused' });
      const pupil16 = consent('pupil', 'mentoring', '2026-06-01');
      expect(assess([pupil16], onlyPupil, '2026-06-02').nextStep).toBe('done');
      expect(assess([pupil16, motherNo], onlyPupil, '2026-06-02').nextStep).toBe('cannotMatch');
    });
  });

  describe('CON-4: withdrawal blocks new matching', () => {
    it("CON-4: the pupil's withdrawal of mentoring: cannot match, and the blocker says withdrawn", () => {
      const assessment = assess([withdrawn(pupilYes, '2025-09-10'), pupilContact, motherYes, motherContact]);
      expect(assessment).toMatchObject({ readyToMatch: false, nextStep: 'cannotMatch', blockers: ['CONSENT.PUPIL_WITHDRAWN'] });
      expect(assessment.applicationOutcome).toBeUndefined();
    });

    it("CON-4: a guardian's withdrawal blocks too, even with the other parent's consent in place", () => {
      const fatherYes = consent('parentWithAuthority', 'mentoring', '2025-09-04', { giverPersonId: FATHER_ID });
      const assessment = assess([pupilYes, pupilContact, withdrawn(motherYes, '2025-09-10'), fatherYes, motherContact]);
      expect(assessment.nextStep).toBe('cannotMatch');
      expect(assessment.blockers).toEqual(['CONSENT.GUARDIAN_WITHDRAWN']);
    });

    it('CON-4: consent given again (superseding the withdrawn one) makes the pupil ready once more', () => {
      const was = withdrawn(pupilYes, '2025-09-10');
      const again = consent('pupil', 'mentoring', '2025-09-12', { supersedesConsentId: was.id });
      expect(assess([was, again, pupilContact, motherYes, motherContact]).readyToMatch).toBe(true);
    });
  });

  describe('CON-5: informing a relative is not consent', () => {
    it('CON-5: with a family notification and no guardian consent, the guardian stays pending and the pupil is not ready', () => {
      const assessment = assessConsent([pupilYes, pupilContact], [familyNotification], pupil, pupilRequirements, today);
      expect(assessment.familyInformed).toBe(true);
      expect(assessment.readyToMatch).toBe(false);
      expect(assessment.nextStep).toBe('askParents');
      expect(assessment.blockers).toEqual(['CONSENT.GUARDIAN_MISSING']);
    });
  });

  describe('CON-6: per purpose', () => {
    it('CON-6: refusing the optional questionnaires never changes MENTORING and never blocks', () => {
      const evaluationNo = consent('pupil', 'evaluation', '2025-09-01', { decision: 'refused', status: 'refused' });
      const assessment = assess([...complete, evaluationNo]);
      expect(assessment.readyToMatch).toBe(true);
      expect(assessment.purposes.find((purpose) => purpose.purpose === 'evaluation')?.state).toBe('refused');
      expect(assessment.purposes.find((purpose) => purpose.purpose === 'mentoring')?.state).toBe('given');
      expect(assessment.applicationOutcome).toBeUndefined();
    });

    it('CON-6: withdrawing the optional questionnaires never blocks either', () => {
      const evaluation = consent('pupil', 'evaluation', '2025-09-01');
      expect(assess([...complete, withdrawn(evaluation, '2025-09-10')]).readyToMatch).toBe(true);
    });

    it('CON-6: consent to MENTORING does not cover sharing contact details', () => {
      const assessment = assess([pupilYes, motherYes]);
      expect(assessment.readyToMatch).toBe(false);
      expect(assessment.purposes.find((purpose) => purpose.purpose === 'shareContactDetails')?.state).toBe('pending');
    });
  });

  describe("CON-8: the age rule (born 2010-05-15)", () => {
    const onlyPupil: ConsentRequirements = { ...pupilRequirements, purposes: [{ purpose: 'mentoring', givers: ['pupil'], neededToMatch: true }] };

    it("CON-8: at 15 (the day before the 16th birthday) a parent's consent is required by law, even if the programme asks only the pupil", () => {
      const pupilAgreed = consent('pupil', 'mentoring', '2026-05-01');
      const assessment = assess([pupilAgreed], onlyPupil, '2026-05-14');
      expect(assessment).toMatchObject({ subjectAge: 15, legalBasisGiver: 'guardian', readyToMatch: false, nextStep: 'askParents' });
      expect(assessment.purposes[0]?.givers[1]).toMatchObject({ giver: 'guardian', state: 'pending', legallyRequired: true });
    });

    it("CON-8: on the 16th birthday the pupil's own consent is the legal one; the guardian only where the programme asks", () => {
      const pupilAgreed = consent('pupil', 'mentoring', '2026-05-15');
      const assessment = assess([pupilAgreed], onlyPupil, '2026-05-15');
      expect(assessment).toMatchObject({ subjectAge: 16, legalBasisGiver: 'pupil', readyToMatch: true, nextStep: 'done' });
      expect(assessment.purposes[0]?.givers[1]).toMatchObject({ giver: 'guardian', state: 'pending', legallyRequired: false });
      const pupilContact16 = consent('pupil', 'shareContactDetails', '2026-05-15');
      expect(assess([pupilAgreed, pupilContact16], pupilRequirements, '2026-05-15').nextStep).toBe('askParents');
    });

    it('CON-8: a pupil who consented at 15 is asked to confirm on the 16th birthday, not before; it does not block', () => {
      expect(assess(complete, pupilRequirements, '2026-05-14').reconfirmation).toEqual({ dueOn: '2026-05-15', due: false });
      const on16 = assess(complete, pupilRequirements, '2026-05-15');
      expect(on16.reconfirmation).toEqual({ dueOn: '2026-05-15', due: true });
      expect(on16.readyToMatch).toBe(true);
    });

    it('CON-8: the pupil confirming MENTORING on or after the 16th birthday ends the task', () => {
      const confirmed = consent('pupil', 'mentoring', '2026-05-20', { supersedesConsentId: pupilYes.id });
      expect(assess([...complete, confirmed], pupilRequirements, '2026-05-21').reconfirmation).toEqual({ dueOn: '2026-05-15', due: false });
    });

    it('CON-8: a pupil who first consented at 16 has nothing to re-confirm', () => {
      expect(assess([consent('pupil', 'mentoring', '2026-06-01')], pupilRequirements, '2026-06-01').reconfirmation).toBeUndefined();
    });
  });

  it("an adult mentee (Parent'R'US) consents for themselves: no pupil, no parents, no age rule", () => {
    const parentMentee: ConsentRequirements = {
      ...pupilRequirements,
      purposes: [
        { purpose: 'mentoring', givers: ['mentee'], neededToMatch: true },
        { purpose: 'evaluation', givers: ['mentee'], neededToMatch: false },
      ],
    };
    const mentee = { birthDate: '1990-01-01' };
    const menteeYes = consent('adultMentee', 'mentoring', '2025-09-01', { notice: { versionId: 'adult-1', contentHash: 'h', language: 'nl', childFriendly: false } });
    expect(assessConsent([], [], mentee, parentMentee, today)).toMatchObject({ nextStep: 'askMentee', blockers: ['CONSENT.MENTEE_MISSING'] });
    const ready = assessConsent([menteeYes], [], mentee, parentMentee, today);
    expect(ready).toMatchObject({ readyToMatch: true, nextStep: 'done', legalBasisGiver: 'mentee' });
    expect(ready.reconfirmation).toBeUndefined();
  });

  it('a programme that asks no consent (legal mentorship: a court order) is ready at once', () => {
    const none: ConsentRequirements = { ...pupilRequirements, purposes: [] };
    expect(assessConsent([], [], { birthDate: '1940-03-01' }, none, today)).toMatchObject({ readyToMatch: true, nextStep: 'done', legalBasisGiver: 'mentee' });
  });

  it('superseded records do not count: the newest record of a giver decides', () => {
    const pupilNo = consent('pupil', 'evaluation', '2025-09-01', { decision: 'refused', status: 'refused' });
    const pupilYesLater = consent('pupil', 'evaluation', '2025-09-05', { supersedesConsentId: pupilNo.id });
    const evaluation = assess([...complete, pupilNo, pupilYesLater]).purposes.find((purpose) => purpose.purpose === 'evaluation');
    expect(evaluation?.givers[0]).toMatchObject({ state: 'given', recordIds: [pupilYesLater.id] });
  });
});

describe('the README example', () => {
  it('holds: with the pupil agreed to everything, the parents are asked next', () => {
    const { consent: requirements } = programmeSettingsFromTemplate('thuisschoolmaatje');
    const records = [pupilYes, pupilContact, consent('pupil', 'shareWithSchool', '2025-09-01')];
    const assessment = assessConsent(records, [], { birthDate: '2010-05-15' }, requirements, '2025-09-15');
    expect(assessment.nextStep).toBe('askParents');
    expect(assessment.blockers).toEqual(['CONSENT.GUARDIAN_MISSING']);
  });
});
