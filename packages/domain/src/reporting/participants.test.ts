import { describe, expect, it } from 'vitest';
import { addDays, ageOn } from '../calendar/index.js';
import { ADULT_AGE_BANDS, ageBandNames, ageBandOf, participantCounts, PUPIL_AGE_BANDS, type ParticipantFacts } from './participants.js';

describe("participant profile (Parent'R'US annex 1.3: gender, age, background, work status)", () => {
  it('age bands of adults and pupils, and the band of an age on a day', () => {
    expect(ageBandNames(ADULT_AGE_BANDS)).toEqual(['0-17', '18-24', '25-34', '35-44', '45-54', '55-64', '65+', 'unknown']);
    expect(ageBandNames(PUPIL_AGE_BANDS)).toEqual(['0-9', '10-11', '12-13', '14-15', '16+', 'unknown']);
    expect(ageBandNames([0, 12])).toEqual(['0-11', '12+', 'unknown']);
    expect(ageBandOf('2000-07-31', '2025-07-30', ADULT_AGE_BANDS)).toBe('18-24');
    expect(ageBandOf('2000-07-31', '2025-07-31', ADULT_AGE_BANDS)).toBe('25-34');
    expect(ageBandOf('1950-01-01', '2025-07-31', ADULT_AGE_BANDS)).toBe('65+');
    expect(ageBandOf('2012-03-01', '2025-07-31', PUPIL_AGE_BANDS)).toBe('12-13');
    expect(ageBandOf('2020-03-01', '2025-07-31', PUPIL_AGE_BANDS)).toBe('0-9');
    expect(ageBandOf('2020-03-01', '2025-07-31', [0, 12])).toBe('0-11');
    expect(ageBandOf(null, '2025-07-31', ADULT_AGE_BANDS)).toBe('unknown');
  });

  it('the band is the one ageOn gives, across a leap day and every birthday of a year', () => {
    const bands = [1, 2, 3, 4];
    for (let birth = '2020-01-01'; birth <= '2021-03-31'; birth = addDays(birth, 1)) {
      for (const on of ['2024-02-28', '2024-02-29', '2024-03-01', '2023-02-28', '2023-03-01', '2025-12-31']) {
        const age = ageOn(birth, on);
        const expected = age < 1 ? '0-0' : age >= 4 ? '4+' : `${age}-${age}`;
        expect(ageBandOf(birth, on, bands), `${birth} on ${on}`).toBe(birth > on ? '0-0' : expected);
      }
    }
    expect(ageBandOf('2020-02-29', '2024-02-28', [4])).toBe('0-3');
    expect(ageBandOf('2020-02-29', '2024-02-29', [4])).toBe('4+');
    expect(ageBandOf('2020-02-29', '2023-03-01', [3])).toBe('3+');
  });

  it('counts each person once, with the categories used and unknown for what is not recorded', () => {
    const facts = new Map<string, ParticipantFacts>([
      ['v1', { id: 'v1', gender: 'female', birthDate: '1990-05-01', background: 'migration', workStatus: ' working ' }],
      ['v2', { id: 'v2', gender: 'male', birthDate: null, background: null, workStatus: 'retired' }],
    ]);
    const counts = participantCounts(['v1', 'v2', 'v1', 'v3'], facts, '2025-07-31', ADULT_AGE_BANDS, new Set(['v1']));
    expect(counts.total).toEqual({ kind: 'count', value: 3 });
    expect(counts.completed).toEqual({ kind: 'count', value: 1 });
    expect(counts.gender.cells).toEqual({ female: 1, male: 1, other: 0, unknown: 1 });
    expect(counts.ageBand.cells).toMatchObject({ '35-44': 1, unknown: 2 });
    expect(counts.background.cells).toEqual({ migration: 1, unknown: 2 });
    expect(counts.workStatus.cells).toEqual({ retired: 1, working: 1, unknown: 1 });
  });
});
