import { describe, expect, it } from 'vitest';
import { PROGRAMME_TEMPLATE_KEYS, PROGRAMME_TEMPLATES } from '../programme/templates.js';
import { MATCH_LIFECYCLE_TEMPLATES, matchLifecycleSettingsFor, validateMatchLifecycleSettings } from './settings.js';

describe('matchLifecycleSettingsFor', () => {
  it("School's cool: a matching conversation with someone of School's cool present, a contract signed by pupil, parents and volunteer, a weekly time", () => {
    expect(matchLifecycleSettingsFor('schoolsCool')).toEqual({
      requireIntroduction: true,
      organisationRepresentativeRequired: true,
      contractSigners: ['pupil', 'parent', 'volunteer'],
      requireWeeklyTime: true,
      requireWarmHandover: false,
      gettingToKnowWeeks: 6,
    });
  });

  it('Thuisschoolmaatje step 5: the warm handover is required; the seed has no matching conversation and no contract', () => {
    expect(matchLifecycleSettingsFor('thuisschoolmaatje')).toEqual({
      requireIntroduction: false,
      organisationRepresentativeRequired: false,
      contractSigners: [],
      requireWeeklyTime: true,
      requireWarmHandover: true,
      gettingToKnowWeeks: 2,
    });
  });

  it("Parent'R'US 3.3.3: a first presentation led by the mentor manager, an agreement beforehand (3.1.8), a getting-to-know period of a few weeks", () => {
    const settings = matchLifecycleSettingsFor('parentRus');
    expect(settings.requireIntroduction && settings.organisationRepresentativeRequired).toBe(true);
    expect(settings.contractSigners).toEqual(['mentee', 'volunteer']);
    expect(settings.gettingToKnowWeeks).toBe(6);
    expect(settings.requireWarmHandover).toBe(false);
  });

  it('Legal mentorship: the court appoints the mentor, so no conversation, contract, weekly time or confirmation', () => {
    expect(matchLifecycleSettingsFor('legalMentorship')).toEqual({
      requireIntroduction: false,
      organisationRepresentativeRequired: false,
      contractSigners: [],
      requireWeeklyTime: false,
      requireWarmHandover: false,
      gettingToKnowWeeks: 0,
    });
  });

  it('every template has settings that pass validation for its own kind of mentee', () => {
    for (const key of PROGRAMME_TEMPLATE_KEYS) {
      expect(validateMatchLifecycleSettings(matchLifecycleSettingsFor(key), PROGRAMME_TEMPLATES[key].mentee), key).toEqual([]);
    }
  });

  it('returns a copy a programme may adjust without changing the template', () => {
    const settings = matchLifecycleSettingsFor('schoolsCool');
    (settings.contractSigners as string[]).push('mentee');
    expect(MATCH_LIFECYCLE_TEMPLATES.schoolsCool.contractSigners).toEqual(['pupil', 'parent', 'volunteer']);
    expect(Object.isFrozen(MATCH_LIFECYCLE_TEMPLATES.schoolsCool.contractSigners)).toBe(true);
  });
});

describe('validateMatchLifecycleSettings', () => {
  const base = matchLifecycleSettingsFor('schoolsCool');

  it('the getting-to-know period is whole weeks, not negative', () => {
    for (const gettingToKnowWeeks of [-1, 1.5, Number.NaN]) {
      expect(validateMatchLifecycleSettings({ ...base, gettingToKnowWeeks }, 'pupil')).toEqual([
        { ok: false, code: 'MATCH.SETTINGS_INVALID', field: 'gettingToKnowWeeks' },
      ]);
    }
    expect(validateMatchLifecycleSettings({ ...base, gettingToKnowWeeks: 0 }, 'pupil')).toEqual([]);
  });

  it('each contract signer once', () => {
    expect(validateMatchLifecycleSettings({ ...base, contractSigners: ['pupil', 'pupil'] }, 'pupil')).toEqual([
      { ok: false, code: 'MATCH.SETTINGS_INVALID', field: 'contractSigners' },
    ]);
  });

  it("only signers the programme has: no 'mentee' for a pupil, no pupil or parent where the parent is the mentee", () => {
    const refusal = { ok: false, code: 'MATCH.SIGNER_NOT_IN_PROGRAMME', field: 'contractSigners' };
    expect(validateMatchLifecycleSettings({ ...base, contractSigners: ['mentee', 'volunteer'] }, 'pupil')).toEqual([refusal]);
    expect(validateMatchLifecycleSettings({ ...base, contractSigners: ['pupil', 'volunteer'] }, 'parent')).toEqual([refusal]);
    expect(validateMatchLifecycleSettings({ ...base, contractSigners: ['parent'] }, 'adult')).toEqual([refusal]);
  });
});
