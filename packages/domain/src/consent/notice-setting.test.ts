import { describe, expect, it } from 'vitest';
import { CONSENT_PURPOSES } from './types.js';
import { noticeAnswerSetting } from './notice-setting.js';

const requirements = (neededToMatch: boolean) => ({
  purposes: CONSENT_PURPOSES.map((purpose) => ({ purpose, givers: ['pupil', 'guardian'] as const, neededToMatch })),
});

describe('noticeAnswerSetting: what the notice says about saying no follows the programme', () => {
  it('CON-3/CON-4: a purpose needed to match is required (a no means the mentoring cannot start)', () => {
    for (const purpose of CONSENT_PURPOSES) expect(noticeAnswerSetting(purpose, requirements(true)), purpose).toBe('required');
  });

  it('CON-6: an optional purpose never blocks, so its notice says a no is fine; a purpose the programme does not ask is optional', () => {
    for (const purpose of CONSENT_PURPOSES.filter((p) => p !== 'mentoring')) expect(noticeAnswerSetting(purpose, requirements(false)), purpose).toBe('optional');
    expect(noticeAnswerSetting('photoMedia', { purposes: [] })).toBe('optional');
  });

  it('CON-1: MENTORING is always required, whatever a setting says', () => {
    expect(noticeAnswerSetting('mentoring', requirements(false))).toBe('required');
    expect(noticeAnswerSetting('mentoring', { purposes: [] })).toBe('required');
  });
});
