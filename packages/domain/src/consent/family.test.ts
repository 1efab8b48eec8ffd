import { describe, expect, it } from 'vitest';
import { DEFAULT_FAMILY_NOTIFICATION_POLICY, checkFamilyNotification } from './family.js';
import { FATHER_ID, familyNotification, MOTHER_ID } from './fixtures.js';

const today = '2025-09-15';
const policy = DEFAULT_FAMILY_NOTIFICATION_POLICY;

describe('checkFamilyNotification', () => {
  it('CON-5: a relative may be informed after two failed attempts on each guardian over at least two days', () => {
    expect(checkFamilyNotification(familyNotification, [MOTHER_ID], policy, today)).toBeNull();
  });

  it('CON-5: every guardian must have been tried, not only one', () => {
    expect(checkFamilyNotification(familyNotification, [MOTHER_ID, FATHER_ID], policy, today)).toEqual({
      ok: false,
      code: 'CONSENT.GUARDIAN_ATTEMPTS_TOO_FEW',
      field: 'guardianContactAttempts',
    });
  });

  it('CON-5: one failed attempt is too few; attempts after the notification do not count', () => {
    const [first, second] = familyNotification.guardianContactAttempts;
    if (!first || !second) throw new Error('fixture');
    const once = { ...familyNotification, guardianContactAttempts: [first] };
    expect(checkFamilyNotification(once, [MOTHER_ID], policy, today)?.code).toBe('CONSENT.GUARDIAN_ATTEMPTS_TOO_FEW');
    const late = { ...familyNotification, guardianContactAttempts: [first, { ...second, on: '2025-09-11' }] };
    expect(checkFamilyNotification(late, [MOTHER_ID], policy, today)?.code).toBe('CONSENT.GUARDIAN_ATTEMPTS_TOO_FEW');
  });

  it('CON-5: the attempts must span the minimum days before a relative is informed', () => {
    const sameDay = {
      ...familyNotification,
      notifiedOn: '2025-09-06',
      guardianContactAttempts: familyNotification.guardianContactAttempts.map((attempt) => ({ ...attempt, on: '2025-09-05' })),
    };
    expect(checkFamilyNotification(sameDay, [MOTHER_ID], policy, today)?.code).toBe('CONSENT.GUARDIAN_NOT_TRIED_LONG_ENOUGH');
    expect(checkFamilyNotification({ ...sameDay, notifiedOn: '2025-09-07' }, [MOTHER_ID], policy, today)).toBeNull();
  });

  it('CON-5: the minimum attempts and days are programme settings', () => {
    const strict = { minAttemptsPerGuardian: 3, minDaysTrying: 7 };
    expect(checkFamilyNotification(familyNotification, [MOTHER_ID], strict, today)?.code).toBe('CONSENT.GUARDIAN_ATTEMPTS_TOO_FEW');
    const lenient = { minAttemptsPerGuardian: 1, minDaysTrying: 0 };
    expect(checkFamilyNotification(familyNotification, [MOTHER_ID], lenient, today)).toBeNull();
  });

  it('CON-5: the reason the parents could not be reached, and who was informed, are required', () => {
    expect(checkFamilyNotification({ ...familyNotification, reasonParentsUnreachable: ' ' }, [MOTHER_ID], policy, today)?.code).toBe(
      'CONSENT.UNREACHABLE_REASON_MISSING',
    );
    expect(checkFamilyNotification({ ...familyNotification, relationship: '' }, [MOTHER_ID], policy, today)?.code).toBe(
      'CONSENT.NOTIFIED_PERSON_MISSING',
    );
  });

  it('CON-5: a notification dated after today is refused', () => {
    expect(checkFamilyNotification({ ...familyNotification, notifiedOn: '2025-09-16' }, [MOTHER_ID], policy, today)?.code).toBe(
      'CONSENT.DATE_IN_FUTURE',
    );
  });
});
