import { describe, expect, it } from 'vitest';
import { emptyValues } from './draft.js';
import { checkLog } from './log-input.js';

const MATCH = 'match-1';

describe('checking a meeting log before it is sent', () => {
  it('gives every missing field at once, in the order of the form', () => {
    const result = checkLog(MATCH, emptyValues('2026-12-01'), null);
    expect(result).toEqual({ ok: false, errors: { form: 'meetingLog.formRequired', durationMinutes: 'errors.duration', whatWeDid: 'errors.required' } });
  });

  it('says a duration out of range and a text that is too long together', () => {
    const values = { ...emptyValues('2026-12-01'), form: 'faceToFace', durationMinutes: '2', whatWeDid: 'x'.repeat(4001) };
    expect(checkLog(MATCH, values, null)).toEqual({ ok: false, errors: { durationMinutes: 'errors.duration', whatWeDid: 'errors.tooLong' } });
  });

  it('builds the input the api takes, with the planned meeting while its date is kept', () => {
    const values = { ...emptyValues('2026-12-01'), form: 'faceToFace', durationMinutes: '60', whatWeDid: 'Planning gemaakt', wentWell: 'yes' };
    const result = checkLog(MATCH, values, '2026-12-01');
    expect(result).toEqual({
      ok: true,
      input: {
        matchId: MATCH,
        date: '2026-12-01',
        form: 'faceToFace',
        durationMinutes: 60,
        whatWeDid: 'Planning gemaakt',
        wentWell: true,
        nextSteps: '',
        challenge: null,
        wantsToTalkToCoordinator: false,
        plannedFor: '2026-12-01',
      },
    });
    expect(checkLog(MATCH, { ...values, date: '2026-11-30' }, '2026-12-01')).toMatchObject({ ok: true, input: { date: '2026-11-30' } });
    expect(checkLog(MATCH, { ...values, date: '2026-11-30' }, '2026-12-01')).not.toHaveProperty('input.plannedFor');
  });
});
