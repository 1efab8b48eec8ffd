import { describe, expect, it } from 'vitest';
import { goLiveGaps, type PrivacyConfiguration } from './go-live.js';
import { DEFAULT_RETENTION_SETTINGS, retentionSettingsFor } from './retention-settings.js';

const ready: PrivacyConfiguration = {
  dpia: { completedOn: '2026-01-10', version: '1.0', approvedBy: 'board' },
  processingRegister: { updatedOn: '2026-01-12' },
  safeguardingContacts: [
    { personId: 'ans', role: 'lead' },
    { personId: 'bert', role: 'deputy' },
  ],
  retention: { adoptedOn: '2026-01-12', settings: DEFAULT_RETENTION_SETTINGS },
  privacyNotice: { version: '2026-01', publishedOn: '2026-01-15' },
  processors: [{ name: 'hosting', agreementSignedOn: '2025-12-01' }],
};

describe('the go-live gate before processing children’s data', () => {
  it('PRV-5: an organisation with a DPIA, a processing register and the rest in place may process children’s data', () => {
    expect(goLiveGaps(ready, '2026-02-01')).toEqual({ mayProcessChildrensData: true, gaps: [] });
  });

  it('PRV-5: without a DPIA or a records-of-processing register (Art. 30) the gate is closed', () => {
    const result = goLiveGaps({ ...ready, dpia: null, processingRegister: null }, '2026-02-01');
    expect(result.mayProcessChildrensData).toBe(false);
    expect(result.gaps).toEqual([
      { code: 'GO_LIVE.DPIA_MISSING', rule: 'PRV-5' },
      { code: 'GO_LIVE.PROCESSING_REGISTER_MISSING', rule: 'PRV-5' },
    ]);
  });

  it('PRV-5: a DPIA dated after today is not done yet', () => {
    expect(goLiveGaps(ready, '2026-01-09').gaps).toContainEqual({ code: 'GO_LIVE.DATED_IN_FUTURE', rule: 'PRV-5', item: 'dpia' });
  });

  it('SAF-17: a safeguarding lead and a deputy who is someone else', () => {
    expect(goLiveGaps({ ...ready, safeguardingContacts: [] }, '2026-02-01').gaps).toEqual([
      { code: 'GO_LIVE.SAFEGUARDING_LEAD_MISSING', rule: 'SAF-17' },
      { code: 'GO_LIVE.SAFEGUARDING_DEPUTY_MISSING', rule: 'SAF-17' },
    ]);
    const samePerson = [{ personId: 'ans', role: 'lead' }, { personId: 'ans', role: 'deputy' }] as const;
    expect(goLiveGaps({ ...ready, safeguardingContacts: samePerson }, '2026-02-01').gaps).toEqual([{ code: 'GO_LIVE.SAFEGUARDING_DEPUTY_MISSING', rule: 'SAF-17' }]);
  });

  it('a retention schedule is adopted and valid; a privacy notice is published; every processor has an agreement', () => {
    const gaps = goLiveGaps(
      { ...ready, retention: { adoptedOn: '2026-01-12', settings: retentionSettingsFor({ financialYears: 3 }) }, privacyNotice: null, processors: [{ name: 'mail', agreementSignedOn: null }] },
      '2026-02-01',
    ).gaps;
    expect(gaps).toEqual([
      { code: 'GO_LIVE.RETENTION_SCHEDULE_INVALID', rule: 'R-1…R-10' },
      { code: 'GO_LIVE.PRIVACY_NOTICE_MISSING', rule: 'GDPR-13' },
      { code: 'GO_LIVE.PROCESSOR_AGREEMENT_MISSING', rule: 'GDPR-28', item: 'mail' },
    ]);
    expect(goLiveGaps({ ...ready, retention: null }, '2026-02-01').gaps).toEqual([{ code: 'GO_LIVE.RETENTION_SCHEDULE_MISSING', rule: 'R-1…R-10' }]);
  });
});
