import { describe, expect, it } from 'vitest';
import { SCREENING_STEPS } from '../screening/types.js';
import { PROGRAMME_TEMPLATE_KEYS, PROGRAMME_TEMPLATES, defaultScreeningPolicy } from './templates.js';

describe('PROGRAMME_TEMPLATES', () => {
  it('holds the four programme kinds of the seeds, each under its own key', () => {
    expect(Object.keys(PROGRAMME_TEMPLATES).sort()).toEqual([...PROGRAMME_TEMPLATE_KEYS].sort());
    for (const key of PROGRAMME_TEMPLATE_KEYS) expect(PROGRAMME_TEMPLATES[key].key).toBe(key);
  });

  it('names who is mentored', () => {
    expect(PROGRAMME_TEMPLATES.schoolsCool.mentee).toBe('pupil');
    expect(PROGRAMME_TEMPLATES.thuisschoolmaatje.mentee).toBe('pupil');
    expect(PROGRAMME_TEMPLATES.parentRus.mentee).toBe('parent');
    expect(PROGRAMME_TEMPLATES.legalMentorship.mentee).toBe('adult');
  });

  it('SCR-1: School\'s cool requires every step, with at least two references', () => {
    const policy = PROGRAMME_TEMPLATES.schoolsCool.screening;
    for (const step of SCREENING_STEPS) expect(policy.steps[step]).toBe('required');
    expect(policy.minReferenceChecks).toBe(2);
  });

  it('SCR-1: Thuisschoolmaatje waives the VOG (seed: for speed) but requires the digital training', () => {
    const policy = PROGRAMME_TEMPLATES.thuisschoolmaatje.screening;
    expect(policy.steps.vog).toBe('waived');
    expect(policy.steps.training).toBe('required');
    expect(policy.steps.intakeInterview).toBe('required');
  });

  it('SCR-1: Parent\'R\'US requires training and a VOG, and starts with a self-assessment', () => {
    const template = PROGRAMME_TEMPLATES.parentRus;
    expect(template.screening.steps.training).toBe('required');
    expect(template.screening.steps.vog).toBe('required');
    expect(template.screening.steps.intakeInterview).toBe('waived');
    expect(template.selfAssessmentBeforeTraining).toBe(true);
  });

  it('SCR-3: legal mentorship of adults asks for aspect 85 instead of 84', () => {
    expect(PROGRAMME_TEMPLATES.legalMentorship.screening.requiredVogAspects).toEqual(['85']);
    expect(PROGRAMME_TEMPLATES.schoolsCool.screening.requiredVogAspects).toEqual(['84']);
  });

  it('SCR-2/4/6: the reference\'s [D] numbers are the defaults', () => {
    expect(defaultScreeningPolicy('schoolsCool')).toMatchObject({
      maxVogAgeMonths: 3,
      requiredVogAspects: ['84'],
      rescreeningIntervalMonths: 36,
      renewalReminderDays: 60,
      codeOfConductVersion: '2025-1',
      codeOfConductReacceptDays: 30,
      codeOfConductVersionSince: '2025-01-01',
    });
  });

  it('defaultScreeningPolicy returns the template\'s policy', () => {
    for (const key of PROGRAMME_TEMPLATE_KEYS) expect(defaultScreeningPolicy(key)).toBe(PROGRAMME_TEMPLATES[key].screening);
  });

  it('templates are read-only: a programme copies a policy, it cannot change the template', () => {
    const policy = defaultScreeningPolicy('schoolsCool');
    expect(Object.isFrozen(policy)).toBe(true);
    expect(Object.isFrozen(policy.steps)).toBe(true);
    expect(Object.isFrozen(policy.requiredVogAspects)).toBe(true);
    expect(Object.isFrozen(PROGRAMME_TEMPLATES.schoolsCool)).toBe(true);
  });
});
