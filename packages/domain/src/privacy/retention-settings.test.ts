import { describe, expect, it } from 'vitest';
import { DEFAULT_RETENTION_SETTINGS, retentionSettingsFor, validateRetentionSettings } from './retention-settings.js';

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
});
