import { describe, expect, it } from 'vitest';
import { agreedHome, callMentoring, contractedHome, homeMentoring, ok, proposal, scheduledHome, TODAY } from './fixtures.js';
import { activateMatch } from './activation.js';
import { con1Holds } from './fixtures.js';
import { declineMatch } from './closing.js';
import { matchStage } from './stage.js';
import { agreeWeeklyTime, recordAgreement, recordContractSignature, recordIntroduction, recordWarmHandover } from './steps.js';
import type { ContractSignature, MatchIntroduction, WeeklyTime } from './types.js';

const conversation: MatchIntroduction = { heldOn: '2025-09-05', attendees: ['Ans', 'Sara', 'Fatima'], organisationRepresentative: 'Bea' };
const signature = (overrides: Partial<ContractSignature> = {}): ContractSignature => ({
  signer: 'pupil',
  signedBy: 'Sara',
  signedOn: '2025-09-10',
  textVersion: 'contract-2025',
  ...overrides,
});
const tuesdayEvening: WeeklyTime = { slots: [{ weekday: 'tuesday', time: '19:00' }], format: 'faceToFace', place: 'at home', agreedOn: '2025-09-12' };

describe("recordIntroduction (School's cool: the matching conversation)", () => {
  it("School's cool: the matching conversation with volunteer and family, someone of School's cool present, makes the match introduced", () => {
    const match = ok(recordIntroduction(proposal(), conversation, homeMentoring, TODAY));
    expect(match.introduction).toEqual(conversation);
    expect(matchStage(match)).toBe('introduced');
  });

  it("MATCH.REPRESENTATIVE_REQUIRED: \"Bij dat gesprek is iemand van School's cool aanwezig\"", () => {
    for (const organisationRepresentative of [null, '  ']) {
      expect(recordIntroduction(proposal(), { ...conversation, organisationRepresentative }, homeMentoring, TODAY)).toEqual({
        ok: false,
        code: 'MATCH.REPRESENTATIVE_REQUIRED',
        field: 'organisationRepresentative',
      });
    }
  });

  it('a programme that does not require a representative records the conversation without one', () => {
    const match = ok(recordIntroduction(proposal(), { ...conversation, organisationRepresentative: ' ' }, callMentoring, TODAY));
    expect(match.introduction?.organisationRepresentative).toBeNull();
  });

  it('MATCH.ATTENDEES_REQUIRED: who attended is recorded; blank names are dropped', () => {
    expect(recordIntroduction(proposal(), { ...conversation, attendees: [' ', ''] }, homeMentoring, TODAY)).toEqual({
      ok: false,
      code: 'MATCH.ATTENDEES_REQUIRED',
      field: 'attendees',
    });
    expect(ok(recordIntroduction(proposal(), { ...conversation, attendees: [' Ans ', ''] }, homeMentoring, TODAY)).introduction?.attendees).toEqual(['Ans']);
  });

  it('held on or after the proposal, not in the future, on a real date', () => {
    const at = (heldOn: string) => recordIntroduction(proposal(), { ...conversation, heldOn }, homeMentoring, TODAY);
    expect(at('2025-08-31')).toEqual({ ok: false, code: 'MATCH.DATE_BEFORE_PREVIOUS_STEP', field: 'heldOn' });
    expect(at('2025-10-02')).toEqual({ ok: false, code: 'MATCH.DATE_IN_FUTURE', field: 'heldOn' });
    expect(at('5-9-2025')).toEqual({ ok: false, code: 'MATCH.DATE_INVALID', field: 'heldOn' });
    expect(at('2025-09-01').ok).toBe(true);
  });

  it('MATCH.WRONG_STAGE: once, and only before either side agreed', () => {
    const introduced = ok(recordIntroduction(proposal(), conversation, homeMentoring, TODAY));
    expect(recordIntroduction(introduced, conversation, homeMentoring, TODAY)).toEqual({ ok: false, code: 'MATCH.WRONG_STAGE', field: 'introduction' });
    const volunteerAgreed = ok(recordAgreement(proposal(), { side: 'volunteer', agreedOn: '2025-09-02' }, callMentoring, TODAY));
    expect(recordIntroduction(volunteerAgreed, conversation, callMentoring, TODAY).ok).toBe(false);
  });
});

