import { describe, expect, it } from 'vitest';
import { breachStanding, type BreachRecord } from './breaches.js';

const discovered: BreachRecord = { id: 'b-1', discoveredAt: '2026-03-27T09:00:00Z' };

describe('the breach register (GDPR 33–34)', () => {
  it('PRV-4: the AP is notified within 72 hours of discovery (across the clock change; UTC hours count)', () => {
    const assessed: BreachRecord = { ...discovered, riskAssessment: { risk: 'risk', assessedAt: '2026-03-27T12:00:00Z', rationale: 'e-mail with one family’s address sent to another family' } };
    expect(breachStanding(assessed, '2026-03-28T09:00:00Z')).toEqual({
      apNotificationDueAt: '2026-03-30T09:00:00Z',
      apNotificationRequired: true,
      apNotifiedLate: false,
      apOverdue: false,
      hoursLeft: 48,
      subjectsNotificationRequired: false,
      problems: [],
    });
    expect(breachStanding(assessed, '2026-03-30T09:00:01Z')).toMatchObject({ apOverdue: true, hoursLeft: -1, problems: ['BREACH.AP_NOTIFICATION_OVERDUE', 'BREACH.DELAY_REASON_REQUIRED'] });
    const notified = { ...assessed, apNotifiedAt: '2026-03-29T15:00:00Z' };
    expect(breachStanding(notified, '2026-04-10T00:00:00Z')).toMatchObject({ apNotifiedLate: false, apOverdue: false, hoursLeft: null, problems: [] });
  });

  it('PRV-4: a breach not yet assessed is treated as notifiable; a late notification needs its reason (33(1))', () => {
    expect(breachStanding(discovered, '2026-03-27T10:00:00Z')).toMatchObject({ apNotificationRequired: true, problems: ['BREACH.NOT_ASSESSED'] });
    const late: BreachRecord = { ...discovered, riskAssessment: { risk: 'risk', assessedAt: '2026-03-27T12:00:00Z', rationale: 'x' }, apNotifiedAt: '2026-03-31T08:00:00Z' };
    expect(breachStanding(late, '2026-04-01T00:00:00Z')).toMatchObject({ apNotifiedLate: true, problems: ['BREACH.DELAY_REASON_REQUIRED'] });
    expect(breachStanding({ ...late, delayReason: 'the processor reported it to us on 30 March' }, '2026-04-01T00:00:00Z').problems).toEqual([]);
  });

  it('PRV-4: no AP notification when a risk is unlikely, but only when documented with a rationale', () => {
    const unlikely: BreachRecord = { ...discovered, riskAssessment: { risk: 'unlikely', assessedAt: '2026-03-27T10:00:00Z', rationale: 'encrypted laptop, key not lost' } };
    expect(breachStanding(unlikely, '2026-04-10T00:00:00Z')).toMatchObject({ apNotificationRequired: false, apOverdue: false, hoursLeft: null, problems: [] });
    const undocumented: BreachRecord = { ...discovered, riskAssessment: { risk: 'unlikely', assessedAt: '2026-03-27T10:00:00Z', rationale: '' } };
    expect(breachStanding(undocumented, '2026-04-10T00:00:00Z')).toMatchObject({ apNotificationRequired: true, apOverdue: true, problems: ['BREACH.RATIONALE_REQUIRED', 'BREACH.AP_NOTIFICATION_OVERDUE', 'BREACH.DELAY_REASON_REQUIRED'] });
  });

  it('PRV-4: a high risk requires telling the people affected, unless a GDPR 34(3) exception is recorded', () => {
    const high: BreachRecord = { ...discovered, riskAssessment: { risk: 'highRisk', assessedAt: '2026-03-27T10:00:00Z', rationale: 'concern notes exposed' }, apNotifiedAt: '2026-03-27T16:00:00Z' };
    expect(breachStanding(high, '2026-03-28T00:00:00Z')).toMatchObject({ subjectsNotificationRequired: true, problems: ['BREACH.SUBJECTS_NOT_NOTIFIED'] });
    expect(breachStanding({ ...high, subjectsNotifiedAt: '2026-03-27T18:00:00Z' }, '2026-03-28T00:00:00Z').problems).toEqual([]);
    expect(breachStanding({ ...high, subjectNotificationException: 'dataUnintelligible' }, '2026-03-28T00:00:00Z')).toMatchObject({ subjectsNotificationRequired: false, problems: [] });
  });

  it('a notification dated before the discovery is a recording error', () => {
    const wrong: BreachRecord = { ...discovered, riskAssessment: { risk: 'risk', assessedAt: '2026-03-27T10:00:00Z', rationale: 'x' }, apNotifiedAt: '2026-03-26T10:00:00Z' };
    expect(breachStanding(wrong, '2026-03-28T00:00:00Z').problems).toEqual(['BREACH.NOTIFIED_BEFORE_DISCOVERY']);
  });

  it('PRV-4: a discovery dated after now is a recording error (the 72 hours would start late)', () => {
    expect(breachStanding({ id: 'b', discoveredAt: '2026-03-02T10:00:00Z' }, '2026-03-02T09:00:00Z').problems).toContain('BREACH.DISCOVERED_IN_FUTURE');
    expect(breachStanding({ id: 'b', discoveredAt: '2026-03-02T09:00:00Z' }, '2026-03-02T09:00:00Z').problems).not.toContain('BREACH.DISCOVERED_IN_FUTURE');
  });
});
