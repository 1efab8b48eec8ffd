import { describe, expect, it } from 'vitest';
import { DEFAULT_RETENTION_SETTINGS, RETENTION_RANGES, retentionSettingsFor, validateRetentionChanges, validateRetentionSettings } from './retention-settings.js';

describe('retention settings (part (d): every [D] period is a setting with the reference as default)', () => {
  it('the defaults are part (d)’s proposals: R-1 6 months, R-2 2 years, R-4 review at 25, R-5 1 year, R-8 5 years; tax 7 years', () => {
    expect(DEFAULT_RETENTION_SETTINGS).toMatchObject({
      unmatchedApplicationMonths: 6,
      pupilFileMonths: 24,
      consentProofMonths: 24,
      concernNoSuspicionReviewMonths: 24,
      concernReviewAtPupilAge: 25,
      volunteerMonths: 12,
      evaluationRawMonths: 12,
      rejectedApplicantMonths: 6,
      auditLogYears: 5,
      subjectRequestMonths: 24,
      breachRegisterYears: null,
      financialYears: 7,
    });
    expect(validateRetentionSettings(DEFAULT_RETENTION_SETTINGS)).toEqual([]);
  });

  it('a programme’s settings override the organisation’s, which override the defaults', () => {
    const settings = retentionSettingsFor({ pupilFileMonths: 18, volunteerMonths: 6 }, { pupilFileMonths: 12 });
    expect(settings).toMatchObject({ pupilFileMonths: 12, volunteerMonths: 6, auditLogYears: 5 });
  });

  it('refuses periods that are not whole numbers of zero or more, and periods below their floor (tax 7 years by law)', () => {
    const settings = retentionSettingsFor({ pupilFileMonths: -1, sentEmailDays: 1.5, financialYears: 5, concernReviewAtPupilAge: 16, auditLogYears: 0, breachRegisterYears: 3 });
    expect(validateRetentionSettings(settings)).toEqual([
      { ok: false, code: 'RETENTION.PERIOD_INVALID', field: 'pupilFileMonths' },
      { ok: false, code: 'RETENTION.BELOW_MINIMUM', field: 'concernReviewAtPupilAge' },
      { ok: false, code: 'RETENTION.BELOW_MINIMUM', field: 'auditLogYears' },
      { ok: false, code: 'RETENTION.BELOW_MINIMUM', field: 'financialYears' },
      { ok: false, code: 'RETENTION.PERIOD_INVALID', field: 'sentEmailDays' },
    ]);
  });

  it('every default lies within its allowed range; R-5, R-6 and the tax floor have their ranges', () => {
    for (const [field, range] of Object.entries(RETENTION_RANGES)) {
      const value = DEFAULT_RETENTION_SETTINGS[field as keyof typeof DEFAULT_RETENTION_SETTINGS];
      if (value !== null) expect(value >= range.min && value <= range.max, field).toBe(true);
    }
    expect(RETENTION_RANGES.volunteerMonths).toMatchObject({ unit: 'months', basis: 'reference' });
    expect(RETENTION_RANGES.financialYears).toMatchObject({ min: 7, basis: 'law' });
  });

  it('R-5, R-6: changes outside the allowed range are refused per field; a programme may change only its own records’ periods', () => {
    expect(validateRetentionChanges({ volunteerMonths: 6, evaluationRawMonths: 3 }, 'programme')).toEqual([]);
    expect(validateRetentionChanges({ volunteerMonths: 400 }, 'organisation')).toEqual([{ ok: false, code: 'RETENTION.OUT_OF_RANGE', field: 'volunteerMonths' }]);
    expect(validateRetentionChanges({ evaluationRawMonths: 0 }, 'organisation')).toEqual([{ ok: false, code: 'RETENTION.OUT_OF_RANGE', field: 'evaluationRawMonths' }]);
    expect(validateRetentionChanges({ financialYears: 5 }, 'organisation')).toEqual([{ ok: false, code: 'RETENTION.BELOW_MINIMUM', field: 'financialYears' }]);
    expect(validateRetentionChanges({ auditLogYears: 3 }, 'programme')).toEqual([{ ok: false, code: 'RETENTION.NOT_PER_PROGRAMME', field: 'auditLogYears' }]);
    expect(validateRetentionChanges({ breachRegisterYears: null }, 'organisation')).toEqual([]);
  });
});