describe('recordAgreement ("Als van beide kanten ingestemd wordt")', () => {
  it("School's cool: both sides agree after the conversation, each with its own date; then the match is agreed", () => {
    const introduced = ok(recordIntroduction(proposal(), conversation, homeMentoring, TODAY));
    const volunteer = ok(recordAgreement(introduced, { side: 'volunteer', agreedOn: '2025-09-06' }, homeMentoring, TODAY));
    expect(matchStage(volunteer)).toBe('introduced');
    const both = ok(recordAgreement(volunteer, { side: 'family', agreedOn: '2025-09-08' }, homeMentoring, TODAY));
    expect(both.agreements).toEqual({ volunteer: '2025-09-06', family: '2025-09-08' });
    expect(matchStage(both)).toBe('agreed');
  });

  it("School's cool: no agreement before the matching conversation (MATCH.WRONG_STAGE on introduction)", () => {
    expect(recordAgreement(proposal(), { side: 'family', agreedOn: '2025-09-02' }, homeMentoring, TODAY)).toEqual({
      ok: false,
      code: 'MATCH.WRONG_STAGE',
      field: 'introduction',
    });
  });

  it('Thuisschoolmaatje: without a matching conversation the sides agree straight after the proposal', () => {
    expect(ok(recordAgreement(proposal(), { side: 'family', agreedOn: '2025-09-01' }, callMentoring, TODAY)).agreements.family).toBe('2025-09-01');
  });

  it('each side once; not on an agreed or closed match (MATCH.WRONG_STAGE on side)', () => {
    const volunteer = ok(recordAgreement(proposal(), { side: 'volunteer', agreedOn: '2025-09-02' }, callMentoring, TODAY));
    expect(recordAgreement(volunteer, { side: 'volunteer', agreedOn: '2025-09-03' }, callMentoring, TODAY)).toEqual({
      ok: false,
      code: 'MATCH.WRONG_STAGE',
      field: 'side',
    });
    expect(recordAgreement(agreedHome(), { side: 'family', agreedOn: '2025-09-09' }, homeMentoring, TODAY).ok).toBe(false);
    const declined = ok(declineMatch(proposal(), { by: 'family', reason: 'not now', on: '2025-09-02' }, TODAY)).match;
    expect(recordAgreement(declined, { side: 'family', agreedOn: '2025-09-03' }, callMentoring, TODAY).ok).toBe(false);
  });

  it('MATCH.DATE_BEFORE_PREVIOUS_STEP: not before the matching conversation; MATCH.DATE_IN_FUTURE', () => {
    const introduced = ok(recordIntroduction(proposal(), conversation, homeMentoring, TODAY));
    expect(recordAgreement(introduced, { side: 'family', agreedOn: '2025-09-04' }, homeMentoring, TODAY)).toEqual({
      ok: false,
      code: 'MATCH.DATE_BEFORE_PREVIOUS_STEP',
      field: 'agreedOn',
    });
    expect(recordAgreement(introduced, { side: 'family', agreedOn: '2025-10-02' }, homeMentoring, TODAY)?.ok).toBe(false);
    expect(recordAgreement(introduced, { side: 'family', agreedOn: '2025-09-05' }, homeMentoring, TODAY).ok).toBe(true);
  });
});

