import { describe, expect, it } from 'vitest';
import { complianceValueText, complianceWords, recordHref, trendCellText } from './compliance-format';
import { reportWords } from './published';

const base = { numerator: null, denominator: null, statistics: null, parameters: {}, recordKind: null, recordIds: [], attentionIds: [] };
const days = (median: string, average: string) => `${median} days (average ${average})`;

describe('compliance figures in words', () => {
  it('a share with its counts, hours, a length in days, or a dash without data', () => {
    expect(complianceValueText({ ...base, key: 'checkInsOnSchedule', value: 0.92, numerator: 46, denominator: 50 }, 'en', days)).toBe('92% (46/50)');
    expect(complianceValueText({ ...base, key: 'meetingHours', value: 12.25 }, 'en', days)).toBe('12.3');
    expect(complianceValueText({ ...base, key: 'matchLength', value: 200, statistics: { size: 3, average: 210.5, median: 200 } }, 'en', days)).toBe('200 days (average 210.5)');
    expect(complianceValueText({ ...base, key: 'pupilsWaiting', value: null }, 'en', days)).toBe('–');
  });

  it('fills the numbers the explanation names, and links each kind of record to its page', () => {
    expect(complianceWords(reportWords('en'), { key: 'closedWithinMonths', parameters: { months: 3 } }).label).toBe('Ended within 3 months');
    expect(recordHref('match', 'm1')).toBe('/matches/m1');
    expect(recordHref('volunteer', 'v1')).toBe('/applicants/v1');
    expect(trendCellText('meetingHours', 3, true, 'en')).toBe('3');
    expect(trendCellText('meetingsLogged', 0.5, true, 'en')).toBe('50%');
  });
});
