import { describe, expect, it } from 'vitest';
import { activateMatch, confirmMatch } from './activation.js';
import { agreedHome, appointed, callMentoring, con1Holds, contractedHome, homeMentoring, ok, proposal, scheduledHome, TODAY } from './fixtures.js';
import { matchLifecycleSettingsFor } from './settings.js';
import { isOpen, matchStage, nextStepCode, nextStepsOf } from './stage.js';
import { recordAgreement, recordContractSignature, recordIntroduction } from './steps.js';

describe('matchStage', () => {
  it("School's cool: proposed → introduced → agreed → contracted → scheduled → active, in the seed's order", () => {
    const introduced = ok(recordIntroduction(proposal(), { heldOn: '2025-09-05', attendees: ['Ans'], organisationRepresentative: 'Bea' }, homeMentoring, TODAY));
    const stages = [proposal(), introduced, agreedHome(), contractedHome(), scheduledHome(), ok(activateMatch(scheduledHome(), con1Holds, homeMentoring, TODAY))].map(matchStage);
    expect(stages).toEqual(['proposed', 'introduced', 'agreed', 'contracted', 'scheduled', 'active']);
  });

  it('isOpen: every stage but declined and ended', () => {
    expect(isOpen(proposal())).toBe(true);
    expect(isOpen(proposal({ decline: { by: 'family', reason: 'no', on: '2025-09-02' } }))).toBe(false);
    expect(isOpen(proposal({ startedOn: '2025-09-02', end: { on: '2025-09-30', reason: 'moved' } }))).toBe(false);
  });
});

describe('nextStepsOf (the coordinator\'s checklist)', () => {
  it("School's cool: conversation, both agreements, three signatures, weekly time, then activation", () => {
    expect(nextStepsOf(proposal(), homeMentoring)).toEqual([
      { step: 'introduction' },
      { step: 'agreement', side: 'volunteer' },
      { step: 'agreement', side: 'family' },
      { step: 'signature', signer: 'pupil' },
      { step: 'signature', signer: 'parent' },
      { step: 'signature', signer: 'volunteer' },
      { step: 'weeklyTime' },
      { step: 'activation' },
    ]);
  });

  it('the checklist shrinks as steps are recorded', () => {
    const parentSigned = ok(recordContractSignature(agreedHome(), { signer: 'parent', signedBy: 'Fatima', signedOn: '2025-09-10', textVersion: 'c' }, homeMentoring, TODAY));
    expect(nextStepsOf(parentSigned, homeMentoring)).toEqual([
      { step: 'signature', signer: 'pupil' },
      { step: 'signature', signer: 'volunteer' },
      { step: 'weeklyTime' },
      { step: 'activation' },
    ]);
    expect(nextStepsOf(scheduledHome(), homeMentoring)).toEqual([{ step: 'activation' }]);
  });

  it('Thuisschoolmaatje: agreements, weekly time and the warm handover; no conversation, no contract', () => {
    const volunteer = ok(recordAgreement(proposal(), { side: 'volunteer', agreedOn: '2025-09-02' }, callMentoring, TODAY));
    expect(nextStepsOf(volunteer, matchLifecycleSettingsFor('thuisschoolmaatje'))).toEqual([
      { step: 'agreement', side: 'family' },
      { step: 'weeklyTime' },
      { step: 'warmHandover' },
      { step: 'activation' },
    ]);
  });

  it("Parent'R'US: the presentation, agreements, the agreement signed by the parent mentee and the mentor, the weekly time", () => {
    expect(nextStepsOf(proposal(), matchLifecycleSettingsFor('parentRus'))).toEqual([
      { step: 'introduction' },
      { step: 'agreement', side: 'volunteer' },
      { step: 'agreement', side: 'family' },
      { step: 'signature', signer: 'mentee' },
      { step: 'signature', signer: 'volunteer' },
      { step: 'weeklyTime' },
      { step: 'activation' },
    ]);
  });

  it("Parent'R'US 3.3.3: while active, the confirmation from the end of the getting-to-know period; nothing once confirmed", () => {
    const active = ok(activateMatch(scheduledHome(), con1Holds, homeMentoring, TODAY));
    expect(nextStepsOf(active, homeMentoring)).toEqual([{ step: 'confirmation', from: '2025-11-12' }]);
    const confirmed = ok(confirmMatch(active, { confirmedOn: '2025-11-12', by: 'Bea' }, '2025-11-12'));
    expect(nextStepsOf(confirmed, homeMentoring)).toEqual([]);
  });

  it('nothing for a declined or ended match; only activation when the programme needs no step (court appointment)', () => {
    expect(nextStepsOf(proposal({ decline: { by: 'family', reason: 'no', on: '2025-09-02' } }), homeMentoring)).toEqual([]);
    expect(nextStepsOf(proposal({ agreements: { volunteer: '2025-09-02', family: '2025-09-02' } }), appointed)).toEqual([{ step: 'activation' }]);
  });
});

describe('nextStepCode', () => {
  it("School's cool: the checklist as MATCH.NEXT.* codes the app translates", () => {
    expect(nextStepsOf(proposal(), homeMentoring).map(nextStepCode)).toEqual([
      'MATCH.NEXT.INTRODUCTION',
      'MATCH.NEXT.AGREEMENT_VOLUNTEER',
      'MATCH.NEXT.AGREEMENT_FAMILY',
      'MATCH.NEXT.SIGNATURE_PUPIL',
      'MATCH.NEXT.SIGNATURE_PARENT',
      'MATCH.NEXT.SIGNATURE_VOLUNTEER',
      'MATCH.NEXT.WEEKLY_TIME',
      'MATCH.NEXT.ACTIVATION',
    ]);
    expect(nextStepCode({ step: 'warmHandover' })).toBe('MATCH.NEXT.WARM_HANDOVER');
    expect(nextStepCode({ step: 'confirmation', from: '2025-11-12' })).toBe('MATCH.NEXT.CONFIRMATION');
    expect(nextStepCode({ step: 'signature', signer: 'mentee' })).toBe('MATCH.NEXT.SIGNATURE_MENTEE');
  });
});