describe("recordContractSignature (School's cool: \"tekenen scholier, ouders en thuismentor een contract\")", () => {
  it("School's cool: the contract is complete when pupil, a parent and the volunteer signed; the last signature's day is kept", () => {
    let match = agreedHome();
    match = ok(recordContractSignature(match, signature(), homeMentoring, TODAY));
    match = ok(recordContractSignature(match, signature({ signer: 'parent', signedBy: 'Fatima', signedOn: '2025-09-12' }), homeMentoring, TODAY));
    expect(matchStage(match)).toBe('agreed');
    expect(match.contractCompletedOn).toBeUndefined();
    match = ok(recordContractSignature(match, signature({ signer: 'volunteer', signedBy: 'Ans', signedOn: '2025-09-11' }), homeMentoring, TODAY));
    expect(matchStage(match)).toBe('contracted');
    expect(match.contractCompletedOn).toBe('2025-09-12');
    expect(match.signatures.map((s) => s.signer)).toEqual(['pupil', 'parent', 'volunteer']);
  });

  it('both parents may sign, each once; the pupil and the volunteer sign once (MATCH.ALREADY_SIGNED)', () => {
    const contracted = contractedHome();
    const father = ok(recordContractSignature(contracted, signature({ signer: 'parent', signedBy: 'Karim', signedOn: '2025-09-12' }), homeMentoring, TODAY));
    expect(father.signatures.filter((s) => s.signer === 'parent')).toHaveLength(2);
    expect(father.contractCompletedOn).toBe('2025-09-11');
    expect(recordContractSignature(father, signature({ signer: 'parent', signedBy: ' Karim ' }), homeMentoring, TODAY)).toEqual({
      ok: false,
      code: 'MATCH.ALREADY_SIGNED',
      field: 'signer',
    });
    expect(recordContractSignature(contracted, signature({ signedBy: 'Sara again' }), homeMentoring, TODAY)).toMatchObject({ ok: false, code: 'MATCH.ALREADY_SIGNED' });
  });

  it("School's cool: no signature before both sides agreed (MATCH.WRONG_STAGE)", () => {
    const introduced = ok(recordIntroduction(proposal(), conversation, homeMentoring, TODAY));
    expect(recordContractSignature(introduced, signature(), homeMentoring, TODAY)).toEqual({ ok: false, code: 'MATCH.WRONG_STAGE', field: 'signer' });
  });

  it('MATCH.SIGNER_NOT_REQUIRED: only the signers the programme lists sign (Thuisschoolmaatje has no contract)', () => {
    expect(recordContractSignature(agreedHome(), signature({ signer: 'mentee' }), homeMentoring, TODAY)).toEqual({
      ok: false,
      code: 'MATCH.SIGNER_NOT_REQUIRED',
      field: 'signer',
    });
    expect(recordContractSignature(agreedHome(callMentoring), signature(), callMentoring, TODAY)).toMatchObject({ ok: false, code: 'MATCH.SIGNER_NOT_REQUIRED' });
  });

  it('MATCH.PERSON_REQUIRED: who signed is named', () => {
    expect(recordContractSignature(agreedHome(), signature({ signedBy: ' ' }), homeMentoring, TODAY)).toEqual({
      ok: false,
      code: 'MATCH.PERSON_REQUIRED',
      field: 'signedBy',
    });
  });

  it('MATCH.CONTRACT_VERSION_REQUIRED and MATCH.CONTRACT_VERSION_DIFFERS: everyone signs the same contract text', () => {
    expect(recordContractSignature(agreedHome(), signature({ textVersion: '' }), homeMentoring, TODAY)).toEqual({
      ok: false,
      code: 'MATCH.CONTRACT_VERSION_REQUIRED',
      field: 'textVersion',
    });
    const pupilSigned = ok(recordContractSignature(agreedHome(), signature(), homeMentoring, TODAY));
    expect(recordContractSignature(pupilSigned, signature({ signer: 'volunteer', signedBy: 'Ans', textVersion: 'contract-2026' }), homeMentoring, TODAY)).toEqual({
      ok: false,
      code: 'MATCH.CONTRACT_VERSION_DIFFERS',
      field: 'textVersion',
    });
  });

  it('MATCH.DATE_BEFORE_PREVIOUS_STEP: signed on or after both agreements; MATCH.DATE_IN_FUTURE', () => {
    expect(recordContractSignature(agreedHome(), signature({ signedOn: '2025-09-07' }), homeMentoring, TODAY)).toEqual({
      ok: false,
      code: 'MATCH.DATE_BEFORE_PREVIOUS_STEP',
      field: 'signedOn',
    });
    expect(recordContractSignature(agreedHome(), signature({ signedOn: '2025-10-02' }), homeMentoring, TODAY)).toMatchObject({ ok: false, code: 'MATCH.DATE_IN_FUTURE' });
  });
});

