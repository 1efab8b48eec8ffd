import { describe, expect, it } from 'vitest';
import { defaultScreeningPolicy } from '../programme/index.js';
import type { ScreeningPolicy, VogRegistration } from './types.js';
import { checkVogRegistration, missingVogAspects, vogIssuedRecentEnough, vogRenewalDue, vogRenewalReminderOn } from './vog.js';

const policy: ScreeningPolicy = defaultScreeningPolicy('schoolsCool');

const provided: VogRegistration = {
  seenBy: 'Ans',
  seenOn: '2025-04-01',
  issueDate: '2025-03-20',
  screeningAspects: ['84'],
  result: 'provided',
};

describe('checkVogRegistration', () => {
  it('accepts a recent VOG with functieaspect 84', () => {
    expect(checkVogRegistration(provided, policy)).toBeNull();
  });

  it('SCR-2: a VOG issued more than 3 months before it was seen is rejected', () => {
    expect(checkVogRegistration({ ...provided, issueDate: '2024-12-31' }, policy)).toEqual({
      ok: false,
      code: 'SCREENING.VOG_TOO_OLD',
      field: 'issueDate',
    });
  });

  it('SCR-2: a VOG issued exactly 3 months before it was seen is accepted', () => {
    expect(checkVogRegistration({ ...provided, issueDate: '2025-01-01' }, policy)).toBeNull();
  });

  it('SCR-2: the limit counts back from the day seen and clamps at month ends (seen 31 May: 28 Feb is the oldest)', () => {
    const seenOn = '2025-05-31';
    expect(vogIssuedRecentEnough({ ...provided, seenOn, issueDate: '2025-02-28' }, policy)).toBe(true);
    expect(vogIssuedRecentEnough({ ...provided, seenOn, issueDate: '2025-02-27' }, policy)).toBe(false);
  });

  it('SCR-2: the maximum age is a programme setting (kinderopvang uses 2 months)', () => {
    const twoMonths: ScreeningPolicy = { ...policy, maxVogAgeMonths: 2 };
    expect(checkVogRegistration({ ...provided, issueDate: '2025-01-15' }, twoMonths)?.code).toBe('SCREENING.VOG_TOO_OLD');
    expect(checkVogRegistration({ ...provided, issueDate: '2025-02-01' }, twoMonths)).toBeNull();
  });

  it('SCR-2: a VOG cannot have been seen before it was issued', () => {
    expect(checkVogRegistration({ ...provided, seenOn: '2025-03-19' }, policy)).toEqual({
      ok: false,
      code: 'SCREENING.VOG_SEEN_BEFORE_ISSUE',
      field: 'issueDate',
    });
  });

  it('SCR-2: a VOG seen on the day it was issued is accepted', () => {
    expect(checkVogRegistration({ ...provided, seenOn: '2025-03-20' }, policy)).toBeNull();
  });

  it('SCR-3: a VOG without functieaspect 84 is rejected', () => {
    expect(checkVogRegistration({ ...provided, screeningAspects: ['85'] }, policy)).toEqual({
      ok: false,
      code: 'SCREENING.VOG_ASPECT_MISSING',
      field: 'screeningAspects',
    });
    expect(checkVogRegistration({ ...provided, screeningAspects: [] }, policy)?.code).toBe('SCREENING.VOG_ASPECT_MISSING');
  });

  it('SCR-3: extra aspects next to 84 do no harm', () => {
    expect(checkVogRegistration({ ...provided, screeningAspects: ['85', '84'] }, policy)).toBeNull();
  });

  it('SCR-3: every required aspect must be present', () => {
    const both: ScreeningPolicy = { ...policy, requiredVogAspects: ['84', '85'] };
    expect(missingVogAspects(provided, both)).toEqual(['85']);
    expect(checkVogRegistration(provided, both)?.code).toBe('SCREENING.VOG_ASPECT_MISSING');
  });

  it('SCR-5: a NOT_PROVIDED result is registered as it is, without aspect or age checks', () => {
    const notProvided: VogRegistration = { ...provided, issueDate: '2024-01-01', screeningAspects: [], result: 'notProvided' };
    expect(checkVogRegistration(notProvided, policy)).toBeNull();
  });

  it('SCR-5: a NOT_PROVIDED result still cannot be seen before its date', () => {
    const notProvided: VogRegistration = { ...provided, seenOn: '2025-03-01', screeningAspects: [], result: 'notProvided' };
    expect(checkVogRegistration(notProvided, policy)?.code).toBe('SCREENING.VOG_SEEN_BEFORE_ISSUE');
  });
});

describe('VOG renewal', () => {
  it('SCR-4: a new VOG is due three years after the issue date, the reminder 60 days earlier', () => {
    expect(vogRenewalDue('2025-03-20', policy)).toBe('2028-03-20');
    expect(vogRenewalReminderOn('2025-03-20', policy)).toBe('2028-01-20');
  });

  it('SCR-4: the reminder counts back over a leap February', () => {
    // 2028 is a leap year: 60 days before 1 April 2028 is 1 February 2028.
    expect(vogRenewalReminderOn('2025-04-01', policy)).toBe('2028-02-01');
  });
});