describe('agreeWeeklyTime ("Daarna wordt een geschikt tijdstip in de week overeengekomen")', () => {
  it("School's cool: the contract is signed by pupil, parents and volunteer before the weekly time is agreed", () => {
    expect(agreeWeeklyTime(agreedHome(), tuesdayEvening, homeMentoring, TODAY)).toEqual({ ok: false, code: 'MATCH.SIGNATURES_MISSING', field: 'signatures' });
    const twoSigned = ok(recordContractSignature(agreedHome(), signature(), homeMentoring, TODAY));
    expect(agreeWeeklyTime(twoSigned, tuesdayEvening, homeMentoring, TODAY)).toMatchObject({ ok: false, code: 'MATCH.SIGNATURES_MISSING' });
    const scheduled = ok(agreeWeeklyTime(contractedHome(), tuesdayEvening, homeMentoring, TODAY));
    expect(scheduled.weeklyTime).toEqual(tuesdayEvening);
    expect(matchStage(scheduled)).toBe('scheduled');
  });

  it('Thuisschoolmaatje: three calls a week, agreed without a contract', () => {
    const calls: WeeklyTime = {
      slots: [{ weekday: 'monday', time: '10:00' }, { weekday: 'wednesday', time: '10:00' }, { weekday: 'friday', time: '14:30' }],
      format: 'video',
      agreedOn: '2025-09-12',
    };
    const scheduled = ok(agreeWeeklyTime(agreedHome(callMentoring), calls, callMentoring, TODAY));
    expect(scheduled.weeklyTime?.slots).toHaveLength(3);
    expect(scheduled.weeklyTime).not.toHaveProperty('place');
  });

  it('MATCH.TIME_INVALID: at least one slot, a weekday and an HH:MM time each, none twice', () => {
    const refusal = { ok: false, code: 'MATCH.TIME_INVALID', field: 'slots' };
    const withSlots = (slots: WeeklyTime['slots']) => agreeWeeklyTime(contractedHome(), { ...tuesdayEvening, slots }, homeMentoring, TODAY);
    expect(withSlots([])).toEqual(refusal);
    expect(withSlots([{ weekday: 'tuesday', time: '24:00' }])).toEqual(refusal);
    expect(withSlots([{ weekday: 'tuesday', time: '7:00' }])).toEqual(refusal);
    expect(withSlots([{ weekday: 'dinsdag' as 'tuesday', time: '19:00' }])).toEqual(refusal);
    expect(withSlots([{ weekday: 'tuesday', time: '19:00' }, { weekday: 'tuesday', time: '19:00' }])).toEqual(refusal);
    expect(withSlots([{ weekday: 'sunday', time: '23:59' }]).ok).toBe(true);
  });

  it('MATCH.WRONG_STAGE: after the agreements, and once', () => {
    const introduced = ok(recordIntroduction(proposal(), conversation, homeMentoring, TODAY));
    expect(agreeWeeklyTime(introduced, tuesdayEvening, homeMentoring, TODAY)).toEqual({ ok: false, code: 'MATCH.WRONG_STAGE', field: 'weeklyTime' });
    expect(agreeWeeklyTime(scheduledHome(), tuesdayEvening, homeMentoring, TODAY)).toMatchObject({ ok: false, code: 'MATCH.WRONG_STAGE' });
  });

  it('MATCH.DATE_BEFORE_PREVIOUS_STEP: agreed on or after the last signature', () => {
    expect(agreeWeeklyTime(contractedHome(), { ...tuesdayEvening, agreedOn: '2025-09-10' }, homeMentoring, TODAY)).toEqual({
      ok: false,
      code: 'MATCH.DATE_BEFORE_PREVIOUS_STEP',
      field: 'agreedOn',
    });
  });
});

describe('recordWarmHandover (Thuisschoolmaatje step 5)', () => {
  it('Thuisschoolmaatje step 5: the school mentor calls the volunteer before the start; recorded with date and who', () => {
    const match = ok(recordWarmHandover(proposal(), { heldOn: '2025-09-03', by: ' Mr de Vries ' }, TODAY));
    expect(match.warmHandover).toEqual({ heldOn: '2025-09-03', by: 'Mr de Vries' });
  });

  it('MATCH.PERSON_REQUIRED on by; dates after the proposal, not in the future', () => {
    expect(recordWarmHandover(proposal(), { heldOn: '2025-09-03', by: '' }, TODAY)).toEqual({ ok: false, code: 'MATCH.PERSON_REQUIRED', field: 'by' });
    expect(recordWarmHandover(proposal(), { heldOn: '2025-08-30', by: 'Mr de Vries' }, TODAY)).toMatchObject({ ok: false, code: 'MATCH.DATE_BEFORE_PREVIOUS_STEP' });
    expect(recordWarmHandover(proposal(), { heldOn: '2025-10-05', by: 'Mr de Vries' }, TODAY)).toMatchObject({ ok: false, code: 'MATCH.DATE_IN_FUTURE' });
  });

  it('MATCH.WRONG_STAGE: once, and not after the start ("Voordat de ondersteuning van start gaat")', () => {
    const handedOver = ok(recordWarmHandover(proposal(), { heldOn: '2025-09-03', by: 'Mr de Vries' }, TODAY));
    expect(recordWarmHandover(handedOver, { heldOn: '2025-09-04', by: 'Mr de Vries' }, TODAY)).toEqual({
      ok: false,
      code: 'MATCH.WRONG_STAGE',
      field: 'warmHandover',
    });
    const active = ok(activateMatch(scheduledHome(), con1Holds, homeMentoring, TODAY));
    expect(recordWarmHandover(active, { heldOn: TODAY, by: 'Mr de Vries' }, TODAY)).toMatchObject({ ok: false, code: 'MATCH.WRONG_STAGE' });
  });
});
